/// The parsed form of a regular expression: a tree whose leaves carry the flags in force where
/// they were written (so `(?i:a)b` needs no flag state at match time).

/// `re`'s flag bits, as CPython numbers them.
enum RegexFlag {
    static let template = 1, ignoreCase = 2, locale = 4, multiline = 8, dotAll = 16, unicode = 32
    static let verbose = 64, debug = 128, ascii = 256
}

/// A compile error: CPython's message and the position in the pattern it names (nil for the
/// errors raised without one). `kind` says which Python exception CPython raises.
struct RegexError: Error {
    enum Kind { case reError, overflow, value, recursion }
    var message: String
    var pos: Int?
    var kind: Kind = .reError
}

enum CharItem {
    case char(UInt32)
    case range(UInt32, UInt32)
    /// `\d` (`.digit`), `\s`, `\w` and, with `negated`, their complements.
    case digit(negated: Bool), space(negated: Bool), word(negated: Bool)
}

struct CharClass {
    var items: [CharItem]
    var negated: Bool
    var ignoreCase: Bool
    var ascii: Bool

    func matches(_ c: UInt32) -> Bool {
        if !ignoreCase { return contains(c) != negated }
        return containsAnyCase(c) != negated
    }

    /// Under IGNORECASE a set holds a character when it holds any of its case forms.
    private func containsAnyCase(_ c: UInt32) -> Bool {
        if contains(c) { return true }
        if ascii {
            let other = (c >= 65 && c <= 90) ? c + 32 : (c >= 97 && c <= 122) ? c - 32 : c
            return other != c && contains(other)
        }
        let lo = RegexChars.lower(c)
        if lo != c && contains(lo) { return true }
        let up = RegexChars.upper(c)
        if up != c && contains(up) { return true }
        // The Kelvin sign's lowercase is k, whose uppercase is K.
        let loUp = RegexChars.upper(lo)
        if loUp != c && loUp != up && contains(loUp) { return true }
        if let others = RegexChars.extraMembers[RegexChars.fold(c, ascii: false)] {
            for o in others where o != c && contains(o) { return true }
        }
        return false
    }

    private func contains(_ c: UInt32) -> Bool {
        for item in items {
            switch item {
            case .char(let x): if x == c { return true }
            case .range(let lo, let hi): if c >= lo && c <= hi { return true }
            case .digit(let n): if RegexChars.isDigit(c, ascii: ascii) != n { return true }
            case .space(let n): if RegexChars.isSpace(c, ascii: ascii) != n { return true }
            case .word(let n): if RegexChars.isWord(c, ascii: ascii) != n { return true }
            }
        }
        return false
    }
}

enum RegexAnchor {
    /// `^` without and with MULTILINE, `$` likewise, `\A`, `\Z`, `\b`, `\B`.
    case start, lineStart, end, lineEnd, stringStart, stringEnd, boundary, nonBoundary
}

enum QuantifierMode { case greedy, lazy, possessive }

indirect enum RegexNode {
    case empty
    case literal(UInt32, ignoreCase: Bool, ascii: Bool)
    case set(CharClass)
    case any(dotAll: Bool)
    case anchor(RegexAnchor, ascii: Bool)
    case group(Int, RegexNode)
    case concat([RegexNode])
    case alternation([RegexNode])
    /// `max` is `Int.max` for no upper bound.
    case quantified(RegexNode, min: Int, max: Int, mode: QuantifierMode)
    case backref(Int, ignoreCase: Bool, ascii: Bool)
    /// `width` is the body's (fewest, most) characters, for lookbehinds.
    case look(behind: Bool, negated: Bool, width: (Int, Int), RegexNode)
    case atomic(RegexNode)
    case conditional(group: Int, yes: RegexNode, no: RegexNode)

    /// Whether it consumes exactly one character (quantifiers over it get a fast loop).
    var isSingleChar: Bool {
        switch self {
        case .literal, .set, .any: return true
        default: return false
        }
    }
}

/// A compiled pattern's description: what `Pattern.flags`, `.groups` and `.groupindex` report.
struct RegexPattern {
    var root: RegexNode
    var flags: Int
    var groups: Int
    /// Group names in the order they were defined, with their numbers.
    var groupNames: [(String, Int)]
}

/// `repr()` of a str, for the messages that quote a name (`VM.quote` is a pure function: the
/// parser still needs no VM).
func pythonRepr(_ s: String) -> String { VM.quote(s) }
