/// Sets and frozensets with Python keys: building them, the set algebra, membership and
/// comparison. Each operation walks its operands in the order CPython 3.11's does (which
/// operand it iterates, when it copies, when it resizes first), since that order decides
/// the layout of the result and so the order it iterates in.

extension VM {
    @inline(__always) func setObject(_ v: Value) -> SetObject? {
        guard v.tag == .object, heap[v.objectIndex].kind == .set else { return nil }
        return unsafeDowncast(heap[v.objectIndex], to: SetObject.self)
    }

    /// Adds `v` to a set being built or changed.
    func setAdd(_ s: SetObject, _ v: Value) throws(PyRaise) {
        try s.add(v, try hashValue(v), keysEqual)
    }

    /// A new set (or frozenset) of `iterable`'s items, as `set(iterable)` builds it.
    func makeSet(_ iterable: Value?, frozen: Bool) throws(PyRaise) -> SetObject {
        let s = SetObject(frozen: frozen)
        if let iterable { try setUpdate(s, iterable) }
        return s
    }

    /// A copy of the same kind (`make_new_set_basetype` with a set).
    func setCopy(_ s: SetObject) -> SetObject {
        let r = SetObject(frozen: s.isFrozen)
        r.copyTable(of: s)
        return r
    }

    /// `s.update(iterable)`: a set's table merged, a dict's keys added after one resize, any
    /// other iterable's items added one by one.
    func setUpdate(_ s: SetObject, _ iterable: Value) throws(PyRaise) {
        if let other = setObject(iterable) {
            try charge(other.count >> 4)
            try s.merge(other, keysEqual)
            return
        }
        if kind(iterable) == .dict {
            let keys = unsafeDowncast(heap[iterable.objectIndex], to: DictObject.self).dict.liveKeys
            try charge(keys.count >> 4)
            s.reserve(adding: keys.count)
            for k in keys { try setAdd(s, k) }
            return
        }
        try forEachItem(try getIter(iterable)) { x throws(PyRaise) in
            try nativeIteration()
            try setAdd(s, x)
            return true
        }
    }

    /// A set's items as an operand that must be a set: itself, or a new set of its items.
    private func asSet(_ v: Value, frozen: Bool) throws(PyRaise) -> SetObject {
        if let s = setObject(v) { return s }
        return try makeSet(v, frozen: frozen)
    }

    /// Each key of `iterable` with its hash, one at a time.
    private func forEachHashed(_ iterable: Value, _ body: (Value, Int64) throws(PyRaise) -> Bool) throws(PyRaise) {
        try forEachItem(try getIter(iterable)) { x throws(PyRaise) in
            try nativeIteration()
            return try body(x, try hashValue(x))
        }
    }

    // MARK: - Membership

    /// `key in s`; a set key is looked up as a frozenset of its keys, as CPython does.
    func setContains(_ s: SetObject, _ key: Value) throws(PyRaise) -> Bool {
        try s.find(key, try lookupHash(key), keysEqual) != nil
    }

    /// `s.discard(key)`, with the same lookup of a set key; false when absent.
    @discardableResult
    func setDiscard(_ s: SetObject, _ key: Value) throws(PyRaise) -> Bool {
        try s.discard(key, try lookupHash(key), keysEqual)
    }

    /// The hash a key is looked up by: a set's as a frozenset's (keys compare equal to a
    /// frozenset of the same keys, see `keysEqual`).
    private func lookupHash(_ key: Value) throws(PyRaise) -> Int64 {
        if let t = setObject(key), !t.isFrozen { return t.contentHash }
        return try hashValue(key)
    }

    // MARK: - Algebra

    /// `s | o` and `s.union(*others)`: a copy of `s` updated with each other operand.
    func setUnion(_ s: SetObject, _ others: [Value]) throws(PyRaise) -> SetObject {
        let r = setCopy(s)
        for o in others where setObject(o) !== s { try setUpdate(r, o) }
        return r
    }

    /// `s & o`: the smaller set's keys (a non-set operand's items, in its order) found in the other.
    func setIntersection(_ s: SetObject, _ other: Value) throws(PyRaise) -> SetObject {
        if setObject(other) === s { return setCopy(s) }
        let r = SetObject(frozen: s.isFrozen)
        if let o = setObject(other) {
            let (large, small) = o.count > s.count ? (o, s) : (s, o)
            try charge(small.count >> 4)
            for e in small.active where try large.find(e.key, e.hash, keysEqual) != nil { try r.add(e.key, e.hash, keysEqual) }
            return r
        }
        try forEachHashed(other) { x, h throws(PyRaise) in
            if try s.find(x, h, keysEqual) != nil { try r.add(x, h, keysEqual) }
            return true
        }
        return r
    }

    /// `s.intersection(*others)`: intersected with each in turn.
    func setIntersection(_ s: SetObject, _ others: [Value]) throws(PyRaise) -> SetObject {
        if others.isEmpty { return setCopy(s) }
        var r = s
        for o in others { r = try setIntersection(r, o) }
        return r
    }

    /// `s - o`: `s`'s keys not in `o`; when `s` is over four times larger than a set or dict
    /// `o` (or `o` is another iterable), a copy of `s` with `o`'s keys removed.
    func setDifference(_ s: SetObject, _ other: Value) throws(PyRaise) -> SetObject {
        let otherCount: Int
        let dict = kind(other) == .dict ? unsafeDowncast(heap[other.objectIndex], to: DictObject.self) : nil
        if let o = setObject(other) { otherCount = o.count }
        else if let dict { otherCount = dict.dict.count }
        else { otherCount = -1 }
        if otherCount < 0 || s.count >> 2 > otherCount {
            let r = setCopy(s)
            try setDifferenceUpdate(r, other)
            return r
        }
        let r = SetObject(frozen: s.isFrozen)
        try charge(s.count >> 4)
        for e in s.active {
            let present: Bool
            if let dict { present = try dictFind(dict, e.key) != nil } else { present = try setObject(other)!.find(e.key, e.hash, keysEqual) != nil }
            if !present { try r.add(e.key, e.hash, keysEqual) }
        }
        return r
    }

    /// `s.difference(*others)`: the difference with the first, then the others removed.
    func setDifference(_ s: SetObject, _ others: [Value]) throws(PyRaise) -> SetObject {
        guard let first = others.first else { return setCopy(s) }
        let r = try setDifference(s, first)
        for o in others.dropFirst() { try setDifferenceUpdate(r, o) }
        return r
    }

    /// `s -= o`: removes `o`'s keys (of a set over 8 times larger, only those `s` has);
    /// then drops the dummies if they are over a quarter of the table.
    func setDifferenceUpdate(_ s: SetObject, _ other: Value) throws(PyRaise) {
        if setObject(other) === s { s.clear(); return }
        if let o = setObject(other) {
            let keys = o.count >> 3 > s.count ? try setIntersection(s, other) : o
            try charge(keys.count >> 4)
            for e in keys.active { try s.discard(e.key, e.hash, keysEqual) }
        } else {
            try forEachHashed(other) { x, h throws(PyRaise) in try s.discard(x, h, keysEqual); return true }
        }
        s.dropDummiesIfMany()
    }

    /// `s ^= o`: each of `o`'s keys removed if present, added if not (a non-set, non-dict
    /// operand is made a set first).
    func setSymmetricDifferenceUpdate(_ s: SetObject, _ other: Value) throws(PyRaise) {
        if setObject(other) === s { s.clear(); return }
        if kind(other) == .dict {
            for k in unsafeDowncast(heap[other.objectIndex], to: DictObject.self).dict.liveKeys {
                let h = try hashValue(k)
                if !(try s.discard(k, h, keysEqual)) { try s.add(k, h, keysEqual) }
            }
            return
        }
        try setSymmetricDifferenceUpdate(s, with: try asSet(other, frozen: s.isFrozen))
    }

    private func setSymmetricDifferenceUpdate(_ s: SetObject, with o: SetObject) throws(PyRaise) {
        try charge(o.count >> 4)
        for e in o.active where !(try s.discard(e.key, e.hash, keysEqual)) { try s.add(e.key, e.hash, keysEqual) }
    }

    /// `s ^ o`: a new set of `o`'s items, updated with `s`.
    func setSymmetricDifference(_ s: SetObject, _ other: Value) throws(PyRaise) -> SetObject {
        let r = try makeSet(other, frozen: s.isFrozen)
        try setSymmetricDifferenceUpdate(r, with: s)
        return r
    }

    // MARK: - Comparison

    /// Every key of `s` is in `o`.
    func setIsSubset(_ s: SetObject, _ o: SetObject) throws(PyRaise) -> Bool {
        if s.count > o.count { return false }
        for e in s.active where try o.find(e.key, e.hash, keysEqual) == nil { return false }
        return true
    }

    func setIsSubset(_ s: SetObject, of other: Value) throws(PyRaise) -> Bool {
        try setIsSubset(s, try asSet(other, frozen: false))
    }

    func setIsSuperset(_ s: SetObject, of other: Value) throws(PyRaise) -> Bool {
        if let o = setObject(other) { return try setIsSubset(o, s) }
        var all = true
        try forEachHashed(other) { x, h throws(PyRaise) in
            all = try s.find(x, h, keysEqual) != nil
            return all
        }
        return all
    }

    func setIsDisjoint(_ s: SetObject, _ other: Value) throws(PyRaise) -> Bool {
        if let o = setObject(other) {
            if o === s { return s.count == 0 }
            let (large, small) = o.count > s.count ? (o, s) : (s, o)
            for e in small.active where try large.find(e.key, e.hash, keysEqual) != nil { return false }
            return true
        }
        var disjoint = true
        try forEachHashed(other) { x, h throws(PyRaise) in
            disjoint = try s.find(x, h, keysEqual) == nil
            return disjoint
        }
        return disjoint
    }

    /// Sets and frozensets are equal when they hold the same keys.
    func setsEqual(_ a: SetObject, _ b: SetObject) throws(PyRaise) -> Bool {
        if a.count != b.count { return false }
        return try setIsSubset(a, b)
    }

    // MARK: - Display

    func setRepr(_ s: SetObject) throws(PyRaise) -> String {
        let name = s.isFrozen ? "frozenset" : "set"
        if s.count == 0 { return name + "()" }
        let items = try reserveJoin(try s.active.map { (e) throws(PyRaise) -> String in try repr(e.key) })
        return s.isFrozen ? "frozenset({" + items + "})" : "{" + items + "}"
    }
}
