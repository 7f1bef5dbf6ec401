/// Metaclasses: `class Meta(type)`, `class C(metaclass=Meta)`, and `type`'s own methods
/// (`__new__`, `__init__`, `__call__`, `__setattr__`) that a metaclass reaches through `super()`.
/// A class whose metaclass is `type` never comes here: its class statement, attribute reads
/// and calls keep their paths (one compare of `TypeObject.metaclass` each).

extension VM {
    /// The most derived of `meta` and the bases' metaclasses, or CPython's "metaclass conflict".
    func winningMetaclass(_ meta: Int32, _ bases: [Int32]) throws(PyRaise) -> Int32 {
        var winner = meta
        for b in bases {
            let m = typeObject(b).metaclass
            if isSubtype(winner, of: m) { continue }
            if isSubtype(m, of: winner) { winner = m; continue }
            throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// A class statement whose metaclass is a subclass of `type`: `Meta.__prepare__` gives the
    /// namespace the body fills, then `Meta(name, bases, ns, **kw)` makes the class.
    func classFromMetaclass(_ meta: Int32, _ body: FunctionObject, _ name: String, _ given: [Value], _ bases: [Int32],
                            _ keywords: [(String, Value)]) throws(PyRaise) -> Value {
        let metaValue = Value.object(meta)
        let basesValue = makeTuple(bases.map { Value.object($0) })
        var nsValue: Value
        if let prepare = lookup(typeObject(meta), symbols.intern("__prepare__")) {
            let f = try bindAttribute(prepare, instance: .none, owner: metaValue)
            nsValue = try callWithKeywords(f, [str(name), basesValue], keywords)
            // A dict subclass is out of reach (schedviz cannot subclass dict): a plain dict it must be.
            guard kind(nsValue) == .dict else {
                if isUserInstance(nsValue), lookupSpecial(nsValue, Sym.__getitem__.rawValue) != nil {
                    throw error(.NotImplementedError, "schedviz supports __prepare__ returning a dict (not '\(typeName(nsValue))')")
                }
                throw typeError("\(typeObject(meta).name).__prepare__() must return a mapping, not \(typeName(nsValue))")
            }
        } else {
            nsValue = alloc(DictObject())
        }
        try runClassBody(body, nsValue, given)
        return try callWithKeywords(metaValue, [str(name), basesValue, nsValue], keywords)
    }

    /// `class C(metaclass=f)` where `f` is not a class: `f(name, bases, ns, **kw)` is the result.
    func classFromCallable(_ f: Value, _ body: FunctionObject, _ name: String, _ given: [Value], _ bases: [Int32],
                           _ keywords: [(String, Value)]) throws(PyRaise) -> Value {
        let nsValue = alloc(DictObject())
        try runClassBody(body, nsValue, given)
        return try callWithKeywords(f, [str(name), makeTuple(bases.map { Value.object($0) }), nsValue], keywords)
    }

    private func runClassBody(_ body: FunctionObject, _ nsValue: Value, _ given: [Value]) throws(PyRaise) {
        if given.contains(where: { kind($0) != .type }) { try dictSet(dictObject(nsValue), internString("__orig_bases__"), makeTuple(given)) }
        let frame = Frame(code: body.code, function: body)
        frame.namespace = nsValue
        _ = try run(frame)
    }

    /// `type.__new__(meta, name, bases, ns, **kw)` (and `type(name, bases, ns)`).
    func typeNew(_ meta: Int32, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        guard a.count == 3 else {
            if meta == BT.type.rawValue { throw typeError("type() takes 1 or 3 arguments") }
            throw typeError("type.__new__() takes exactly 3 arguments (\(a.count) given)")
        }
        guard kind(a[0]) == .str else { throw typeError("type.__new__() argument 1 must be str, not \(typeName(a[0]))") }
        guard kind(a[1]) == .tuple else { throw typeError("type.__new__() argument 2 must be tuple, not \(typeName(a[1]))") }
        guard kind(a[2]) == .dict else { throw typeError("type.__new__() argument 3 must be dict, not \(typeName(a[2]))") }
        var bases: [Int32] = []
        for b in (heap[a[1].objectIndex] as! TupleObject).items {
            guard kind(b) == .type else { throw typeError("bases must be types") }
            bases.append(Int32(b.objectIndex))
        }
        let winner = try winningMetaclass(meta, bases)
        // A base's metaclass that wins and has a `__new__` of its own makes the class (CPython's type_new).
        if winner != meta, let nf = userSpecial(winner, Sym.__new__.rawValue) {
            let f = try bindAttribute(nf, instance: .none, owner: .object(winner))
            return try callWithKeywords(f, [.object(winner), a[0], a[1], a[2]], a.keywords)
        }
        let ns = DictObject()
        for (k, v) in dictObject(a[2]).dict.pairs { try dictSet(ns, k, v) }
        if try dictGet(ns, internString("__module__")) == nil { try dictSet(ns, internString("__module__"), internString("__main__")) }
        if try dictGet(ns, internString("__qualname__")) == nil { try dictSet(ns, internString("__qualname__"), a[0]) }
        return try makeClass(name: strValue(a[0]), bases: bases, ns: ns, keywords: a.keywords, metaclass: winner)
    }

    /// `C.name` where `C`'s metaclass is a user class: a data descriptor of the metaclass
    /// (a property) first, then `C`'s MRO, then the metaclass's attribute bound to `C`.
    func metaclassGetAttr(_ v: Value, _ t: TypeObject, _ sym: Int32) throws(PyRaise) -> Value? {
        let metaValue = Value.object(t.metaclass)
        let ma = lookup(typeObject(t.metaclass), sym)
        if let ma, isDataDescriptor(ma) { return try bindAttribute(ma, instance: v, owner: metaValue) }
        if let a = lookup(t, sym) { return try bindAttribute(a, instance: .none, owner: v) }
        if let ma { return try bindAttribute(ma, instance: v, owner: metaValue) }
        if let g = userSpecial(t.metaclass, Sym.__getattr__.rawValue), sym != Sym.__getattr__.rawValue {
            return try callBound(g, v, internString(symbols[sym]))
        }
        return nil
    }

    /// `C.name = value` where `C`'s metaclass is a user class: its `__setattr__`, else `type.__setattr__`.
    func metaclassSetAttr(_ v: Value, _ t: TypeObject, _ sym: Int32, _ value: Value) throws(PyRaise) {
        if let sa = userSpecial(t.metaclass, Sym.__setattr__.rawValue) {
            try callBound(sa, v, internString(symbols[sym]), value)
            return
        }
        try typeSetAttr(v, t, sym, value)
    }

    /// `type.__setattr__`: a data descriptor of the metaclass (a property's setter) first.
    func typeSetAttr(_ v: Value, _ t: TypeObject, _ sym: Int32, _ value: Value) throws(PyRaise) {
        if t.metaclass != BT.type.rawValue, let ma = lookup(typeObject(t.metaclass), sym), ma.tag == .object, let p = heap[ma.objectIndex] as? PropertyObject {
            guard !p.fset.isNone else {
                throw error(.AttributeError, "property \(propertyName(p))of '\(typeObject(t.metaclass).name)' object has no setter")
            }
            _ = try call(p.fset, [v, value])
            return
        }
        try classSetAttr(t, sym, value)
    }

    /// CPython's `object.__new__` refuses a class whose `__abstractmethods__` (abc.ABCMeta's) is not empty.
    func refuseAbstract(_ t: TypeObject) throws(PyRaise) {
        guard let a = lookup(t, symbols.intern("__abstractmethods__")), try truthy(a) else { return }
        var names: [String] = []
        for n in try iterateToArray(a) where kind(n) == .str { names.append(strValue(n)) }
        names.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let s = names.count > 1 ? "s" : ""
        throw typeError("Can't instantiate abstract class \(t.name) with abstract method\(s) \(names.joined(separator: ", "))")
    }

    /// `del C.name` where `C`'s metaclass is a user class.
    func metaclassDelAttr(_ v: Value, _ t: TypeObject, _ sym: Int32) throws(PyRaise) {
        if let da = userSpecial(t.metaclass, Sym.__delattr__.rawValue) {
            try callBound(da, v, internString(symbols[sym]))
            return
        }
        try classDelAttr(t, sym)
    }

    /// `type`'s methods a metaclass calls through `super()` or by name (`type.__new__(mcls, …)`).
    func registerTypeMethods() {
        let type = typeObject(BT.type.rawValue)
        method(type, "__new__") { vm, a throws(PyRaise) in
            guard a.count >= 1 else { throw vm.typeError("type.__new__(): not enough arguments") }
            guard vm.kind(a[0]) == .type else { throw vm.typeError("type.__new__(X): X is not a type object (\(vm.typeName(a[0])))") }
            let meta = Int32(a[0].objectIndex)
            guard vm.isSubtype(meta, of: BT.type.rawValue) else {
                let n = vm.typeObject(meta).name
                throw vm.typeError("type.__new__(\(n)): \(n) is not a subtype of type")
            }
            return try vm.typeNew(meta, a.droppingFirst())
        }
        method(type, "__init__") { _, _ in .none }
        method(type, "__call__") { vm, a throws(PyRaise) in
            guard a.count >= 1, vm.kind(a[0]) == .type else { throw vm.typeError("descriptor '__call__' requires a 'type' object") }
            let rest = a.droppingFirst()
            let index = Int32(a[0].objectIndex)
            if vm.typeObject(index).isUser { return try vm.constructInstance(index, rest.args, rest.kwNames(vm)) }
            return try vm.callType(Int(index), rest.args, rest.kwNames(vm))
        }
        method(type, "__setattr__") { vm, a throws(PyRaise) in
            try vm.argCount("__setattr__", a, min: 3, max: 3)
            guard vm.kind(a[0]) == .type, vm.kind(a[1]) == .str else { throw vm.typeError("type.__setattr__ expects a class and a name") }
            try vm.typeSetAttr(a[0], vm.typeObject(Int32(a[0].objectIndex)), vm.symbols.intern(vm.strValue(a[1])), a[2])
            return .none
        }
        method(type, "__delattr__") { vm, a throws(PyRaise) in
            try vm.argCount("__delattr__", a, min: 2, max: 2)
            guard vm.kind(a[0]) == .type, vm.kind(a[1]) == .str else { throw vm.typeError("type.__delattr__ expects a class and a name") }
            try vm.classDelAttr(vm.typeObject(Int32(a[0].objectIndex)), vm.symbols.intern(vm.strValue(a[1])))
            return .none
        }
    }
}
