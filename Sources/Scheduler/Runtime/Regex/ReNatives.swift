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

    /// exec(mode, string, pos, endpos, limit[, template]): mode 0 is `match`, 1 `fullmatch`,
    /// 2 `search` (each a flat tuple of capture slots and lastindex, or None); the others take
    /// every match as findall/sub/split see them (at most `limit` unless 0): 3 gives their
    /// tuples, 4 findall's list, 5 `subn` with a parsed template (literal strs and group
    /// numbers), 6 `split`'s list.
    private func regexExec(_ program: RegexProgram) -> Value {
        function("_exec") { vm, a throws(PyRaise) in
            let mode = a[0].intValue
            let so = unsafeDowncast(vm.heap[a[1].objectIndex], to: StrObject.self)
            let scalars = so.scalars
            let pos = Int(a[2].intValue), end = Int(a[3].intValue)
            var m = RegexMatcher(program, scalars, end: end)
            // Matching counts against the loop budgets like other native work (16 regex
            // instructions for one loop iteration).
            var budgetError: PyRaise?
            m.onTick = {
                do throws(PyRaise) { try vm.charge(RegexMatcher.tickInterval / 16); return true } catch {
                    budgetError = error
                    return false
                }
            }
            func tuple(_ r: RegexMatcher.Result) -> Value {
                var items = r.slots.map { Value.int(Int64($0)) }
                items.append(r.lastIndex < 0 ? .none : .int(Int64(r.lastIndex)))
                return vm.makeTuple(items)
            }
            func piece(_ from: Int, _ to: Int) -> String { String(String.UnicodeScalarView(scalars[from..<to])) }
            func group(_ r: RegexMatcher.Result, _ g: Int) -> String? {
                let s = r.slots[2 * g], e = r.slots[2 * g + 1]
                return s < 0 || e < 0 ? nil : piece(s, e)
            }
            switch mode {
            case 0, 1, 2:
                let r = mode == 2 ? m.search(from: pos) : m.match(at: pos, full: mode == 1)
                if let budgetError { throw budgetError }
                return r.map(tuple) ?? .none
            default: break
            }
            let found = m.scan(from: pos, limit: Int(a[4].intValue))
            if let budgetError { throw budgetError }
            switch mode {
            case 4:
                let n = program.groups
                return vm.makeList(found.map { r in
                    if n == 0 { return vm.str(piece(r.start, r.end)) }
                    if n == 1 { return vm.str(group(r, 1) ?? "") }
                    return vm.makeTuple((1...n).map { vm.str(group(r, $0) ?? "") })
                })
            case 5:
                let parts = try vm.iterateToArray(a[5])
                var out = ""
                var last = 0
                for r in found {
                    out.unicodeScalars.append(contentsOf: scalars[last..<r.start])
                    for p in parts {
                        if p.tag == .int { out += group(r, Int(p.intValue)) ?? "" } else { out += vm.strValue(p) }
                    }
                    last = r.end
                }
                out.unicodeScalars.append(contentsOf: scalars[last...])
                return vm.makeTuple([vm.str(out), .int(Int64(found.count))])
            case 6:
                var out: [Value] = []
                var last = 0
                for r in found {
                    out.append(vm.str(piece(last, r.start)))
                    if program.groups > 0 {
                        for g in 1...program.groups { out.append(group(r, g).map { vm.str($0) } ?? .none) }
                    }
                    last = r.end
                }
                out.append(vm.str(piece(last, scalars.count)))
                return vm.makeList(out)
            default:
                return vm.makeList(found.map(tuple))
            }
        }
    }
}
