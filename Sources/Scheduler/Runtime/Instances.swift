/// Attributes of user classes and their instances, as `object.__getattribute__`,
/// `object.__setattr__` and `type.__getattribute__` find them: data descriptors first, then
/// the object's own attributes, then the class's (functions bound to the instance).

extension VM {
    // MARK: - Own attributes

    /// Runs `body` on `o`'s own attributes, if objects of its kind have any.
    func withAttributes<R>(_ o: PyObject, _ body: (inout Attributes) throws(PyRaise) -> R) throws(PyRaise) -> R? {
        switch o.kind {
        case .instance: return try body(&unsafeDowncast(o, to: InstanceObject.self).attributes)
        case .exception: return try body(&unsafeDowncast(o, to: ExceptionObject.self).attributes)
        case .function: return try body(&unsafeDowncast(o, to: FunctionObject.self).attributes)
        case .type: return try body(&unsafeDowncast(o, to: TypeObject.self).attributes)
        default: return nil
        }
    }

    func ownAttribute(_ o: PyObject, _ sym: Int32) throws(PyRaise) -> Value? {
        let found: Value?? = try withAttributes(o) { (a) throws(PyRaise) -> Value? in
            if a.dict.tag == .object { return try dictGet(dictObject(a.dict), internString(symbols[sym])) }
            return a[sym]
        }
        return found ?? nil
    }

    /// Sets an own attribute; false if objects of `o`'s kind have none.
    func setOwnAttribute(_ o: PyObject, _ sym: Int32, _ value: Value) throws(PyRaise) -> Bool {
        try withAttributes(o) { (a) throws(PyRaise) in
            if a.dict.tag == .object { try dictSet(dictObject(a.dict), internString(symbols[sym]), value) } else { a[sym] = value }
        } != nil
    }

    /// Deletes an own attribute; false if there was none.
    func deleteOwnAttribute(_ o: PyObject, _ sym: Int32) throws(PyRaise) -> Bool {
        try withAttributes(o) { (a) throws(PyRaise) -> Bool in
            if a.dict.tag == .object { return try dictRemove(dictObject(a.dict), internString(symbols[sym])) != nil }
            if a[sym] == nil { return false }
            a[sym] = nil
            return true
        } ?? false
    }

    /// `obj.__dict__`: a real dict from now on holds the object's attributes (its slots stay apart).
    func ownDict(_ o: PyObject) throws(PyRaise) -> Value? {
        let owner: Int32? = switch o.kind {
        case .instance: unsafeDowncast(o, to: InstanceObject.self).type
        case .exception: unsafeDowncast(o, to: ExceptionObject.self).type
        default: nil
        }
        return try withAttributes(o) { (a) throws(PyRaise) -> Value in
            if a.dict.tag == .object { return a.dict }
            let d = DictObject()
            var moved: [Int32] = []
            for e in a.entries {
                if let owner, isSlot(owner, e.sym) { continue }
                try dictSet(d, internString(symbols[e.sym]), e.value)
                moved.append(e.sym)
            }
            for k in moved { a[k] = nil }
            a.dict = alloc(d)
            return a.dict
        }
    }

    func dictObject(_ v: Value) -> DictObject { unsafeDowncast(heap[v.objectIndex], to: DictObject.self) }

    // MARK: - Reading

    /// `inst.name` for an instance of a user class (object layout).
    func instanceGetAttr(_ v: Value, _ inst: InstanceObject, _ sym: Int32) throws(PyRaise) -> Value {
        if let ga = userSpecial(inst.type, Sym.__getattribute__.rawValue) {
            do { return try callBound(ga, v, internString(symbols[sym])) } catch let e {
                guard isInstance(e.exc, .AttributeError), let g = userSpecial(inst.type, Sym.__getattr__.rawValue) else { throw e }
                return try callBound(g, v, internString(symbols[sym]))
            }
        }
        guard let g = userSpecial(inst.type, Sym.__getattr__.rawValue) else {
            if let a = try genericGetAttr(v, inst, sym) { return a }
            throw noAttribute(v, sym)
        }
        // `__getattr__` also answers an AttributeError raised while looking (a property's getter).
        do { if let a = try genericGetAttr(v, inst, sym) { return a } } catch let e {
            guard isInstance(e.exc, .AttributeError) else { throw e }
        }
        return try callBound(g, v, internString(symbols[sym]))
    }

    /// `object.__getattribute__` on an instance; nil when it has no such attribute.
    func genericGetAttr(_ v: Value, _ inst: InstanceObject, _ sym: Int32) throws(PyRaise) -> Value? {
        unowned(unsafe) let t = typeObject(inst.type)
        let ta = lookup(t, sym)
        if let ta, isDataDescriptor(ta) { return try bindAttribute(ta, instance: v, owner: .object(inst.type)) }
        if inst.attributes.dict.tag != .object {
            if let own = inst.attributes[sym] { return own }
        } else if let own = try ownAttribute(inst, sym) { return own }
        if let ta { return try bindAttribute(ta, instance: v, owner: .object(inst.type)) }
        if sym == Sym.__dict__.rawValue, t.slotNames == nil { return try ownDict(inst) }
        if sym == Sym.__class__.rawValue { return .object(inst.type) }
        return nil
    }

    /// A user exception's attribute, before the built-in ones (`args`, `__cause__`…); nil to go on.
    func userExceptionGetAttr(_ v: Value, _ e: ExceptionObject, _ sym: Int32) throws(PyRaise) -> Value? {
        let ta = lookup(typeObject(e.type), sym)
        if let ta, isDataDescriptor(ta) { return try bindAttribute(ta, instance: v, owner: .object(e.type)) }
        if let own = try ownAttribute(e, sym) { return own }
        if sym == Sym.__dict__.rawValue { return try ownDict(e) }
        if let ta, userSpecial(e.type, sym) != nil { return try bindAttribute(ta, instance: v, owner: .object(e.type)) }
        return nil
    }

    /// `C.name` for a class: its MRO's attribute (functions stay functions, classmethods bind
    /// to the class), or one of the attributes every class has.
    func classGetAttr(_ v: Value, _ t: TypeObject, _ sym: Int32) throws(PyRaise) -> Value? {
        switch Sym(rawValue: sym) {
        case .__name__: return str(t.name)
        case .__qualname__: return str(t.qualname)
        case .__mro__: return makeTuple(t.mro.map { Value.object($0) })
        case .__bases__: return makeTuple(t.bases.map { Value.object($0) })
        case .__base__: return t.base >= 0 ? .object(t.base) : Value.none
        case .__class__: return typeValue(.type)
        case .__dict__:
            let d = DictObject()
            if t.isUser { try dictSet(d, internString("__module__"), internString(t.module)) }
            for e in t.attributes.entries where e.sym != Sym.__module__.rawValue {
                try dictSet(d, internString(symbols[e.sym]), e.value)
            }
            return alloc(MappingProxyObject(vm: self, alloc(d)))
        case .__doc__ where !t.isUser: return Value.none
        case .__module__ where !t.isUser:
            if BT(rawValue: Int32(v.objectIndex)) != nil { return internString("builtins") }
            // A registered type's qualified name says its module (`_asyncio.Future`).
            let q = nativeTypes[Int32(v.objectIndex)]?.qualifiedName ?? ""
            return internString(q.contains(".") ? String(q[..<q.lastIndex(of: ".")!]) : "__main__")
        case .__annotations__ where t.isUser:
            // A class's own annotations only, made empty on first read (CPython 3.10's `type_get_annotations`).
            if let own = t.attributes[sym] { return own }
            let d = alloc(DictObject())
            t.attributes[sym] = d
            classVersion &+= 1
            return d
        default: break
        }
        guard let a = lookup(t, sym) else { return nil }
        return try bindAttribute(a, instance: .none, owner: v)
    }

    func noAttribute(_ v: Value, _ sym: Int32) -> PyRaise {
        if kind(v) == .type { return attributeError(v, sym, "type object '\(typeObject(Int32(v.objectIndex)).name)' has no attribute '\(symbols[sym])'") }
        return attributeError(v, sym, "'\(typeName(v))' object has no attribute '\(symbols[sym])'")
    }

    /// Whether a class attribute takes precedence over the instance's own (`__set__`/`__delete__`).
    func isDataDescriptor(_ a: Value) -> Bool {
        guard a.tag == .object else { return false }
        unowned(unsafe) let o = heap[a.objectIndex]
        if o.kind == .native {
            let t = unsafeDowncast(o, to: NativeObject.self).typeIndex
            return t == objectModel.property || t == objectModel.memberDescriptor
        }
        guard o.kind == .instance else { return false }
        let t = unsafeDowncast(o, to: InstanceObject.self).type
        return userSpecial(t, Sym.__set__.rawValue) != nil || userSpecial(t, Sym.__delete__.rawValue) != nil
    }

    /// What a class attribute `a` becomes when read through `instance` (`.none` when read
    /// through the class `owner`): the descriptor protocol.
    func bindAttribute(_ a: Value, instance: Value, owner: Value) throws(PyRaise) -> Value {
        guard a.tag == .object else { return a }
        let o = heap[a.objectIndex]
        switch o.kind {
        case .function:
            return instance.isNone ? a : alloc(BoundMethodObject(function: a, receiver: instance))
        case .builtin:
            // A Swift method of a built-in class (`object.__init__`) binds like a function.
            let b = unsafeDowncast(o, to: BuiltinObject.self)
            if b.fn == .native, !instance.isNone, case let r = heap[b.receiver.objectIndex], type(of: r) == NativeFunction.self,
               unsafeDowncast(r, to: NativeFunction.self).isMethod {
                return alloc(BoundMethodObject(function: a, receiver: instance))
            }
            return a
        case .instance:
            guard let get = userSpecial(unsafeDowncast(o, to: InstanceObject.self).type, Sym.__get__.rawValue) else { return a }
            return try callBound(get, a, instance, owner)
        case .native:
            // Slots first: the typical `__slots__` class reads them in its inner loops.
            if unsafeDowncast(o, to: NativeObject.self).typeIndex == objectModel.memberDescriptor {
                let m = unsafeDowncast(o, to: MemberDescriptor.self)
                return instance.isNone ? a : try readSlot(m, instance)
            }
            if let p = o as? PropertyObject {
                if instance.isNone { return a }
                guard !p.fget.isNone else {
                    throw error(.AttributeError, "property \(propertyName(p))of '\(typeName(instance))' object has no getter")
                }
                return try withPrefixed(instance, Args(start: nil, count: 0)) { (args) throws(PyRaise) in try call(p.fget, args, .none) }
            }
            if let c = o as? ClassMethodObject {
                let cls = instance.isNone ? owner : .object(typeIndex(instance))
                return alloc(BoundMethodObject(function: c.function, receiver: cls))
            }
            if let s = o as? StaticMethodObject { return s.function }
            if let m = o as? MemberDescriptor { return instance.isNone ? a : try readSlot(m, instance) }
            return a
        default:
            return a
        }
    }

    /// How CPython 3.11 names a property in its errors: by the name its class gave it
    /// (`__set_name__`), or not at all.
    func propertyName(_ p: PropertyObject) -> String {
        p.name.map { "'\($0)' " } ?? ""
    }

    // MARK: - Writing

    /// `obj.name = value` for instances of user classes (and user exceptions).
    func userSetAttr(_ v: Value, _ o: PyObject, _ typeIndex: Int32, _ sym: Int32, _ value: Value) throws(PyRaise) {
        if let sa = userSpecial(typeIndex, Sym.__setattr__.rawValue) {
            try callBound(sa, v, internString(symbols[sym]), value)
            return
        }
        try genericSetAttr(v, o, typeIndex, sym, value)
    }

    /// `object.__setattr__`.
    func genericSetAttr(_ v: Value, _ o: PyObject, _ typeIndex: Int32, _ sym: Int32, _ value: Value) throws(PyRaise) {
        if o.kind == .exception, try setExceptionMember(unsafeDowncast(o, to: ExceptionObject.self), sym, value) { return }
        unowned(unsafe) let t = typeObject(typeIndex)
        if let ta = lookup(t, sym), ta.tag == .object {
            unowned(unsafe) let d = heap[ta.objectIndex]
            if d.kind == .native && unsafeDowncast(d, to: NativeObject.self).typeIndex == objectModel.memberDescriptor {
                return try writeSlot(unsafeDowncast(d, to: MemberDescriptor.self), v, value)
            }
            if let p = d as? PropertyObject {
                guard !p.fset.isNone else {
                    throw error(.AttributeError, "property \(propertyName(p))of '\(t.name)' object has no setter")
                }
                _ = try call(p.fset, [v, value])
                return
            }
            if let m = d as? MemberDescriptor { return try writeSlot(m, v, value) }
            if d.kind == .instance, let set = userSpecial(unsafeDowncast(d, to: InstanceObject.self).type, Sym.__set__.rawValue) {
                try callBound(set, ta, v, value)
                return
            }
        }
        if let slots = t.slotNames, !slots.contains(sym) {
            if lookup(t, sym) != nil {
                throw error(.AttributeError, "'\(t.name)' object attribute '\(symbols[sym])' is read-only")
            }
            throw error(.AttributeError, "'\(t.name)' object has no attribute '\(symbols[sym])'")
        }
        if o.kind == .instance {
            unowned(unsafe) let inst = unsafeDowncast(o, to: InstanceObject.self)
            if inst.attributes.dict.tag != .object && sym != Sym.__class__.rawValue && sym != Sym.__dict__.rawValue {
                inst.attributes.set(sym, value, expected: t.instanceSize)
                if inst.attributes.count > t.instanceSize { t.instanceSize = inst.attributes.count }
                return
            }
        }
        if sym == Sym.__class__.rawValue { throw typeError("__class__ assignment is not supported by schedviz") }
        if sym == Sym.__dict__.rawValue {
            guard kind(value) == .dict else { throw typeError("__dict__ must be set to a dictionary, not a '\(typeName(value))'") }
            _ = try withAttributes(o) { (a) throws(PyRaise) in a.removeAll(); a.dict = value }
            return
        }
        _ = try setOwnAttribute(o, sym, value)
    }

    /// `del obj.name` for instances of user classes.
    func userDelAttr(_ v: Value, _ o: PyObject, _ typeIndex: Int32, _ sym: Int32) throws(PyRaise) {
        if let da = userSpecial(typeIndex, Sym.__delattr__.rawValue) {
            try callBound(da, v, internString(symbols[sym]))
            return
        }
        try genericDelAttr(v, o, typeIndex, sym)
    }

    func genericDelAttr(_ v: Value, _ o: PyObject, _ typeIndex: Int32, _ sym: Int32) throws(PyRaise) {
        let t = typeObject(typeIndex)
        if let ta = lookup(t, sym), ta.tag == .object {
            let d = heap[ta.objectIndex]
            if let p = d as? PropertyObject {
                guard !p.fdel.isNone else {
                    throw error(.AttributeError, "property \(propertyName(p))of '\(t.name)' object has no deleter")
                }
                _ = try call(p.fdel, [v])
                return
            }
            if let m = d as? MemberDescriptor { return try writeSlot(m, v, nil) }
            if d.kind == .instance, let del = userSpecial(unsafeDowncast(d, to: InstanceObject.self).type, Sym.__delete__.rawValue) {
                try callBound(del, ta, v)
                return
            }
        }
        if try !deleteOwnAttribute(o, sym) {
            throw error(.AttributeError, t.slotNames != nil && t.slotNames!.contains(sym) ? symbols[sym] : "'\(t.name)' object has no attribute '\(symbols[sym])'")
        }
    }

    /// `C.name = value` on a user class.
    func classSetAttr(_ t: TypeObject, _ sym: Int32, _ value: Value) throws(PyRaise) {
        guard t.isUser else { throw typeError("cannot set '\(symbols[sym])' attribute of immutable type '\(t.name)'") }
        if sym == Sym.__name__.rawValue, kind(value) == .str { t.name = strValue(value); return }
        if sym == Sym.__qualname__.rawValue, kind(value) == .str { t.qualname = strValue(value); return }
        if sym == Sym.__module__.rawValue, kind(value) == .str { t.module = strValue(value) }
        t.attributes[sym] = value
        classVersion &+= 1
    }

    func classDelAttr(_ t: TypeObject, _ sym: Int32) throws(PyRaise) {
        guard t.isUser else { throw typeError("cannot delete '\(symbols[sym])' attribute of immutable type '\(t.name)'") }
        guard t.attributes[sym] != nil else { throw error(.AttributeError, "type object '\(t.name)' has no attribute '\(symbols[sym])'") }
        t.attributes[sym] = nil
        classVersion &+= 1
    }
}
