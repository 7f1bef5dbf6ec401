/// A parsed pattern flattened into instructions for `RegexMatcher`: alternatives and loops
/// become branch instructions, so the matcher backtracks from an explicit stack instead of
/// recursing (a long subject cannot overflow the Swift stack).
enum RegexInst {
    case char(UInt32)
    /// A literal under IGNORECASE: its case-folded form.
    case charFold(UInt32, ascii: Bool)
    case set(Int)
    case any, anyAll
    case anchor(RegexAnchor, ascii: Bool)
    /// Records the position in a capture slot (2g is group g's start, 2g+1 its end).
    case save(Int)
    /// Tries `first`; on failure resumes at `second` at the same position.
    case split(Int, Int)
    case jump(Int)
    case backref(Int, ignoreCase: Bool, ascii: Bool)
    /// A lookaround whose body starts at the next instruction and ends with `.succeed`;
    /// matching goes on at `next`.
    case look(behind: Bool, negated: Bool, width: Int, next: Int)
    /// An atomic group, laid out as `look`.
    case atomic(next: Int)
    /// Goes on at the next instruction when the group matched, else at `no`.
    case conditional(group: Int, no: Int)
    /// Resets loop counter `id` before a loop over a general body.
    case repeatInit(Int)
    /// The loop head: the body follows it, then a jump back here; `exit` is after the loop.
    case repeatLoop(id: Int, min: Int, max: Int, greedy: Bool, exit: Int)
    /// A quantifier over a one-character item, which is the next instruction.
    case single(min: Int, max: Int, mode: QuantifierMode)
    case succeed
    case match
}

struct RegexProgram {
    var code: [RegexInst] = []
    var classes: [CharClass] = []
    var counters = 0
    var groups: Int
    /// A character every match starts with, when there is one (to skip hopeless start positions).
    var firstChar: UInt32?

    init(_ pattern: RegexPattern) {
        groups = pattern.groups
        emit(pattern.root)
        code.append(.match)
        firstChar = RegexProgram.leadingChar(pattern.root)
    }

    private static func leadingChar(_ n: RegexNode) -> UInt32? {
        switch n {
        case .literal(let c, let ic, _): return ic ? nil : c
        case .concat(let items): return items.first.flatMap(leadingChar)
        case .group(_, let p), .atomic(let p): return leadingChar(p)
        case .quantified(let p, let mn, _, _): return mn > 0 ? leadingChar(p) : nil
        default: return nil
        }
    }

    /// Whether IGNORECASE changes what `c` matches (every non-ASCII character is compared by
    /// its folded form: `ß` is the lowercase of `ẞ` though it has no one-character uppercase).
    private static func isCased(_ c: UInt32) -> Bool {
        c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    }

    private mutating func emit(_ n: RegexNode) {
        switch n {
        case .empty: break
        case .literal(let c, let ic, let ascii):
            code.append(ic && RegexProgram.isCased(c) ? .charFold(RegexChars.fold(c, ascii: ascii), ascii: ascii) : .char(c))
        case .set(let cls):
            classes.append(cls)
            code.append(.set(classes.count - 1))
        case .any(let dotAll): code.append(dotAll ? .anyAll : .any)
        case .anchor(let a, let ascii): code.append(.anchor(a, ascii: ascii))
        case .group(let g, let p):
            code.append(.save(2 * g))
            emit(p)
            code.append(.save(2 * g + 1))
        case .concat(let items): for i in items { emit(i) }
        case .alternation(let items):
            var jumps: [Int] = []
            for (k, item) in items.enumerated() {
                if k == items.count - 1 { emit(item); break }
                let split = code.count
                code.append(.split(split + 1, 0))
                emit(item)
                jumps.append(code.count)
                code.append(.jump(0))
                code[split] = .split(split + 1, code.count)
            }
            for j in jumps { code[j] = .jump(code.count) }
        case .quantified(let p, let mn, let mx, let mode):
            if p.isSingleChar {
                code.append(.single(min: mn, max: mx, mode: mode))
                emit(p)
            } else if mode == .possessive {
                let at = code.count
                code.append(.atomic(next: 0))
                emitLoop(p, mn, mx, greedy: true)
                code.append(.succeed)
                code[at] = .atomic(next: code.count)
            } else {
                emitLoop(p, mn, mx, greedy: mode == .greedy)
            }
        case .backref(let g, let ic, let ascii): code.append(.backref(g, ignoreCase: ic, ascii: ascii))
        case .look(let behind, let negated, let w, let p):
            let at = code.count
            code.append(.look(behind: behind, negated: negated, width: 0, next: 0))
            emit(p)
            code.append(.succeed)
            code[at] = .look(behind: behind, negated: negated, width: behind ? w.0 : 0, next: code.count)
        case .atomic(let p):
            let at = code.count
            code.append(.atomic(next: 0))
            emit(p)
            code.append(.succeed)
            code[at] = .atomic(next: code.count)
        case .conditional(let g, let yes, let no):
            let at = code.count
            code.append(.conditional(group: g, no: 0))
            emit(yes)
            let j = code.count
            code.append(.jump(0))
            code[at] = .conditional(group: g, no: code.count)
            emit(no)
            code[j] = .jump(code.count)
        }
    }

    private mutating func emitLoop(_ p: RegexNode, _ mn: Int, _ mx: Int, greedy: Bool) {
        let id = counters
        counters += 1
        code.append(.repeatInit(id))
        let head = code.count
        code.append(.repeatLoop(id: id, min: mn, max: mx, greedy: greedy, exit: 0))
        emit(p)
        code.append(.jump(head))
        code[head] = .repeatLoop(id: id, min: mn, max: mx, greedy: greedy, exit: code.count)
    }
}
