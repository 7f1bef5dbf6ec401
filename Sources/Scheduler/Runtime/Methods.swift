/// The methods of the small built-in types (numbers, functions, exceptions, generators and
/// coroutines), registered with the others' at start-up, and attribute reads and writes.
import BigInt

extension VM {
    /// Every built-in type's methods, into its namespace (MethodTable.swift).
    func registerBuiltinMethods() {
        methods(for: BT.int.rawValue) { m in
            m.add(.bit_length) { vm, recv, _ in
                if recv.tag == .object { return .int(Int64(unsafeDowncast(vm.heap[recv.objectIndex], to: BigIntObject.self).value.magnitude.bitWidth)) }
                return .int(Int64(recv.intValue.magnitude.bitWidth - recv.intValue.magnitude.leadingZeroBitCount))
            }
            m.add(.as_integer_ratio) { vm, recv, _ in
                vm.makeTuple([recv.tag == .bool ? .int(recv.bits != 0 ? 1 : 0) : recv, .int(1)])
            }
        }
        methods(for: BT.float.rawValue) { m in
            m.add(.is_integer) { _, recv, _ in
                let d = recv.floatValue
                return .bool(d.isFinite && d == d.rounded())
            }
            m.add(.as_integer_ratio) { vm, recv, _ throws(PyRaise) in
                let (n, d) = try vm.floatRatio(recv.floatValue)
                return vm.makeTuple([vm.makeInt(n), vm.makeInt(d)])
            }
        }
        methods(for: BT.function.rawValue) { m in
            // `f.__get__(obj, cls)`: functions are the descriptors methods are made of.
            m.add(.__get__) { vm, recv, a throws(PyRaise) in
                try vm.argCount("__get__", a, min: 1, max: 2)
                if a[0].isNone && (a.count < 2 || a[1].isNone) { throw vm.typeError("__get__(None, None) is invalid") }
                return a[0].isNone ? recv : vm.alloc(BoundMethodObject(function: recv, receiver: a[0]))
            }
        }
        methods(for: BT.BaseException.rawValue) { m in
            m.add(.with_traceback) { _, recv, _ in recv }
            m.add(.add_note) { vm, recv, a throws(PyRaise) in try vm.addNote(recv, a) }
        }
        registerExceptionGroupMethods()
        registerGeneratorMethods()
        registerStrMethods()
        registerContainerMethods()
        registerSetMethods()
    }

    // MARK: - Attributes

    func getAttr(_ v: Value, _ sym: Int32) throws(PyRaise) -> Value {
        if v.tag == .object {
            unowned(unsafe) let o = heap[v.objectIndex]
            switch o.kind {
            case .instance: return try instanceGetAttr(v, unsafeDowncast(o, to: InstanceObject.self), sym)
            case .exception:
                let e = unsafeDowncast(o, to: ExceptionObject.self)
                if typeObject(e.type).isUser {
                    if let g = userSpecial(e.type, Sym.__getattribute__.rawValue) { return try callBound(g, v, internString(symbols[sym])) }
                    if let a = try userExceptionGetAttr(v, e, sym) { return a }
                    do { return try rawGetAttr(v, sym) } catch let err {
                        guard isInstance(err.exc, .AttributeError), let g = userSpecial(e.type, Sym.__getattr__.rawValue) else { throw err }
                        return try callBound(g, v, internString(symbols[sym]))
                    }
                }
            case .type:
                if let a = try classGetAttr(v, unsafeDowncast(o, to: TypeObject.self), sym) { return a }
            case .function:
                if let a = try ownAttribute(o, sym) { return a }
                if sym == Sym.__dict__.rawValue { return try ownDict(o)! }
            case .boundMethod:
                let m = unsafeDowncast(o, to: BoundMethodObject.self)
                if sym == Sym.__func__.rawValue { return m.function }
                if sym == Sym.__self__.rawValue { return m.receiver }
                if sym != Sym.__class__.rawValue { return try getAttr(m.function, sym) }
            default: break
            }
        }
        return try rawGetAttr(v, sym)
    }

    /// The built-in attributes of `v` (`object.__getattribute__` for built-in types).
    func rawGetAttr(_ v: Value, _ sym: Int32) throws(PyRaise) -> Value {
        if v.tag == .object, heap[v.objectIndex].kind == .instance {
            if let a = try genericGetAttr(v, unsafeDowncast(heap[v.objectIndex], to: InstanceObject.self), sym) { return a }
            throw noAttribute(v, sym)
        }
        // A module has no methods: its attributes first (`random.random`, `asyncio.sleep`).
        if v.tag == .object, heap[v.objectIndex].kind == .module {
            let m = unsafeDowncast(heap[v.objectIndex], to: ModuleObject.self)
            if let a = try moduleAttribute(m, sym) { return a }
            throw attributeError(v, sym, "module '\(m.name)' has no attribute '\(symbols[sym])'")
        }
        if hasMethod(v, sym) { return alloc(BuiltinObject(fn: .boundMethod, receiver: v, symbol: sym)) }
        if let a = numberAttribute(v, sym) { return a }
        if v.tag == .object {
            let o = heap[v.objectIndex]
            switch o.kind {
            case .exception:
                let e = o as! ExceptionObject
                switch Sym(rawValue: sym) {
                case .args: return makeTuple(e.args)
                case .value where e.type == BT.StopIteration.rawValue: return e.args.first ?? .none
                case .message where e.groupMessage.tag == .object: return e.groupMessage
                case .exceptions where e.groupExceptions.tag == .object: return e.groupExceptions
                case .__cause__: return e.cause
                case .__context__: return e.context
                case .__suppress_context__: return .bool(e.suppressContext)
                case .__traceback__: return .none
                case .__class__: return .object(e.type)
                case .__dict__: return try ownDict(e)!
                default:
                    if let a = try ownAttribute(e, sym) { return a }
                    if symbols[sym] == "code" && isInstance(v, .SystemExit) { return systemExitCode(e) }
                }
            case .asyncGenerator:
                if let a = asyncGenAttribute(o as! GeneratorObject, sym) { return a }
            case .generator:
                let g = o as! GeneratorObject
                switch Sym(rawValue: sym) {
                case .gi_running, .cr_running: return .bool(g.state == .running)
                case .gi_yieldfrom, .cr_await:
                    guard g.state == .suspended && g.frame.delegating else { return .none }
                    noteEscape(g.frame.delegate)
                    return g.frame.delegate
                case .__name__: return str(g.name)
                case .__qualname__: return str(g.qualname)
                default: break
                }
            case .function:
                let f = o as! FunctionObject
                switch Sym(rawValue: sym) {
                case .__name__: return str(f.name)
                case .__qualname__: return str(f.qualname)
                case .__module__:
                    if f.module.tag != .unbound { return f.module }
                    // A standard module's function (`File "<functools>"`) is that module's.
                    let inner = String(f.code.file.dropFirst().dropLast())
                    return internString(f.code.file.hasPrefix("<") && VM.sourceModuleText(inner) != nil ? inner : "__main__")
                case .__doc__: return f.doc.tag != .unbound ? f.doc : f.code.doc.map { str($0) } ?? .none
                default:
                    if symbols[sym] == "__defaults__" { return f.defaults.isEmpty ? .none : makeTuple(f.defaults) }
                    if symbols[sym] == "__kwdefaults__" { return try keywordDefaults(f) }
                    if sym == Sym.__annotations__.rawValue {
                        // Made empty on first read and kept, as CPython's `func_get_annotations`.
                        if f.annotations.tag == .unbound { f.annotations = alloc(DictObject()) }
                        return f.annotations
                    }
                }
            case .builtin:
                let b = unsafeDowncast(o, to: BuiltinObject.self)
                if sym == Sym.__name__.rawValue { return str(builtinName(b)) }
                if sym == Sym.__qualname__.rawValue {
                    if b.fn == .boundMethod { return str("\(typeName(b.receiver)).\(builtinName(b))") }
                    if b.fn == .native, let owner = (heap[b.receiver.objectIndex] as? NativeFunction)?.ownerName { return str("\(owner).\(builtinName(b))") }
                    return str(builtinName(b))
                }
            case .type:
                if sym == Sym.__name__.rawValue || sym == Sym.__qualname__.rawValue { return str((o as! TypeObject).name) }
                if let a = nativeTypeAttribute(Int32(v.objectIndex), sym) { return a }
            case .range:
                let r = o as! RangeObject
                switch Sym(rawValue: sym) {
                case .start: return .int(r.start)
                case .stop: return .int(r.stop)
                case .step: return .int(r.step)
                default: break
                }
            case .native:
                if let a = try nativeGetAttr(v, sym) { return a }
            default: break
            }
        }
        if sym == Sym.__class__.rawValue { return .object(typeIndex(v)) }
        if kind(v) == .type { throw noAttribute(v, sym) }
        // What the value's type (and `object`) keep in their namespaces: `{}.fromkeys`, `(1).__eq__`.
        let t = typeIndex(v)
        if let a = lookup(typeObject(t), sym) { return try bindAttribute(a, instance: v, owner: .object(t)) }
        throw noAttribute(v, sym)
    }

    func setAttr(_ v: Value, _ sym: Int32, _ value: Value) throws(PyRaise) {
        if v.tag == .object {
            unowned(unsafe) let o = heap[v.objectIndex]
            if isUserInstance(v) { return try userSetAttr(v, o, typeIndex(v), sym, value) }
            if o.kind == .type {
                unowned(unsafe) let t = unsafeDowncast(o, to: TypeObject.self)
                if t.metaclass != BT.type.rawValue { return try metaclassSetAttr(v, t, sym, value) }
            }
        }
        try rawSetAttr(v, sym, value)
    }

    /// `object.__setattr__`: no user `__setattr__` consulted.
    func rawSetAttr(_ v: Value, _ sym: Int32, _ value: Value) throws(PyRaise) {
        if v.tag == .object {
            let o = heap[v.objectIndex]
            if isUserInstance(v) { return try genericSetAttr(v, o, typeIndex(v), sym, value) }
            if o.kind == .type { return try classSetAttr(unsafeDowncast(o, to: TypeObject.self), sym, value) }
            if o.kind == .module, setSysStream(unsafeDowncast(o, to: ModuleObject.self), sym, value) { return }
            if o.kind == .function, sym != Sym.__name__.rawValue {
                let f = unsafeDowncast(o, to: FunctionObject.self)
                if sym == Sym.__qualname__.rawValue {
                    guard kind(value) == .str else { throw typeError("__qualname__ must be set to a string object") }
                    f.qualnameSet = strValue(value)
                    return
                }
                if sym == Sym.__doc__.rawValue { f.doc = value; return }
                if sym == Sym.__module__.rawValue { f.module = value; return }
                if sym == Sym.__annotations__.rawValue {
                    guard kind(value) == .dict else { throw typeError("__annotations__ must be set to a dict object") }
                    f.annotations = value
                    return
                }
                _ = try setOwnAttribute(o, sym, value)
                return
            }
            if let f = o as? FunctionObject, sym == Sym.__name__.rawValue {
                guard kind(value) == .str else { throw typeError("__name__ must be set to a string object") }
                f.name = (heap[value.objectIndex] as! StrObject).value
                return
            }
            if let e = o as? ExceptionObject {
                if try !setExceptionMember(e, sym, value) { _ = try setOwnAttribute(e, sym, value) }
                return
            }
            if o.kind == .native, try nativeSetAttr(v, sym, value) { return }
        }
        throw cannotSet(v, sym)
    }

    /// Writes one of the members every exception has (`args`, `__cause__`, …); false for other names.
    func setExceptionMember(_ e: ExceptionObject, _ sym: Int32, _ value: Value) throws(PyRaise) -> Bool {
        switch Sym(rawValue: sym) {
        case .args: e.args = try iterateToArray(value)
        case .__cause__: e.cause = value; e.suppressContext = true
        case .__context__: e.context = value
        case .message, .exceptions:
            guard e.groupExceptions.tag != .object else { throw error(.AttributeError, "readonly attribute") }
            return false
        default: return false
        }
        return true
    }

    /// Setting or deleting an attribute of an object that has no `__dict__`: CPython calls a
    /// method's name read-only and any other name missing.
    func cannotSet(_ v: Value, _ sym: Int32) -> PyRaise {
        if kind(v) == .boundMethod && (sym == Sym.__func__.rawValue || sym == Sym.__self__.rawValue) {
            return error(.AttributeError, "readonly attribute")
        }
        if isBuiltinInstance(v) && hasMethod(v, sym) {
            return error(.AttributeError, "'\(typeName(v))' object attribute '\(symbols[sym])' is read-only")
        }
        return error(.AttributeError, "'\(typeName(v))' object has no attribute '\(symbols[sym])'")
    }

    /// `f.__kwdefaults__`: the keyword-only parameters that have defaults, or None.
    private func keywordDefaults(_ f: FunctionObject) throws(PyRaise) -> Value {
        let d = DictObject()
        for (i, v) in f.kwDefaults.enumerated() where v.tag != .unbound {
            try dictSet(d, internString(f.code.localNames[f.code.argCount + i]), v)
        }
        return d.dict.count == 0 ? .none : alloc(d)
    }

    private func isBuiltinInstance(_ v: Value) -> Bool {
        guard let k = kind(v) else { return true }
        return k != .function && k != .native
    }
}
