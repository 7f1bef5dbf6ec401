/// Where CPython's caret range ends for errors the compiler finds (`'return' outside
/// function`, `'await' outside async function`, ...): CPython underlines the whole
/// statement or expression. The AST keeps only where nodes start, so the end is read
/// from the source line: up to a closing bracket or comma that is not ours, or a comment.
enum ErrorSpan {
    /// The 1-based exclusive end column of the construct starting at `column` on `text`.
    static func end(of text: Substring, from column: Int) -> Int {
        let scalars = Array(text.unicodeScalars)
        var i = max(0, column - 1)
        var depth = 0
        var quote: Unicode.Scalar?
        var end = i
        while i < scalars.count {
            let c = scalars[i]
            if let q = quote {
                if c == "\\" { i += 2; end = i; continue }
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                break
            } else if c == "(" || c == "[" || c == "{" {
                depth += 1
            } else if c == ")" || c == "]" || c == "}" || c == "," || c == ";" || c == ":" {
                if depth == 0 { break }
                if c != "," && c != ":" { depth -= 1 }
            }
            i += 1
            if c != " " && c != "\t" { end = i }
        }
        return min(end, scalars.count) + 1
    }
}

extension Compiler {
    /// The end column for an error at `l`, or 0 (one caret) when the line is unknown.
    func errorEnd(_ l: Loc) -> Int {
        let index = Int(l.line) - 1
        guard index >= 0, index < vm.sourceLines.count else { return 0 }
        return ErrorSpan.end(of: vm.sourceLines[index], from: Int(l.column))
    }

    /// The end column for an error at a compound statement (`async for ...:`): CPython
    /// underlines the rest of its first line.
    func errorLineEnd(_ l: Loc) -> Int {
        let index = Int(l.line) - 1
        guard index >= 0, index < vm.sourceLines.count else { return 0 }
        var line = Substring(vm.sourceLines[index])
        if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
        return line.unicodeScalars.count - (line.unicodeScalars.reversed().prefix { $0 == " " || $0 == "\t" }.count) + 1
    }
}
