/// Raising, matching and printing exceptions.

extension VM {
    /// `raise X`: an exception instance, or a class to instantiate without arguments.
    func exceptionInstance(_ v: Value) throws(PyRaise) -> Value {
        if v.tag == .object {
            let o = heap[v.objectIndex]
            if o.kind == .exception { return v }
            if o.kind == .type, isSubtype(Int32(v.objectIndex), of: BT.BaseException.rawValue) {
                let t = Int32(v.objectIndex)
                if !typeObject(t).isUser && !isSubtype(t, of: BT.BaseExceptionGroup.rawValue) { return alloc(ExceptionObject(type: t, args: [])) }
                let e = try call(v, [])
                guard kind(e) == .exception else {
                    throw typeError("calling \(try repr(v)) should have returned an instance of BaseException, not \(typeName(e))")
                }
                return e
            }
        }
        throw typeError("exceptions must derive from BaseException")
    }

    func setCause(_ exc: Value, _ cause: Value) throws(PyRaise) {
        let e = heap[exc.objectIndex] as! ExceptionObject
        if cause.isNone {
            e.cause = .none
        } else {
            guard let c = try? exceptionInstance(cause) else {
                throw typeError("exception causes must derive from BaseException")
            }
            e.cause = c
        }
        e.suppressContext = true
    }

    func exceptionMatches(_ exc: Value, _ spec: Value) throws(PyRaise) -> Bool {
        let t = typeIndex(exc)
        if kind(spec) == .tuple {
            for s in (heap[spec.objectIndex] as! TupleObject).items where try exceptionMatches(exc, s) { return true }
            return false
        }
        guard kind(spec) == .type, isSubtype(Int32(spec.objectIndex), of: BT.BaseException.rawValue) else {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return isSubtype(t, of: Int32(spec.objectIndex))
    }

    func exceptionStr(_ e: ExceptionObject) throws(PyRaise) -> String {
        if e.groupExceptions.tag == .object {
            let n = (heap[e.groupExceptions.objectIndex] as! TupleObject).items.count
            return "\(try strOf(e.groupMessage)) (\(n) sub-exception\(n > 1 ? "s" : ""))"
        }
        if e.args.isEmpty { return "" }
        if e.args.count == 1 {
            if isSubtype(e.type, of: BT.KeyError.rawValue) { return try repr(e.args[0]) }
            return try strOf(e.args[0])
        }
        return try repr(makeTuple(e.args))
    }

    /// The traceback CPython prints for an uncaught exception, chained causes and contexts first.
    /// The chain is walked in a loop (it can be as long as the program makes it). CPython prints
    /// a chain through one C call per link and gives up past its recursion limit; here such a
    /// chain prints its newest exception after a line that says so.
    public func formatTraceback(_ exc: Value) -> String {
        // Newest first: each exception with the line that joins it to the older one before it.
        var chain: [(exc: Value, join: String)] = []
        var seen = Set<Int>()
        var cur = exc
        while let e = heap[cur.objectIndex] as? ExceptionObject {
            seen.insert(cur.objectIndex)
            if e.cause.tag == .object, !seen.contains(e.cause.objectIndex) {
                chain.append((cur, "\nThe above exception was the direct cause of the following exception:\n\n"))
                cur = e.cause
            } else if !e.suppressContext, e.context.tag == .object, !seen.contains(e.context.objectIndex) {
                chain.append((cur, "\nDuring handling of the above exception, another exception occurred:\n\n"))
                cur = e.context
            } else {
                chain.append((cur, ""))
                break
            }
        }
        var ctx = ExceptionPrintContext(seen: seen)
        if chain.count > recursionLimit - 2 {
            return "schedviz: the exception below ends a chain of \(chain.count) exceptions (raise ... from, or raised while handling another); "
                + "CPython cannot print a chain longer than \(recursionLimit - 2) (the recursion limit), so only the last one is shown.\n"
                + entryText(exc, &ctx)
        }
        var out = ""
        for (exc, join) in chain.reversed() { out += join + entryText(exc, &ctx) }
        return out
    }

    /// One exception of a chain: its traceback, its line and its notes, or a group's boxes.
    private func entryText(_ exc: Value, _ ctx: inout ExceptionPrintContext) -> String {
        isExceptionGroup(exc) ? groupText(exc, &ctx) : exceptionText(exc, ctx)
    }

    /// What CPython's unraisable hook prints after "Exception ignored in: ...": the
    /// exception's own traceback without its chain, or, when it has none (raised by the
    /// runtime itself), the line the running frame is at.
    /// `withSource: false` at the module's teardown, when CPython's unraisable hook can no
    /// longer open the source: no line under the frames.
    func formatUnraisable(_ exc: Value, withSource: Bool = true) -> String {
        guard let e = heap[exc.objectIndex] as? ExceptionObject else { return "" }
        if e.traceback.isEmpty, let f = currentFrame {
            return tracebackText([TracebackEntry(file: f.code.file, line: f.line, function: f.code.name)], withSource: withSource)
                + exceptionLine(exc) + suggestionText(exc) + "\n"
        }
        return exceptionText(exc, ExceptionPrintContext(), withSource: withSource)
    }

    /// "Traceback (most recent call last):" (or `header`) and the entries, outermost first,
    /// each line behind `margin`. As CPython's `tb_print_internal`: only the newest
    /// `tracebackLimit` entries, and a run of identical entries (file, line, function) shows
    /// its first three, then "[Previous line repeated N more times]".
    func tracebackText<C: Collection<TracebackEntry>>(_ entries: C, withSource: Bool = true, margin: String = "",
                                                      header: String = "Traceback (most recent call last):\n") -> String {
        if entries.isEmpty { return "" }
        var out = header
        var last: TracebackEntry?
        var count = 0
        // Frames of the standard modules CPython writes in C are not shown.
        let shown = entries.filter { !VM.framelessModuleFiles.contains($0.file) }
        for entry in shown.dropFirst(max(0, shown.count - Self.tracebackLimit)) {
            if !entry.sameLine(last) {
                out += repeatedLine(count, margin)
                last = entry
                count = 0
            }
            count += 1
            if count > Self.recursiveCutoff { continue }
            out += margin + "  File \"\(entry.file)\", line \(entry.line), in \(entry.function)\n"
            if withSource, let text = sourceLine(entry.file, Int(entry.line), keepTrailing: true) {
                out += margin + "    \(text)\n"
                if let carets = caretLine(entry, strippedLength: text.unicodeScalars.count) { out += margin + "    \(carets)\n" }
            }
        }
        return out + repeatedLine(count, margin)
    }

    /// CPython's `PyTraceBack_LIMIT` and `TB_RECURSIVE_CUTOFF`.
    static let tracebackLimit = 1000, recursiveCutoff = 3

    private func repeatedLine(_ count: Int, _ margin: String) -> String {
        guard count > Self.recursiveCutoff else { return "" }
        let n = count - Self.recursiveCutoff
        return margin + "  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n"
    }

    /// `ValueError: message`, or just the name when the message is empty.
    public func exceptionLine(_ exc: Value) -> String {
        guard let e = heap[exc.objectIndex] as? ExceptionObject else { return "" }
        let bt = BT(rawValue: e.type)
        let t = typeObject(e.type)
        let name = bt?.qualifiedName ?? (t.isUser ? (t.module == "__main__" ? t.qualname : t.module + "." + t.qualname) : t.name)
        let msg = (try? strOf(exc)) ?? "<exception str() failed>"
        return msg.isEmpty ? name : "\(name): \(msg)"
    }

    /// Line `line` of the program without its indent, and without trailing white space unless
    /// `keepTrailing` (CPython's own traceback printer keeps it; traceback.py and warnings strip it).
    func sourceLine(_ file: String, _ line: Int, keepTrailing: Bool = false) -> String? {
        guard file == self.file, line >= 1, line <= sourceLines.count else { return nil }
        let text = sourceLines[line - 1].drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
        let trimmed = text.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        if trimmed.isEmpty { return nil }
        return keepTrailing ? String(text) : String(trimmed.reversed())
    }
}
