/// The natives of `sys` (its Python part is `SysSource.swift`): the program's two streams,
/// argv, the recursion limit, and how a `SystemExit` ends the run.
import BigInt

extension VM {
    func sysNative(_ name: String) -> Value? {
        switch name {
        case "_write":
            return function(name) { vm, a throws(PyRaise) in
                let s = vm.strValue(a[1])
                if a[0].intValue == 1 { vm.output(s); vm.traced { $0.output(s) } } else { vm.writeStderr(s) }
                return .none
            }
        case "_flush":
            return function(name) { vm, a throws(PyRaise) in
                if a[0].intValue == 1 { vm.outputFlush() }
                return .none
            }
        case "_register_streams":
            return function(name) { vm, a throws(PyRaise) in
                vm.streams.sysStdout = a[0]
                vm.streams.sysStderr = a[1]
                return .none
            }
        case "_argv":
            return function(name) { vm, _ throws(PyRaise) in vm.makeList(vm.argv.map { vm.str($0) }) }
        case "_handled":
            return function(name) { vm, _ throws(PyRaise) in vm.handledException(from: vm.currentFrame) ?? .none }
        case "getrecursionlimit":
            return function(name) { vm, a throws(PyRaise) in
                try vm.argCount("getrecursionlimit", a, min: 0, max: 0)
                return .int(Int64(vm.recursionLimit))
            }
        case "setrecursionlimit":
            return function(name) { vm, a throws(PyRaise) in
                try vm.argCount("setrecursionlimit", a, min: 1, max: 1)
                guard let n = vm.bigValue(a[0]) else {
                    throw vm.typeError("'\(vm.typeName(a[0]))' object cannot be interpreted as an integer")
                }
                if n < 1 { throw vm.valueError("recursion limit must be greater or equal than 1") }
                // The interpreter's stack is sized for the scenario's deepest allowed limit.
                if n > BigInt(RunLimits.maxRecursion) {
                    throw vm.valueError("schedviz allows a recursion limit of at most \(RunLimits.maxRecursion) (got \(n))")
                }
                let limit = Int(n)
                if vm.depth >= limit {
                    throw vm.error(.RecursionError, "cannot set the recursion limit to \(limit) at the recursion depth \(vm.depth): the limit is too low")
                }
                vm.recursionLimit = limit
                return .none
            }
        default: return nil
        }
    }

    /// `sys.stdout = f` / `sys.stderr = f`: the stream `print()` and tracebacks write to, as
    /// `redirect_stdout` sets it; the real stream object puts the real stream back.
    func setSysStream(_ m: ModuleObject, _ sym: Int32, _ value: Value) -> Bool {
        let name = symbols[sym]
        guard m.name == "sys", name == "stdout" || name == "stderr" else { return false }
        let isOut = name == "stdout"
        let real = isOut ? streams.sysStdout : streams.sysStderr
        if isOut { streams.stdout = value.identical(real) ? .unbound : value } else { streams.stderr = value.identical(real) ? .unbound : value }
        return true
    }

    /// Text for the program's real stderr, past any `redirect_stderr` (`sys.__stderr__`-like
    /// writes and `print(file=sys.stderr)` with the real stream in hand).
    func writeStderr(_ s: String) {
        traced { $0.errorOutput(s) }
        if let errorSink { errorSink(s) } else { stderrText += s }
    }

    /// `print(..., file=f)` where `f` is the real `sys.stdout`/`sys.stderr`: the line in one
    /// piece, as `print()` writes it. False when `f` is another object.
    func printToSysStream(_ file: Value, _ a: BuiltinArgs, sep: String, end: String) throws(PyRaise) -> Bool {
        let isOut = file.identical(streams.sysStdout)
        guard isOut || file.identical(streams.sysStderr) else { return false }
        if isOut { try printToStdout(a, sep: sep, end: end); return true }
        var s = ""
        for (i, v) in a.positional.enumerated() {
            if i > 0 { s += sep }
            s += try strOf(v)
        }
        writeStderr(s + end)
        return true
    }

    /// How CPython ends on an uncaught `SystemExit`: no traceback; `code` None is status 0, an
    /// int is the status (as the OS keeps it, its low byte), anything else is printed to stderr
    /// and the status is 1.
    func exitStatus(_ exc: Value) -> Int32 {
        guard let e = heap[exc.objectIndex] as? ExceptionObject else { return 1 }
        let code = systemExitCode(e)
        if code.isNone { return 0 }
        if code.tag == .bool { return code.bits != 0 ? 1 : 0 }
        if code.tag == .int { return Int32(truncatingIfNeeded: code.intValue & 0xff) }
        if bigValue(code) != nil { return 255 }   // too large for a C long: -1
        let text = (try? strOf(code)) ?? ""
        errorOutput(text + "\n")
        return 1
    }

    /// `SystemExit.code`: None, the one argument, or the arguments' tuple.
    func systemExitCode(_ e: ExceptionObject) -> Value {
        if e.args.isEmpty { return .none }
        return e.args.count == 1 ? e.args[0] : makeTuple(e.args)
    }
}
