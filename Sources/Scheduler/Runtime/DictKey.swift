/// Python's key equality for dicts and sets (1 == 1.0 == True; strings by content; tuples
/// element-wise; frozensets by their keys; ranges by their numbers; NaN and other objects by
/// identity). Dicts keep
/// their own table, indexed by `hashValue` mixed (see `KeyHash`).
import BigInt

/// Which equality a key follows; equal keys always share a class.
enum KeyClass: UInt8 {
    case none, int, float, nan, str, big, tuple, set, range, identity
    case user       // an instance of a user class (or a bound method): equality through `__eq__`
}

/// A key ready for `PyDict`: its hash and class, computed once per operation.
struct DictKey {
    let hash: UInt64
    let cls: KeyClass
    /// `.int`: the value; `.float`: the bit pattern; otherwise unused.
    let bits: UInt64
    let value: Value
}

/// The dict's index hash: Python's hash mixed, so strided ints (whose Python hashes are
/// themselves) do not cluster in a linearly probed table. Unseeded: the same program probes
/// the same slots on every run.
enum KeyHash {
    /// A multiply-xorshift finalizer: sequential and strided ints land far apart.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var x = x
        x ^= x >> 33; x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33; x &*= 0xc4ce_b9fe_1a85_ec53
        return x ^ (x >> 33)
    }
    /// An int key, without the modulo: Python's hash of an int in ±(2**61 - 1) is itself (-1 aside),
    /// and every key of the `.int` class takes this path, so equal keys still hash alike.
    @inline(__always) static func int(_ i: Int64) -> UInt64 { mix(UInt64(bitPattern: i)) }
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
            case .set: return (.set, 0)
            case .instance, .exception, .boundMethod: return (.user, 0)
            case .range: return (.range, 0)
            default: return (.identity, 0)
            }
        default: return (.identity, 0)
        }
    }

    /// A key's hash and class; unhashable keys raise (see `hashValue`).
    func dictKey(_ v: Value) throws(PyRaise) -> DictKey {
        if v.tag == .int || v.tag == .bool { return DictKey(hash: KeyHash.int(v.intValue), cls: .int, bits: v.bits, value: v) }
        let (cls, bits) = keyClass(v)
        let h = cls == .int ? KeyHash.int(Int64(bitPattern: bits)) : KeyHash.mix(UInt64(bitPattern: try hashValue(v)))
        return DictKey(hash: h, cls: cls, bits: bits, value: v)
    }

    /// A `.big` key's value: a big int, or an integral float past Int64.
    private func keyBig(_ v: Value) -> BigInt {
        if v.tag == .float { return BigInt(exactly: v.floatValue)! }
        return unsafeDowncast(heap[v.objectIndex], to: BigIntObject.self).value
    }

    /// Does a stored key equal the probe? Ints compare by payload without touching the heap.
    @inline(__always) func keyMatches(_ stored: Value, _ k: DictKey) throws(PyRaise) -> Bool {
        if k.cls == .int && (stored.tag == .int || stored.tag == .bool) { return stored.bits == k.bits }
        return try keysEqual(stored, k.value)
    }

    /// Python's equality between two hashable keys (no `__eq__` calls: the subset has none for
    /// keys). Tuples and frozensets compare their items, nested as deep as the recursion limit.
    func keysEqual(_ a: Value, _ b: Value) throws(PyRaise) -> Bool {
        let (ca, ba) = keyClass(a), (cb, bb) = keyClass(b)
        guard ca == cb else {
            // A user instance may equal a key of another class (a Fraction equal to 2): its
            // `__eq__` decides, the stored key's first as CPython's lookup asks.
            if ca == .user || cb == .user { return try equals(a, b) }
            return false
        }
        switch ca {
        case .none, .nan: return true
        case .int, .float: return ba == bb
        case .identity: return a.tag == b.tag && a.bits == b.bits
        case .user:
            if a.identical(b) { return true }
            return try equals(a, b)
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
            try enterComparison(); defer { depth -= 1 }
            for i in x.indices where !(x[i].identical(y[i]) && x[i].tag != .float) {
                if !(try keysEqual(x[i], y[i])) { return false }
            }
            return true
        case .range:
            return unsafeDowncast(heap[a.objectIndex], to: RangeObject.self).sameItems(unsafeDowncast(heap[b.objectIndex], to: RangeObject.self))
        case .set:
            // A set is a key only when looked up in a set (as a frozenset of its keys).
            if a.bits == b.bits { return true }
            try enterComparison(); defer { depth -= 1 }
            return try setsEqual(setObject(a)!, setObject(b)!)
        }
    }

    // MARK: - Dict operations with Python keys

    func dictSet(_ d: DictObject, _ k: Value, _ v: Value) throws(PyRaise) {
        let key = try dictKey(k)
        try d.dict.set(k, key.hash, v) { (s) throws(PyRaise) in try keyMatches(s, key) }
    }

    func dictFind(_ d: DictObject, _ k: Value) throws(PyRaise) -> Int? {
        let key = try dictKey(k)
        return try d.dict.find(key.hash) { (s) throws(PyRaise) in try keyMatches(s, key) }
    }

    /// `hash(obj.m)`: from the object's identity and the function, as CPython hashes methods.
    func boundMethodHash(_ v: Value) -> Int64 {
        let m = unsafeDowncast(heap[v.objectIndex], to: BoundMethodObject.self)
        return Int64(bitPattern: m.receiver.bits ^ m.function.bits) & 0x3FFF_FFFF_FFFF_FFFF
    }


    func dictGet(_ d: DictObject, _ k: Value) throws(PyRaise) -> Value? {
        guard let i = try dictFind(d, k) else { return nil }
        return d.dict.value(at: i)
    }

    func dictRemove(_ d: DictObject, _ k: Value) throws(PyRaise) -> Value? {
        let key = try dictKey(k)
        return try d.dict.remove(key.hash) { (s) throws(PyRaise) in try keyMatches(s, key) }
    }

    /// `d.update(other)`, `{**other}` (`mappingOnly`) and `f(**other)` (`forCall`).
    /// `a | b` of two dicts (PEP 584): a new dict, `b`'s values winning; `a |= b` takes any
    /// mapping or iterable of pairs, as `update` does.
    func dictUnion(_ a: Value, _ b: Value, inplace: Bool) throws(PyRaise) -> Value? {
        let x = unsafeDowncast(heap[a.objectIndex], to: DictObject.self)
        if inplace {
            try dictUpdate(x, b)
            return a
        }
        guard kind(b) == .dict else { return nil }
        let d = DictObject()
        try dictUpdate(d, a)
        try dictUpdate(d, b)
        return alloc(d)
    }

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
        // A mapping (a user class's, or a native one such as a mappingproxy): its keys(), then
        // an item per key, as CPython's dict.update takes anything with `keys`.
        if isUserInstance(other) || kind(other) == .native, (try? getAttr(other, Sym.keys.rawValue)) != nil {
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
