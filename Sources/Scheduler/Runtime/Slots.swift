/// `__slots__`: each name a class lists becomes a member descriptor in its namespace, and the
/// values live beside the instance's `__dict__` (never in it).

/// `C.x` for a slot `x` of `C`: reads, writes and deletes the instance's slot.
final class MemberDescriptor: NativeClass {
    let name: Int32
    let owner: Int32
    init(vm: VM, name: Int32, owner: Int32) {
        self.name = name; self.owner = owner
        super.init(type: vm.objectModel.memberDescriptor)
    }
    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<member '\(vm.symbols[name])' of '\(vm.typeObject(owner).name)' objects>" }
    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        switch Sym(rawValue: sym) {
        case .__name__, .__qualname__: return vm.str(sym == Sym.__name__.rawValue ? vm.symbols[name] : "\(vm.typeObject(owner).name).\(vm.symbols[name])")
        default: return nil
        }
    }
}

extension VM {
    func registerMemberDescriptorMethods() {
        methods(for: objectModel.memberDescriptor) { m in
            m.add(.__get__, MemberDescriptor.self) { vm, d, a throws(PyRaise) in
                try vm.argCount("__get__", a, min: 1, max: 2)
                return a[0].isNone ? vm.alloc(MemberDescriptor(vm: vm, name: d.name, owner: d.owner)) : try vm.readSlot(d, a[0])
            }
            m.add(.__set__, MemberDescriptor.self) { vm, d, a throws(PyRaise) in
                try vm.argCount("__set__", a, min: 2, max: 2)
                try vm.writeSlot(d, a[0], a[1])
                return .none
            }
            m.add(.__delete__, MemberDescriptor.self) { vm, d, a throws(PyRaise) in
                try vm.argCount("__delete__", a, min: 1, max: 1)
                try vm.writeSlot(d, a[0], nil)
                return .none
            }
        }
    }

    /// Puts a member descriptor in `t`'s namespace for each name its own `__slots__` lists.
    func addSlotDescriptors(_ t: TypeObject) throws(PyRaise) {
        guard let s = t.attributes[Sym.__slots__.rawValue] else { return }
        for item in kind(s) == .str ? [s] : try iterateToArray(s) {
            guard kind(item) == .str else { throw typeError("__slots__ items must be strings, not '\(typeName(item))'") }
            let n = strValue(item)
            if n == "__dict__" || n == "__weakref__" { continue }
            let sym = symbols.intern(n)
            if t.attributes[sym] != nil { throw valueError("'\(n)' in __slots__ conflicts with class variable") }
            t.attributes[sym] = alloc(MemberDescriptor(vm: self, name: sym, owner: t.index))
        }
    }

    /// Whether `sym` names a slot of class `t` (its value is not in the `__dict__`).
    func isSlot(_ t: Int32, _ sym: Int32) -> Bool {
        guard let d = lookup(typeObject(t), sym), d.tag == .object else { return false }
        return heap[d.objectIndex] is MemberDescriptor
    }

    private func slotOwner(_ m: MemberDescriptor, _ v: Value) throws(PyRaise) -> PyObject {
        guard isSubtype(typeIndex(v), of: m.owner), v.tag == .object else {
            throw typeError("descriptor '\(symbols[m.name])' for '\(typeObject(m.owner).name)' objects doesn't apply to a '\(typeName(v))' object")
        }
        return heap[v.objectIndex]
    }

    func readSlot(_ m: MemberDescriptor, _ v: Value) throws(PyRaise) -> Value {
        if v.tag == .object, heap[v.objectIndex].kind == .instance {
            unowned(unsafe) let inst = unsafeDowncast(heap[v.objectIndex], to: InstanceObject.self)
            if inst.type == m.owner || isSubtype(inst.type, of: m.owner) {
                if let value = inst.attributes[m.name] { return value }
                throw noAttribute(v, m.name)
            }
        }
        let o = try slotOwner(m, v)
        let found: Value?? = try withAttributes(o) { (a) throws(PyRaise) -> Value? in a[m.name] }
        guard let value = found ?? nil else { throw noAttribute(v, m.name) }
        return value
    }

    /// Sets the slot, or deletes it when `value` is nil.
    func writeSlot(_ m: MemberDescriptor, _ v: Value, _ value: Value?) throws(PyRaise) {
        if let value, v.tag == .object, heap[v.objectIndex].kind == .instance {
            unowned(unsafe) let inst = unsafeDowncast(heap[v.objectIndex], to: InstanceObject.self)
            if inst.type == m.owner || isSubtype(inst.type, of: m.owner) {
                let t = typeObject(inst.type)
                inst.attributes.set(m.name, value, expected: t.instanceSize)
                if inst.attributes.count > t.instanceSize { t.instanceSize = inst.attributes.count }
                return
            }
        }
        let o = try slotOwner(m, v)
        let had = try withAttributes(o) { (a) throws(PyRaise) -> Bool in
            let had = a[m.name] != nil
            a[m.name] = value
            return had
        }
        if value == nil && had != true { throw error(.AttributeError, symbols[m.name]) }
    }
}
