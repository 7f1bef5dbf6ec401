/// `print(..., file=obj)` and `print()` under `contextlib.redirect_stdout`: CPython's
/// `builtin_print` writes each piece (argument, separator, end) with its own call of the
/// target's `write`, so a user buffer sees the same calls. The plain `print` stays in
/// `callBuiltin`; it comes here only when a target is set.

extension VM {
    /// The program's own stdout: the line in one piece, and the trace's output event.
    func printToStdout(_ a: BuiltinArgs, sep: String, end: String) throws(PyRaise) {
        var s = ""
        for (i, v) in a.positional.enumerated() {
            if i > 0 { s += sep }
            s += try strOf(v)
        }
        s += end
        output(s)
        traced { $0.output(s) }
    }

    func printToFile(_ a: BuiltinArgs) throws(PyRaise) -> Value {
        var sep: Value = .none, end: Value = .none, file: Value = .none, flush: Value = .false
        for (k, v) in a.keywords {
            switch k {
            case "sep": sep = v
            case "end": end = v
            case "file": file = v
            case "flush": flush = v
            default: throw typeError("'\(k)' is an invalid keyword argument for print()")
            }
        }
        if file.isNone { file = streams.stdout }
        if file.identical(streams.real) { file = .unbound }
        if file.isNone { return .none }   // sys.stdout is None: CPython prints nothing
        if !sep.isNone && kind(sep) != .str { throw typeError("sep must be None or a string, not \(typeName(sep))") }
        if !end.isNone && kind(end) != .str { throw typeError("end must be None or a string, not \(typeName(end))") }
        let sepText = sep.isNone ? " " : strValue(sep), endText = end.isNone ? "\n" : strValue(end)
        if file.tag == .unbound {
            try printToStdout(a, sep: sepText, end: endText)
            return .none
        }
        if try printToSysStream(file, a, sep: sepText, end: endText) {
            if try truthy(flush), file.identical(streams.sysStdout) { outputFlush() }
            return .none
        }
        for (i, v) in a.positional.enumerated() {
            if i > 0 { try writePiece(file, sep.isNone ? nil : sep, sepText) }
            try writePiece(file, v, nil)
        }
        try writePiece(file, end.isNone ? nil : end, endText)
        if try truthy(flush) { _ = try call(try getAttr(file, symbols.intern("flush")), []) }
        return .none
    }

    /// `PyFile_WriteObject(v, file, Py_PRINT_RAW)`: `write` is looked up before `str(v)`.
    private func writePiece(_ file: Value, _ v: Value?, _ text: String?) throws(PyRaise) {
        let write = try getAttr(file, symbols.intern("write"))
        let s = try v.map { (x) throws(PyRaise) -> Value in kind(x) == .str ? x : str(try strOf(x)) } ?? str(text!)
        _ = try call(write, [s])
    }

    /// A stderr message while `redirect_stderr` is active: one call of the target's `write`
    /// (None drops it); an error in `write` is dropped, as CPython drops it in its hooks.
    func writeRedirectedError(_ s: String) {
        let target = streams.stderr
        if target.isNone { return }
        guard let write = try? getAttr(target, symbols.intern("write")) else { return }
        _ = try? call(write, [str(s)])
    }
}
