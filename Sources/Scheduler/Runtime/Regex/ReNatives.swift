/// The natives the `re` module's Python source (ReSource.swift) calls: compiling a pattern with
/// the Swift parser, and a matcher function per compiled pattern.
extension VM {
    func reNative(_ name: String) -> Value? {
        switch name {
        case "_native_compile":
            // _native_compile(pattern, flags) -> (exec, flags, groups, [(name, index), ...])
            //                           or (error kind, message, position or None)
            return function(name) { vm, a throws(PyRaise) in
                let pattern = vm.strValue(a[0])
                let flags = Int(a[1].intValue)
                let parsed: RegexPattern
                do throws(RegexError) { parsed = try RegexParser.parse(pattern, flags: flags) } catch {
                    let e = error
                    let kind: Int64 = e.kind == .reError ? 0 : e.kind == .overflow ? 1 : e.kind == .value ? 2 : 3
                    return vm.makeTuple([.int(kind), vm.str(e.message), e.pos.map { .int(Int64($0)) } ?? .none])
                }
                let program = RegexProgram(parsed)
                let names = parsed.groupNames.map { vm.makeTuple([vm.str($0.0), .int(Int64($0.1))]) }
                return vm.makeTuple([vm.regexExec(program), .int(Int64(parsed.flags)), .int(Int64(parsed.groups)), vm.makeList(names)])
            }
        default:
            return nil
        }
    }

    /// exec(mode, string, pos, endpos, limit): mode 0 is `match`, 1 `fullmatch`, 2 `search`
    /// (each a flat tuple of capture slots and lastindex, or None) and 3 every match as
    /// findall/sub/split see them (a list of such tuples, at most `limit` unless 0).
    private func regexExec(_ program: RegexProgram) -> Value {
        function("_exec") { vm, a throws(PyRaise) in
            let mode = a[0].intValue
            let so = unsafeDowncast(vm.heap[a[1].objectIndex], to: StrObject.self)
            let text = so.scalars.map(\.value)
            let pos = Int(a[2].intValue), end = Int(a[3].intValue)
            var m = RegexMatcher(program, text, end: end)
            func tuple(_ r: RegexMatcher.Result) -> Value {
                var items = r.slots.map { Value.int(Int64($0)) }
                items.append(r.lastIndex < 0 ? .none : .int(Int64(r.lastIndex)))
                return vm.makeTuple(items)
            }
            switch mode {
            case 0, 1: return m.match(at: pos, full: mode == 1).map(tuple) ?? .none
            case 2: return m.search(from: pos).map(tuple) ?? .none
            default: return vm.makeList(m.scan(from: pos, limit: Int(a[4].intValue)).map(tuple))
            }
        }
    }
}
