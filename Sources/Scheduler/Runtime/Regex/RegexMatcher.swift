/// Runs a `RegexProgram` over a subject with Python's backtracking semantics: leftmost match,
/// the first alternative that lets the rest match wins, greedy loops give back one iteration at
/// a time. Choice points and the undo records of captures and loop counters share one explicit
/// stack; lookarounds and atomic groups run their body to its first success and then drop the
/// body's choice points (keeping its captures, except for a negative lookaround).
struct RegexMatcher {
    /// One match: capture slots (start and end per group, -1 when unset) and `lastindex`.
    struct Result {
        var slots: [Int]
        var lastIndex: Int
        var start: Int { slots[0] }
        var end: Int { slots[1] }
    }

    private enum Entry {
        case resume(pc: Int, pos: Int)
        case restoreSlot(Int, Int)
        case restoreCounter(Int, count: Int, last: Int)
        case restoreLastIndex(Int)
        /// A greedy one-character loop that can give back characters down to `minPos`.
        case greedyUnit(next: Int, unit: Int, minPos: Int, pos: Int)
        /// A lazy one-character loop that can take one more character at `pos`.
        case lazyUnit(next: Int, unit: Int, pos: Int, count: Int, max: Int)
        /// A lazy general loop that can run one more iteration at `pos`.
        case lazyIteration(head: Int, pos: Int)

        var isUndo: Bool {
            switch self {
            case .restoreSlot, .restoreCounter, .restoreLastIndex: return true
            default: return false
            }
        }
    }

    private let program: RegexProgram
    /// The subject's code points (the str's own cached array: no copy per call).
    private let text: [Unicode.Scalar]
    /// The subject ends here (`endpos`): `$` and `\Z` match at it.
    private let end: Int
    private var slots: [Int]
    private var lastIndex = -1
    private var counts: [Int]
    private var lastPos: [Int]
    private var stack: [Entry] = []
    private var matchStart = 0
    private var fullMatch = false
    private var mustAdvance = false
    /// Called every `tickInterval` instructions; returning false stops matching (a runaway
    /// backtracking pattern then ends with the VM's loop budgets instead of hanging).
    var onTick: (() -> Bool)?
    static let tickInterval = 1 << 14
    private var ticks = 0
    /// Whether `onTick` stopped the match: the result is then meaningless.
    private(set) var stopped = false

    init(_ program: RegexProgram, _ text: [Unicode.Scalar], end: Int) {
        self.program = program
        self.text = text
        self.end = end
        slots = Array(repeating: -1, count: 2 * (program.groups + 1))
        counts = Array(repeating: 0, count: program.counters)
        lastPos = Array(repeating: -1, count: program.counters)
    }

    /// The match starting exactly at `pos` (`Pattern.match`, or `fullmatch` with `full`).
    mutating func match(at pos: Int, full: Bool) -> Result? {
        fullMatch = full
        mustAdvance = false
        return attempt(pos)
    }

    /// The leftmost match starting at `pos` or later; with `mustAdvance` an empty match at
    /// `pos` itself does not count (how findall, sub and split step past an empty match).
    mutating func search(from pos: Int, mustAdvance advance: Bool = false) -> Result? {
        fullMatch = false
        var start = pos
        mustAdvance = advance
        while start <= end {
            if let c = program.firstChar {
                while start < end && text[start].value != c { start += 1 }
                if start >= end { return nil }
            }
            if let r = attempt(start) { return r }
            if stopped { return nil }
            mustAdvance = false
            start += 1
        }
        return nil
    }

    /// All matches from `pos` as findall/finditer/sub/split see them (at most `limit`, 0 for all).
    mutating func scan(from pos: Int, limit: Int) -> [Result] {
        var out: [Result] = []
        var start = pos
        var advance = false
        while limit == 0 || out.count < limit {
            guard let r = search(from: start, mustAdvance: advance) else { break }
            out.append(r)
            advance = r.end == r.start
            start = r.end
            if start > end { break }
        }
        return out
    }

    private mutating func attempt(_ pos: Int) -> Result? {
        matchStart = pos
        lastIndex = -1
        for i in slots.indices { slots[i] = -1 }
        guard let e = run(0, pos) else { return nil }
        stack.removeAll(keepingCapacity: true)
        var s = slots
        s[0] = pos
        s[1] = e
        return Result(slots: s, lastIndex: lastIndex)
    }

    // MARK: - Matching

    @inline(__always) private func unit(_ pc: Int, _ pos: Int) -> Bool {
        guard pos < end else { return false }
        let c = text[pos].value
        switch program.code[pc] {
        case .char(let x): return c == x
        case .charFold(let x, let ascii): return RegexChars.fold(c, ascii: ascii) == x
        case .set(let i): return program.classes[i].matches(c)
        case .any: return c != 10
        case .anyAll: return true
        default: return false
        }
    }

    private func isWordAt(_ pos: Int, _ ascii: Bool) -> Bool {
        pos >= 0 && pos < end && RegexChars.isWord(text[pos].value, ascii: ascii)
    }

    private func anchor(_ a: RegexAnchor, _ ascii: Bool, _ pos: Int) -> Bool {
        switch a {
        case .start, .stringStart: return pos == 0
        case .lineStart: return pos == 0 || text[pos - 1].value == 10
        case .end: return pos == end || (pos == end - 1 && text[pos].value == 10)
        case .lineEnd: return pos == end || text[pos].value == 10
        case .stringEnd: return pos == end
        case .boundary:
            if end == 0 { return false }
            return isWordAt(pos - 1, ascii) != isWordAt(pos, ascii)
        case .nonBoundary:
            if end == 0 { return false }
            return isWordAt(pos - 1, ascii) == isWordAt(pos, ascii)
        }
    }

    private mutating func setSlot(_ i: Int, _ v: Int) {
        stack.append(.restoreSlot(i, slots[i]))
        slots[i] = v
        if i & 1 == 1 {
            stack.append(.restoreLastIndex(lastIndex))
            lastIndex = i >> 1
        }
    }

    private mutating func setCounter(_ id: Int, _ count: Int, _ last: Int) {
        stack.append(.restoreCounter(id, count: counts[id], last: lastPos[id]))
        counts[id] = count
        lastPos[id] = last
    }

    /// Runs from `pc` at `pos` to `.match` or `.succeed`: the end position, or nil after
    /// every choice made since the call has failed (the stack is then back where it was).
    private mutating func run(_ startPc: Int, _ startPos: Int) -> Int? {
        let base = stack.count
        var pc = startPc, pos = startPos
        while true {
            ticks &+= 1
            if ticks & (RegexMatcher.tickInterval - 1) == 0, let tick = onTick, !tick() {
                stopped = true
                unwind(to: base)
                return nil
            }
            var ok = true
            switch program.code[pc] {
            case .char, .charFold, .set, .any, .anyAll:
                if unit(pc, pos) { pc += 1; pos += 1 } else { ok = false }
            case .anchor(let a, let ascii):
                if anchor(a, ascii, pos) { pc += 1 } else { ok = false }
            case .save(let i):
                setSlot(i, pos)
                pc += 1
            case .split(let a, let b):
                stack.append(.resume(pc: b, pos: pos))
                pc = a
            case .jump(let t):
                pc = t
            case .backref(let g, let ic, let ascii):
                let s = slots[2 * g], e = slots[2 * g + 1]
                if s < 0 || e < 0 { ok = false; break }
                let n = e - s
                if pos + n > end { ok = false; break }
                var i = 0
                while i < n {
                    let a = text[s + i].value, b = text[pos + i].value
                    if a != b && !(ic && RegexChars.fold(a, ascii: ascii) == RegexChars.fold(b, ascii: ascii)) { break }
                    i += 1
                }
                if i == n { pos += n; pc += 1 } else { ok = false }
            case .look(let behind, let negated, let width, let next):
                let from = behind ? pos - width : pos
                let inner = stack.count
                let found = from >= 0 && run(pc + 1, from) != nil
                if stopped { unwind(to: base); return nil }
                if found && negated { unwind(to: inner) } else if found { commit(from: inner) }
                if found != negated { pc = next } else { ok = false }
            case .atomic(let next):
                let inner = stack.count
                if let e = run(pc + 1, pos) {
                    commit(from: inner)
                    pos = e
                    pc = next
                } else if stopped {
                    unwind(to: base)
                    return nil
                } else { ok = false }
            case .conditional(let g, let no):
                pc = slots[2 * g] >= 0 && slots[2 * g + 1] >= 0 ? pc + 1 : no
            case .repeatInit(let id):
                setCounter(id, 0, -1)
                pc += 1
            case .repeatLoop(let id, let mn, let mx, let greedy, let exit):
                let c = counts[id]
                if c < mn {
                    setCounter(id, c + 1, lastPos[id])
                    pc += 1
                } else if greedy {
                    if c < mx && pos != lastPos[id] {
                        stack.append(.resume(pc: exit, pos: pos))
                        setCounter(id, c + 1, pos)
                        pc += 1
                    } else { pc = exit }
                } else {
                    if c < mx && pos != lastPos[id] { stack.append(.lazyIteration(head: pc, pos: pos)) }
                    pc = exit
                }
            case .single(let mn, let mx, let mode):
                var n = 0
                let limit = mode == .lazy ? mn : mx
                while n < limit && unit(pc + 1, pos + n) { n += 1 }
                if n < mn { ok = false; break }
                if mode == .greedy && n > mn {
                    stack.append(.greedyUnit(next: pc + 2, unit: pc + 1, minPos: pos + mn, pos: pos + n))
                } else if mode == .lazy && mn < mx {
                    stack.append(.lazyUnit(next: pc + 2, unit: pc + 1, pos: pos + n, count: n, max: mx))
                }
                pos += n
                pc += 2
            case .succeed:
                return pos
            case .match:
                if (fullMatch && pos != end) || (mustAdvance && pos == matchStart) { ok = false } else { return pos }
            }
            if ok { continue }
            guard let (p, q) = backtrack(to: base) else { return nil }
            pc = p
            pos = q
        }
    }

    /// Pops the stack down to `base`, undoing as it goes, to the latest choice point.
    private mutating func backtrack(to base: Int) -> (Int, Int)? {
        while stack.count > base {
            switch stack.removeLast() {
            case .resume(let pc, let pos): return (pc, pos)
            case .restoreSlot(let i, let v): slots[i] = v
            case .restoreCounter(let id, let c, let l): counts[id] = c; lastPos[id] = l
            case .restoreLastIndex(let v): lastIndex = v
            case .greedyUnit(let next, let unit, let minPos, let pos):
                let p = pos - 1
                if p > minPos { stack.append(.greedyUnit(next: next, unit: unit, minPos: minPos, pos: p)) }
                return (next, p)
            case .lazyUnit(let next, let u, let pos, let count, let mx):
                if unit(u, pos) {
                    if count + 1 < mx { stack.append(.lazyUnit(next: next, unit: u, pos: pos + 1, count: count + 1, max: mx)) }
                    return (next, pos + 1)
                }
            case .lazyIteration(let head, let pos):
                guard case .repeatLoop(let id, _, _, _, _) = program.code[head] else { continue }
                setCounter(id, counts[id] + 1, pos)
                return (head + 1, pos)
            }
        }
        return nil
    }

    /// Undoes everything above `base` (a negative lookaround whose body matched).
    private mutating func unwind(to base: Int) {
        while stack.count > base {
            switch stack.removeLast() {
            case .restoreSlot(let i, let v): slots[i] = v
            case .restoreCounter(let id, let c, let l): counts[id] = c; lastPos[id] = l
            case .restoreLastIndex(let v): lastIndex = v
            default: break
            }
        }
    }

    /// Drops the choice points above `base` but keeps their undo records, so backtracking past
    /// the group still restores what its body set.
    private mutating func commit(from base: Int) {
        var w = base
        for i in base..<stack.count where stack[i].isUndo {
            stack[w] = stack[i]
            w += 1
        }
        stack.removeLast(stack.count - w)
    }
}
