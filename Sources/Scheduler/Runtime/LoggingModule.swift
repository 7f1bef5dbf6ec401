/// The natives of `logging` (its Python part is `LoggingSource.swift`): where a call came
/// from, the clock, and exceptions and stacks as text.

extension VM {
    func loggingNative(_ name: String) -> Value? {
        switch name {
        case "_caller":
            // `findCaller`: the `stacklevel`-th frame outside logging, counting out from the call.
            return function(name) { vm, a throws(PyRaise) in
                guard var f = vm.currentFrame else { return vm.makeTuple([vm.str("(unknown file)"), .int(0), vm.str("(unknown function)"), .none]) }
                var level = a[0].tag == .int ? a[0].intValue : 1
                while level > 0 {
                    guard let next = f.back else { break }
                    f = next
                    if f.code.file != "<logging>" { level -= 1 }
                }
                var sinfo = Value.none
                if try vm.truthy(a[1]) {
                    var s = vm.stackText(from: f, header: "Stack (most recent call last):\n")
                    if s.hasSuffix("\n") { s.removeLast() }
                    sinfo = vm.str(s)
                }
                return vm.makeTuple([vm.str(f.code.file), .int(Int64(f.line)), vm.str(f.code.name), sinfo])
            }
        case "_call_stack":
            // `Handler.handleError`'s "Call stack:": from the logging call out to the module.
            return function(name) { vm, _ throws(PyRaise) in
                var f = vm.currentFrame
                while let fr = f, fr.code.file == "<logging>" { f = fr.back }
                guard let start = f else { return vm.str("") }
                return vm.str(vm.stackText(from: start, header: ""))
            }
        case "_start_time":
            return function(name) { vm, _ throws(PyRaise) in .float(vm.clock.start.epochSeconds) }
        case "_strftime_at":
            // `time.strftime(fmt, time.localtime(secs))` with the run's zone, UTC.
            return function(name) { vm, a throws(PyRaise) in
                let secs = a[1].tag == .float ? a[1].floatValue : Double(a[1].intValue)
                let t = try vm.civil { () throws(PyTimeError) in try CivilDateTime.fromEpochSecondsFloor(secs) }
                return vm.str(t.timeStruct().strftime(vm.strValue(a[0])))
            }
        case "_format_exception":
            return function(name) { vm, a throws(PyRaise) in vm.str(vm.formatTraceback(a[0])) }
        case "_handled":
            return function(name) { vm, _ throws(PyRaise) in vm.handledException(from: vm.currentFrame) ?? .none }
        default: return nil
        }
    }

    /// CPython's selector loop logs "Using selector: EpollSelector" (DEBUG, logger `asyncio`)
    /// as it is made: a program that turns DEBUG on sees it.
    func noteLoopCreated() {
        guard modules[symbols.intern("logging")] != nil, let slot = globalIndex["logging\u{0}_loop_created"] else { return }
        let fn = globals[slot]
        if fn.tag == .unbound { return }
        _ = try? call(fn, [])
    }

    /// `traceback.print_stack(f)`: the frames from the module down to `f`, with their lines.
    func stackText(from f: Frame, header: String) -> String {
        var entries: [TracebackEntry] = []
        var cur: Frame? = f
        while let fr = cur {
            entries.append(TracebackEntry(file: fr.code.file, line: fr.line, function: fr.code.name))
            cur = fr.back
        }
        return tracebackText(entries.reversed(), header: header)
    }
}
