/// The marker line CPython 3.11 draws under a traceback's source line (`tb_displayline` in
/// `Python/traceback.c`): `^^^^` under the failing node, or `~~~^^~~~` for a binary operator
/// or a subscript, none when the markers would cover the whole line.

extension VM {
    /// The markers for `entry` (without the 4-space indent), or nil when CPython prints none.
    /// `strippedLength`: the length of the source line as printed (indent and trailing space cut).
    func caretLine(_ entry: TracebackEntry, strippedLength: Int) -> String? {
        guard entry.file == file, entry.line >= 1, Int(entry.line) <= sourceLines.count else { return nil }
        return caretLine(entry, chars: Array(sourceLines[Int(entry.line) - 1].unicodeScalars), strippedLength: strippedLength)
    }

    /// The markers for `entry` on the line `chars` (indent included).
    func caretLine(_ entry: TracebackEntry, chars: [Unicode.Scalar], strippedLength: Int) -> String? {
        guard entry.endLine != 0 else { return nil }
        let start = Int(entry.column) - 1
        var end: Int
        var anchors: (left: Int, right: Int)?
        if entry.endLine == entry.line {
            end = Int(entry.lastColumn) - 1
            guard start >= 0, start <= end, end <= chars.count else { return nil }
            anchors = Carets.anchors(String(String.UnicodeScalarView(chars[start..<end]))).map { ($0.left + start, $0.right + start) }
        } else {
            // Spanning lines: up to the line's last character that is not white space.
            end = chars.count
            while end > 0, Carets.isWhitespace(chars[end - 1]) { end -= 1 }
            guard start >= 0, start <= end else { return nil }
        }
        if end - start == strippedLength && anchors == nil { return nil }
        let indent = chars.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.count
        guard indent <= end else { return nil }
        var out = ""
        for i in indent..<end {
            if i < start { out += " " } else if let (l, r) = anchors, l <= i, i < r { out += "^" } else { out += anchors == nil ? "^" : "~" }
        }
        return out
    }
}

enum Carets {
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }

    /// The operator of a binary operation, or the brackets of a subscript, in `segment` (the
    /// failing node's text) as 0-based offsets [left, right), when the segment alone parses
    /// to one such expression (`extract_anchors_from_line`).
    static func anchors(_ segment: String) -> (left: Int, right: Int)? {
        guard let body = try? Parser.parse(segment), body.count == 1, case .expr(let e) = body[0].kind else { return nil }
        let s = Array(segment.unicodeScalars)
        switch e.kind {
        case .binary(_, let left, let right):
            guard left.loc.endLine == 1, right.loc.line == 1 else { return nil }
            let rightStart = Int(right.loc.column) - 1
            var i = max(0, Int(left.loc.lastColumn) - 1)
            var found: (Int, Int)?
            while i < rightStart && i < s.count {
                defer { i += 1 }
                if isWhitespace(s[i]) { continue }
                var r = i + 1
                if i + 1 < rightStart && !isWhitespace(s[i + 1]) { r += 1 }
                found = (i, r)
                if i + 1 < rightStart && s[i] == ")" { continue }
                break
            }
            return found
        case .item(let value, let index):
            guard value.loc.endLine == 1, index.loc.endLine == 1 else { return nil }
            var l = max(0, Int(value.loc.lastColumn) - 1)
            var r = max(0, Int(index.loc.lastColumn))
            while l < s.count && s[l] != "[" { l += 1 }
            while r < s.count && s[r] != "]" { r += 1 }
            if r < s.count { r += 1 }
            return (l, r)
        default:
            return nil
        }
    }
}
