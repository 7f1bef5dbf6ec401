/// Character predicates and case folding as CPython's `_sre` applies them to str patterns:
/// `\w` is `str.isalnum()` or `_`, `\d` a decimal digit, `\s` `str.isspace()`; the ASCII flag
/// narrows each to ASCII. Case-insensitive matching compares simple lowercase forms, joined by
/// the extra equivalences CPython lists in `re._casefix` (`ſ` with `s`, `ı` with `i`, ...).
enum RegexChars {
    static func isDigit(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 128 { return c >= 48 && c <= 57 }
        if ascii { return false }
        return Unicode.Scalar(c)?.properties.numericType == .decimal
    }

    static func isSpace(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 128 { return c == 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) }
        if ascii { return false }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 128 {
            return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95
        }
        if ascii { return false }
        guard let s = Unicode.Scalar(c) else { return false }
        let p = s.properties
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return p.numericType != nil
        }
    }

    /// The simple lowercase mapping (one code point), as `_PyUnicode_ToLowercase`.
    static func lower(_ c: UInt32) -> UInt32 {
        if c < 128 { return (c >= 65 && c <= 90) ? c + 32 : c }
        if c == 0x130 { return 0x69 }  // İ: its full mapping has two code points, its simple one is i
        guard let s = Unicode.Scalar(c) else { return c }
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : c
    }

    static func upper(_ c: UInt32) -> UInt32 {
        if c < 128 { return (c >= 97 && c <= 122) ? c - 32 : c }
        guard let s = Unicode.Scalar(c) else { return c }
        let m = s.properties.uppercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : c
    }

    /// One representative for all the characters that match each other under IGNORECASE.
    static func fold(_ c: UInt32, ascii: Bool) -> UInt32 {
        if ascii || c < 128 {
            let l = (c >= 65 && c <= 90) ? c + 32 : c
            return ascii ? l : (extraFold[l] ?? l)
        }
        let l = lower(c)
        return extraFold[l] ?? l
    }

    /// The lowercase characters CPython treats as equal beyond `lower()`, each mapped to the
    /// smallest of its class.
    static let extraFold: [UInt32: UInt32] = {
        let classes: [[UInt32]] = [
            [0x69, 0x131], [0x73, 0x17F], [0xB5, 0x3BC], [0x3B9, 0x345, 0x1FBE], [0x390, 0x1FD3], [0x3B0, 0x1FE3],
            [0x3B2, 0x3D0], [0x3B5, 0x3F5], [0x3B8, 0x3D1], [0x3BA, 0x3F0], [0x3C0, 0x3D6], [0x3C1, 0x3F1],
            [0x3C2, 0x3C3], [0x3C6, 0x3D5], [0x432, 0x1C80], [0x434, 0x1C81], [0x43E, 0x1C82], [0x441, 0x1C83],
            [0x442, 0x1C84, 0x1C85], [0x44A, 0x1C86], [0x463, 0x1C87], [0xA64B, 0x1C88], [0x1E61, 0x1E9B],
            [0xFB05, 0xFB06],
        ]
        var m: [UInt32: UInt32] = [:]
        for c in classes { let lo = c.min()!; for x in c where x != lo { m[x] = lo } }
        return m
    }()

    /// Each class of `extraFold` by its representative, the representative included.
    static let extraMembers: [UInt32: [UInt32]] = {
        var m: [UInt32: [UInt32]] = [:]
        for (k, v) in extraFold { m[v, default: [v]].append(k) }
        return m
    }()
}
