import BigInt
import Testing
@testable import Scheduler

/// `PyDict` against a naive model: an ordered list of (key, value) searched linearly with
/// Python's key equality written out here again, by canonical strings.
@Suite struct DictTests {
    /// SplitMix64: a seeded generator, so a failure replays.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// The equality class of a key: equal keys, and only they, share it.
    static func canonical(_ vm: VM, _ v: Value) -> String {
        switch v.tag {
        case .none: return "None"
        case .int, .bool: return "n\(v.intValue)"
        case .float:
            let d = v.floatValue
            if d.rounded() == d, d.isFinite { return "n\(BigInt(exactly: d)!)" }
            return "f\(d)"
        default:
            let o = vm.heap[v.objectIndex]
            if let s = o as? StrObject { return "s" + s.value.unicodeScalars.map { "\($0.value)" }.joined(separator: ",") }
            if let b = o as? BigIntObject { return "n\(b.value)" }
            if let t = o as? TupleObject { return "(" + t.items.map { canonical(vm, $0) }.joined(separator: " ") + ")" }
            return "id\(v.objectIndex)"
        }
    }

    /// The exact spelling of a key (1, 1.0 and True differ), to check that overwrites keep the first.
    static func spelling(_ vm: VM, _ v: Value) -> String {
        v.tag == .object ? "\(v.tag):" + canonical(vm, v) : "\(v.tag):\(v.bits)"
    }

    /// A pool of keys with many equal pairs across types.
    static func keyPool(_ vm: VM) -> [Value] {
        var pool: [Value] = [.none, .true, .false]
        for i in -3...12 { pool.append(.int(Int64(i))) }
        for d in [0.0, -0.0, 1.0, 2.0, 0.5, 2.5, -1.5, 1e20, .infinity, 7.0] { pool.append(.float(d)) }
        pool.append(vm.makeInt(BigInt(10).power(20)))
        pool.append(vm.makeInt(BigInt(1) << 70))
        pool.append(.float(Double(sign: .plus, exponent: 70, significand: 1)))
        for s in ["", "a", "b", "ab", "ba", "é", "e\u{301}", "a longer string past eight bytes", "None", "1"] {
            pool.append(vm.str(s)); pool.append(vm.str(s))
        }
        let small = Array(pool.prefix(20))
        for _ in 0..<12 { pool.append(vm.makeTuple([small[pool.count % 20], small[(pool.count * 7) % 20]])) }
        pool.append(vm.makeTuple([vm.makeTuple([.int(1), vm.str("a")]), .float(2.0)]))
        pool.append(vm.makeTuple([vm.makeTuple([.true, vm.str("a")]), .int(2)]))
        pool.append(vm.makeTuple([]))
        pool.append(vm.makeTuple([.int(1)]))
        return pool
    }

    /// Runs `ops` random operations on a dict and the model, comparing after each.
    static func differential(seed: UInt64, ops: Int, pool extra: [Value] = []) throws {
        let vm = VM()
        let pool = keyPool(vm) + extra
        let d = DictObject()
        var model: [(canon: String, spelling: String, value: Int64)] = []
        var rng = Rng(state: seed)
        for step in 0..<ops {
            let k = pool[rng.below(pool.count)]
            let c = canonical(vm, k)
            let at = model.firstIndex { $0.canon == c }
            switch rng.below(10) {
            case 0..<4:
                let v = Int64(step)
                try vm.dictSet(d, k, .int(v))
                if let at { model[at].value = v } else { model.append((c, spelling(vm, k), v)) }
            case 4..<6:
                let removed = try vm.dictRemove(d, k)
                #expect(removed?.intValue == at.map { model[$0].value })
                if let at { model.remove(at: at) }
            case 6:
                let popped = d.dict.popLast()
                #expect(popped.map { canonical(vm, $0.0) } == model.last?.canon)
                if !model.isEmpty { model.removeLast() }
            case 7 where rng.below(50) == 0:
                d.dict.removeAll(); model.removeAll()
            default:
                #expect(try vm.dictGet(d, k)?.intValue == at.map { model[$0].value })
            }
            #expect(d.dict.checkInvariants())
            let pairs = d.dict.pairs
            guard pairs.count == model.count, d.dict.count == model.count else {
                Issue.record("seed \(seed) step \(step): \(pairs.count) entries, model has \(model.count)"); return
            }
            for (i, (key, value)) in pairs.enumerated() where spelling(vm, key) != model[i].spelling || value.intValue != model[i].value {
                Issue.record("seed \(seed) step \(step): entry \(i) is \(spelling(vm, key)): \(value.intValue), model \(model[i])"); return
            }
        }
    }

    @Test(arguments: [1, 2, 3, 42] as [UInt64])
    func agreesWithANaiveModelOnMixedKeys(_ seed: UInt64) throws {
        try Self.differential(seed: seed, ops: 4_000)
    }

    /// Hundreds of int keys: the table grows, fills with holes, compacts and shrinks.
    @Test func agreesWithANaiveModelThroughGrowthAndCompaction() throws {
        try Self.differential(seed: 7, ops: 6_000, pool: (100..<400).map { .int(Int64($0 * 1_000_003)) })
    }

    @Test func unhashableKeysRaiseAndLeaveTheDictAlone() throws {
        let vm = VM()
        let d = DictObject()
        try vm.dictSet(d, .int(1), .int(1))
        #expect(throws: PyRaise.self) { try vm.dictSet(d, vm.makeTuple([.int(1), vm.alloc(ListObject([]))]), .none) }
        #expect(d.dict.count == 1)
    }

    /// Setting and deleting one key a million times: each step probes a bounded number of slots.
    @Test func alternatingInsertAndDeleteStaysLinear() throws {
        let vm = VM()
        for others in [0, 1_000] {
            let d = DictObject()
            for i in 0..<others { try vm.dictSet(d, .int(Int64(i)), .none) }
            let key = vm.str("churn")
            let before = d.dict.probes
            let n = 1_000_000
            for i in 0..<n {
                try vm.dictSet(d, key, .int(Int64(i)))
                _ = try vm.dictRemove(d, key)
            }
            #expect(d.dict.probes - before < 4 * 2 * n, "\(d.dict.probes - before) probes for \(2 * n) operations")
            #expect(d.dict.count == others && d.dict.entryCount <= 4 * others + 64)
            #expect(d.dict.checkInvariants())
        }
    }

    /// A sliding window of keys (delete the oldest, add a new one) leaves deleted slots
    /// everywhere; lookups of absent keys must still stop early.
    @Test func deletedSlotsDoNotLengthenLookups() throws {
        let vm = VM()
        let d = DictObject()
        let window = 500
        for i in 0..<window { try vm.dictSet(d, .int(Int64(i)), .none) }
        for i in window..<200_000 {
            _ = try vm.dictRemove(d, .int(Int64(i - window)))
            try vm.dictSet(d, .int(Int64(i)), .none)
        }
        var steps = 0
        for i in 0..<10_000 {
            let k = try vm.dictKey(.int(Int64(-1 - i)))
            steps += d.dict.lookupSteps(k.hash) { (try? vm.keyMatches($0, k)) ?? false }
        }
        #expect(steps < 4 * 10_000, "\(steps) slots visited by 10,000 failed lookups")
        #expect(d.dict.count == window && d.dict.checkInvariants())
    }
}
