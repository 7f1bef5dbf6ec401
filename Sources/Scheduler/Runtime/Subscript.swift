/// `x[i]`, `x[a:b:c]`, and their assignment and deletion forms.

extension VM {
    /// CPython's PySlice_GetIndicesEx: (start, stop, step, count) for a sequence of `length`.
    func sliceIndices(_ s: SliceObject, _ length: Int) throws(PyRaise) -> (Int, Int, Int, Int) {
        var step = 1
        if !s.step.isNone {
            guard s.step.tag == .int || s.step.tag == .bool else { throw typeError("slice indices must be integers or None or have an __index__ method") }
            step = Int(s.step.intValue)
            if step == 0 { throw valueError("slice step cannot be zero") }
        }
        func bound(_ v: Value, _ dflt: Int) throws(PyRaise) -> Int {
            if v.isNone { return dflt }
            guard v.tag == .int || v.tag == .bool || kind(v) == .bigInt else {
                throw typeError("slice indices must be integers or None or have an __index__ method")
            }
            var i = v.tag == .object ? ((heap[v.objectIndex] as! BigIntObject).value < 0 ? Int.min / 2 : Int.max / 2) : Int(v.intValue)
            if i < 0 {
                i += length
                if i < 0 { i = step < 0 ? -1 : 0 }
            } else if i >= length {
                i = step < 0 ? length - 1 : length
            }
            return i
        }
        let start = try bound(s.start, step < 0 ? length - 1 : 0)
        let stop = try bound(s.stop, step < 0 ? -1 : length)
        var count = 0
        if step < 0 { if stop < start { count = (start - stop - 1) / (-step) + 1 } }
        else if start < stop { count = (stop - start - 1) / step + 1 }
        return (start, stop, step, count)
    }

    private func sliced<T>(_ items: [T], _ s: SliceObject) throws(PyRaise) -> [T] {
        let (start, _, step, count) = try sliceIndices(s, items.count)
        try charge(count >> 4)
        return Self.pick(items, start, step, count)
    }

    /// `count` items from `start` by `step`.
    private static func pick<C: RandomAccessCollection>(_ items: C, _ start: Int, _ step: Int, _ count: Int) -> [C.Element] where C.Index == Int {
        if step == 1 { return Array(items[start..<(start + count)]) }
        var out: [C.Element] = []
        out.reserveCapacity(count)
        var i = start
        for _ in 0..<count { out.append(items[i]); i += step }
        return out
    }

    private func index(_ key: Value, _ count: Int, _ what: String, _ tname: String) throws(PyRaise) -> Int {
        guard key.tag == .int || key.tag == .bool else {
            // An object with `__index__` (an IntEnum member) indexes as its integer.
            if isUserInstance(key), let i = try userIndex(key) { return try index(i, count, what, tname) }
            if kind(key) == .bigInt { throw error(.IndexError, "cannot fit 'int' into an index-sized integer") }
            if tname == "string" { throw typeError("string indices must be integers, not '\(typeName(key))'") }
            throw typeError("\(tname) indices must be integers or slices, not \(typeName(key))")
        }
        var i = key.intValue
        if i < 0 { i += Int64(count) }
        if i < 0 || i >= count { throw error(.IndexError, "\(what) index out of range") }
        return Int(i)
    }

    func getItem(_ v: Value, _ key: Value) throws(PyRaise) -> Value {
        guard v.tag == .object else { throw typeError("'\(typeName(v))' object is not subscriptable") }
        let o = heap[v.objectIndex]
        if o.kind == .instance || o.kind == .exception || o.kind == .type, let r = try userGetItem(v, key) { return r }
        let slice = kind(key) == .slice ? heap[key.objectIndex] as? SliceObject : nil
        switch o.kind {
        case .list:
            let items = (o as! ListObject).items
            if let slice { return makeList(try sliced(items, slice)) }
            return items[try index(key, items.count, "list", "list")]
        case .tuple:
            let items = (o as! TupleObject).items
            if let slice { return makeTuple(try sliced(items, slice)) }
            return items[try index(key, items.count, "tuple", "tuple")]
        case .str:
            let so = o as! StrObject
            if so.isASCII {
                // Read in place: copying the bytes for each `s[i]` made a loop over the indices quadratic.
                let utf8 = so.value.utf8, n = utf8.count
                if let slice {
                    let (start, _, step, count) = try sliceIndices(slice, n)
                    try charge(count >> 8)
                    let bytes = utf8.withContiguousStorageIfAvailable { Self.pick($0, start, step, count) } ?? Self.pick(Array(utf8), start, step, count)
                    return str(String(decoding: bytes, as: UTF8.self))
                }
                let i = try index(key, n, "string", "string")
                let byte = utf8.withContiguousStorageIfAvailable { $0[i] } ?? utf8[utf8.index(utf8.startIndex, offsetBy: i)]
                return str(String(UnicodeScalar(byte)))
            }
            let scalars = so.scalars
            if let slice { return str(String(String.UnicodeScalarView(try sliced(scalars, slice)))) }
            return str(String(scalars[try index(key, scalars.count, "string", "string")]))
        case .dict:
            if let r = try dictGet(o as! DictObject, key) { return r }
            throw PyRaise(alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [key])))
        case .range:
            let r = o as! RangeObject
            if let slice {
                // As CPython: the new bounds are the items at the slice's start and stop indices.
                let (start, stop, step, _) = try sliceIndices(slice, Int(r.count))
                func at(_ i: Int) throws(PyRaise) -> Int64 {
                    // start + i * step in 128 bits: the product alone may pass Int64 when the sum does not.
                    let p = Int64(i).multipliedFullWidth(by: r.step)
                    let (low, carry) = p.low.addingReportingOverflow(UInt64(bitPattern: r.start))
                    let high = p.high &+ (r.start < 0 ? -1 : 0) &+ (carry ? 1 : 0)
                    if high != (Int64(bitPattern: low) < 0 ? -1 : 0) || r.length > UInt64(Int64.max) {
                        throw error(.OverflowError, "Python int too large to convert to C ssize_t")
                    }
                    return Int64(bitPattern: low)
                }
                let (newStep, o) = r.step.multipliedReportingOverflow(by: Int64(step))
                if o { throw error(.OverflowError, "Python int too large to convert to C ssize_t") }
                return alloc(RangeObject(start: try at(start), stop: try at(stop), step: newStep))
            }
            if key.tag == .int || key.tag == .bool {
                // By the exact length: a range longer than Int64.max still indexes from its end.
                let i = key.intValue, n = r.length
                let k = i < 0 ? n &- i.magnitude : UInt64(i)
                guard i < 0 ? i.magnitude <= n : k < n else { throw error(.IndexError, "range object index out of range") }
                return .int(r.item(Int64(bitPattern: k)))
            }
            let i = try index(key, Int(r.count), "range object", "range")
            return .int(r.item(Int64(i)))
        case .native:
            if let r = try nativeGetItem(v, key) { return r }
        case .type:
            // `asyncio.Queue[int]`: classes CPython gives `__class_getitem__` make a GenericAlias.
            let t = typeObject(Int32(v.objectIndex))
            let builtin = BT(rawValue: Int32(v.objectIndex))
            if (t.isUser && t.module == "__main__") || (builtin != nil && builtin != .BaseExceptionGroup && builtin != .ExceptionGroup) {
                throw typeError("type '\(t.name)' is not subscriptable")
            }
            return try call(try typingHelper("_builtin_alias"), [v, key])
        default: break
        }
        throw typeError("'\(typeName(v))' object is not subscriptable")
    }

    func setItem(_ v: Value, _ key: Value, _ value: Value) throws(PyRaise) {
        guard v.tag == .object else { throw typeError("'\(typeName(v))' object does not support item assignment") }
        let o = heap[v.objectIndex]
        if o.kind == .instance || o.kind == .exception, try userSetItem(v, key, value) { return }
        switch o.kind {
        case .list:
            let l = o as! ListObject
            if kind(key) == .slice {
                let s = heap[key.objectIndex] as! SliceObject
                let (start, stop, step, count) = try sliceIndices(s, l.items.count)
                let new = try iterateToArray(value)
                if step == 1 {
                    l.items.replaceSubrange(start..<max(start, stop), with: new)
                    return
                }
                guard new.count == count else {
                    throw valueError("attempt to assign sequence of size \(new.count) to extended slice of size \(count)")
                }
                var i = start
                for x in new { l.items[i] = x; i += step }
                return
            }
            l.items[try index(key, l.items.count, "list assignment", "list")] = value
        case .dict:
            try dictSet(o as! DictObject, key, value)
        default:
            throw typeError("'\(typeName(v))' object does not support item assignment")
        }
    }

    func delItem(_ v: Value, _ key: Value) throws(PyRaise) {
        guard v.tag == .object else { throw typeError("'\(typeName(v))' object doesn't support item deletion") }
        let o = heap[v.objectIndex]
        if o.kind == .instance || o.kind == .exception, try userDelItem(v, key) { return }
        switch o.kind {
        case .list:
            let l = o as! ListObject
            if kind(key) == .slice {
                let s = heap[key.objectIndex] as! SliceObject
                let (start, _, step, count) = try sliceIndices(s, l.items.count)
                let drop = Set((0..<count).map { start + $0 * step })
                l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                return
            }
            l.items.remove(at: try index(key, l.items.count, "list assignment", "list"))
        case .dict:
            if try dictRemove(o as! DictObject, key) == nil {
                throw PyRaise(alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [key])))
            }
        default:
            throw typeError("'\(typeName(v))' object doesn't support item deletion")
        }
    }
}
