/// An insertion-ordered hash table, compact as CPython's dict is: entries in insertion
/// order (each keeping its hash), and a power-of-two index of slots pointing into them.
/// Key equality is the caller's (Python's), passed as a closure; the table only sees
/// hashes and `Value`s, so it holds no references and never calls Swift's `Hasher`.
#if os(Linux)
import Glibc
#endif

public struct PyDict {
    /// One entry: its hash, key and value, tags packed at the end (32 bytes, not 40).
    struct Entry {
        var hash: UInt64
        var keyBits: UInt64
        var valueBits: UInt64
        var keyTag: Tag
        var valueTag: Tag
        @inline(__always) var key: Value { Value(tag: keyTag, bits: keyBits) }
        @inline(__always) var value: Value { Value(tag: valueTag, bits: valueBits) }
    }

    /// Insertion order; a deleted entry stays as a hole (key tag `.unbound`) until a rebuild.
    private(set) var entries: [Entry] = []
    /// Empty, or a power of two of slots, probed linearly: `empty`, `deleted`, or the entry
    /// number + 2 in the low half and the hash's high half above it, so a slot of another
    /// key is passed over without touching its entry (a cache miss in a big table).
    private var slots: [UInt64] = []
    private(set) var count = 0
    /// Slots not empty: live or deleted. Lookups stop at an empty slot, so this stays under 2/3.
    private var filled = 0
    /// Probes made by lookups and inserts (tests bound it; wrapping add is free).
    private(set) var probes = 0

    private static let empty: UInt64 = 0
    private static let deleted: UInt64 = 1
    private static let high: UInt64 = 0xffff_ffff_0000_0000
    @inline(__always) private static func slot(_ entry: Int, _ hash: UInt64) -> UInt64 {
        hash & high | UInt64(truncatingIfNeeded: entry + 2)
    }
    private static let minSlots = 8

    /// Entries and filled slots may reach 2/3 of the slots; then the table is rebuilt, which
    /// drops holes and deleted slots, so probing stays short under churn.
    @inline(__always) private static func usable(_ slots: Int) -> Int { slots * 2 / 3 }

    /// Entries ever appended since the last rebuild, holes included.
    var entryCount: Int { entries.count }
    @inline(__always) func key(at i: Int) -> Value { entries[i].key }
    @inline(__always) func value(at i: Int) -> Value { entries[i].value }
    @inline(__always) func isLive(_ i: Int) -> Bool { entries[i].keyTag != .unbound }

    // MARK: - Lookup

    /// The entry whose key `matches` among those with this hash.
    /// - Complexity: O(1) expected: filled slots stay under 2/3 of the table.
    @inline(__always)
    func find(_ hash: UInt64, _ matches: (Value) throws(PyRaise) -> Bool) throws(PyRaise) -> Int? {
        if slots.isEmpty { return nil }
        return try probe(hash, matches).entry
    }

    /// Walks the probe sequence: the matching entry, or the slot a new entry should take.
    @inline(__always)
    private func probe(_ hash: UInt64, _ matches: (Value) throws(PyRaise) -> Bool) throws(PyRaise) -> (slot: Int, entry: Int?, steps: Int) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        var firstDeleted = -1
        var steps = 1
        // Linear: the next slots share a cache line, and the hash is mixed well enough not to cluster.
        while true {
            let s = slots[i]
            if s == Self.empty { return (firstDeleted >= 0 ? firstDeleted : i, nil, steps) }
            if s == Self.deleted {
                if firstDeleted < 0 { firstDeleted = i }
            } else if (s ^ hash) & Self.high == 0 {
                let n = Int(truncatingIfNeeded: s & ~Self.high) - 2
                let e = entries[n]
                if e.hash == hash, try matches(e.key) { return (i, n, steps) }
            }
            i = (i &+ 1) & mask
            steps += 1
        }
    }

    // MARK: - Mutation

    /// Overwrites the value of a matching key (keeping the old key and its place) or appends.
    mutating func set(_ key: Value, _ hash: UInt64, _ value: Value, _ matches: (Value) throws(PyRaise) -> Bool) throws(PyRaise) {
        let room = Self.usable(slots.count)
        if entries.count >= room || filled >= room { rebuild(forCount: count + 1) }
        let (slot, entry, steps) = try probe(hash, matches)
        probes &+= steps
        if let entry {
            entries[entry].valueBits = value.bits
            entries[entry].valueTag = value.tag
            return
        }
        if slots[slot] == Self.empty { filled += 1 }
        slots[slot] = Self.slot(entries.count, hash)
        entries.append(Entry(hash: hash, keyBits: key.bits, valueBits: value.bits, keyTag: key.tag, valueTag: value.tag))
        count += 1
    }

    /// Sets the value of entry `i`, found before by `find`.
    @inline(__always) mutating func setValue(at i: Int, _ value: Value) {
        entries[i].valueBits = value.bits
        entries[i].valueTag = value.tag
    }

    /// Removes a matching key, leaving a hole so the rest keep their order.
    @discardableResult
    mutating func remove(_ hash: UInt64, _ matches: (Value) throws(PyRaise) -> Bool) throws(PyRaise) -> Value? {
        if slots.isEmpty { return nil }
        let (slot, entry, steps) = try probe(hash, matches)
        probes &+= steps
        guard let entry else { return nil }
        return removeEntry(entry, slot: slot)
    }

    /// The last live entry, removed (`popitem`).
    mutating func popLast() -> (Value, Value)? {
        var i = entries.count - 1
        while i >= 0 && !isLive(i) { i -= 1 }
        guard i >= 0 else { return nil }
        let e = entries[i]
        let slot = try! probe(e.hash) { k in k.tag == e.keyTag && k.bits == e.keyBits }.slot
        _ = removeEntry(i, slot: slot)
        // Trailing holes go, so a run of popitems does not rescan them.
        while let last = entries.last, last.keyTag == .unbound { entries.removeLast() }
        return (e.key, e.value)
    }

    private mutating func removeEntry(_ i: Int, slot: Int) -> Value {
        let v = entries[i].value
        slots[slot] = Self.deleted
        entries[i].keyTag = .unbound; entries[i].keyBits = 0
        entries[i].valueTag = .unbound; entries[i].valueBits = 0
        count -= 1
        if count == 0 && slots.count == Self.minSlots {
            entries.removeAll(keepingCapacity: true)
            for j in slots.indices { slots[j] = Self.empty }
            filled = 0
        }
        else if entries.count > 32 && count < entries.count / 2 { rebuild(forCount: count) }
        return v
    }

    mutating func removeAll() { entries = []; slots = []; count = 0; filled = 0 }

    /// Drops holes and re-indexes into a table with room for twice `n` (at least 8 slots).
    /// - Complexity: O(live entries); a full table is rebuilt after at least half its room was used.
    private mutating func rebuild(forCount n: Int) {
        var size = Self.minSlots
        while Self.usable(size) < 2 * n { size <<= 1 }
        var fresh: [Entry] = []
        fresh.reserveCapacity(Self.usable(size))
        if count == entries.count { fresh.append(contentsOf: entries) }
        else { for e in entries where e.keyTag != .unbound { fresh.append(e) } }
        entries = fresh
        var index = Self.emptySlots(size)
        let mask = size - 1
        for (n, e) in entries.enumerated() {
            var i = Int(truncatingIfNeeded: e.hash) & mask
            while index[i] != Self.empty { i = (i &+ 1) & mask }
            index[i] = Self.slot(n, e.hash)
        }
        slots = index
        filled = entries.count
    }

    /// Slots a lookup of this hash visits (tests bound it).
    func lookupSteps(_ hash: UInt64, _ matches: (Value) -> Bool) -> Int {
        slots.isEmpty ? 0 : (try? probe(hash, { (k) throws(PyRaise) in matches(k) }))?.steps ?? 0
    }

    /// Every live entry is reachable from its hash through the index, holes are not, and the
    /// counts agree; O(n), for tests (after every mutation it would make debug runs quadratic).
    func checkInvariants() -> Bool {
        guard slots.isEmpty || slots.count & (slots.count - 1) == 0 else { return false }
        let live = entries.indices.filter { isLive($0) }
        guard live.count == count, filled <= slots.count, slots.filter({ $0 != Self.empty }).count == filled,
              slots.filter({ $0 > Self.deleted }).count == count else { return false }
        for i in live {
            let e = entries[i]
            guard (try? probe(e.hash, { (k) throws(PyRaise) in k.tag == e.keyTag && k.bits == e.keyBits }))?.entry == i else { return false }
        }
        return slots.isEmpty || (filled <= Self.usable(slots.count) && entries.count <= Self.usable(slots.count))
    }

    /// A big index is probed at random, so each probe costs a TLB miss on 4 KB pages; Linux
    /// backs it with 2 MB pages when asked before the pages are touched.
    private static func emptySlots(_ size: Int) -> [UInt64] {
        #if os(Linux)
        let huge = 2 << 20
        if size * 8 >= 4 * huge {
            return [UInt64](unsafeUninitializedCapacity: size) { buf, n in
                let start = (Int(bitPattern: buf.baseAddress!) + huge - 1) & ~(huge - 1)
                let end = (Int(bitPattern: buf.baseAddress! + size)) & ~(huge - 1)
                if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
                buf.initialize(repeating: empty)
                n = size
            }
        }
        #endif
        return [UInt64](repeating: empty, count: size)
    }

    // MARK: - Views

    var pairs: [(Value, Value)] {
        var out: [(Value, Value)] = []
        out.reserveCapacity(count)
        for e in entries where e.keyTag != .unbound { out.append((e.key, e.value)) }
        return out
    }

    var liveKeys: [Value] { entries.compactMap { $0.keyTag != .unbound ? $0.key : nil } }
    var liveValues: [Value] { entries.compactMap { $0.keyTag != .unbound ? $0.value : nil } }
}
