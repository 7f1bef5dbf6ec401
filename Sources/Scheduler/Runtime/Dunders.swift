/// Where the interpreter and the builtins meet instances of user classes: operators,
/// comparisons, truth, length, items, iteration, hashing and formatting through their
/// special methods, with CPython's reflection rules and messages.
import BigInt

extension VM {
    static let binaryDunders: [(String, String, String)] = [
        ("__add__", "__radd__", "__iadd__"), ("__sub__", "__rsub__", "__isub__"), ("__mul__", "__rmul__", "__imul__"),
        ("__truediv__", "__rtruediv__", "__itruediv__"), ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        ("__mod__", "__rmod__", "__imod__"), ("__pow__", "__rpow__", "__ipow__"), ("__lshift__", "__rlshift__", "__ilshift__"),
        ("__rshift__", "__rrshift__", "__irshift__"), ("__and__", "__rand__", "__iand__"), ("__or__", "__ror__", "__ior__"),
        ("__xor__", "__rxor__", "__ixor__"), ("__matmul__", "__rmatmul__", "__imatmul__"),
    ]

    @inline(__always) func isNotImplemented(_ v: Value) -> Bool { v.tag == .object && v.bits == notImplemented.bits }

    /// `a op b` when either side is a user instance: `__iop__`, then `__op__` and `__rop__`
    /// (the right side first when its class is a subclass that overrides it). Nil: not handled.
    func userBinary(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool) throws(PyRaise) -> Value? {
        let names = binaryDunderSymbols[Int(op.rawValue)]
        if inplace, let f = lookupSpecial(a, names.2) {
            let r = try callBound(f, a, b)
            if !isNotImplemented(r) { return r }
        }
        let ta = typeIndex(a), tb = typeIndex(b)
        let forward = lookupSpecial(a, names.0)
        let reflected = ta == tb ? nil : lookupSpecial(b, names.1)
        // The right side goes first when its class is a subclass that overrides the reflected method.
        if reflected != nil && isSubtype(tb, of: ta) && !reflected!.identical(forward ?? .none) {
            if let r = try binarySide(reflected, b, a) { return r }
            return try binarySide(forward, a, b)
        }
        if let r = try binarySide(forward, a, b) { return r }
        return try binarySide(reflected, b, a)
    }

    /// `x.f(y)`'s result, nil when there is no `f` or it returned NotImplemented.
    @inline(__always) private func binarySide(_ f: Value?, _ x: Value, _ y: Value) throws(PyRaise) -> Value? {
        guard let f else { return nil }
        let r = try callBound(f, x, y)
        return isNotImplemented(r) ? nil : r
    }

    /// `-v`, `+v`, `~v`, `abs(v)` on a user instance.
    func userUnary(_ sym: Sym, _ v: Value) throws(PyRaise) -> Value? {
        guard let f = lookupSpecial(v, sym.rawValue) else { return nil }
        return try callBound(f, v)
    }

    // MARK: - Comparison

    private static func reflected(_ op: CompareOp) -> CompareOp {
        switch op {
        case .lt: return .gt
        case .gt: return .lt
        case .le: return .ge
        case .ge: return .le
        default: return op
        }
    }

    static func dunder(_ op: CompareOp) -> Sym {
        switch op {
        case .lt: return .__lt__
        case .le: return .__le__
        case .gt: return .__gt__
        case .ge: return .__ge__
        case .ne: return .__ne__
        default: return .__eq__
        }
    }

    /// One side's rich comparison: its own method or, for `!=`, the inverse of its `__eq__`.
    private func compareSide(_ op: CompareOp, _ x: Value, _ y: Value) throws(PyRaise) -> Value? {
        if let f = lookupSpecial(x, VM.dunder(op).rawValue) { return try callBound(f, x, y) }
        if op == .ne, let f = lookupSpecial(x, Sym.__eq__.rawValue) {
            let r = try callBound(f, x, y)
            return isNotImplemented(r) ? r : .bool(!(try truthy(r)))
        }
        return nil
    }

    /// `a op b` for the six comparisons when either side is a user instance.
    func richCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyRaise) -> Bool {
        try truthy(try richCompareValue(op, a, b))
    }

    /// The same, with the result as the method returned it (`a == b` is any object).
    func richCompareValue(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyRaise) -> Value {
        let rop = VM.reflected(op)
        let ta = typeIndex(a), tb = typeIndex(b)
        var checkedReflected = false
        if ta != tb, isSubtype(tb, of: ta), lookupSpecial(b, VM.dunder(rop).rawValue) != nil {
            checkedReflected = true
            if let r = try compareSide(rop, b, a), !isNotImplemented(r) { return r }
        }
        if let r = try compareSide(op, a, b), !isNotImplemented(r) { return r }
        return try compareAfterForward(op, a, b, reflectedTried: checkedReflected)
    }

    /// `a op b` once `a`'s side answered NotImplemented (or had no method): `b`'s reflected
    /// side unless it went first, then identity for `==`/`!=`, else CPython's TypeError.
    func compareAfterForward(_ op: CompareOp, _ a: Value, _ b: Value, reflectedTried: Bool = false) throws(PyRaise) -> Value {
        if !reflectedTried, let r = try compareSide(VM.reflected(op), b, a), !isNotImplemented(r) { return r }
        switch op {
        case .eq: return .bool(a.identical(b))
        case .ne: return .bool(!a.identical(b))
        default:
            let sym = ["<", "<=", ">", ">="][[CompareOp.lt, .le, .gt, .ge].firstIndex(of: op)!]
            throw typeError("'\(sym)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    // MARK: - Truth, length, items

    /// `bool(v)` for a user instance: `__bool__`, else `__len__`, else True.
    func userTruth(_ v: Value) throws(PyRaise) -> Bool {
        if let f = lookupSpecial(v, Sym.__bool__.rawValue) {
            let r = try callBound(f, v)
            guard r.tag == .bool else { throw typeError("__bool__ should return bool, returned \(typeName(r))") }
            return r.boolValue
        }
        if lookupSpecial(v, Sym.__len__.rawValue) != nil { return try userLength(v)! != 0 }
        return true
    }

    /// `len(v)` through `__len__`; nil when the class has none.
    func userLength(_ v: Value) throws(PyRaise) -> Int64? {
        guard let f = lookupSpecial(v, Sym.__len__.rawValue) else { return nil }
        let r = try callBound(f, v)
        guard r.tag == .int || r.tag == .bool else {
            if bigValue(r) != nil { throw error(.OverflowError, "cannot fit 'int' into an index-sized integer") }
            throw typeError("'\(typeName(r))' object cannot be interpreted as an integer")
        }
        if r.intValue < 0 { throw valueError("__len__() should return >= 0") }
        return r.intValue
    }

    func userGetItem(_ v: Value, _ key: Value) throws(PyRaise) -> Value? {
        if let f = lookupSpecial(v, Sym.__getitem__.rawValue) { return try callBound(f, v, key) }
        if kind(v) == .type, typeObject(Int32(v.objectIndex)).isUser,
           let g = lookup(typeObject(Int32(v.objectIndex)), symbols.intern("__class_getitem__")) {
            return try call(try bindAttribute(g, instance: .none, owner: v), [key])
        }
        if kind(v) == .type, VM.aliasableTypes.contains(Int32(v.objectIndex)) {
            return try call(try typingHelper("_builtin_alias"), [v, key])
        }
        return nil
    }

    func userSetItem(_ v: Value, _ key: Value, _ value: Value) throws(PyRaise) -> Bool {
        guard let f = lookupSpecial(v, Sym.__setitem__.rawValue) else { return false }
        try callBound(f, v, key, value)
        return true
    }

    func userDelItem(_ v: Value, _ key: Value) throws(PyRaise) -> Bool {
        guard let f = lookupSpecial(v, Sym.__delitem__.rawValue) else { return false }
        try callBound(f, v, key)
        return true
    }

    /// `item in v`: `__contains__`, else iteration; nil when neither applies.
    func userContains(_ v: Value, _ item: Value) throws(PyRaise) -> Bool? {
        if let f = lookupSpecial(v, Sym.__contains__.rawValue) { return try truthy(try callBound(f, v, item)) }
        guard lookupSpecial(v, Sym.__iter__.rawValue) != nil || lookupSpecial(v, Sym.__getitem__.rawValue) != nil else { return nil }
        let it = try getIter(v)
        while let x = try iterNext(it) {
            if x.identical(item) && x.tag != .float { return true }
            if try equals(x, item) { return true }
        }
        return false
    }

    // MARK: - Iteration

    /// `iter(v)`: `__iter__` (which must give an iterator), or the `__getitem__` protocol.
    func userIter(_ v: Value) throws(PyRaise) -> Value? {
        if let f = lookupSpecial(v, Sym.__iter__.rawValue) {
            if f.isNone { throw notIterable(v) }
            let it = try callBound(f, v)
            guard isIterator(it) else { throw typeError("iter() returned non-iterator of type '\(typeName(it))'") }
            return it
        }
        if lookupSpecial(v, Sym.__getitem__.rawValue) != nil {
            let it = IteratorObject(.sequence, source: v)
            return alloc(it)
        }
        return nil
    }

    func isIterator(_ v: Value) -> Bool {
        guard let k = kind(v) else { return false }
        switch k {
        case .iterator: return true
        case .generator: return !(heap[v.objectIndex] as! GeneratorObject).isCoroutine
        case .instance, .exception: return lookupSpecial(v, Sym.__next__.rawValue) != nil
        case .native: return hasMethod(v, Sym.__next__.rawValue)
        default: return false
        }
    }

    /// `next(it)` on a user iterator: nil at StopIteration.
    func userNext(_ it: Value) throws(PyRaise) -> Value? {
        guard let f = lookupSpecial(it, Sym.__next__.rawValue) else { return nil }
        do { return try callBound(f, it) } catch let e {
            if isInstance(e.exc, .StopIteration) { return nil }
            throw e
        }
    }

    /// One step of the `__getitem__` protocol: items 0, 1, 2… until IndexError (or, for
    /// `reversed()`, from the last item down to 0).
    func sequenceNext(_ i: IteratorObject) throws(PyRaise) -> Value? {
        if i.index < 0 { return nil }
        do {
            let v = try getItem(i.source, .int(i.index))
            i.index += i.step
            return v
        } catch let e {
            if isInstance(e.exc, .IndexError) || isInstance(e.exc, .StopIteration) { i.index = -1; return nil }
            throw e
        }
    }

    // MARK: - Conversions

    /// `float(v)` for a user instance: `__float__` (which must give a float), else `__index__`.
    func userFloat(_ v: Value) throws(PyRaise) -> Double? {
        if let f = lookupSpecial(v, Sym.__float__.rawValue) {
            let r = try callBound(f, v)
            guard r.tag == .float else { throw typeError("\(typeName(v)).__float__ returned non-float (type \(typeName(r)))") }
            return r.floatValue
        }
        guard let i = try userIndex(v) else { return nil }
        return try toDouble(i)
    }

    /// `int(v)` for a user instance: `__int__`, else `__index__` (each must give an int).
    func userInt(_ v: Value) throws(PyRaise) -> Value? {
        if let f = lookupSpecial(v, Sym.__int__.rawValue) {
            let r = try callBound(f, v)
            guard isIntLike(r) else { throw typeError("__int__ returned non-int (type \(typeName(r)))") }
            return r.tag == .bool ? .int(r.intValue) : r
        }
        return try userIndex(v)
    }

    /// `operator.index(v)` for a user instance: its `__index__`, which must give an int.
    func userIndex(_ v: Value) throws(PyRaise) -> Value? {
        guard let f = lookupSpecial(v, Sym.__index__.rawValue) else { return nil }
        let r = try callBound(f, v)
        guard isIntLike(r) else { throw typeError("__index__ returned non-int (type \(typeName(r)))") }
        return r.tag == .bool ? .int(r.intValue) : r
    }

    // MARK: - Hash, format, context managers, await

    /// `hash(v)` for a user instance: its `__hash__` (None: unhashable), or nil for the default.
    func userHash(_ v: Value) throws(PyRaise) -> Int64? {
        guard let f = lookupSpecial(v, Sym.__hash__.rawValue) else { return nil }
        if f.isNone { throw typeError("unhashable type: '\(typeName(v))'") }
        let r = try callBound(f, v)
        guard let b = bigValue(r) else { throw typeError("__hash__ method should return an integer") }
        if r.tag == .int || r.tag == .bool { return r.intValue == -1 ? -2 : r.intValue }
        let m = (BigInt(1) << 61) - 1
        let x = b < 0 ? -((-b) % m) : b % m
        return x == -1 ? -2 : Int64(x)
    }

    func userFormat(_ v: Value, _ spec: String) throws(PyRaise) -> String? {
        guard let f = lookupSpecial(v, Sym.__format__.rawValue) else { return nil }
        let r = try callBound(f, v, str(spec))
        guard kind(r) == .str else { throw typeError("__format__ must return a str, not \(typeName(r))") }
        return strValue(r)
    }

    /// `with v:` / `async with v:` on a user instance: the bound exit and what enter returned.
    func userEnter(_ v: Value, isAsync: Bool) throws(PyRaise) -> (Value, Value)? {
        let enterSym = isAsync ? Sym.__aenter__ : Sym.__enter__
        let exitSym = isAsync ? Sym.__aexit__ : Sym.__exit__
        guard isUserInstance(v) else { return nil }
        guard let enter = lookupSpecial(v, enterSym.rawValue) else {
            let what = isAsync ? "the asynchronous context manager protocol" : "the context manager protocol"
            throw typeError("'\(typeName(v))' object does not support \(what)")
        }
        guard let exit = lookupSpecial(v, exitSym.rawValue) else {
            let what = isAsync ? "the asynchronous context manager protocol (missed __aexit__ method)" : "the context manager protocol (missed __exit__ method)"
            throw typeError("'\(typeName(v))' object does not support \(what)")
        }
        let boundExit = try bindAttribute(exit, instance: v, owner: .object(typeIndex(v)))
        return (boundExit, try callBound(enter, v))
    }

    /// `await v` on a user instance: the iterator its `__await__` returns.
    func userAwait(_ v: Value) throws(PyRaise) -> Value? {
        guard let f = lookupSpecial(v, Sym.__await__.rawValue) else { return nil }
        let it = try callBound(f, v)
        if let g = gen(it), g.isCoroutine { throw typeError("__await__() returned a coroutine") }
        guard isIterator(it) else { throw typeError("__await__() returned non-iterator of type '\(typeName(it))'") }
        return it
    }
}
