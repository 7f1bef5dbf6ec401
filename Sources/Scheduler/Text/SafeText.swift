/// The one rule for text that leaves schedviz (trace exports, the viewer, stderr messages,
/// `check`, `verify`'s report): characters that a terminal or an editor would act on instead
/// of showing are written as Python-style escapes. `run`'s stdout is the exception: it stays
/// byte-identical to CPython's.
public enum SafeText {
    /// True for C0 and C1 controls, DEL, the bidirectional overrides, isolates and marks,
    /// zero-width characters, the byte-order mark and the line and paragraph separators.
    @inline(__always)
    public static func isUnsafe(_ v: UInt32) -> Bool {
        if v < 0x20 || v == 0x7f { return true }
        if v < 0x80 { return false }
        if v < 0xa0 { return true }
        switch v {
        case 0x061c, 0x180e, 0x200b...0x200f, 0x2028...0x202e, 0x2060...0x2069, 0xfeff, 0xfff9...0xfffb: return true
        default: return false
        }
    }

    /// `s` with every unsafe character escaped (`\n`, `\t`, `\x1b`, `\u202e`); `s` itself when it has none.
    public static func escape(_ s: String) -> String { escaping(s, keepLines: false) }

    /// A message of several lines: like `escape`, but newlines and tabs stay as they are.
    /// The last guard on schedviz's own stderr; names inside a message are escaped with
    /// `escape` where it is formatted, so a newline in a name cannot forge a line.
    public static func escapeMessage(_ s: String) -> String { escaping(s, keepLines: true) }

    private static func escaping(_ s: String, keepLines: Bool) -> String {
        func unsafe(_ u: Unicode.Scalar) -> Bool { isUnsafe(u.value) && !(keepLines && (u == "\n" || u == "\t")) }
        guard s.unicodeScalars.contains(where: unsafe) else { return s }
        var r = ""
        for u in s.unicodeScalars {
            if unsafe(u) { r += escapeSequence(u.value) } else { r.unicodeScalars.append(u) }
        }
        return r
    }

    /// The escape for one unsafe character, as Python's repr writes it.
    static func escapeSequence(_ v: UInt32) -> String {
        switch v {
        case 0x0a: return "\\n"
        case 0x0d: return "\\r"
        case 0x09: return "\\t"
        default:
            let hex = String(v, radix: 16)
            if v < 0x100 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }

    /// `s` as a JSON string literal with quotes: every unsafe character as `\uXXXX` (or `\n`,
    /// `\r`, `\t`), so no JSON consumer, and no terminal showing the file, meets a raw control.
    public static func json(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        let hex = Array("0123456789abcdef".utf8)
        for u in s.unicodeScalars {
            let v = u.value
            switch v {
            case 0x22: out += [0x5c, 0x22]
            case 0x5c: out += [0x5c, 0x5c]
            case 0x0a: out += [0x5c, 0x6e]
            case 0x0d: out += [0x5c, 0x72]
            case 0x09: out += [0x5c, 0x74]
            default:
                if v < 0x80 && !isUnsafe(v) {
                    out.append(UInt8(v))
                } else if isUnsafe(v) {
                    out += [0x5c, 0x75]
                    for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 15)]) }
                } else {
                    out.append(contentsOf: String(u).utf8)
                }
            }
        }
        out.append(0x22)
    }
}
