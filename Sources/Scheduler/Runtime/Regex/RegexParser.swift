/// Pattern text to `RegexNode`, with CPython 3.11's grammar, error messages and positions
/// (`re._parser`): the same one-token lookahead (an escape is one two-character token), so
/// `tell()` and every error offset count as CPython's do.
struct RegexParser {
    private struct Token: Equatable {
        var c: UInt32
        var escaped: Bool
        var length: Int { escaped ? 2 : 1 }
    }

    private let s: [UInt32]
    private var index = 0
    private var next: Token?
    private var flags: Int
    private var groupNames: [(String, Int)] = []
    /// The width of each closed group (nil while open); index 0 stands for the whole match.
    private var groupWidths: [(Int, Int)?] = [nil]
    private var lookbehindGroups: Int?
    private var groupRefPos: [Int: Int] = [:]
    private var groupRefOrder: [Int] = []
    private var depth = 0

    static let maxRepeat = 4294967295
    static let maxWidth = 1 << 60
    static let maxGroups = 1073741823

    /// Parses `pattern` with the flags given to `compile`.
    static func parse(_ pattern: String, flags: Int) throws(RegexError) -> RegexPattern {
        var p = RegexParser(s: pattern.unicodeScalars.map(\.value), flags: flags)
        return try p.parseAll()
    }

    private init(s: [UInt32], flags: Int) {
        self.s = s
        self.flags = flags
    }

    // MARK: - Tokens

    private mutating func advance() throws(RegexError) {
        guard index < s.count else { next = nil; return }
        var c = s[index]
        var escaped = false
        if c == 92 {
            index += 1
            guard index < s.count else { throw RegexError(message: "bad escape (end of pattern)", pos: s.count - 1) }
            c = s[index]
            escaped = true
        }
        index += 1
        next = Token(c: c, escaped: escaped)
    }

    private var tell: Int { index - (next?.length ?? 0) }

    private func error(_ msg: String, _ offset: Int = 0) -> RegexError {
        RegexError(message: msg, pos: tell - offset)
    }

    private mutating func get() throws(RegexError) -> Token? {
        let t = next
        try advance()
        return t
    }

    private mutating func match(_ c: Character) throws(RegexError) -> Bool {
        if let n = next, !n.escaped, n.c == c.unicodeScalars.first!.value { try advance(); return true }
        return false
    }

    private func nextIs(_ c: Character) -> Bool {
        if let n = next, !n.escaped, n.c == c.unicodeScalars.first!.value { return true }
        return false
    }

    private func nextIn(_ set: String) -> Bool {
        guard let n = next, !n.escaped else { return false }
        return set.unicodeScalars.contains { $0.value == n.c }
    }

    private static func text(_ t: Token) -> String {
        (t.escaped ? "\\" : "") + String(Unicode.Scalar(t.c).map { Character($0) } ?? "?")
    }

    private mutating func getWhile(_ n: Int, _ set: String) throws(RegexError) -> String {
        var out = ""
        for _ in 0..<n {
            guard nextIn(set) else { break }
            out.unicodeScalars.append(Unicode.Scalar(next!.c)!)
            try advance()
        }
        return out
    }

    private mutating func getUntil(_ terminator: Character, _ name: String) throws(RegexError) -> String {
        var out = ""
        while true {
            let c = next
            try advance()
            guard let c else {
                if out.isEmpty { throw error("missing " + name) }
                throw error("missing \(terminator), unterminated name", out.unicodeScalars.count)
            }
            if !c.escaped && c.c == terminator.unicodeScalars.first!.value {
                if out.isEmpty { throw error("missing " + name, 1) }
                break
            }
            out += RegexParser.text(c)
        }
        return out
    }

    private func checkGroupName(_ name: String, _ offset: Int) throws(RegexError) {
        if !isIdentifier(name) {
            throw error("bad character in group name \(pythonRepr(name))", name.unicodeScalars.count + offset)
        }
    }

    // MARK: - Groups

    private func checkGroup(_ gid: Int) -> Bool { gid < groupWidths.count && groupWidths[gid] != nil }

    private func checkLookbehindGroup(_ gid: Int) throws(RegexError) {
        guard let lb = lookbehindGroups else { return }
        if !checkGroup(gid) { throw error("cannot refer to an open group") }
        if gid >= lb { throw error("cannot refer to group defined in the same lookbehind subpattern") }
    }

    private mutating func openGroup(_ name: String?) throws(RegexError) -> Int {
        let gid = groupWidths.count
        groupWidths.append(nil)
        if let name {
            if let old = groupNames.first(where: { $0.0 == name }) {
                throw error("redefinition of group name \(pythonRepr(name)) as group \(gid); was group \(old.1)",
                            name.unicodeScalars.count + 1)
            }
            groupNames.append((name, gid))
        }
        return gid
    }

    // MARK: - Grammar

    private mutating func parseAll() throws(RegexError) -> RegexPattern {
        try advance()
        let root = try parseSub(verbose: flags & RegexFlag.verbose != 0, nested: 0, add: 0, del: 0)
        if flags & RegexFlag.locale != 0 {
            throw RegexError(message: "cannot use LOCALE flag with a str pattern", pos: nil, kind: .value)
        }
        if flags & RegexFlag.ascii == 0 {
            flags |= RegexFlag.unicode
        } else if flags & RegexFlag.unicode != 0 {
            throw RegexError(message: "ASCII and UNICODE flags are incompatible", pos: nil, kind: .value)
        }
        if next != nil { throw error("unbalanced parenthesis") }
        for g in groupRefOrder where g >= groupWidths.count {
            throw RegexError(message: "invalid group reference \(g)", pos: groupRefPos[g])
        }
        try checkLookbehinds(root)
        return RegexPattern(root: root, flags: flags, groups: groupWidths.count - 1, groupNames: groupNames)
    }

    private mutating func parseSub(verbose v: Bool, nested: Int, add: Int, del: Int) throws(RegexError) -> RegexNode {
        var verbose = v
        var items: [RegexNode] = []
        while true {
            items.append(try parseSeq(verbose: verbose, nested: nested + 1, first: nested == 0 && items.isEmpty, add: add, del: del))
            if !(try match("|")) { break }
            if nested == 0 { verbose = flags & RegexFlag.verbose != 0 }
        }
        return items.count == 1 ? items[0] : .alternation(items)
    }

    private func eff(_ add: Int, _ del: Int) -> Int { (flags | add) & ~del }

    private mutating func parseSeq(verbose: Bool, nested: Int, first: Bool = false, add: Int, del: Int) throws(RegexError) -> RegexNode {
        var verbose = verbose
        var seq: [RegexNode] = []
        /// Whether the last item is a quantifier (for "multiple repeat") or an anchor.
        var lastIsRepeat = false
        var lastIsAnchor = false
        depth += 1
        defer { depth -= 1 }
        // CPython's parser recurses in Python, and a script's pattern of about 500 nested
        // groups exhausts its recursion limit.
        if depth > 495 { throw RegexError(message: "maximum recursion depth exceeded", pos: nil, kind: .recursion) }
        while true {
            guard let this = next else { break }
            if !this.escaped && (this.c == 124 || this.c == 41) { break }  // | )
            try advance()
            let f = eff(add, del)
            let ic = f & RegexFlag.ignoreCase != 0, ascii = f & RegexFlag.ascii != 0
            if verbose && !this.escaped {
                if [32, 9, 10, 13, 11, 12].contains(this.c) { continue }
                if this.c == 35 {  // #
                    while let t = try get() { if !t.escaped && t.c == 10 { break } }
                    continue
                }
            }
            var node: RegexNode
            var isAnchor = false
            if this.escaped {
                node = try escape(this, ic: ic, ascii: ascii)
                if case .anchor = node { isAnchor = true }
            } else {
                switch this.c {
                case 91:  // [
                    node = try parseSet(ic: ic, ascii: ascii)
                case 42, 43, 63, 123:  // * + ? {
                    let here = tell
                    var lo = 0, hi = Int.max
                    if this.c == 63 { hi = 1 }
                    else if this.c == 43 { lo = 1 }
                    else if this.c == 123 {
                        if nextIs("}") { seq.append(.literal(123, ignoreCase: ic, ascii: ascii)); lastIsRepeat = false; lastIsAnchor = false; continue }
                        let a = try getWhile(Int.max, "0123456789")
                        var b = a
                        if try match(",") { b = try getWhile(Int.max, "0123456789") }
                        if !(try match("}")) {
                            seq.append(.literal(123, ignoreCase: ic, ascii: ascii))
                            index = here
                            try advance()
                            lastIsRepeat = false; lastIsAnchor = false
                            continue
                        }
                        if !a.isEmpty {
                            guard let n = Int(a), n < RegexParser.maxRepeat else {
                                throw RegexError(message: "the repetition number is too large", pos: nil, kind: .overflow)
                            }
                            lo = n
                        }
                        if !b.isEmpty {
                            guard let n = Int(b), n < RegexParser.maxRepeat else {
                                throw RegexError(message: "the repetition number is too large", pos: nil, kind: .overflow)
                            }
                            hi = n
                            if hi < lo { throw error("min repeat greater than max repeat", tell - here) }
                        }
                    }
                    if seq.isEmpty || lastIsAnchor { throw error("nothing to repeat", tell - here + 1) }
                    if lastIsRepeat { throw error("multiple repeat", tell - here + 1) }
                    var mode = QuantifierMode.greedy
                    if try match("?") { mode = .lazy } else if try match("+") { mode = .possessive }
                    let item = seq.removeLast()
                    seq.append(.quantified(item, min: lo, max: hi, mode: mode))
                    lastIsRepeat = true
                    lastIsAnchor = false
                    continue
                case 46:  // .
                    node = .any(dotAll: f & RegexFlag.dotAll != 0)
                case 40:  // (
                    guard let n = try parseGroup(verbose: &verbose, nested: nested, first: first && seq.isEmpty, add: add, del: del) else {
                        continue
                    }
                    node = n
                case 94:  // ^
                    node = .anchor(f & RegexFlag.multiline != 0 ? .lineStart : .start, ascii: ascii)
                    isAnchor = true
                case 36:  // $
                    node = .anchor(f & RegexFlag.multiline != 0 ? .lineEnd : .end, ascii: ascii)
                    isAnchor = true
                default:
                    node = .literal(this.c, ignoreCase: ic, ascii: ascii)
                }
            }
            seq.append(node)
            lastIsRepeat = false
            lastIsAnchor = isAnchor
        }
        if seq.isEmpty { return .empty }
        return seq.count == 1 ? seq[0] : .concat(seq)
    }

    /// After `(`: a group, lookaround, conditional, comment (nil) or inline flags (nil when global).
    private mutating func parseGroup(verbose: inout Bool, nested: Int, first: Bool, add: Int, del: Int) throws(RegexError) -> RegexNode? {
        let start = tell - 1
        var capture = true, atomic = false
        var name: String?
        var addFlags = 0, delFlags = 0
        if try match("?") {
            guard let ch = try get() else { throw error("unexpected end of pattern") }
            let c = ch.escaped ? 0 : ch.c
            switch c {
            case 80:  // P
                if try match("<") {
                    name = try getUntil(">", "group name")
                    try checkGroupName(name!, 1)
                } else if try match("=") {
                    let n = try getUntil(")", "group name")
                    try checkGroupName(n, 1)
                    guard let gid = groupNames.first(where: { $0.0 == n })?.1 else {
                        throw error("unknown group name \(pythonRepr(n))", n.unicodeScalars.count + 1)
                    }
                    if !checkGroup(gid) { throw error("cannot refer to an open group", n.unicodeScalars.count + 1) }
                    try checkLookbehindGroup(gid)
                    let f = eff(add, del)
                    return .backref(gid, ignoreCase: f & RegexFlag.ignoreCase != 0, ascii: f & RegexFlag.ascii != 0)
                } else {
                    guard let c2 = try get() else { throw error("unexpected end of pattern") }
                    throw error("unknown extension ?P" + RegexParser.text(c2), c2.length + 2)
                }
            case 58:  // :
                capture = false
            case 35:  // #
                while true {
                    if next == nil { throw error("missing ), unterminated comment", tell - start) }
                    if let t = try get(), !t.escaped, t.c == 41 { break }
                }
                return nil
            case 61, 33, 60:  // = ! <
                var kind = c
                var behind = false
                var savedLookbehind: Int?? = nil
                if c == 60 {
                    guard let c2 = try get() else { throw error("unexpected end of pattern") }
                    if c2.escaped || (c2.c != 61 && c2.c != 33) {
                        throw error("unknown extension ?<" + RegexParser.text(c2), c2.length + 2)
                    }
                    kind = c2.c
                    behind = true
                    savedLookbehind = .some(lookbehindGroups)
                    if lookbehindGroups == nil { lookbehindGroups = groupWidths.count }
                }
                let p = try parseSub(verbose: verbose, nested: nested + 1, add: add, del: del)
                if behind, case .some(nil) = savedLookbehind { lookbehindGroups = nil }
                if !(try match(")")) { throw error("missing ), unterminated subpattern", tell - start) }
                return .look(behind: behind, negated: kind == 33, width: width(p), p)
            case 40:  // (
                let condName = try getUntil(")", "group name")
                let group: Int
                if isIdentifier(condName) {
                    guard let g = groupNames.first(where: { $0.0 == condName })?.1 else {
                        throw error("unknown group name \(pythonRepr(condName))", condName.unicodeScalars.count + 1)
                    }
                    group = g
                } else {
                    guard condName.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }),
                          let g = Int(condName) else {
                        throw error("bad character in group name \(pythonRepr(condName))", condName.unicodeScalars.count + 1)
                    }
                    if g == 0 { throw error("bad group number", condName.unicodeScalars.count + 1) }
                    if g >= RegexParser.maxGroups { throw error("invalid group reference \(g)", condName.unicodeScalars.count + 1) }
                    if groupRefPos[g] == nil {
                        groupRefPos[g] = tell - condName.unicodeScalars.count - 1
                        groupRefOrder.append(g)
                    }
                    group = g
                }
                try checkLookbehindGroup(group)
                let yes = try parseSeq(verbose: verbose, nested: nested + 1, add: add, del: del)
                var no = RegexNode.empty
                if try match("|") {
                    no = try parseSeq(verbose: verbose, nested: nested + 1, add: add, del: del)
                    if nextIs("|") { throw error("conditional backref with more than two branches") }
                }
                if !(try match(")")) { throw error("missing ), unterminated subpattern", tell - start) }
                return .conditional(group: group, yes: yes, no: no)
            case 62:  // >
                capture = false
                atomic = true
            default:
                if c != 0 && (RegexParser.flagLetters[c] != nil || c == 45) {
                    guard let (a, d) = try parseFlags(c) else {
                        if !first { throw error("global flags not at the start of the expression", tell - start) }
                        verbose = flags & RegexFlag.verbose != 0
                        return nil
                    }
                    addFlags = a
                    delFlags = d
                    capture = false
                } else {
                    throw error("unknown extension ?" + RegexParser.text(ch), ch.length + 1)
                }
            }
        }
        var group: Int?
        if capture { group = try openGroup(name) }
        let subVerbose = (verbose || addFlags & RegexFlag.verbose != 0) && delFlags & RegexFlag.verbose == 0
        let p = try parseSub(verbose: subVerbose, nested: nested + 1, add: (add | addFlags) & ~delFlags, del: (del | delFlags) & ~addFlags)
        if !(try match(")")) { throw error("missing ), unterminated subpattern", tell - start) }
        if let group {
            groupWidths[group] = width(p)
            return .group(group, p)
        }
        return atomic ? .atomic(p) : p
    }

    static let flagLetters: [UInt32: Int] = [
        105: RegexFlag.ignoreCase, 76: RegexFlag.locale, 109: RegexFlag.multiline, 115: RegexFlag.dotAll,
        120: RegexFlag.verbose, 97: RegexFlag.ascii, 116: RegexFlag.template, 117: RegexFlag.unicode,
    ]
    private static let typeFlags = RegexFlag.ascii | RegexFlag.locale | RegexFlag.unicode
    private static let globalFlags = RegexFlag.debug | RegexFlag.template

    private func isLetter(_ t: Token) -> Bool {
        Unicode.Scalar(t.c)?.properties.isAlphabetic ?? false
    }

    /// Inline flags after `(?`: nil for global flags `(?i)`, else the (added, removed) pair.
    private mutating func parseFlags(_ first: UInt32) throws(RegexError) -> (Int, Int)? {
        var add = 0, del = 0
        var char: Token? = Token(c: first, escaped: false)
        if first != 45 {
            while true {
                let flag = RegexParser.flagLetters[char!.c]!
                if char!.c == 76 { throw error("bad inline flags: cannot use 'L' flag with a str pattern") }
                add |= flag
                if flag & RegexParser.typeFlags != 0 && add & RegexParser.typeFlags != flag {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                char = try get()
                guard let c = char else { throw error("missing -, : or )") }
                if !c.escaped && (c.c == 41 || c.c == 45 || c.c == 58) { break }
                if c.escaped || RegexParser.flagLetters[c.c] == nil {
                    throw error(!c.escaped && isLetter(c) ? "unknown flag" : "missing -, : or )", c.length)
                }
            }
        }
        if char!.c == 41 {
            flags |= add
            return nil
        }
        if add & RegexParser.globalFlags != 0 { throw error("bad inline flags: cannot turn on global flag", 1) }
        if char!.c == 45 {
            char = try get()
            guard let c = char else { throw error("missing flag") }
            if c.escaped || RegexParser.flagLetters[c.c] == nil {
                throw error(!c.escaped && isLetter(c) ? "unknown flag" : "missing flag", c.length)
            }
            while true {
                let flag = RegexParser.flagLetters[char!.c]!
                if flag & RegexParser.typeFlags != 0 { throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'") }
                del |= flag
                char = try get()
                guard let c = char else { throw error("missing :") }
                if !c.escaped && c.c == 58 { break }
                if c.escaped || RegexParser.flagLetters[c.c] == nil {
                    throw error(!c.escaped && isLetter(c) ? "unknown flag" : "missing :", c.length)
                }
            }
        }
        if del & RegexParser.globalFlags != 0 { throw error("bad inline flags: cannot turn off global flag", 1) }
        if add & del != 0 { throw error("bad inline flags: flag turned on and off", 1) }
        return (add, del)
    }

    // MARK: - Sets and escapes

    private mutating func parseSet(ic: Bool, ascii: Bool) throws(RegexError) -> RegexNode {
        let here = tell - 1
        var items: [CharItem] = []
        let negated = try match("^")
        while true {
            guard let this = try get() else { throw error("unterminated character set", tell - here) }
            if !this.escaped && this.c == 93 && !items.isEmpty { break }
            var code1: CharItem
            if this.escaped { code1 = try classEscape(this) } else { code1 = .char(this.c) }
            if try match("-") {
                guard let that = try get() else { throw error("unterminated character set", tell - here) }
                if !that.escaped && that.c == 93 {
                    items.append(code1)
                    items.append(.char(45))
                    break
                }
                let code2: CharItem = that.escaped ? try classEscape(that) : .char(that.c)
                let msg = "bad character range \(RegexParser.text(this))-\(RegexParser.text(that))"
                guard case .char(let lo) = code1, case .char(let hi) = code2 else {
                    throw error(msg, this.length + 1 + that.length)
                }
                if hi < lo { throw error(msg, this.length + 1 + that.length) }
                items.append(.range(lo, hi))
            } else {
                items.append(code1)
            }
        }
        return .set(CharClass(items: items, negated: negated, ignoreCase: ic, ascii: ascii))
    }

    private static func category(_ c: UInt32) -> CharItem? {
        switch c {
        case 100: return .digit(negated: false)
        case 68: return .digit(negated: true)
        case 115: return .space(negated: false)
        case 83: return .space(negated: true)
        case 119: return .word(negated: false)
        case 87: return .word(negated: true)
        default: return nil
        }
    }

    private static let simpleEscapes: [UInt32: UInt32] = [97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11, 92: 92]

    private static func isASCIILetter(_ c: UInt32) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }

    /// `\x`, `\u`, `\U`, `\N{...}`: the code point, or nil when `t` is none of them.
    private mutating func numericEscape(_ t: Token) throws(RegexError) -> UInt32? {
        var esc = RegexParser.text(t)
        switch t.c {
        case 120, 117, 85:  // x u U
            let n = t.c == 120 ? 2 : t.c == 117 ? 4 : 8
            esc += try getWhile(n, "0123456789abcdefABCDEF")
            if esc.unicodeScalars.count != n + 2 { throw error("incomplete escape \(esc)", esc.unicodeScalars.count) }
            let v = UInt32(esc.dropFirst(2), radix: 16)!
            if v > 0x10FFFF { throw error("bad escape \(esc)", esc.unicodeScalars.count) }
            return v
        case 78:  // N
            if !(try match("{")) { throw error("missing {") }
            let name = try getUntil("}", "character name")
            guard let v = RegexParser.lookupName(name) else {
                throw error("undefined character name \(pythonRepr(name))", name.unicodeScalars.count + 4)
            }
            return v
        default:
            return nil
        }
    }

    private static func lookupName(_ name: String) -> UInt32? {
        let upper = name.uppercased()
        for v in UInt32(0)...0x10FFFF {
            if let s = Unicode.Scalar(v), let n = s.properties.name, n == upper { return v }
        }
        return nil
    }

    private mutating func classEscape(_ t: Token) throws(RegexError) -> CharItem {
        if let v = RegexParser.simpleEscapes[t.c] { return .char(v) }
        if let cat = RegexParser.category(t.c) { return cat }
        if let v = try numericEscape(t) { return .char(v) }
        let esc = RegexParser.text(t)
        if t.c >= 48 && t.c <= 55 {
            let e = esc + (try getWhile(2, "01234567"))
            let v = UInt32(e.dropFirst(), radix: 8)!
            if v > 0o377 { throw error("octal escape value \(e) outside of range 0-0o377", e.unicodeScalars.count) }
            return .char(v)
        }
        if (t.c >= 48 && t.c <= 57) || RegexParser.isASCIILetter(t.c) { throw error("bad escape \(esc)", 2) }
        return .char(t.c)
    }

    private mutating func escape(_ t: Token, ic: Bool, ascii: Bool) throws(RegexError) -> RegexNode {
        switch t.c {
        case 65: return .anchor(.stringStart, ascii: ascii)
        case 98: return .anchor(.boundary, ascii: ascii)
        case 66: return .anchor(.nonBoundary, ascii: ascii)
        case 90: return .anchor(.stringEnd, ascii: ascii)
        default: break
        }
        if let cat = RegexParser.category(t.c) {
            return .set(CharClass(items: [cat], negated: false, ignoreCase: false, ascii: ascii))
        }
        if let v = RegexParser.simpleEscapes[t.c] { return .literal(v, ignoreCase: ic, ascii: ascii) }
        if let v = try numericEscape(t) { return .literal(v, ignoreCase: ic, ascii: ascii) }
        var esc = RegexParser.text(t)
        if t.c == 48 {
            esc += try getWhile(2, "01234567")
            return .literal(UInt32(esc.dropFirst(), radix: 8)!, ignoreCase: ic, ascii: ascii)
        }
        if t.c >= 49 && t.c <= 57 {
            if let n = next, !n.escaped, n.c >= 48 && n.c <= 57 {
                try advance()
                esc.unicodeScalars.append(Unicode.Scalar(n.c)!)
                if t.c <= 55 && n.c <= 55, let n2 = next, !n2.escaped, n2.c >= 48 && n2.c <= 55 {
                    try advance()
                    esc.unicodeScalars.append(Unicode.Scalar(n2.c)!)
                    let v = UInt32(esc.dropFirst(), radix: 8)!
                    if v > 0o377 { throw error("octal escape value \(esc) outside of range 0-0o377", esc.unicodeScalars.count) }
                    return .literal(v, ignoreCase: ic, ascii: ascii)
                }
            }
            let group = Int(esc.dropFirst())!
            if group < groupWidths.count {
                if !checkGroup(group) { throw error("cannot refer to an open group", esc.unicodeScalars.count) }
                try checkLookbehindGroup(group)
                return .backref(group, ignoreCase: ic, ascii: ascii)
            }
            throw error("invalid group reference \(group)", esc.unicodeScalars.count - 1)
        }
        if RegexParser.isASCIILetter(t.c) { throw error("bad escape \(esc)", 2) }
        return .literal(t.c, ignoreCase: ic, ascii: ascii)
    }

    // MARK: - Widths

    /// The (fewest, most) characters `n` can match, as `SubPattern.getwidth`.
    private func width(_ n: RegexNode) -> (Int, Int) {
        let cap = RegexParser.maxWidth
        switch n {
        case .empty, .anchor, .look: return (0, 0)
        case .literal, .set, .any: return (1, 1)
        case .group(_, let p), .atomic(let p): return width(p)
        case .concat(let items):
            var lo = 0, hi = 0
            for i in items { let (a, b) = width(i); lo = min(cap, lo + a); hi = min(cap, hi + b) }
            return (lo, hi)
        case .alternation(let items):
            var lo = cap, hi = 0
            for i in items { let (a, b) = width(i); lo = min(lo, a); hi = max(hi, b) }
            return (lo, hi)
        case .quantified(let p, let mn, let mx, _):
            let (a, b) = width(p)
            let lo = a == 0 ? 0 : min(cap, a.multipliedReportingOverflow(by: mn).overflow ? cap : a * mn)
            let hi: Int
            if mx == Int.max && b > 0 { hi = cap }
            else { hi = b == 0 ? 0 : (b.multipliedReportingOverflow(by: mx).overflow ? cap : min(cap, b * mx)) }
            return (lo, hi)
        case .backref(let g, _, _): return groupWidths[g] ?? (0, 0)
        case .conditional(_, let yes, let no):
            let (a, b) = width(yes)
            let (c, d) = width(no)
            if case .empty = no { return (0, b) }
            return (min(a, c), max(b, d))
        }
    }

    private func checkLookbehinds(_ n: RegexNode) throws(RegexError) {
        switch n {
        case .look(let behind, _, let w, let p):
            if behind {
                let (lo, hi) = w
                if lo != hi { throw RegexError(message: "look-behind requires fixed-width pattern", pos: nil) }
            }
            try checkLookbehinds(p)
        case .group(_, let p), .atomic(let p), .quantified(let p, _, _, _): try checkLookbehinds(p)
        case .concat(let items), .alternation(let items): for i in items { try checkLookbehinds(i) }
        case .conditional(_, let a, let b): try checkLookbehinds(a); try checkLookbehinds(b)
        default: break
        }
    }
}

/// `str.isidentifier()`.
func isIdentifier(_ s: String) -> Bool {
    guard let f = s.unicodeScalars.first else { return false }
    guard f == "_" || f.properties.isXIDStart else { return false }
    return s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue }
}
