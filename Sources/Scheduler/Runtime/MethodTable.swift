/// Native methods: a built-in or Swift-registered type keeps its methods in its namespace,
/// registered once when the type is built. `recv.name(...)` finds them along the receiver's
/// MRO like any attribute, so one table serves `x.append(v)`, `list.append` and
/// `type(x).append`, and no code switches on a method's name.

/// A method's Swift body: the receiver, then the call's arguments.
typealias MethodBody = (VM, Value, BuiltinArgs) throws(PyRaise) -> Value

/// One method of a type.
struct NativeMethod {
    let name: Int32
    let owner: Int32
    let body: MethodBody
    /// Called with a `list`/`str`… subclass's instance itself, not the built-in value it holds
    /// (`list.__iadd__` returns it).
    var takesInstance = false
}

/// Every type's methods, by id.
struct MethodTable {
    private(set) var methods: [NativeMethod] = []

    init() { methods.reserveCapacity(256) }     // the built-in types' and asyncio's

    mutating func append(_ m: NativeMethod) -> Int32 {
        methods.append(m)
        return Int32(methods.count - 1)
    }
}

/// Adds methods to one type: `vm.methods(for: t) { $0.add(.append, ListObject.self) { vm, l, a in … } }`.
struct MethodRegistrar {
    unowned(unsafe) let vm: VM
    let type: Int32

    /// A method whose body reads the receiver as a value.
    func add(_ name: String, _ body: @escaping MethodBody) { add(vm.symbols.intern(name), name, body) }

    /// A method with a well-known name: no interning (most built-in methods have one).
    func add(_ name: Sym, _ body: @escaping MethodBody) { add(name.rawValue, vm.symbols[name.rawValue], body) }

    /// A method of a type whose instances are all `T`s (no user class can subclass it).
    func add<T: PyObject>(_ name: String, _ receiver: T.Type, _ body: @escaping (VM, T, BuiltinArgs) throws(PyRaise) -> Value) {
        add(name, typed(body))
    }

    func add<T: PyObject>(_ name: Sym, _ receiver: T.Type, _ body: @escaping (VM, T, BuiltinArgs) throws(PyRaise) -> Value) {
        add(name, typed(body))
    }

    private func typed<T: PyObject>(_ body: @escaping (VM, T, BuiltinArgs) throws(PyRaise) -> Value) -> MethodBody {
        { vm, recv, a throws(PyRaise) in try body(vm, unsafeDowncast(vm.heap[recv.objectIndex], to: T.self), a) }
    }

    /// The table entry, and its namespace entry: read from the type (`list.append`), the
    /// method takes its receiver as the first argument.
    /// A special method of a built-in type that a subclass's instance reaches with itself as
    /// the receiver (`BuiltinSubclasses.swift`).
    func addTakingInstance(_ name: String, _ body: @escaping MethodBody) {
        add(vm.symbols.intern(name), name, body, takesInstance: true)
    }

    private func add(_ sym: Int32, _ name: String, _ body: @escaping MethodBody, takesInstance: Bool = false) {
        let id = vm.methodTable.append(NativeMethod(name: sym, owner: type, body: body, takesInstance: takesInstance))
        let t = vm.typeObject(type)
        let f = NativeFunction(method: id, name: name, owner: t.name)
        // Room for a few up front: a type's methods are registered one after another at start-up.
        t.attributes.set(sym, vm.alloc(BuiltinObject(fn: .native, receiver: vm.alloc(f))), expected: 16)
    }
}

extension VM {
    /// Registers `t`'s methods (once, when the type is built).
    func methods(for t: Int32, _ register: (MethodRegistrar) -> Void) {
        register(MethodRegistrar(vm: self, type: t))
        classVersion &+= 1
    }

    /// Whether `recv.sym(...)` can dispatch straight to `callMethod` (no bound-method object).
    /// Not inlined: in the interpreter's loop it cost the other instructions registers.
    @inline(never) func hasMethod(_ recv: Value, _ sym: Int32) -> Bool { nativeMethodID(recv, sym) >= 0 }

    func callMethod(_ recv: Value, _ sym: Int32, _ values: [Value]) throws(PyRaise) -> Value {
        try values.withUnsafeBufferPointer { (p) throws(PyRaise) -> Value in try callMethod(recv, sym, p, .none) }
    }

    /// `recv.sym(*args)`: the native method the receiver's type has, else the attribute, called.
    func callMethod(_ recv: Value, _ sym: Int32, _ args: Args, _ kwNames: Value) throws(PyRaise) -> Value {
        let id = nativeMethodID(recv, sym)
        guard id >= 0 else {
            let attr = try getAttr(recv, sym)
            return try call(attr, args, kwNames)
        }
        return try methodTable.methods[Int(id)].body(self, recv, BuiltinArgs(self, args, kwNames))
    }

    /// The id of the native method `recv.sym` resolves to, or -1. The answers share the MRO
    /// lookup cache under keys of their own (`userSpecial`'s are negative).
    @inline(__always) func nativeMethodID(_ recv: Value, _ sym: Int32) -> Int32 {
        let t = methodType(recv)
        if t < 0 { return -1 }
        if let id = attrCache.find(t, sym | VM.methodKey, classVersion) { return Int32(truncatingIfNeeded: id.intValue) }
        return resolveMethod(t, sym)
    }

    /// No program interns 2^30 names.
    private static let methodKey: Int32 = 0x4000_0000

    /// The type whose namespace holds `recv`'s native methods; -1 for values whose methods
    /// are never native (instances of user classes, classes, modules, None).
    @inline(__always) private func methodType(_ recv: Value) -> Int32 {
        switch recv.tag {
        case .int: return BT.int.rawValue
        case .bool: return BT.bool.rawValue
        case .float: return BT.float.rawValue
        case .object: break
        default: return -1
        }
        unowned(unsafe) let o = heap[recv.objectIndex]
        switch o.kind {
        case .instance, .type, .module: return -1
        case .str: return BT.str.rawValue
        case .list: return BT.list.rawValue
        case .dict: return BT.dict.rawValue
        case .native: return unsafeDowncast(o, to: NativeObject.self).typeIndex
        case .generator: return unsafeDowncast(o, to: GeneratorObject.self).isCoroutine ? BT.coroutine.rawValue : BT.generator.rawValue
        default: return typeIndex(recv)
        }
    }

    @inline(never) private func resolveMethod(_ t: Int32, _ sym: Int32) -> Int32 {
        var id: Int32 = -1
        if let v = lookup(typeObject(t), sym), v.tag == .object, case let b = heap[v.objectIndex], b.kind == .builtin {
            let fn = unsafeDowncast(b, to: BuiltinObject.self)
            if fn.fn == .native, let f = heap[fn.receiver.objectIndex] as? NativeFunction { id = f.method }
        }
        attrCache.store(t, sym | VM.methodKey, classVersion, .int(Int64(id)))
        return id
    }

    /// `list.append(xs, 1)`: a method read from its type, called with the receiver first.
    func callUnbound(_ id: Int32, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        let m = methodTable.methods[Int(id)]
        let typeName = typeObject(m.owner).name, name = symbols[m.name]
        guard a.count >= 1 else { throw typeError("unbound method \(typeName).\(name)() needs an argument") }
        guard isSubtype(typeIndex(a[0]), of: m.owner) else {
            throw typeError("descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(self.typeName(a[0]))' object")
        }
        let keywords = a.keywords
        let names = keywords.isEmpty ? Value.none : makeTuple(keywords.map { internString($0.0) })
        let recv = m.takesInstance ? a[0] : builtinValue(of: a[0])
        return try m.body(self, recv, BuiltinArgs(self, UnsafeBufferPointer(rebasing: a.args[1...]), names))
    }
}
