/// Python's key equality for dicts (1 == 1.0 == True; strings by content; tuples element-wise;
/// NaN and other objects by identity) and a deterministic 64-bit hash that agrees with it.
import BigInt

/// Which equality a key follows; equal keys always share a class.
enum KeyClass: UInt8 {
    case none, int, float, nan, str, big, tuple, identity
    case user       // an instance whose class defines `__hash__`: equality through `__eq__`
}

/// A key ready for `PyDict`: its hash and class, computed once per operation.
struct DictKey {
    let hash: UInt64
    let cls: KeyClass
    /// `.int`: the value; `.float`: the bit pattern; otherwise unused.
    let bits: UInt64
    let value: Value
}

/// Mixing without a seed: the same program probes the same slots on every run.
enum KeyHash {
    /// A multiply-xorshift finalizer: sequential and strided ints land far apart.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var x = x
        x ^= x >> 33; x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33; x &*= 0xc4ce_b9fe_1a85_ec53
        return x ^ (x >> 33)
    }
    @inline(__always) static func int(_ i: Int64) -> UInt64 { mix(UInt64(bitPattern: i)) }
    @inline(__always) static func float(_ bits: UInt64) -> UInt64 { mix(bits ^ 0x5851_f42d_4c95_7f2d) }
    static let none = mix(0x6e6f_6e65)
    static let nan = mix(0x6e61_6e00)
    @inline(__always) static func identity(_ v: Value) -> UInt64 { mix(v.bits &+ UInt64(v.tag.rawValue) << 56 ^ 0x1d) }

    @inline(__always) static func combine(_ h: UInt64, _ part: UInt64) -> UInt64 {
        let x = (h ^ part) &* 0x9e37_79b9_7f4a_7c15
        return x ^ (x >> 32)
    }

    /// Eight bytes at a time, then the tail, then the length; finished by `mix`.
    static func bytes(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = p.count
        var h: UInt64 = 0x243f_6a88_85a3_08d3
        var i = 0
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n { h = combine(h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)); i += 8 }
            if i < n {
                var tail: UInt64 = 0
                var shift: UInt64 = 0
                while i < n { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
                h = combine(h, tail)
            }
        }
        return mix(h ^ UInt64(n))
    }

    static func string(_ s: String) -> UInt64 {
        if let h = s.utf8.withContiguousStorageIfAvailable({ bytes($0) }) { return h }
        return Array(s.utf8).withUnsafeBufferPointer { bytes($0) }
    }

    static func big(_ b: BigInt) -> UInt64 {
        var h: UInt64 = b.sign == .minus ? 0x2d : 0x2b
        for w in b.magnitude.words { h = combine(h, UInt64(w)) }
        return mix(h)
    }
}

extension VM {
    /// The class of a key, and for `.int` and `.float` the bits that decide equality.
    /// Integral floats are ints (or big ints past Int64), so 1 == 1.0 and -0.0 == 0.
    @inline(__always) func keyClass(_ v: Value) -> (KeyClass, UInt64) {
        switch v.tag {
        case .int, .bool: return (.int, v.bits)
        case .none: return (.none, 0)
        case .float:
            let d = v.floatValue
            if d.rounded() == d {
                if let i = Int64(exactly: d) { return (.int, UInt64(bitPattern: i)) }
                if d.isFinite { return (.big, 0) }
            }
            return d.isNaN ? (.nan, 0) : (.float, v.bits)
        case .object:
            switch heap[v.objectIndex].kind {
            case .str: return (.str, 0)
            case .bigInt: return (.big, 0)
            case .tuple: return (.tuple, 0)
            default: return (.identity, 0)
            }
        default: return (.identity, 0)
        }
    }

    /// A key's hash and class; lists, dicts and tuples holding them are unhashable.
    func dictKey(_ v: Value) throws(PyRaise) -> DictKey {
        if v.tag == .int || v.tag == .bool { return DictKey(hash: KeyHash.int(v.intValue), cls: .int, bits: v.bits, value: v) }
        let (cls, bits) = keyClass(v)
        let h: UInt64
        switch cls {
        case .int: h = KeyHash.int(Int64(bitPattern: bits))
        case .none: h = KeyHash.none
        case .float: h = KeyHash.float(bits)
        case .nan: h = KeyHash.nan
        case .str: h = KeyHash.string(unsafeDowncast(heap[v.objectIndex], to: StrObject.self).value)
        case .big: h = KeyHash.big(keyBig(v))
        case .tuple:
            try enterNative(); defer { nativeDepth -= 1 }     // a tuple nested a million deep
            let items = unsafeDowncast(heap[v.objectIndex], to: TupleObject.self).items
            var t: UInt64 = 0x7475_706c
            for item in items { t = KeyHash.combine(t, try dictKey(item).hash) }
            h = KeyHash.mix(t ^ UInt64(items.count))
        case .identity:
            if v.tag == .object, case let kind = heap[v.objectIndex].kind, kind == .list || kind == .dict {
                throw typeError("unhashable type: '\(typeName(v))'")
            }
            if isUserInstance(v), let u = try userHash(v) {
                return DictKey(hash: KeyHash.int(u), cls: .user, bits: 0, value: v)
            }
            // Equal bound methods (one function, one object) are one key.
            if v.tag == .object, heap[v.objectIndex].kind == .boundMethod {
                return DictKey(hash: KeyHash.int(boundMethodHash(v)), cls: .user, bits: 0, value: v)
            }
            h = KeyHash.identity(v)
        case .user: h = 0
        }
        return DictKey(hash: h, cls: cls, bits: bits, value: v)
    }

    /// A `.big` key's value: a big int, or an integral float past Int64.
    private func keyBig(_ v: Value) -> BigInt {
        if v.tag == .float { return BigInt(exactly: v.floatValue)! }
        return unsafeDowncast(heap[v.objectIndex], to: BigIntObject.self).value
    }

    /// Does a stored key equal the probe? Ints compare by payload without touching the heap.
    @inline(__always) func keyMatches(_ stored: Value, _ k: DictKey) -> Bool {
        if k.cls == .int && (stored.tag == .int || stored.tag == .bool) { return stored.bits == k.bits }
        return keysEqual(stored, k.value)
    }

    /// Python's equality between two hashable keys (no `__eq__` calls: the subset has none for keys).
    func keysEqual(_ a: Value, _ b: Value) -> Bool {
        let (ca, ba) = keyClass(a), (cb, bb) = keyClass(b)
        guard ca == cb else { return false }
        switch ca {
        case .none, .nan: return true
        case .int, .float: return ba == bb
        case .identity, .user: return a.tag == b.tag && a.bits == b.bits
        case .big: return keyBig(a) == keyBig(b)
        case .str:
            if a.bits == b.bits { return true }
            // Code points, as Python compares: Swift's `==` would equate canonically equivalent strings.
            let x = unsafeDowncast(heap[a.objectIndex], to: StrObject.self).value
            let y = unsafeDowncast(heap[b.objectIndex], to: StrObject.self).value
            return ExactString.sameCodePoints(x, y)
        case .tuple:
            if a.bits == b.bits { return true }
            let x = unsafeDowncast(heap[a.objectIndex], to: TupleObject.self).items
            let y = unsafeDowncast(heap[b.objectIndex], to: TupleObject.self).items
            guard x.count == y.count else { return false }
            for i in x.indices where !keysEqual(x[i], y[i]) { return false }
            return true
        }
    }

    // MARK: - Dict operations with Python keys

    func dictSet(_ d: DictObject, _ k: Value, _ v: Value) throws(PyRaise) {
        let key = try dictKey(k)
        if key.cls == .user { return try d.dict.set(k, key.hash, v) { (s) throws(PyRaise) in try userKeyMatches(s, key) } }
        try d.dict.set(k, key.hash, v) { (s) throws(PyRaise) in keyMatches(s, key) }
    }

    func dictFind(_ d: DictObject, _ k: Value) throws(PyRaise) -> Int? {
        let key = try dictKey(k)
        if key.cls == .user { return try d.dict.find(key.hash) { (s) throws(PyRaise) in try userKeyMatches(s, key) } }
        return try d.dict.find(key.hash) { (s) throws(PyRaise) in keyMatches(s, key) }
    }

    /// A stored key against a user-hashed probe: identity, else the probe's `__eq__`.
    /// `hash(obj.m)`: from the object's identity and the function, as CPython hashes methods.
    func boundMethodHash(_ v: Value) -> Int64 {
        let m = unsafeDowncast(heap[v.objectIndex], to: BoundMethodObject.self)
        return Int64(bitPattern: m.receiver.bits ^ m.function.bits) & 0x3FFF_FFFF_FFFF_FFFF
    }

    private func userKeyMatches(_ stored: Value, _ k: DictKey) throws(PyRaise) -> Bool {
        if stored.identical(k.value) { return true }
        return try equals(k.value, stored)
    }

    func dictGet(_ d: DictObject, _ k: Value) throws(PyRaise) -> Value? {
        guard let i = try dictFind(d, k) else { return nil }
        return d.dict.value(at: i)
    }

    func dictRemove(_ d: DictObject, _ k: Value) throws(PyRaise) -> Value? {
        let key = try dictKey(k)
        if key.cls == .user { return try d.dict.remove(key.hash) { (s) throws(PyRaise) in try userKeyMatches(s, key) } }
        return try d.dict.remove(key.hash) { (s) throws(PyRaise) in keyMatches(s, key) }
    }

    /// `d.update(other)`, `{**other}` (`mappingOnly`) and `f(**other)` (`forCall`).
    func dictUpdate(_ d: DictObject, _ other: Value, forCall: Bool = false, mappingOnly: Bool = false, callee: String = "") throws(PyRaise) {
        if other.tag == .object, let src = heap[other.objectIndex] as? DictObject {
            for (k, v) in src.dict.pairs {
                if forCall, try dictGet(d, k) != nil {
                    throw typeError("\(callee)() got multiple values for keyword argument '\(try strOf(k))'")
                }
                try dictSet(d, k, v)
            }
            return
        }
        // A user mapping: its keys(), then an item per key.
        if isUserInstance(other), (try? getAttr(other, Sym.keys.rawValue)) != nil {
            for k in try iterateToArray(try callMethod(other, Sym.keys.rawValue, [])) {
                if forCall, try dictGet(d, k) != nil { throw typeError("\(callee)() got multiple values for keyword argument '\(try strOf(k))'") }
                try dictSet(d, k, try getItem(other, k))
            }
            return
        }
        if forCall { throw typeError("\(callee)() argument after ** must be a mapping, not \(typeName(other))") }
        if mappingOnly { throw typeError("'\(typeName(other))' object is not a mapping") }
        for item in try iterateToArray(other) {
            let pair = try iterateToArray(item)
            guard pair.count == 2 else {
                throw valueError("dictionary update sequence element has length \(pair.count); 2 is required")
            }
            try dictSet(d, pair[0], pair[1])
        }
    }
}
