/// Turns Python 3.11 source into `Token`s.
///
/// The scanner follows CPython 3.11's `Parser/tokenizer.c` (tokens, indentation,
/// tokenizer errors) and `Parser/string_parser.c` (escape decoding, splitting
/// f-strings into parts) closely, so that error messages *and* positions match
/// what `compile()` reports. Comments of the form "C: ..." point at the CPython
/// behaviour being mirrored where it is not obvious.
///
/// Positions: lines 1-based, columns 1-based in Unicode scalars, end exclusive.
/// Synthetic tokens have empty text. NEWLINE starts at the trailing comment if
/// there is one (as in CPython) and ends at the newline character; INDENT spans
/// the indentation; DEDENT sits on the first token of the line; at end of file,
/// DEDENT tokens and EOF are on the last line, EOF with column 0 (CPython
/// reports errors at end of input with offset 0).
///
/// Besides CPython's tokenizer errors, the lexer raises two errors that CPython
/// raises from its parser, because they need no grammar: "unexpected indent"
/// (an INDENT not after a line ending in ':') and the errors found while
/// decoding string literals and splitting f-strings. The latter are reported
/// at the token after the strings, and a later tokenizer error replaces them,
/// both as in CPython.
public enum Lexer {
    /// Whole module: emits NEWLINE / INDENT / DEDENT like CPython's tokenizer,
    /// ends with NEWLINE (if the last logical line had content) then DEDENTs then EOF.
    public static func tokenize(_ source: String) throws(PySyntaxError) -> [Token] {
        var scanner = TokenScanner(source: source, expressionStart: nil)
        return try scanner.run()
    }

    /// Like `tokenize`, but "unexpected indent" and "'(' was never closed" are returned
    /// instead of thrown, with the tokens carrying on: CPython's parser reads tokens one at
    /// a time, so a grammar error before those points is what CPython reports.
    public static func tokenizeDeferring(_ source: String) throws(PySyntaxError) -> (tokens: [Token], deferred: PySyntaxError?, at: Int) {
        var scanner = TokenScanner(source: source, expressionStart: nil)
        scanner.deferStructural = true
        let tokens = try scanner.run()
        return (tokens, scanner.deferred, scanner.deferredTokenIndex)
    }

    /// For an f-string replacement field: tokenizes `source` as if inside
    /// parentheses (newlines ignored, no INDENT/DEDENT), positions offset so the
    /// first scalar is at (line, column); ends with EOF, placed just after the
    /// last scalar (where CPython's closing wrapper parenthesis would be).
    ///
    /// Errors thrown from here use CPython's coordinates for f-string
    /// expressions: on the expression's first line, columns are relative to
    /// `"(" + source + ")"` (see `fstringErrorColumn`); errors found while
    /// decoding string literals get the "f-string: " prefix.
    public static func tokenizeExpression(_ source: String, line: Int, column: Int) throws(PySyntaxError) -> [Token] {
        var scanner = TokenScanner(source: source, expressionStart: (line, column))
        return try scanner.run()
    }

    /// The NAME tokens of a module that tokenizes, those inside f-strings included.
    static func identifiers(in source: String) -> Set<String> {
        var names = Set<String>()
        func collect(_ tokens: [Token]) {
            for t in tokens {
                if t.kind == .name { names.insert(t.text) }
                if case .fstring(let parts) = t.value { fields(parts) }
            }
        }
        func fields(_ parts: [FStringPart]) {
            for case .expression(let text, let line, let column, _, let spec, _) in parts {
                collect((try? tokenizeExpression(text, line: line, column: column)) ?? [])
                if let spec { fields(spec) }
            }
        }
        collect((try? tokenize(source)) ?? [])
        return names
    }

    /// CPython 3.11 compiles an f-string expression as `"(" + source + ")"` and
    /// reports parser errors in it with columns relative to that text when they
    /// are on the expression's first line. Given a real column on `line` for an
    /// expression starting at (`exprLine`, `exprColumn`), returns the column
    /// CPython would print. The parser can use this for "f-string: ..." errors.
    public static func fstringErrorColumn(_ column: Int, line: Int, exprLine: Int, exprColumn: Int) -> Int {
        line == exprLine ? column - exprColumn + 2 : column
    }
}

// MARK: - Character classes

private let hardKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
    "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
    "or", "pass", "raise", "return", "try", "while", "with", "yield",
]

/// CPython's MAXINDENT and MAXLEVEL.
private let maxIndent = 100
private let maxParenLevel = 200

@inline(__always) private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
@inline(__always) private func isOctDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "7" }
@inline(__always) private func isHexDigit(_ c: Unicode.Scalar) -> Bool {
    isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F")
}
@inline(__always) private func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
    (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
}
/// C: is_potential_identifier_start — any non-ASCII scalar may start a name;
/// whether it really is an identifier is checked afterwards.
@inline(__always) private func isPotentialIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    isASCIILetter(c) || c == "_" || c.value >= 128
}
@inline(__always) private func isPotentialIdentifierChar(_ c: Unicode.Scalar) -> Bool {
    isASCIILetter(c) || isDigit(c) || c == "_" || c.value >= 128
}

private func hexValue(_ c: Unicode.Scalar) -> UInt32? {
    switch c {
    case "0"..."9": return c.value - 48
    case "a"..."f": return c.value - 87
    case "A"..."F": return c.value - 55
    default: return nil
    }
}

/// Mirrors Py_UNICODE_ISPRINTABLE.
private func isPrintable(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x7F { return c.value >= 0x20 }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned,
         .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

/// "%04X" of a scalar value.
private func hex4(_ c: Unicode.Scalar) -> String {
    let digits = String(c.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// Length of the longest operator starting with `c`, `c2`, `c3`: 3, 2, or 1
/// for anything else (C: PyToken_ThreeChars / PyToken_TwoChars). `<>` counts
/// because CPython tokenizes it as one token (its parser then rejects it).
private func operatorLength(_ c: Unicode.Scalar, _ c2: Unicode.Scalar, _ c3: Unicode.Scalar) -> Int {
    switch (c, c2) {
    case ("*", "*"), ("/", "/"), ("<", "<"), (">", ">"):
        return c3 == "=" ? 3 : 2
    case ("!", "="), ("%", "="), ("&", "="), ("*", "="), ("+", "="), ("-", "="), ("-", ">"),
         ("/", "="), (":", "="), ("<", "="), ("<", ">"), ("=", "="), (">", "="), ("@", "="),
         ("^", "="), ("|", "="):
        return 2
    default:
        return 1
    }
}

private enum NumberShape { case integer(radix: Int), float, imaginary }

/// A failure while decoding a string literal or splitting an f-string. CPython
/// raises these from the parser, so the scanner turns them into a pending error.
private struct StringFailure: Error {
    var message: String
    var kind: PySyntaxError.Kind = .syntax
}

/// An error found in a string literal. CPython 3.11 reports it at the token
/// that follows the run of adjacent strings, once that token is known.
private struct PendingError {
    var message: String
    var kind: PySyntaxError.Kind
    /// Set when CPython reports at the string token itself rather than at the next token.
    var fixedLocation: (line: Int, column: Int, endColumn: Int)?
}

// MARK: - Scanner

private struct TokenScanner {
    /// Source scalars with newlines normalized to "\n", followed by NUL sentinels
    /// so that look-ahead never needs a bounds check.
    let src: [Unicode.Scalar]
    /// Number of real scalars in `src`.
    let count: Int
    /// Index of the first scalar of each line.
    let lineStarts: [Int]
    /// True for `tokenizeExpression`: always inside (virtual) parentheses.
    let exprMode: Bool
    let baseLine: Int
    let baseColumn: Int
    /// Index of a NUL in the input, which CPython refuses.
    let nulIndex: Int?

    var i = 0
    var tokens: [Token] = []
    var atLineStart: Bool
    var blankLine = false
    var indents = [0]
    var altIndents = [0]   // indentation with tabs counted as 1, to detect inconsistent tabs
    var parens: [Int] = []  // indexes of the open brackets
    var pending: PendingError?
    /// A string-literal error already placed at its token. CPython raises it
    /// from the parser and then tokenizes the rest of the file: a later
    /// tokenizer error reported through `syntaxerror()` replaces it, while the
    /// "weak" ones (bad dedent, tabs, line continuation, end of input) do not.
    /// `tokenLine` is the line of the token where it was raised.
    var parserError: (error: PySyntaxError, tokenLine: Int)?
    var deferStructural = false
    var deferred: PySyntaxError?
    var deferredTokenIndex = -1
    var lastLineEndedWithColon = false
    var lineHint = 0  // line index of the last token position computed

    init(source: String, expressionStart: (line: Int, column: Int)?) {
        var s: [Unicode.Scalar] = []
        s.reserveCapacity(source.utf8.count + 5)
        var previousWasCR = false
        var nul: Int?
        for c in source.unicodeScalars {
            // CPython translates "\r\n" and "\r" to "\n" before tokenizing.
            if c == "\r" {
                s.append("\n")
                previousWasCR = true
                continue
            }
            if c == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            if c == "\0" && nul == nil { nul = s.count }
            s.append(c)
        }
        // A UTF-8 BOM is dropped when Python reads a file.
        if expressionStart == nil, s.first == "\u{FEFF}" { s.removeFirst() }
        // CPython appends a newline to the last line when it is missing.
        if expressionStart == nil, let last = s.last, last != "\n" { s.append("\n") }
        count = s.count
        s.append(contentsOf: repeatElement("\0", count: 4))
        src = s

        var starts = [0]
        for k in 0..<count where s[k] == "\n" { starts.append(k + 1) }
        lineStarts = starts

        exprMode = expressionStart != nil
        baseLine = expressionStart?.line ?? 1
        baseColumn = expressionStart?.column ?? 1
        atLineStart = expressionStart == nil
        nulIndex = nul
    }

    var inParens: Bool { exprMode || !parens.isEmpty }

    // MARK: Positions

    /// 0-based line index of a scalar index.
    func lineIndex(_ idx: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= idx { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Real 1-based line and column of a scalar index (what tokens carry).
    func position(_ idx: Int) -> (line: Int, column: Int) {
        let li = lineIndex(idx)
        let col0 = idx - lineStarts[li]
        return (baseLine + li, col0 + (li == 0 ? baseColumn : 1))
    }

    func realLine(_ idx: Int) -> Int { baseLine + lineIndex(idx) }

    /// `position` for token boundaries, which only move forward: walks from
    /// the line of the previous token instead of searching.
    mutating func tokenPosition(_ idx: Int) -> (line: Int, column: Int) {
        var li = lineHint
        if idx < lineStarts[li] {
            li = lineIndex(idx)
        } else {
            while li + 1 < lineStarts.count && lineStarts[li + 1] <= idx { li += 1 }
        }
        lineHint = li
        let col0 = idx - lineStarts[li]
        return (baseLine + li, col0 + (li == 0 ? baseColumn : 1))
    }

    /// Column of an error CPython raises from its parser: characters, except
    /// inside an f-string expression where its sub-parser keeps UTF-8 bytes.
    func parserColumn(_ idx: Int) -> Int { exprMode ? cByteColumn(idx) : cColumn(idx) }

    /// Like `cColumn` but counting UTF-8 bytes.
    func cByteColumn(_ idx: Int) -> Int {
        let li = lineIndex(idx)
        var n = exprMode && li == 0 ? 1 : 0
        for k in lineStarts[li]..<idx { n += UTF8.width(src[k]) }
        return n
    }

    /// 0-based column of `idx` in the text CPython's tokenizer sees: the source
    /// itself, or `"(" + source + ")"` for an f-string expression.
    func cColumn(_ idx: Int) -> Int {
        let li = lineIndex(idx)
        return idx - lineStarts[li] + (exprMode && li == 0 ? 1 : 0)
    }

    /// Number of lines CPython counts (the last line always ends with "\n").
    var lastLine: Int { baseLine + max(0, lineIndex(max(0, count - 1))) }

    /// C: the column reported when the tokenizer gives up at end of input
    /// (`cur - line_start` with `cur` after the final newline).
    var endOfInputColumn: Int { count == 0 ? 0 : cColumn(count - 1) + 1 }

    // MARK: Errors

    /// Error reported on the scalar at `idx` (CPython's `syntaxerror` with the
    /// cursor just after it).
    func error(_ message: String, at idx: Int, kind: PySyntaxError.Kind = .syntax) -> PySyntaxError {
        let column = cColumn(idx) + 1
        return PySyntaxError(kind, message, line: realLine(idx), column: column, endColumn: column)
    }

    /// End of input inside brackets. After a string error, CPython only prefers
    /// this if the bracket was opened on an earlier line than that error.
    func neverClosedError() -> PySyntaxError {
        let p = parens[parens.count - 1]
        if let earlier = parserError, earlier.tokenLine <= realLine(p) { return earlier.error }
        return PySyntaxError(.syntax, "'\(src[p])' was never closed", line: realLine(p), column: cColumn(p) + 1, endColumn: 0)
    }

    /// A tokenizer error that does not replace an earlier string error.
    func weak(_ e: PySyntaxError) -> PySyntaxError { parserError?.error ?? e }

    /// Source text of `a..<b`, encoded straight to UTF-8 (much faster than
    /// appending scalars to a String one by one).
    func slice(_ a: Int, _ b: Int) -> String {
        guard b > a else { return "" }
        return String(unsafeUninitializedCapacity: (b - a) * 4) { buffer in
            var n = 0
            for k in a..<b {
                let v = src[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    // MARK: Token output

    mutating func append(_ kind: TokenKind, _ start: Int, _ end: Int, text: String, value: TokenValue = .none) {
        let s = tokenPosition(start), e = tokenPosition(end)
        tokens.append(Token(kind: kind, text: text, value: value, line: s.line, column: s.column, endLine: e.line, endColumn: e.column))
    }

    /// Appends a non-string token spanning `start..<end`, first placing at it
    /// any error found in the string literals just before it.
    mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int, value: TokenValue = .none) {
        flushPending(start, end)
        append(kind, start, end, text: slice(start, end), value: value)
    }

    /// Places a pending string error at the token `start..<end` that follows
    /// the strings, and keeps scanning (see `parserError`).
    mutating func flushPending(_ start: Int, _ end: Int) {
        guard let p = pending else { return }
        pending = nil
        let message = exprMode ? "f-string: " + p.message : p.message
        let e: PySyntaxError
        if let loc = p.fixedLocation {
            e = PySyntaxError(p.kind, message, line: loc.line, column: loc.column, endColumn: loc.endColumn)
        } else {
            e = PySyntaxError(p.kind, message, line: realLine(start), column: parserColumn(start) + 1, endColumn: parserColumn(end) + 1)
        }
        parserError = (e, realLine(start))
    }

    mutating func setPending(_ failure: StringFailure, fixedAt range: Range<Int>? = nil) {
        // The first error wins: the parser stops there.
        guard pending == nil && parserError == nil else { return }
        var loc: (Int, Int, Int)?
        if let r = range { loc = (realLine(r.lowerBound), parserColumn(r.lowerBound) + 1, parserColumn(r.upperBound) + 1) }
        pending = PendingError(message: failure.message, kind: failure.kind, fixedLocation: loc)
    }

    // MARK: Main loop (C: tok_get)

    mutating func run() throws(PySyntaxError) -> [Token] {
        if let n = nulIndex {
            throw PySyntaxError(.syntax, "source code cannot contain null bytes", line: realLine(n), column: 0, endColumn: 0)
        }
        while true {
            if atLineStart { try readIndentation() }
            while src[i] == " " || src[i] == "\t" || src[i] == "\u{0C}" { i += 1 }
            let start = i
            if src[i] == "#" {
                while i < count && src[i] != "\n" { i += 1 }
            }
            if i >= count {
                try finish()
                return tokens
            }
            let c = src[i]
            if isPotentialIdentifierStart(c) {
                try scanNameOrString(start)
            } else if c == "\n" {
                i += 1
                atLineStart = !exprMode
                if blankLine || inParens { continue }
                emitNewline(start, newlineAt: i - 1)
            } else if c == "." {
                try scanDot(start)
            } else if isDigit(c) {
                try scanNumber(start)
            } else if c == "'" || c == "\"" {
                try scanString(start, quoteAt: start, bytes: false, raw: false, fstring: false)
            } else if c == "\\" {
                try lineContinuation()
            } else {
                try scanOperator(start)
            }
        }
    }

    mutating func finish() throws(PySyntaxError) {
        if !parens.isEmpty {
            guard deferStructural else { throw neverClosedError() }
            if deferred == nil {
                deferred = neverClosedError()
                // A grammar error inside the unclosed bracket loses to this one; one before it wins.
                let line = realLine(parens[0]), column = cColumn(parens[0]) + 1
                deferredTokenIndex = tokens.firstIndex { $0.line == line && $0.column == column } ?? tokens.count
            }
            parens.removeAll()
            emitNewline(count, newlineAt: count)
        }
        // The virtual closing parenthesis follows an f-string expression.
        if exprMode { flushPending(count, count + 1) }
        if let e = parserError { throw e.error }
        if exprMode {
            let p = position(count)
            tokens.append(Token(kind: .eof, text: "", line: p.line, column: p.column, endLine: p.line, endColumn: p.column + 1))
        } else {
            let line = max(1, lastLine)
            tokens.append(Token(kind: .eof, text: "", line: line, column: 0, endLine: line, endColumn: 0))
        }
    }

    mutating func emitNewline(_ start: Int, newlineAt nl: Int) {
        flushPending(start, nl)
        if let last = tokens.last {
            lastLineEndedWithColon = last.kind == .op && last.text == ":"
        }
        append(.newline, start, nl, text: "")
    }

    // MARK: Indentation

    /// Measures the indentation of a new line and emits INDENT / DEDENT tokens.
    mutating func readIndentation() throws(PySyntaxError) {
        atLineStart = false
        var col = 0, altCol = 0
        var continuationCol = 0  // C: cont_line_col — the first backslash fixes the indentation
        while true {
            let c = src[i]
            if c == " " {
                col += 1; altCol += 1
            } else if c == "\t" {
                col = (col / 8 + 1) * 8
                altCol += 1
            } else if c == "\u{0C}" {
                col = 0; altCol = 0  // form feed resets the column, as in CPython
            } else if c == "\\" {
                continuationCol = continuationCol != 0 ? continuationCol : col
                try lineContinuation()
                continue
            } else {
                break
            }
            i += 1
        }
        blankLine = i < count && (src[i] == "#" || src[i] == "\n")
        if blankLine || inParens { return }
        if continuationCol != 0 { col = continuationCol; altCol = continuationCol }

        if col == indents[indents.count - 1] {
            if altCol != altIndents[altIndents.count - 1] { throw weak(tabError()) }
        } else if col > indents[indents.count - 1] {
            if indents.count >= maxIndent {
                throw weak(PySyntaxError(.indentation, "too many levels of indentation", line: realLine(i), column: 1, endColumn: 0))
            }
            if altCol <= altIndents[altIndents.count - 1] { throw weak(tabError()) }
            // An indented block may only follow a line ending with ':'. CPython's
            // parser reports this at the first token, offset = its 0-based column
            // (unless the parser already stopped at a string error).
            if !lastLineEndedWithColon && parserError == nil {
                let e = PySyntaxError(.indentation, "unexpected indent", line: realLine(i), column: cColumn(i), endColumn: 0)
                guard deferStructural else { throw e }
                if deferred == nil { deferred = e; deferredTokenIndex = tokens.count }
            }
            indents.append(col)
            altIndents.append(altCol)
            let p = position(i)
            tokens.append(Token(kind: .indent, text: "", line: p.line, column: 1, endLine: p.line, endColumn: p.column))
        } else {
            var dedents = 0
            while indents.count > 1 && col < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                dedents += 1
            }
            if col != indents[indents.count - 1] {
                // C reports the length of the line including its newline.
                var end = i
                while end < count && src[end] != "\n" { end += 1 }
                throw weak(PySyntaxError(.indentation, "unindent does not match any outer indentation level",
                                         line: realLine(i), column: cColumn(end) + 1, endColumn: 0))
            }
            if altCol != altIndents[altIndents.count - 1] { throw weak(tabError()) }
            appendDedents(dedents)
        }
    }

    func tabError() -> PySyntaxError {
        PySyntaxError(.tab, "inconsistent use of tabs and spaces in indentation", line: realLine(i), column: 1, endColumn: 0)
    }

    mutating func appendDedents(_ n: Int) {
        guard n > 0 else { return }
        let line: Int, column: Int
        if i >= count {
            line = max(1, lastLine)
            column = endOfInputColumn
        } else {
            (line, column) = position(i)
        }
        for _ in 0..<n {
            tokens.append(Token(kind: .dedent, text: "", line: line, column: column, endLine: line, endColumn: column))
        }
    }

    /// Backslash-newline joins physical lines; `i` is on the backslash.
    mutating func lineContinuation() throws(PySyntaxError) {
        let after = i + 1
        if after >= count || src[after] != "\n" {
            throw weak(PySyntaxError(.syntax, "unexpected character after line continuation character",
                                     line: realLine(i), column: cColumn(after) + 1, endColumn: 0))
        }
        i = after + 1
        if i >= count {
            if !parens.isEmpty { throw neverClosedError() }
            throw weak(PySyntaxError(.syntax, "unexpected EOF while parsing", line: max(1, lastLine), column: endOfInputColumn, endColumn: 0))
        }
    }

    // MARK: Names

    mutating func scanNameOrString(_ start: Int) throws(PySyntaxError) {
        // C: the legal prefix combinations of b"", r"", u"" and f"".
        var sawB = false, sawR = false, sawU = false, sawF = false
        var j = start
        while true {
            let c = src[j]
            if !(sawB || sawU || sawF) && (c == "b" || c == "B") {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && (c == "u" || c == "U") {
                sawU = true
            } else if !(sawR || sawU) && (c == "r" || c == "R") {
                sawR = true
            } else if !(sawF || sawB || sawU) && (c == "f" || c == "F") {
                sawF = true
            } else {
                break
            }
            j += 1
            if src[j] == "'" || src[j] == "\"" {
                try scanString(start, quoteAt: j, bytes: sawB, raw: sawR, fstring: sawF)
                return
            }
        }
        var nonASCII = false
        while isPotentialIdentifierChar(src[j]) {
            if src[j].value >= 128 { nonASCII = true }
            j += 1
        }
        if nonASCII { try verifyIdentifier(start, j) }
        i = j
        let text = slice(start, j)
        flushPending(start, j)
        append(!nonASCII && hardKeywords.contains(text) ? .keyword : .name, start, j, text: text)
    }

    /// C: verify_identifier — reports the first scalar that cannot be part of a name.
    func verifyIdentifier(_ start: Int, _ end: Int) throws(PySyntaxError) {
        for k in start..<end {
            let c = src[k]
            let ok: Bool
            if c.value < 128 {
                ok = true  // ASCII letters, digits and '_' (a digit cannot come first here)
            } else if k == start {
                ok = c.properties.isXIDStart
            } else {
                ok = c.properties.isXIDContinue
            }
            if !ok {
                let message = isPrintable(c)
                    ? "invalid character '\(c)' (U+\(hex4(c)))"
                    : "invalid non-printable character U+\(hex4(c))"
                throw error(message, at: k)
            }
        }
    }

    // MARK: Operators

    mutating func scanDot(_ start: Int) throws(PySyntaxError) {
        if isDigit(src[i + 1]) {
            try scanNumber(start, leadingDot: true)
        } else if src[i + 1] == "." && src[i + 2] == "." {
            i += 3
            emit(.op, start, i)
        } else {
            i += 1
            emit(.op, start, i)
        }
    }

    mutating func scanOperator(_ start: Int) throws(PySyntaxError) {
        let c = src[i]
        let length = operatorLength(c, src[i + 1], src[i + 2])
        if length > 1 {
            i += length
            emit(.op, start, i)
            return
        }
        i += 1
        switch c {
        case "(", "[", "{":
            if parens.count >= maxParenLevel { throw error("too many nested parentheses", at: start) }
            parens.append(start)
        case ")", "]", "}":
            guard let open = parens.popLast() else { throw error("unmatched '\(c)'", at: start) }
            let o = src[open]
            if !((o == "(" && c == ")") || (o == "[" && c == "]") || (o == "{" && c == "}")) {
                let openLine = realLine(open)
                let suffix = openLine != realLine(start) ? " on line \(openLine)" : ""
                throw error("closing parenthesis '\(c)' does not match opening parenthesis '\(o)'\(suffix)", at: start)
            }
        default:
            if !isPrintable(c) { throw error("invalid non-printable character U+\(hex4(c))", at: start) }
        }
        // Unknown characters such as '$', '?', '!' and '`' become one-character
        // operators, as in CPython; the parser rejects them with "invalid syntax".
        emit(.op, start, i)
    }

    // MARK: Numbers (C: the "Number" part of tok_get)

    @inline(__always) mutating func nextc() -> Unicode.Scalar {
        let c = src[i]
        i += 1
        return c
    }

    /// Error at the cursor: CPython's offset is the number of scalars before it.
    func errorBeforeCursor(_ message: String) -> PySyntaxError { error(message, at: i - 1) }

    /// C: tok_decimal_tail — digits with single underscores between them.
    mutating func decimalTail() throws(PySyntaxError) -> Unicode.Scalar {
        var c: Unicode.Scalar
        while true {
            repeat { c = nextc() } while isDigit(c)
            if c != "_" { break }
            c = nextc()
            if !isDigit(c) {
                i -= 1
                throw errorBeforeCursor("invalid decimal literal")
            }
        }
        return c
    }

    /// C: lookahead — does the source continue with `word` and then a non-name character?
    func lookahead(_ word: String) -> Bool {
        var k = i
        for w in word.unicodeScalars {
            if src[k] != w { return false }
            k += 1
        }
        return !isPotentialIdentifierChar(src[k])
    }

    /// C: verify_end_of_number. `c` has just been read. A keyword that may
    /// legally follow a number ("1if x else y") only warns in CPython.
    mutating func verifyEndOfNumber(_ c: Unicode.Scalar, _ kind: String) throws(PySyntaxError) {
        let allowed: Bool
        switch c {
        case "a": allowed = lookahead("nd")
        case "e": allowed = lookahead("lse")
        case "f": allowed = lookahead("or")
        case "i": allowed = src[i] == "f" || src[i] == "n" || src[i] == "s"
        case "o": allowed = lookahead("r")
        case "n": allowed = lookahead("ot")
        default: allowed = false
        }
        if !allowed && c.value < 128 && isPotentialIdentifierChar(c) {
            i -= 1
            throw errorBeforeCursor("invalid \(kind) literal")
        }
    }

    /// Digits of a 0x / 0o / 0b literal. C reports a decimal digit out of range
    /// with the cursor after it, anything else with the cursor on it.
    mutating func radixDigits(_ isValid: (Unicode.Scalar) -> Bool, name: String, checkDecimal: Bool) throws(PySyntaxError) -> Unicode.Scalar {
        var c = nextc()
        repeat {
            if c == "_" { c = nextc() }
            if !isValid(c) {
                if checkDecimal && isDigit(c) { throw error("invalid digit '\(c)' in \(name) literal", at: i - 1) }
                i -= 1
                throw errorBeforeCursor("invalid \(name) literal")
            }
            repeat { c = nextc() } while isValid(c)
        } while c == "_"
        if checkDecimal && isDigit(c) { throw error("invalid digit '\(c)' in \(name) literal", at: i - 1) }
        return c
    }

    mutating func scanNumber(_ start: Int, leadingDot: Bool = false) throws(PySyntaxError) {
        var shape = NumberShape.integer(radix: 10)
        var c: Unicode.Scalar
        // Where to continue in the float grammar (C uses gotos for these).
        enum Next { case done, fraction, afterFraction, exponent, imaginary }
        var next = Next.done

        i = start
        c = nextc()
        if leadingDot {
            c = nextc()
            next = .fraction
        } else if c == "0" {
            c = nextc()
            if c == "x" || c == "X" {
                c = try radixDigits(isHexDigit, name: "hexadecimal", checkDecimal: false)
                try verifyEndOfNumber(c, "hexadecimal")
                shape = .integer(radix: 16)
            } else if c == "o" || c == "O" {
                c = try radixDigits(isOctDigit, name: "octal", checkDecimal: true)
                try verifyEndOfNumber(c, "octal")
                shape = .integer(radix: 8)
            } else if c == "b" || c == "B" {
                c = try radixDigits({ $0 == "0" || $0 == "1" }, name: "binary", checkDecimal: true)
                try verifyEndOfNumber(c, "binary")
                shape = .integer(radix: 2)
            } else {
                // Zeros (maybe an old-style octal, which is refused).
                var nonzero = false
                while true {
                    if c == "_" {
                        c = nextc()
                        if !isDigit(c) {
                            i -= 1
                            throw errorBeforeCursor("invalid decimal literal")
                        }
                    }
                    if c != "0" { break }
                    c = nextc()
                }
                let zerosEnd = i
                if isDigit(c) {
                    nonzero = true
                    c = try decimalTail()
                }
                if c == "." {
                    c = nextc()
                    next = .fraction
                } else if c == "e" || c == "E" {
                    next = .exponent
                } else if c == "j" || c == "J" {
                    next = .imaginary
                } else if nonzero {
                    // C: syntaxerror_known_range gets UTF-8 byte offsets here, unconverted.
                    throw PySyntaxError(.syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                        line: realLine(start), column: cByteColumn(start) + 1, endColumn: cByteColumn(zerosEnd))
                } else {
                    try verifyEndOfNumber(c, "decimal")
                }
            }
        } else {
            c = try decimalTail()
            if c == "." {
                c = nextc()
                next = .fraction
            } else {
                next = .afterFraction
            }
        }

        if next == .fraction {
            shape = .float
            if isDigit(c) { c = try decimalTail() }
            next = .afterFraction
        }
        if next == .afterFraction {
            next = (c == "e" || c == "E") ? .exponent : ((c == "j" || c == "J") ? .imaginary : .done)
            if next == .done {
                try verifyEndOfNumber(c, "decimal")
            }
        }
        if next == .exponent {
            let e = c
            c = nextc()
            if c == "+" || c == "-" {
                c = nextc()
                if !isDigit(c) {
                    i -= 1
                    throw errorBeforeCursor("invalid decimal literal")
                }
            } else if !isDigit(c) {
                // "1else": the number ends before the 'e'.
                i -= 1
                try verifyEndOfNumber(e, "decimal")
                i -= 1
                try emitNumber(start, shape)
                return
            }
            shape = .float
            c = try decimalTail()
            if c == "j" || c == "J" {
                next = .imaginary
            } else {
                try verifyEndOfNumber(c, "decimal")
            }
        }
        if next == .imaginary {
            shape = .imaginary
            c = nextc()
            try verifyEndOfNumber(c, "imaginary")
        }
        i -= 1  // give back the character that ended the number
        try emitNumber(start, shape)
    }

    /// Refuses, before any conversion, a decimal literal past CPython's digit limit (as CPython
    /// 3.11 does at compile time) and a hex/octal/binary one past the runtime's integer size.
    func checkIntLiteralSize(_ digits: Int, radix: Int, at start: Int) throws(PySyntaxError) {
        if radix == 10 && digits > IntLimits.maxStrDigits {
            throw error(IntLimits.digitsMessage(has: digits) + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", at: start)
        }
        let bitsPerDigit = radix == 16 ? 4 : (radix == 8 ? 3 : 1)
        if radix != 10 && digits > IntLimits.maxBits / bitsPerDigit + 1 {
            throw error("integer literals of more than \(IntLimits.maxBits) bits are not supported (schedviz keeps integers under that size)",
                        at: start, kind: .unsupported)
        }
    }

    mutating func emitNumber(_ start: Int, _ shape: NumberShape) throws(PySyntaxError) {
        let text = slice(start, i)
        var digits = String.UnicodeScalarView()
        for c in text.unicodeScalars where c != "_" { digits.append(c) }
        var plain = String(digits)
        let value: TokenValue
        let kind: TokenKind
        switch shape {
        case .integer(let radix):
            if radix != 10 { plain.removeFirst(2) }  // the 0x / 0o / 0b prefix
            // Leading zeros carry no value ("0_0", "0x00ff").
            let trimmed = plain.drop { $0 == "0" }
            try checkIntLiteralSize(trimmed.utf8.count, radix: radix, at: start)
            value = .int(digits: trimmed.isEmpty ? "0" : String(trimmed), radix: radix)
            kind = .int
        case .float:
            value = .float(Double(plain) ?? .infinity)
            kind = .float
        case .imaginary:
            plain.removeLast()  // the j
            value = .float(Double(plain) ?? .infinity)
            kind = .imaginary
        }
        flushPending(start, i)
        append(kind, start, i, text: text, value: value)
    }
}

// MARK: - Strings

extension TokenScanner {
    /// Scans a string literal whose prefix starts at `start` and opening quote is
    /// at `q` (C: the letter_quote part of tok_get), then decodes its value.
    mutating func scanString(_ start: Int, quoteAt q: Int, bytes: Bool, raw: Bool, fstring: Bool) throws(PySyntaxError) {
        let quote = src[q]
        var j = q + 1
        var quoteSize = 1
        var endQuoteSize = 0
        if src[j] == quote {
            if src[j + 1] == quote {
                quoteSize = 3
                j += 2
            } else {
                endQuoteSize = 1  // empty string
                j += 1
            }
        }
        while endQuoteSize != quoteSize {
            if j >= count || (quoteSize == 1 && src[j] == "\n") {
                let detected = realLine(min(j, count - 1))
                let message = quoteSize == 3
                    ? "unterminated triple-quoted string literal (detected at line \(detected))"
                    : "unterminated string literal (detected at line \(detected))"
                throw error(message, at: start)
            }
            let c = src[j]
            j += 1
            if c == quote {
                endQuoteSize += 1
            } else {
                endQuoteSize = 0
                if c == "\\" && j < count { j += 1 }  // the escaped character cannot end the string
            }
        }
        i = j
        let bodyStart = q + quoteSize, bodyEnd = j - quoteSize
        let text = slice(start, j)

        if fstring {
            var p = bodyStart
            do throws(StringFailure) {
                let parts = try parseFString(&p, end: bodyEnd, raw: raw, level: 0)
                append(.fstring, start, j, text: text, value: .fstring(parts))
            } catch {
                setPending(error)
                append(.fstring, start, j, text: text, value: .fstring([]))
            }
        } else if bytes {
            if (bodyStart..<bodyEnd).contains(where: { src[$0].value >= 128 }) {
                // CPython reports this one at the literal itself.
                setPending(StringFailure(message: "bytes can only contain ASCII literal characters"), fixedAt: start..<j)
                append(.bytes, start, j, text: text, value: .bytes([]))
                return
            }
            do throws(StringFailure) {
                let value = raw ? (bodyStart..<bodyEnd).map { UInt8(src[$0].value) } : try decodeBytes(bodyStart, bodyEnd)
                append(.bytes, start, j, text: text, value: .bytes(value))
            } catch {
                setPending(error)
                append(.bytes, start, j, text: text, value: .bytes([]))
            }
        } else {
            do throws(StringFailure) {
                let value = raw ? slice(bodyStart, bodyEnd) : try decodeUnicode(bodyStart, bodyEnd)
                append(.string, start, j, text: text, value: .string(value))
            } catch {
                setPending(error)
                append(.string, start, j, text: text, value: .string(""))
            }
        }
    }

    // MARK: Escapes

    /// C: _PyBytes_DecodeEscape. Unknown escapes (including \u and \N) stay verbatim.
    func decodeBytes(_ a: Int, _ b: Int) throws(StringFailure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b - a)
        var k = a
        while k < b {
            let c = src[k]
            k += 1
            if c != "\\" || k >= b {
                out.append(UInt8(c.value))
                continue
            }
            let escStart = k - 1
            let e = src[k]
            k += 1
            switch e {
            case "\n": break
            case "\\", "'", "\"": out.append(UInt8(e.value))
            case "b": out.append(8)
            case "f": out.append(12)
            case "t": out.append(9)
            case "n": out.append(10)
            case "r": out.append(13)
            case "v": out.append(11)
            case "a": out.append(7)
            case "0"..."7":
                var v = e.value - 48
                for _ in 0..<2 where k < b && isOctDigit(src[k]) {
                    v = v * 8 + src[k].value - 48
                    k += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))  // "\777" wraps in 3.11
            case "x":
                if k + 1 < b, let h = hexValue(src[k]), let l = hexValue(src[k + 1]) {
                    out.append(UInt8(h * 16 + l))
                    k += 2
                } else {
                    throw StringFailure(message: "(value error) invalid \\x escape at position \(escStart - a)")
                }
            default:
                out.append(0x5C)
                k -= 1  // keep the character after the backslash as is
            }
        }
        return out
    }

    /// C: decode_unicode_with_escapes. Unknown escapes stay verbatim (CPython
    /// only warns); a lone trailing backslash (possible in an f-string literal
    /// part, e.g. f"\{x}") is kept.
    func decodeUnicode(_ a: Int, _ b: Int) throws(StringFailure) -> String {
        var k = a
        while k < b && src[k] != "\\" { k += 1 }
        if k == b { return slice(a, b) }  // fast path: no escapes

        var out = String.UnicodeScalarView()
        k = a
        while k < b {
            let c = src[k]
            if c != "\\" {
                out.append(c)
                k += 1
                continue
            }
            let escStart = k
            k += 1
            if k >= b {
                out.append("\\")
                break
            }
            let e = src[k]
            k += 1
            switch e {
            case "\n": break
            case "\\", "'", "\"": out.append(e)
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "v": out.append("\u{0B}")
            case "a": out.append("\u{07}")
            case "0"..."7":
                var v = e.value - 48
                for _ in 0..<2 where k < b && isOctDigit(src[k]) {
                    v = v * 8 + src[k].value - 48
                    k += 1
                }
                out.append(Unicode.Scalar(v)!)  // at most 0o777, always valid
            case "x", "u", "U":
                let n = e == "x" ? 2 : (e == "u" ? 4 : 8)
                let reason = e == "x" ? "truncated \\xXX escape" : (e == "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape")
                var v: UInt32 = 0
                for _ in 0..<n {
                    guard k < b, let h = hexValue(src[k]) else {
                        throw unicodeEscapeFailure(reason, a, b, escStart, k)
                    }
                    v = v * 16 + h
                    k += 1
                }
                if v > 0x10FFFF { throw unicodeEscapeFailure("illegal Unicode character", a, b, escStart, k) }
                guard let scalar = Unicode.Scalar(v) else {
                    throw StringFailure(message: "lone surrogate characters in string literals are not supported", kind: .unsupported)
                }
                out.append(scalar)
            case "N":
                let malformed = "malformed \\N character escape"
                guard k < b, src[k] == "{" else { throw unicodeEscapeFailure(malformed, a, b, escStart, k) }
                k += 1
                let nameStart = k
                while k < b && src[k] != "}" { k += 1 }
                if k >= b || k == nameStart { throw unicodeEscapeFailure(malformed, a, b, escStart, k) }
                let name = slice(nameStart, k)
                k += 1
                guard let scalar = lookupCharacterName(name) else {
                    throw unicodeEscapeFailure("unknown Unicode character name", a, b, escStart, k)
                }
                out.append(scalar)
            default:
                out.append("\\")
                out.append(e)
            }
        }
        return String(out)
    }

    /// CPython's message for a bad escape. Positions are in the buffer CPython
    /// decodes, where each non-ASCII scalar was first rewritten as "\UXXXXXXXX"
    /// (10 characters) and a backslash before one as "\u005c" (6).
    func unicodeEscapeFailure(_ reason: String, _ a: Int, _ b: Int, _ from: Int, _ to: Int) -> StringFailure {
        func expandedOffset(_ target: Int) -> Int {
            var pos = 0, j = a
            while j < target {
                if src[j] == "\\" {
                    if j + 1 >= b || src[j + 1].value >= 128 {
                        pos += 6
                        j += 1
                    } else {
                        pos += 2
                        j += 2
                    }
                } else {
                    pos += src[j].value >= 128 ? 10 : 1
                    j += 1
                }
            }
            return pos
        }
        let s = expandedOffset(from), e = expandedOffset(to)
        return StringFailure(message: "(unicode error) 'unicodeescape' codec can't decode bytes in position \(s)-\(e - 1): \(reason)")
    }

    /// \N{name}: the Unicode name or its correction alias, case-insensitive.
    /// Scans the character database, so it costs tens of milliseconds per use.
    func lookupCharacterName(_ name: String) -> Unicode.Scalar? {
        let wanted = name.uppercased()
        for range in [0..<0x32400, 0xE0000..<0xE0200] {
            for v in range {
                guard let s = Unicode.Scalar(UInt32(v)) else { continue }
                let p = s.properties
                if p.name == wanted || p.nameAlias == wanted { return s }
            }
        }
        return nil
    }

    // MARK: f-strings (C: fstring_find_literal / fstring_find_expr in string_parser.c)

    /// Splits an f-string body (or a format spec when `level` > 0) into parts,
    /// starting at `p` and stopping at `end` or, in a format spec, at its '}'.
    func parseFString(_ p: inout Int, end: Int, raw: Bool, level: Int) throws(StringFailure) -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal = ""
        while true {
            let (text, doubledBrace) = try findLiteral(&p, end: end, raw: raw, level: level)
            literal += text
            if doubledBrace { continue }
            if p >= end || src[p] == "}" { break }
            // At a '{': a replacement field.
            let field = try findExpression(&p, end: end, raw: raw, level: level)
            if !literal.isEmpty {
                parts.append(.literal(literal))
                literal = ""
            }
            parts.append(field)
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        if level == 0 && p < end - 1 { throw StringFailure(message: "f-string: unexpected end of string") }
        if level != 0 && (p >= end || src[p] != "}") { throw StringFailure(message: "f-string: expecting '}'") }
        return parts
    }

    /// Reads literal text up to a '{' or '}' (or the end). Returns the decoded
    /// text and whether it stopped after a doubled brace at top level.
    func findLiteral(_ p: inout Int, end: Int, raw: Bool, level: Int) throws(StringFailure) -> (String, Bool) {
        let literalStart = p
        var s = p
        while s < end {
            var ch = src[s]
            s += 1
            if !raw && ch == "\\" && s < end {
                ch = src[s]
                s += 1
                if ch == "N" {
                    // Skip "\N{name}" so that its braces are not taken for a field.
                    if s < end {
                        let open = src[s]
                        s += 1
                        if open == "{" {
                            while s < end {
                                let c = src[s]
                                s += 1
                                if c == "}" { break }
                            }
                        }
                    }
                    continue
                }
                // "\{" falls through: the brace still opens a field (CPython warns).
            }
            if ch == "{" || ch == "}" {
                if level == 0 {
                    if s < end && src[s] == ch {
                        // Doubled brace: the literal keeps one, scanning resumes after both.
                        p = s + 1
                        return (try decodeLiteral(literalStart, s, raw: raw), true)
                    }
                    if ch == "}" {
                        p = s - 1
                        throw StringFailure(message: "f-string: single '}' is not allowed")
                    }
                }
                s -= 1  // a field starts here, or the format spec ends
                break
            }
        }
        p = s
        return (try decodeLiteral(literalStart, s, raw: raw), false)
    }

    func decodeLiteral(_ a: Int, _ b: Int, raw: Bool) throws(StringFailure) -> String {
        if a == b { return "" }
        return raw ? slice(a, b) : try decodeUnicode(a, b)
    }

    /// Reads one replacement field; `p` is on its '{'.
    func findExpression(_ p: inout Int, end: Int, raw: Bool, level: Int) throws(StringFailure) -> FStringPart {
        if level >= 2 { throw StringFailure(message: "f-string: expressions nested too deeply") }
        p += 1
        let exprStart = p
        var quoteChar: Unicode.Scalar? = nil
        var tripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        while p < end {
            let ch = src[p]
            if ch == "\\" { throw StringFailure(message: "f-string expression part cannot include a backslash") }
            if let q = quoteChar {
                // Inside a string in the expression: only look for its end.
                if ch == q {
                    if !tripleQuoted {
                        quoteChar = nil
                    } else if p + 2 < end && src[p + 1] == q && src[p + 2] == q {
                        p += 2
                        quoteChar = nil
                    }
                }
                p += 1
                continue
            }
            if ch == "'" || ch == "\"" {
                tripleQuoted = p + 2 < end && src[p + 1] == ch && src[p + 2] == ch
                if tripleQuoted { p += 2 }
                quoteChar = ch
            } else if ch == "[" || ch == "{" || ch == "(" {
                if brackets.count >= maxParenLevel { throw StringFailure(message: "f-string: too many nested parenthesis") }
                brackets.append(ch)
            } else if ch == "#" {
                throw StringFailure(message: "f-string expression part cannot include '#'")
            } else if brackets.isEmpty && (ch == "!" || ch == ":" || ch == "}" || ch == "=" || ch == ">" || ch == "<") {
                // "!=", "==", "<=", ">=" are operators, not the end of the expression.
                if p + 1 < end && src[p + 1] == "=" && ch != ":" && ch != "}" {
                    p += 2
                    continue
                }
                if ch == ">" || ch == "<" {
                    p += 1
                    continue
                }
                break
            } else if ch == "]" || ch == "}" || ch == ")" {
                guard let open = brackets.popLast() else { throw StringFailure(message: "f-string: unmatched '\(ch)'") }
                if !((open == "(" && ch == ")") || (open == "[" && ch == "]") || (open == "{" && ch == "}")) {
                    throw StringFailure(message: "f-string: closing parenthesis '\(ch)' does not match opening parenthesis '\(open)'")
                }
            }
            p += 1
        }
        let exprEnd = p
        if quoteChar != nil { throw StringFailure(message: "f-string: unterminated string") }
        if let open = brackets.last { throw StringFailure(message: "f-string: unmatched '\(open)'") }
        let expectingBrace = StringFailure(message: "f-string: expecting '}'")
        if p >= end { throw expectingBrace }

        // C: fstring_compile_expr refuses an expression that is only whitespace.
        if (exprStart..<exprEnd).allSatisfy({ [" ", "\t", "\n", "\u{0C}"].contains(src[$0]) }) {
            let stop = src[p]
            if stop == "!" || stop == ":" || stop == "=" {
                throw StringFailure(message: "f-string: expression required before '\(stop)'")
            }
            throw StringFailure(message: "f-string: empty expression not allowed")
        }

        // "{x=}" / "{x = }": the text up to and including '=' and the spaces after it.
        var selfDoc: String? = nil
        if src[p] == "=" {
            p += 1
            while p < end && [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains(src[p]) { p += 1 }
            if p >= end { throw expectingBrace }
            selfDoc = slice(exprStart, p)
        }

        var conversion: Character? = nil
        if src[p] == "!" {
            p += 1
            if p >= end { throw expectingBrace }
            let c = src[p]
            p += 1
            if !(c == "s" || c == "r" || c == "a") {
                throw StringFailure(message: "f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }

        var spec: [FStringPart]? = nil
        if p < end && src[p] == ":" {
            p += 1
            if p >= end { throw expectingBrace }
            spec = try parseFString(&p, end: end, raw: raw, level: level + 1)
        }

        if p >= end || src[p] != "}" { throw expectingBrace }
        p += 1

        // CPython formats "{x=}" with repr unless a conversion or spec is given.
        if selfDoc != nil && spec == nil && conversion == nil { conversion = "r" }
        let pos = position(exprStart)
        return .expression(source: slice(exprStart, exprEnd), line: pos.line, column: pos.column,
                           conversion: conversion, spec: spec, selfDoc: selfDoc)
    }
}

// MARK: - Integer sizes

/// The integer size limits the lexer and the runtime share.
public enum IntLimits {
    /// CPython 3.11's default `sys.get_int_max_str_digits()`.
    public static let maxStrDigits = 4300
    /// Multiplying integers this large already takes seconds here, so larger results are refused.
    public static let maxBits = 1 << 18

    /// CPython's message for a decimal conversion past `maxStrDigits`.
    public static func digitsMessage(has digits: Int? = nil) -> String {
        let has = digits.map { ": value has \($0) digits" } ?? ""
        return "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion\(has); use sys.set_int_max_str_digits() to increase the limit"
    }
}
