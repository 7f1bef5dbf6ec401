/// `hash()` as CPython 3.11 computes it (strings as under PYTHONHASHSEED=0): sets lay
/// out their tables by these values, so a set iterates in CPython's order only if every
/// hash is CPython's. The algorithms are the documented ones ("Hashing of numeric types"
/// in the stdtypes docs, SipHash-1-3, xxHash's round for tuples), checked against python3.
import BigInt

enum PyHash {
    /// 2**61 - 1, the prime numbers are hashed modulo.
    static let modulus: UInt64 = (1 << 61) - 1
    static let infinity: Int64 = 314_159
    /// CPython's None hashes by its address, which changes from run to run; any constant will do.
    static let none: Int64 = 0x7f3a_0000

    /// -1 is CPython's error return, so no hash is -1.
    @inline(__always) static func avoidingMinusOne(_ h: Int64) -> Int64 { h == -1 ? -2 : h }

    static func int(_ i: Int64) -> Int64 {
        let r = Int64(i.magnitude % modulus)
        return avoidingMinusOne(i < 0 ? -r : r)
    }

    static func big(_ b: BigInt) -> Int64 {
        let r = Int64(UInt64(b.magnitude % BigUInt(modulus)))
        return avoidingMinusOne(b.sign == .minus ? -r : r)
    }

    /// The hash of the rational number `d` is: significand · 2**exponent, modulo the prime, where
    /// 2**61 ≡ 1 makes a power of two a rotation within 61 bits. Integral floats hash as ints.
    static func float(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }      // CPython 3.11 hashes a NaN by its object's address
        if d.isInfinite { return d < 0 ? -infinity : infinity }
        if d == 0 { return 0 }
        let significand = d.significandBitPattern | (d.isNormal ? 1 << 52 : 0)
        let exponent = d.isNormal ? Int(d.exponentBitPattern) - 1075 : -1074
        let k = ((exponent % 61) + 61) % 61
        // significand < 2**53 < the prime: a rotation of a value that is not all ones stays below it.
        let r = k == 0 ? significand : ((significand << k) & modulus) | (significand >> (61 - k))
        return avoidingMinusOne(d < 0 ? -Int64(r) : Int64(r))
    }

    /// A str: SipHash-1-3 (zero key) over CPython's storage of it, one byte per code point when
    /// all are below 256, two below 65536, four otherwise (little-endian). The empty string is 0.
    static func string(_ s: String) -> Int64 {
        if s.isEmpty { return 0 }
        let ascii: UInt64? = s.utf8.withContiguousStorageIfAvailable { p in
            p.contains { $0 >= 0x80 } ? nil : sipHash13(UnsafeRawBufferPointer(p))
        } ?? nil
        if let ascii { return avoidingMinusOne(Int64(bitPattern: ascii)) }
        let scalars = s.unicodeScalars
        let widest = scalars.reduce(0) { max($0, $1.value) }
        let width = widest < 0x100 ? 1 : widest < 0x1_0000 ? 2 : 4
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * width)
        for u in scalars {
            for i in 0..<width { bytes.append(UInt8(truncatingIfNeeded: u.value >> (8 * i))) }
        }
        let h = bytes.withUnsafeBytes { sipHash13($0) }
        return avoidingMinusOne(Int64(bitPattern: h))
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }

    /// SipHash with one compression and three finalization rounds, key 0.
    static func sipHash13(_ p: UnsafeRawBufferPointer) -> UInt64 {
        var v0: UInt64 = 0x736f_6d65_7073_6575, v1: UInt64 = 0x646f_7261_6e64_6f6d
        var v2: UInt64 = 0x6c79_6765_6e65_7261, v3: UInt64 = 0x7465_6462_7974_6573
        @inline(__always) func round() {
            v0 &+= v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
            v2 &+= v3; v3 = rotl(v3, 16); v3 ^= v2
            v0 &+= v3; v3 = rotl(v3, 21); v3 ^= v0
            v2 &+= v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
        }
        let n = p.count
        var i = 0
        while i + 8 <= n {
            let m = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            v3 ^= m; round(); v0 ^= m
            i += 8
        }
        var last = UInt64(truncatingIfNeeded: n) << 56
        var shift: UInt64 = 0
        while i < n { last |= UInt64(p[i]) << shift; shift += 8; i += 1 }
        v3 ^= last; round(); v0 ^= last
        v2 ^= 0xff
        round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }

    /// A tuple's hash: xxHash's round over its items' hashes, then the length.
    struct Tuple {
        private static let prime1: UInt64 = 11_400_714_785_074_694_791
        private static let prime2: UInt64 = 14_029_467_366_897_019_727
        private static let prime5: UInt64 = 2_870_177_450_012_600_261
        private var acc = prime5

        mutating func add(_ h: Int64) {
            acc &+= UInt64(bitPattern: h) &* Self.prime2
            acc = rotl(acc, 31)
            acc &*= Self.prime1
        }

        func finish(count: Int) -> Int64 {
            let h = acc &+ (UInt64(count) ^ (Self.prime5 ^ 3_527_539))
            return h == .max ? 1_546_275_796 : Int64(bitPattern: h)
        }
    }

    /// A frozenset's hash: its items' hashes, shuffled and xored (so order does not matter),
    /// mixed with the count and spread.
    static func frozenset<S: Sequence<Int64>>(_ hashes: S, count: Int) -> Int64 {
        var h: UInt64 = 0
        for x in hashes {
            let u = UInt64(bitPattern: x)
            h ^= ((u ^ 89_869_747) ^ (u << 16)) &* 3_644_798_167
        }
        h ^= (UInt64(count) &+ 1) &* 1_927_868_237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907_133_923
        return h == .max ? 590_923_713 : Int64(bitPattern: h)
    }
}

extension VM {
    /// `hash(v)`, and what sets and dicts hash their keys by (objects without a value-based
    /// hash hash by identity, as CPython's do by address). Mutable containers raise
    /// CPython's TypeError.
    func hashValue(_ v: Value) throws(PyRaise) -> Int64 {
        switch v.tag {
        case .int, .bool: return PyHash.int(v.intValue)
        case .float: return PyHash.float(v.floatValue)
        case .object: break
        default: return PyHash.none
        }
        let o = heap[v.objectIndex]
        switch o.kind {
        case .str: return unsafeDowncast(o, to: StrObject.self).hash
        case .bigInt: return PyHash.big(unsafeDowncast(o, to: BigIntObject.self).value)
        case .tuple:
            try enterNative(); defer { nativeDepth -= 1 }     // a tuple nested a million deep
            let items = unsafeDowncast(o, to: TupleObject.self).items
            var h = PyHash.Tuple()
            for item in items { h.add(try hashValue(item)) }
            return h.finish(count: items.count)
        case .range:
            // CPython hashes (len, start, step), with None for what does not tell ranges apart.
            let r = unsafeDowncast(o, to: RangeObject.self)
            var h = PyHash.Tuple()
            h.add(r.length > UInt64(Int64.max) ? PyHash.big(BigInt(r.length)) : PyHash.int(r.count))
            h.add(r.count == 0 ? PyHash.none : PyHash.int(r.start))
            h.add(r.count < 2 ? PyHash.none : PyHash.int(r.step))
            return h.finish(count: 3)
        case .set:
            let s = unsafeDowncast(o, to: SetObject.self)
            guard s.isFrozen else { throw unhashable(v) }
            return s.contentHash
        case .list, .dict, .slice: throw unhashable(v)
        case .native where o is DictViewObject: throw unhashable(v)
        case .native where o is ContextObject: throw typeError("unhashable type: '_contextvars.Context'")
        case .native where o is TokenObject: throw typeError("unhashable type: '_contextvars.Token'")
        case .instance, .exception:
            if isUserInstance(v), let h = try userHash(v) { return h }
            return identityNumber(v) >> 4
        case .boundMethod: return boundMethodHash(v)
        default: return identityNumber(v) >> 4
        }
    }

    func unhashable(_ v: Value) -> PyRaise { typeError("unhashable type: '\(typeName(v))'") }

    /// `id(v)`: a deterministic stand-in for CPython's addresses (16-byte aligned, as theirs are).
    func identityNumber(_ v: Value) -> Int64 {
        Int64(bitPattern: 0x7f3a_0000_0000 &+ UInt64(v.bits) &* 0x40)
    }
}
