/// Printing exception groups and notes as CPython 3.11's `PyErr_Display` does
/// (`Python/pythonrun.c`): each sub-exception in a numbered box, nested groups indented,
/// every line inside a group behind a `| ` margin, at most 15 sub-exceptions and 10 levels.

/// Where the printer stands (`struct exception_print_context`).
struct ExceptionPrintContext {
    var seen: Set<Int> = []          // exceptions printed or being printed: a chain stops at them
    var depth = 0                    // how many groups deep
    var needClose = false            // the last box of a group still needs its bottom line

    var indent: String { String(repeating: " ", count: 2 * depth) }
    var margin: String { depth > 0 ? indent + "| " : "" }

    static let maxWidth = 15, maxDepth = 10
}

extension VM {
    /// A group and its sub-exceptions (`print_exception_group`).
    func groupText(_ exc: Value, _ ctx: inout ExceptionPrintContext) -> String {
        if ctx.depth > ExceptionPrintContext.maxDepth {
            return ctx.margin + "... (max_group_depth is \(ExceptionPrintContext.maxDepth))\n"
        }
        let topLevel = ctx.depth == 0
        if topLevel { ctx.depth = 1 }
        var out = exceptionText(exc, ctx)
        let items = groupItems(exc)
        let n = items.count <= ExceptionPrintContext.maxWidth ? items.count : ExceptionPrintContext.maxWidth + 1
        ctx.needClose = false
        for i in 0..<n {
            let last = i == n - 1
            if last { ctx.needClose = true }      // a nested group may draw the bottom line instead
            let truncated = i >= ExceptionPrintContext.maxWidth
            out += ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(truncated ? "..." : String(i + 1)) ----------------\n"
            ctx.depth += 1
            if truncated {
                let more = items.count - ExceptionPrintContext.maxWidth
                out += ctx.margin + "and \(more) more exception\(more > 1 ? "s" : "")\n"
            } else {
                out += chainText(items[i], &ctx)
            }
            if last && ctx.needClose {
                out += ctx.indent + "+------------------------------------\n"
                ctx.needClose = false
            }
            ctx.depth -= 1
        }
        if ctx.depth == 1 && topLevel { ctx.depth = 0 }
        return out
    }

    /// A sub-exception with the causes and contexts before it (`print_exception_recursive`),
    /// the chain walked in a loop. Each link starts with the box state the first one had.
    private func chainText(_ exc: Value, _ ctx: inout ExceptionPrintContext) -> String {
        var chain: [(exc: Value, join: String)] = []
        var cur = exc
        while let e = heap[cur.objectIndex] as? ExceptionObject {
            ctx.seen.insert(cur.objectIndex)
            let next: Value?, join: String
            if e.cause.tag == .object {
                next = ctx.seen.contains(e.cause.objectIndex) ? nil : e.cause
                join = "The above exception was the direct cause of the following exception:\n"
            } else if !e.suppressContext, e.context.tag == .object {
                next = ctx.seen.contains(e.context.objectIndex) ? nil : e.context
                join = "During handling of the above exception, another exception occurred:\n"
            } else {
                next = nil; join = ""
            }
            guard let next else { chain.append((cur, "")); break }
            chain.append((cur, join))
            cur = next
        }
        let needClose = ctx.needClose
        var out = ""
        for (i, (exc, _)) in chain.enumerated().reversed() {
            ctx.needClose = needClose
            out += isExceptionGroup(exc) ? groupText(exc, &ctx) : exceptionText(exc, ctx)
            if i > 0 { out += ctx.margin + "\n" + ctx.margin + chain[i - 1].join + ctx.margin + "\n" }
        }
        return out
    }

    /// One exception's traceback, its line and its notes (`print_exception`), behind the margin.
    func exceptionText(_ exc: Value, _ ctx: ExceptionPrintContext, withSource: Bool = true) -> String {
        guard let e = heap[exc.objectIndex] as? ExceptionObject else { return "" }
        let group = isExceptionGroup(exc)
        let header = (group && ctx.depth == 1 ? ctx.indent + "+ " : ctx.margin)
            + (group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n")
        return tracebackText(e.traceback.reversed(), withSource: withSource, margin: ctx.margin, header: header)
            + ctx.margin + exceptionLine(exc) + suggestionText(exc) + "\n" + notesText(exc, ctx)
    }

    /// `__notes__`, one line of a note behind the margin each; a value that is not a
    /// sequence is printed by its repr, without a newline, as CPython 3.11 does.
    private func notesText(_ exc: Value, _ ctx: ExceptionPrintContext) -> String {
        guard let notes = try? getAttr(exc, Sym.__notes__.rawValue) else { return "" }
        guard [.list, .tuple, .str, .range].contains(kind(notes)) || lookupSpecial(notes, Sym.__getitem__.rawValue) != nil,
              let items = try? iterateToArray(notes) else {
            return ctx.margin + ((try? repr(notes)) ?? "<__notes__ repr() failed>")
        }
        var out = ""
        for note in items {
            let text = kind(note) == .str ? strValue(note) : ((try? strOf(note)) ?? "<note str() failed>")
            for line in VM.linesKeepingEnds(text) { out += ctx.margin + line }
            out += "\n"
        }
        return out
    }

    /// `str.splitlines(keepends=True)`.
    static func linesKeepingEnds(_ s: String) -> [String] { splitLines(s, keepEnds: true) }

    /// `str.splitlines`: CPython's line boundaries (\n, \r, \r\n, \v, \f, \x1c-\x1e, \x85,
    /// U+2028, U+2029), counted by code point.
    static func splitLines(_ s: String, keepEnds: Bool) -> [String] {
        var lines: [String] = []
        var cur = String.UnicodeScalarView()
        var it = s.unicodeScalars.makeIterator()
        var pending = it.next()
        while let c = pending {
            pending = it.next()
            switch c.value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                if keepEnds { cur.append(c) }
                if c == "\r" && pending == "\n" {
                    if keepEnds { cur.append("\n") }
                    pending = it.next()
                }
                lines.append(String(cur))
                cur = String.UnicodeScalarView()
            default:
                cur.append(c)
            }
        }
        if !cur.isEmpty { lines.append(String(cur)) }
        return lines
    }
}
