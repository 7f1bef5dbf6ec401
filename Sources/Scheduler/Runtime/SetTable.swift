/// A set or frozenset: a hash table laid out as CPython 3.11 lays out its sets, so that
/// iteration, `pop` and the order of every operation's result are CPython's. What it does
/// was measured with python3 over random programs (adds, removes, pops, clears, copies and
/// the set algebra, printing the order each time); `Tests/Conformance/sets_*.py` pin it.
///
/// - A key's probe starts at `hash & mask` and scans up to 9 more slots while they fit in
///   the table, then jumps to `(5i + 1 + perturb) & mask`, `perturb` starting as the hash
///   and shifted right by 5 before each jump. It stops at a matching key or an empty slot.
/// - A removed key leaves a dummy; an add that finds no match takes the last dummy its
///   probe passed, or else the empty slot (and then may grow the table).
/// - Once empty slots fall to 2/5 of the table (`fill * 5 >= mask * 3`), the table is rebuilt
///   at the smallest power of two above 4 × used (2 × used past 50,000), without dummies,
///   reinserting in table order.
/// - `pop` takes the first key at or after a finger, which it leaves just past that key.
public final class SetObject: PyObject {
    struct Entry {
        var hash: Int64
        var bits: UInt64
        var tag: Tag
        var state: State
        @inline(__always) var key: Value { Value(tag: tag, bits: bits) }
        init(_ key: Value, _ hash: Int64) { self.hash = hash; bits = key.bits; tag = key.tag; state = .active }
        private init(state: State) { hash = state == .dummy ? -1 : 0; bits = 0; tag = .none; self.state = state }
        static let empty = Entry(state: .empty)
        static let dummy = Entry(state: .dummy)
    }
    enum State: UInt8 { case empty, dummy, active }

    let isFrozen: Bool
    private(set) var entries = [Entry](repeating: .empty, count: SetObject.minSize)
    /// Keys present.
    private(set) var count = 0
    /// Slots not empty (keys and dummies): probes end only at an empty slot.
    private var fill = 0
    /// Where `pop` starts looking.
    private var finger = 0
    private var hashCache: Int64 = -1

    static let minSize = 8
    private static let linearProbes = 9
    @inline(__always) private var mask: Int { entries.count - 1 }

    init(frozen: Bool) { isFrozen = frozen; super.init(kind: .set) }

    /// The hash of a frozenset of these keys; a frozenset's is kept (it never changes once built).
    var contentHash: Int64 {
        if hashCache != -1 { return hashCache }
        let h = PyHash.frozenset(entries.lazy.filter { $0.state == .active }.map(\.hash), count: count)
        if isFrozen { hashCache = h }
        return h
    }

    /// The keys with their hashes, in iteration order.
    var active: [Entry] { entries.filter { $0.state == .active } }

    /// The key at or after slot `i` and the slot after it, or nil past the end (iterators).
    func next(from i: Int) -> (key: Value, next: Int)? {
        var j = i
        while j < entries.count {
            if entries[j].state == .active { return (entries[j].key, j + 1) }
            j += 1
        }
        return nil
    }

    // MARK: - Probing

    /// Walks `hash`'s probe sequence to the key `matches` accepts, or to the first empty slot,
    /// noting the last dummy passed. Keys are compared only when their hashes are equal.
    private func probe<E: Error>(_ hash: Int64, _ matches: (Value) throws(E) -> Bool) throws(E) -> (found: Int?, empty: Int, dummy: Int?) {
        let mask = self.mask
        var perturb = UInt64(bitPattern: hash)
        var i = Int(truncatingIfNeeded: perturb) & mask
        var dummy: Int?
        while true {
            let run = i + Self.linearProbes <= mask ? Self.linearProbes : 0
            for j in i...(i + run) {
                let e = entries[j]
                switch e.state {
                case .empty: return (nil, j, dummy)
                case .dummy: dummy = j
                case .active: if e.hash == hash, try matches(e.key) { return (j, j, dummy) }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    /// Puts an entry in the first empty slot of its probe sequence: for a table known to hold
    /// neither its key nor dummies (a rebuild, a copy into an empty set).
    private func insertClean(_ e: Entry) {
        let mask = self.mask
        var perturb = UInt64(bitPattern: e.hash)
        var i = Int(truncatingIfNeeded: perturb) & mask
        while true {
            let run = i + Self.linearProbes <= mask ? Self.linearProbes : 0
            for j in i...(i + run) where entries[j].state == .empty {
                entries[j] = e
                return
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    // MARK: - Lookup and mutation
    // `same(stored, key)` is Python's equality of two keys with equal hashes.

    func find<E: Error>(_ key: Value, _ hash: Int64, _ same: (Value, Value) throws(E) -> Bool) throws(E) -> Int? {
        try probe(hash) { (k) throws(E) in try same(k, key) }.found
    }

    /// Adds `key` unless an equal key is there (which stays); true when added.
    @discardableResult
    func add<E: Error>(_ key: Value, _ hash: Int64, _ same: (Value, Value) throws(E) -> Bool) throws(E) -> Bool {
        let p = try probe(hash) { (k) throws(E) in try same(k, key) }
        if p.found != nil { return false }
        count += 1
        if let d = p.dummy {
            entries[d] = Entry(key, hash)
            return true
        }
        entries[p.empty] = Entry(key, hash)
        fill += 1
        if fill * 5 >= mask * 3 { resize(forCount: count > 50_000 ? count * 2 : count * 4) }
        return true
    }

    /// Removes a key equal to `key`, leaving a dummy; false when there is none.
    @discardableResult
    func discard<E: Error>(_ key: Value, _ hash: Int64, _ same: (Value, Value) throws(E) -> Bool) throws(E) -> Bool {
        guard let j = try probe(hash, { (k) throws(E) in try same(k, key) }).found else { return false }
        entries[j] = .dummy
        count -= 1
        return true
    }

    /// The first key at or after the finger, removed; nil when the set is empty.
    func pop() -> Value? {
        guard count > 0 else { return nil }
        var i = finger & mask
        while entries[i].state != .active { i = i == mask ? 0 : i + 1 }
        let key = entries[i].key
        entries[i] = .dummy
        count -= 1
        finger = i + 1
        return key
    }

    /// Empties the set into the smallest table (the finger stays where it was).
    func clear() {
        entries = [Entry](repeating: .empty, count: Self.minSize)
        count = 0
        fill = 0
    }

    /// Rebuilds the table at the smallest power of two (at least 8) above `n`, dropping dummies.
    /// - Complexity: O(table size).
    private func resize(forCount n: Int) {
        var size = Self.minSize
        while size <= n { size <<= 1 }
        let old = entries
        entries = [Entry](repeating: .empty, count: size)
        fill = count
        for e in old where e.state == .active { insertClean(e) }
    }

    /// `other`'s keys added: one resize first, then a straight copy of its table when this one
    /// is empty and the same size, its keys placed without comparisons when this one is empty,
    /// and ordinary adds otherwise.
    func merge<E: Error>(_ other: SetObject, _ same: (Value, Value) throws(E) -> Bool) throws(E) {
        if other === self || other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 { resize(forCount: (count + other.count) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            entries = other.entries
            fill = other.fill
            count = other.count
            return
        }
        if fill == 0 {
            fill = other.count
            count = other.count
            for e in other.entries where e.state == .active { insertClean(e) }
            return
        }
        for e in other.entries where e.state == .active { try add(e.key, e.hash, same) }
    }

    /// `other`'s keys into this empty set: as `merge`, which then compares no keys.
    func copyTable(of other: SetObject) {
        precondition(count == 0 && fill == 0)
        merge(other) { (_: Value, _: Value) -> Bool in false }
    }

    /// Makes room for `n` more keys at once, as an update from a dict does before its adds.
    func reserve(adding n: Int) {
        if (fill + n) * 5 >= mask * 3 { resize(forCount: (count + n) * 2) }
    }

    /// After removals: rebuilds the table when more than a quarter of it is dummies.
    func dropDummiesIfMany() {
        if fill - count > mask / 4 { resize(forCount: count > 50_000 ? count * 2 : count * 4) }
    }

    /// Takes `other`'s table as its own (`&=` builds the intersection, then swaps it in);
    /// the finger stays.
    func takeTable(of other: SetObject) {
        entries = other.entries
        fill = other.fill
        count = other.count
    }
}
