// MersenneTwister.swift
//
// A bit-exact reimplementation of CPython 3.11's `random` module core
// (Modules/_randommodule.c: MT19937 with CPython's seeding rules) plus the
// small pure-Python helpers from Lib/random.py that only need integers
// (randrange/randint/choice/shuffle/uniform).
//
// Plain Swift stdlib only (no Foundation).

/// CPython's `random.Random` generator state (MT19937).
///
/// The 624-word state lives in a `ContiguousArray` that is allocated once;
/// `next32()` and `random()` never allocate (regeneration mutates the buffer
/// in place; copy-on-write only triggers if the struct was copied).
public struct MersenneTwister: Sendable {
    @usableFromInline static let n = 624
    @usableFromInline static let m = 397
    @usableFromInline static let matrixA: UInt32 = 0x9908_b0df
    @usableFromInline static let upperMask: UInt32 = 0x8000_0000
    @usableFromInline static let lowerMask: UInt32 = 0x7fff_ffff

    @usableFromInline var mt: ContiguousArray<UInt32>
    @usableFromInline var index: Int

    /// State as after `random.seed(0)`.
    public init() {
        mt = ContiguousArray(repeating: 0, count: MersenneTwister.n)
        index = MersenneTwister.n
        seed(magnitude: [0])
    }

    /// Convenience: state as after `random.seed(a)` for a machine-sized int.
    public init(seed a: Int64) {
        self.init()
        seed(a)
    }

    /// Restores a state previously obtained from `state` (624 words + index).
    /// Returns nil when CPython's `setstate` would raise ValueError
    /// (wrong length or index outside 0...624).
    public init?(state: [UInt32]) {
        self.init()
        if !setState(state) { return nil }
    }

    // MARK: - Seeding

    /// `init_genrand(s)` from the reference implementation.
    @usableFromInline mutating func initGenrand(_ s: UInt32) {
        let count = MersenneTwister.n
        mt.withUnsafeMutableBufferPointer { p in
            p[0] = s
            for i in 1..<count {
                let prev = p[i - 1]
                p[i] = 1_812_433_253 &* (prev ^ (prev >> 30)) &+ UInt32(truncatingIfNeeded: i)
            }
        }
        index = count
    }

    /// `init_by_array(key)` from the reference implementation.
    @usableFromInline mutating func initByArray(_ key: [UInt32]) {
        initGenrand(19_650_218)
        let count = MersenneTwister.n
        let keyLength = key.count
        mt.withUnsafeMutableBufferPointer { p in
            var i = 1
            var j = 0
            var k = max(count, keyLength)
            while k > 0 {
                let prev = p[i - 1]
                p[i] = (p[i] ^ ((prev ^ (prev >> 30)) &* 1_664_525))
                    &+ key[j] &+ UInt32(truncatingIfNeeded: j)
                i += 1
                j += 1
                if i >= count { p[0] = p[count - 1]; i = 1 }
                if j >= keyLength { j = 0 }
                k -= 1
            }
            k = count - 1
            while k > 0 {
                let prev = p[i - 1]
                p[i] = (p[i] ^ ((prev ^ (prev >> 30)) &* 1_566_083_941))
                    &- UInt32(truncatingIfNeeded: i)
                i += 1
                if i >= count { p[0] = p[count - 1]; i = 1 }
                k -= 1
            }
            p[0] = 0x8000_0000  // MSB is 1, assuring non-zero initial array
        }
        index = count
    }

    /// CPython `seed(int a)`: the key is the 32-bit little-endian words of
    /// `abs(a)` (`[0]` for zero). `words` may carry high zero words; they are
    /// trimmed exactly like CPython does (it only uses as many words as the
    /// bit length requires, at least one).
    public mutating func seed(magnitude words: [UInt32]) {
        var key = words
        while key.count > 1 && key[key.count - 1] == 0 { key.removeLast() }
        if key.isEmpty { key = [0] }
        initByArray(key)
    }

    /// Convenience: CPython `seed(a)` for a machine-sized int (sign ignored).
    public mutating func seed(_ a: Int64) {
        let mag = a.magnitude
        seed(magnitude: [UInt32(truncatingIfNeeded: mag), UInt32(truncatingIfNeeded: mag >> 32)])
    }

    // MARK: - Core generator

    @usableFromInline mutating func regenerate() {
        let count = MersenneTwister.n
        let mm = MersenneTwister.m
        mt.withUnsafeMutableBufferPointer { p in
            @inline(__always) func mix(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
                let y = (a & MersenneTwister.upperMask) | (b & MersenneTwister.lowerMask)
                return c ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : MersenneTwister.matrixA)
            }
            var kk = 0
            while kk < count - mm {
                p[kk] = mix(p[kk], p[kk + 1], p[kk + mm])
                kk += 1
            }
            while kk < count - 1 {
                p[kk] = mix(p[kk], p[kk + 1], p[kk + (mm - count)])
                kk += 1
            }
            p[count - 1] = mix(p[count - 1], p[0], p[mm - 1])
        }
        index = 0
    }

    /// `genrand_uint32`: the next tempered 32-bit output.
    @inlinable
    public mutating func next32() -> UInt32 {
        if index >= MersenneTwister.n { regenerate() }
        var y = mt[index]
        index += 1
        y ^= (y >> 11)
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= (y >> 18)
        return y
    }

    /// `random.random()`: 53-bit float in [0, 1).
    @inlinable
    public mutating func random() -> Double {
        let a = next32() >> 5
        let b = next32() >> 6
        return (Double(a) * 67_108_864.0 + Double(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    // MARK: - Integers

    /// `random.getrandbits(k)` as little-endian 32-bit words (untrimmed:
    /// exactly `(k + 31) / 32` words, `[]` for k == 0). Caller guarantees k >= 0.
    public mutating func getrandbits(_ k: Int) -> [UInt32] {
        precondition(k >= 0, "number of bits must be non-negative")
        if k == 0 { return [] }
        if k <= 32 { return [next32() >> UInt32(32 - k)] }
        let words = (k - 1) / 32 + 1
        var out = [UInt32](repeating: 0, count: words)
        var remaining = k
        for i in 0..<words {
            var r = next32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            out[i] = r
            remaining -= 32
        }
        return out
    }

    /// `getrandbits(k)` for 0 <= k <= 64, as a UInt64 (same draws).
    @inlinable
    public mutating func getrandbits64(_ k: Int) -> UInt64 {
        precondition(k >= 0 && k <= 64)
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(next32() >> UInt32(32 - k)) }
        let lo = UInt64(next32())
        var hi = next32()
        if k < 64 { hi >>= UInt32(64 - k) }
        return lo | (UInt64(hi) << 32)
    }

    /// `Random._randbelow(n)` (= `_randbelow_with_getrandbits`) for n > 0.
    public mutating func randbelow(_ n: UInt64) -> UInt64 {
        precondition(n > 0, "randbelow requires n > 0")
        let k = 64 - n.leadingZeroBitCount
        var r = getrandbits64(k)
        while r >= n { r = getrandbits64(k) }
        return r
    }

    /// `Random._randbelow(n)` for arbitrarily large n given as little-endian
    /// 32-bit words. Result is trimmed (no high zero words; zero is `[]`).
    public mutating func randbelow(words n: [UInt32]) -> [UInt32] {
        var limit = n
        while let last = limit.last, last == 0 { limit.removeLast() }
        precondition(!limit.isEmpty, "randbelow requires n > 0")
        let k = (limit.count - 1) * 32 + (32 - limit[limit.count - 1].leadingZeroBitCount)
        while true {
            var r = getrandbits(k)
            // getrandbits(k) has exactly limit.count words.
            if MersenneTwister.lessThan(r, limit) {
                while let last = r.last, last == 0 { r.removeLast() }
                return r
            }
        }
    }

    /// Compare two little-endian word arrays of equal length.
    @usableFromInline static func lessThan(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] }
            i -= 1
        }
        return false
    }

    // MARK: - Lib/random.py conveniences (Int64 ranges)

    /// `randrange(start, stop)`; caller guarantees stop > start.
    /// (The width may exceed Int64.max; it is computed in UInt64.)
    public mutating func randrange(start: Int64, stop: Int64) -> Int64 {
        precondition(stop > start, "empty range for randrange")
        let width = UInt64(bitPattern: stop &- start)
        return start &+ Int64(bitPattern: randbelow(width))
    }

    /// `randrange(start, stop, step)` for step != 1, following random.py:
    /// n = (width + step - 1) // step (or + step + 1 for negative step);
    /// returns nil when CPython raises ValueError (empty range / zero step).
    /// Intermediate values must fit in Int64 (traps otherwise).
    public mutating func randrange(start: Int64, stop: Int64, step: Int64) -> Int64? {
        if step == 1 {
            return stop > start ? randrange(start: start, stop: stop) : nil
        }
        if step == 0 { return nil }
        let width = stop - start
        let n: Int64
        if step > 0 {
            n = MersenneTwister.floorDiv(width + step - 1, step)
        } else {
            n = MersenneTwister.floorDiv(width + step + 1, step)
        }
        if n <= 0 { return nil }
        return start + step * Int64(randbelow(UInt64(n)))
    }

    @usableFromInline static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
    }

    /// `randint(a, b)` = `randrange(a, b + 1)`; caller guarantees a <= b.
    public mutating func randint(_ a: Int64, _ b: Int64) -> Int64 {
        precondition(a <= b, "empty range for randint")
        let width = UInt64(bitPattern: b &- a) &+ 1
        if width == 0 {
            // Full 2**64 range: randbelow(2**64) -> getrandbits(65) loop.
            let r = randbelow(words: [0, 0, 1])
            let lo = UInt64(r.count > 0 ? r[0] : 0) | (UInt64(r.count > 1 ? r[1] : 0) << 32)
            return a &+ Int64(bitPattern: lo)
        }
        return a &+ Int64(bitPattern: randbelow(width))
    }

    /// Index chosen by `random.choice(seq)` for `len(seq) == count` (> 0).
    public mutating func choiceIndex(count: Int) -> Int {
        precondition(count > 0, "Cannot choose from an empty sequence")
        return Int(randbelow(UInt64(count)))
    }

    /// The swaps `random.shuffle` performs on a sequence of length `count`,
    /// in order: `x[i], x[j] = x[j], x[i]` for each (i, j).
    public mutating func shuffleIndices(count: Int) -> [(Int, Int)] {
        var swaps: [(Int, Int)] = []
        if count < 2 { return swaps }
        swaps.reserveCapacity(count - 1)
        var i = count - 1
        while i >= 1 {
            swaps.append((i, Int(randbelow(UInt64(i + 1)))))
            i -= 1
        }
        return swaps
    }

    /// `random.shuffle(a)` in place.
    public mutating func shuffle<T>(_ a: inout [T]) {
        var i = a.count - 1
        while i >= 1 {
            let j = Int(randbelow(UInt64(i + 1)))
            a.swapAt(i, j)
            i -= 1
        }
    }

    /// `random.uniform(a, b)` = `a + (b - a) * random()`.
    public mutating func uniform(_ a: Double, _ b: Double) -> Double {
        return a + (b - a) * random()
    }

    // MARK: - getstate / setstate

    /// 624 state words followed by the index (CPython's `getstate()[1]`).
    public var state: [UInt32] {
        var s = Array(mt)
        s.append(UInt32(index))
        return s
    }

    /// CPython `setstate` of the internal tuple: 625 words, last one the
    /// index which must be in 0...624. Returns false (state unchanged) when
    /// CPython would raise ValueError.
    @discardableResult
    public mutating func setState(_ s: [UInt32]) -> Bool {
        guard s.count == MersenneTwister.n + 1, s[MersenneTwister.n] <= UInt32(MersenneTwister.n) else {
            return false
        }
        mt = ContiguousArray(s[0..<MersenneTwister.n])
        index = Int(s[MersenneTwister.n])
        return true
    }
}
