/// The iterator protocol: `iter()`, `next()`, and the fast paths `for` uses.

extension VM {
    func getIter(_ v: Value) throws(PyRaise) -> Value {
        guard v.tag == .object else { throw notIterable(v) }
        let o = heap[v.objectIndex]
        switch o.kind {
        case .list: return alloc(IteratorObject(.list, source: v))
        case .tuple: return alloc(IteratorObject(.tuple, source: v))
        case .str: return alloc(IteratorObject(.str, source: str((o as! StrObject).value)))
        case .dict: return dictIterator(v, .dictKeys)
        case .set:
            let it = IteratorObject(.set, source: v)
            it.end = Int64(unsafeDowncast(o, to: SetObject.self).count)
            return alloc(it)
        case .range:
            let r = o as! RangeObject
            // The fast paths step with wrapping arithmetic (an overflow check there costs the
            // interpreter's `forStep` its inlining): a range whose last step passes Int64's end
            // takes the checked path instead.
            let last = r.item(Int64(bitPattern: r.length &- 1))
            let edge = r.length > 0 && last.addingReportingOverflow(r.step).overflow
            let it = IteratorObject(edge ? .rangeEdge : .range, source: .none, index: r.start)
            it.end = r.stop; it.step = r.step
            return alloc(it)
        case .iterator: return v
        case .generator:
            let g = o as! GeneratorObject
            if g.isCoroutine { throw notIterable(v) }
            return v
        case .native:
            if let it = try nativeIter(v) { return it }
            throw notIterable(v)
        case .instance, .exception, .type:
            if let it = try userIter(v) { return it }
            throw notIterable(v)
        default:
            throw notIterable(v)
        }
    }

    func dictIterator(_ d: Value, _ kind: IteratorKind) -> Value {
        let it = IteratorObject(kind, source: d)
        it.end = Int64((heap[d.objectIndex] as! DictObject).dict.count)
        return alloc(it)
    }

    func notIterable(_ v: Value) -> PyRaise { typeError("'\(typeName(v))' object is not iterable") }

    /// `for`: the next item, or nil when exhausted. Generators' return values are dropped.
    @inline(__always) func iterNextFast(_ it: Value) throws(PyRaise) -> Value? {
        unowned(unsafe) let o = heap[it.objectIndex]
        if o.kind == .generator {
            let g = unsafeDowncast(o, to: GeneratorObject.self)
            if g.isCoroutine { throw typeError("'coroutine' object is not an iterator") }
            switch try resume(g, send: .none) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        }
        if o.kind == .iterator {
            unowned(unsafe) let i = unsafeDowncast(o, to: IteratorObject.self)
            if i.iterKind == .range {
                let cur = i.index
                if i.step > 0 ? cur >= i.end : cur <= i.end { return nil }
                i.index = cur &+ i.step
                return .int(cur)
            }
            if i.iterKind == .list {
                let l = unsafeDowncast(heap[i.source.objectIndex], to: ListObject.self)
                if i.index >= l.items.count { i.index = Int64.max / 2; return nil }
                let v = l.items[Int(i.index)]
                i.index += 1
                return v
            }
        }
        return try iterNext(it)
    }

    /// `next(it)` without a default: nil when exhausted.
    func iterNext(_ it: Value) throws(PyRaise) -> Value? {
        guard it.tag == .object else { throw typeError("'\(typeName(it))' object is not an iterator") }
        unowned(unsafe) let o = heap[it.objectIndex]
        switch o.kind {
        case .generator:
            let g = o as! GeneratorObject
            if g.isCoroutine { throw typeError("'coroutine' object is not an iterator") }
            switch try resume(g, send: .none) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        case .iterator:
            return try advance(o as! IteratorObject)
        case .native:
            return try nativeNext(it)
        case .instance, .exception:
            guard lookupSpecial(it, Sym.__next__.rawValue) != nil else { throw typeError("'\(typeName(it))' object is not an iterator") }
            return try userNext(it)
        default:
            throw typeError("'\(typeName(it))' object is not an iterator")
        }
    }

    private func advance(_ i: IteratorObject) throws(PyRaise) -> Value? {
        switch i.iterKind {
        case .range, .rangeEdge:
            guard let v = i.nextInRange() else { return nil }
            return .int(v)
        case .list:
            let items = (heap[i.source.objectIndex] as! ListObject).items
            if i.index >= items.count { i.index = Int64.max / 2; return nil }
            i.index += 1
            return items[Int(i.index - 1)]
        case .reversedList:
            let items = (heap[i.source.objectIndex] as! ListObject).items
            if i.index < 0 || i.index >= items.count { i.index = -1; return nil }
            i.index -= 1
            return items[Int(i.index + 1)]
        case .tuple:
            let items = (heap[i.source.objectIndex] as! TupleObject).items
            if i.index >= items.count { return nil }
            i.index += 1
            return items[Int(i.index - 1)]
        case .str:
            let s = heap[i.source.objectIndex] as! StrObject
            if i.extra.isEmpty {
                i.extra = s.value.unicodeScalars.map { str(String($0)) }
            }
            if i.index >= i.extra.count { return nil }
            i.index += 1
            return i.extra[Int(i.index - 1)]
        case .dictKeys, .dictValues, .dictItems:
            let d = (heap[i.source.objectIndex] as! DictObject).dict
            if Int64(d.count) != i.end {
                i.end = -1
                throw error(.RuntimeError, "dictionary changed size during iteration")
            }
            var idx = Int(i.index)
            while idx < d.entryCount && !d.isLive(idx) { idx += 1 }
            if idx >= d.entryCount { i.index = Int64(idx); return nil }
            i.index = Int64(idx + 1)
            switch i.iterKind {
            case .dictKeys: return d.key(at: idx)
            case .dictValues: return d.value(at: idx)
            default: return makeTuple([d.key(at: idx), d.value(at: idx)])
            }
        case .enumerate, .zip, .filter, .map:
            try enterNative(); defer { nativeDepth -= 1 }
            return try advanceNested(i)
        case .callable:
            return nil
        case .sequence:
            return try sequenceNext(i)
        case .set:
            return try nextInSet(i)
        }
    }

    /// A set iterator's next key. As CPython's, it fails for good once the set's size changed,
    /// and, once exhausted, stays exhausted.
    private func nextInSet(_ i: IteratorObject) throws(PyRaise) -> Value? {
        guard let s = setObject(i.source) else { return nil }
        if Int64(s.count) != i.end {
            i.end = -1
            throw error(.RuntimeError, "Set changed size during iteration")
        }
        guard let (key, next) = s.next(from: Int(i.index)) else { i.source = .none; return nil }
        i.index = Int64(next)
        return key
    }

    /// Iterators that pull from other iterators: nesting them recurses in Swift.
    private func advanceNested(_ i: IteratorObject) throws(PyRaise) -> Value? {
        switch i.iterKind {
        case .enumerate:
            guard let v = try iterNext(i.extra[0]) else { return nil }
            i.index += 1
            return makeTuple([makeIntFromCounter(i, i.index - 1), v])
        case .zip:
            if i.extra.isEmpty { return nil }
            var items: [Value] = []
            for sub in i.extra {
                guard let v = try iterNext(sub) else { return nil }
                items.append(v)
            }
            return makeTuple(items)
        case .filter:
            // filter(None, it) keeps the truthy items; otherwise those the function accepts.
            while let v = try iterNext(i.extra[1]) {
                try nativeIteration()
                let keep = i.extra[0].isNone ? try truthy(v) : try truthy(try call(i.extra[0], [v]))
                if keep { return v }
            }
            return nil
        case .map:
            var items: [Value] = []
            for sub in i.extra.dropFirst() {
                guard let v = try iterNext(sub) else { return nil }
                items.append(v)
            }
            return try call(i.extra[0], items)
        default:
            return nil
        }
    }

    /// Native recursion driven by the program's data (`zip` nested a million deep, the hash of
    /// a tuple nested as deep) gets a RecursionError before it can overflow the stack. CPython
    /// 3.11 has no such check there and crashes somewhere past 150,000 levels.
    static let maxNativeNesting = 100_000

    func enterNative() throws(PyRaise) {
        if nativeDepth >= Self.maxNativeNesting { throw error(.RecursionError, "maximum recursion depth exceeded") }
        nativeDepth += 1
    }

    private func makeIntFromCounter(_ i: IteratorObject, _ n: Int64) -> Value {
        if i.source.tag == .int { return .int(i.source.intValue + n) }
        if let b = bigValue(i.source) { return makeInt(b + BigIntFrom(n)) }
        return .int(n)
    }

    /// Everything an iterable yields, as an array (fast for lists and tuples).
    func iterateToArray(_ v: Value) throws(PyRaise) -> [Value] {
        if v.tag == .object {
            let o = heap[v.objectIndex]
            if o.kind == .list { let items = (o as! ListObject).items; try charge(items.count >> 4); return items }
            if o.kind == .tuple { let items = (o as! TupleObject).items; try charge(items.count >> 4); return items }
            // A range's length is known: a list of it past the memory budget is refused up front.
            if let r = o as? RangeObject {
                let span = r.step > 0 ? r.stop.subtractingReportingOverflow(r.start) : r.start.subtractingReportingOverflow(r.stop)
                try reserve(span.overflow ? Int.max : max(0, Int(span.partialValue)) / Int(clamping: r.step.magnitude), itemBytes: 16)
            }
        }
        let it = try getIter(v)
        var out: [Value] = []
        try forEachItem(it) { x throws(PyRaise) in
            try nativeIteration()
            out.append(x)
            return true
        }
        return out
    }

    func unpack(_ v: Value, count: Int) throws(PyRaise) -> [Value] {
        guard v.tag == .object, heap[v.objectIndex].kind != .native || (try? nativeIter(v)) != nil else {
            throw typeError("cannot unpack non-iterable \(typeName(v)) object")
        }
        if kind(v) == .generator || kind(v) == .iterator {
            var out: [Value] = []
            while let x = try iterNext(v) {
                out.append(x)
                if out.count > count { throw valueError("too many values to unpack (expected \(count))") }
            }
            if out.count < count { throw valueError("not enough values to unpack (expected \(count), got \(out.count))") }
            return out
        }
        let items: [Value]
        do { items = try iterateToArray(v) } catch let e {
            if isInstance(e.exc, .TypeError) { throw typeError("cannot unpack non-iterable \(typeName(v)) object") }
            throw e
        }
        if items.count > count { throw valueError("too many values to unpack (expected \(count))") }
        if items.count < count { throw valueError("not enough values to unpack (expected \(count), got \(items.count))") }
        return items
    }
}

import BigInt
@inline(__always) func BigIntFrom(_ n: Int64) -> BigInt { BigInt(n) }
