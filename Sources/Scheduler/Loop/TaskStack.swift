/// `Task.get_stack` and `Task.print_stack`, as base_tasks.py writes them: the suspended
/// coroutine's frame, or, for a task that failed, the frames of its exception's traceback.
/// A running task's own stack is its coroutine's frame alone (CPython's goes on through the
/// loop's frames, which are not the program's).

/// A frame as `get_stack` hands it out: where it was when asked.
final class StackFrameObject: NativeClass {
    var selfValue: Value = .none
    let entry: TracebackEntry
    init(_ entry: TracebackEntry, type: Int32) { self.entry = entry; super.init(type: type) }

    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        vm.symbols[sym] == "f_lineno" ? .int(Int(entry.line)) : nil
    }
    override func repr(_ vm: VM) throws(PyRaise) -> String? {
        "<frame at \(vm.address(selfValue)), file \(VM.quote(entry.file)), line \(entry.line), code \(entry.function)>"
    }
}

extension TaskObject {
    /// `_task_get_stack`: outermost first, at most `limit` frames (the newest of a
    /// suspended coroutine's, the oldest of a traceback's).
    func stackEntries(_ vm: VM, limit: Int?) -> [TracebackEntry] {
        if let limit, limit <= 0 { return [] }
        if let g = vm.gen(coro), g.state != .closed {
            let line = g.frame.ip == 0 ? Int32(g.frame.code.firstLine) : g.frame.line
            return [TracebackEntry(file: g.frame.code.file, line: line, function: g.frame.code.name)]
        }
        guard let e = vm.heap[exception.objectIndex] as? ExceptionObject, exception.tag == .object else { return [] }
        let entries = Array(e.traceback.reversed())
        return limit.map { Array(entries.prefix($0)) } ?? entries
    }

    /// `_task_print_stack`: the header and the exception line go where `print` would write
    /// them (stdout when `file` is None), the frames where `traceback.print_list` does (stderr).
    func printStack(_ vm: VM, limit: Int?, file: Value) throws(PyRaise) {
        let entries = stackEntries(vm, limit: limit)
        let failed = !exception.isNone
        // (text, the end print adds, whether print writes it rather than traceback.print_list)
        var pieces: [(text: String, end: String, printed: Bool)] = []
        let header = entries.isEmpty ? "No stack" : failed ? "Traceback" : "Stack"
        pieces.append(("\(header) for \(try reprText(vm))\(entries.isEmpty ? "" : " (most recent call last):")", "\n", true))
        for entry in entries {
            for frame in vm.displayFrames(entry, withSource: true) {
                var text = "  File \"\(frame.file)\", line \(frame.line), in \(frame.function)\n"
                if let source = frame.text?.trimmingTrailingWhitespace() { text += "    \(source)\n" }
                pieces.append((text, "", false))
            }
        }
        if failed { pieces.append((vm.exceptionLine(exception) + "\n", "", true)) }
        for p in pieces {
            if !file.isNone {
                let write = try vm.getAttr(file, vm.symbols.intern("write"))
                _ = try vm.call(write, [vm.str(p.text)])
                _ = try vm.call(write, [vm.str(p.end)])
            } else if p.printed {
                vm.output(p.text + p.end)
                vm.traced { $0.output(p.text + p.end) }
            } else {
                vm.errorOutput(p.text)
            }
        }
    }
}

extension AsyncioRuntime {
    func registerTaskStackMethods() {
        types.frame = vm.registerType("frame")
        vm.methods(for: types.task) { m in
            m.add("get_stack", TaskObject.self) { vm, t, a throws(PyRaise) in
                if a.count > 0 { throw vm.typeError("get_stack() takes 1 positional argument but \(a.count + 1) were given") }
                let frames = t.stackEntries(vm, limit: try vm.asyncio.limitArgument(a)).map { entry -> Value in
                    let f = StackFrameObject(entry, type: vm.asyncio.types.frame)
                    f.selfValue = vm.alloc(f)
                    return f.selfValue
                }
                return vm.makeList(frames)
            }
            m.add("print_stack", TaskObject.self) { vm, t, a throws(PyRaise) in
                if a.count > 0 { throw vm.typeError("print_stack() takes 1 positional argument but \(a.count + 1) were given") }
                try t.printStack(vm, limit: try vm.asyncio.limitArgument(a), file: a.keyword("file") ?? .none)
                return .none
            }
        }
    }

    fileprivate func limitArgument(_ a: BuiltinArgs) throws(PyRaise) -> Int? {
        guard let v = a.keyword("limit"), !v.isNone else { return nil }
        guard v.tag == .int else { throw vm.typeError("'<=' not supported between instances of '\(vm.typeName(v))' and 'int'") }
        return Int(v.intValue)
    }
}
