/// Subclasses of the built-in value types: `class Stack(list)`, `class Name(str)`, `class
/// Priority(IntEnum)`. An instance is an ordinary instance (its own class, attributes and
/// special methods) holding the built-in value it is (`InstanceObject.native`). What its class
/// does not override, the built-in's special methods registered here do on that value, as
/// CPython's slot wrappers do (`userSpecial` finds them on the class's layout type); a built-in
/// method read through the instance (`stack.append`) gets the value as its receiver
/// (`callUnbound`).
import BigInt

extension VM {
    static let nativeLayouts: Set<Int32> = Set([BT.int, .float, .str, .tuple, .list, .dict, .set, .frozenset].map(\.rawValue))

    /// The built-in value `v` holds if it is a subclass instance, else `v` itself.
    @inline(__always) func builtinValue(of v: Value) -> Value {
        guard v.tag == .object else { return v }
        let o = heap[v.objectIndex]
        guard o.kind == .instance else { return v }
        let n = unsafeDowncast(o, to: InstanceObject.self).native
        return n.tag == .unbound ? v : n
    }

    /// The value a subclass instance holds; nil for anything else.
    func subclassValue(_ v: Value) -> Value? {
        guard v.tag == .object, heap[v.objectIndex].kind == .instance else { return nil }
        let n = unsafeDowncast(heap[v.objectIndex], to: InstanceObject.self).native
        return n.tag == .unbound ? nil : n
    }

    /// `list.__new__(C)` / `str.__new__(C, x)`: a container starts empty (its `__init__` fills
    /// it), an immutable value is made from the arguments.
    func newNativeBacked(_ index: Int32, _ positional: [Value], _ keywords: [(String, Value)]) throws(PyRaise) -> Value {
        let t = typeObject(index)
        let inst = InstanceObject(type: index, room: t.instanceSize)
        if VM.mutableLayouts.contains(t.layout) {
            inst.native = try call(.object(t.layout), [])
        } else {
            inst.native = try callWithKeywords(.object(t.layout), positional, keywords)
        }
        return alloc(inst)
    }

    static let mutableLayouts: Set<Int32> = [BT.list.rawValue, BT.dict.rawValue, BT.set.rawValue]

    /// The other operand of a special method, as the built-in sees it; nil when it is an
    /// instance of a user class holding no built-in value (the method answers NotImplemented).
    private func operand(_ v: Value) -> Value? {
        if let n = subclassValue(v) { return n }
        return isUserInstance(v) ? nil : v
    }

    private func isNumber(_ v: Value) -> Bool { v.tag == .float || isIntLike(v) }

    /// A number or set answers NotImplemented to an operand of another kind, so the other
    /// side's reflected method gets its turn.
    private func accepts(_ bt: BT, _ y: Value) -> Bool {
        switch bt {
        case .int, .float: return isNumber(y)
        case .set, .frozenset: return setObject(y) != nil
        case .dict: return kind(y) == .dict
        default: return true
        }
    }

    /// Registers the special methods of the built-in types a subclass falls back on.
    func registerSubclassDunders() {
        if subclassDundersRegistered { return }
        subclassDundersRegistered = true
        let binaries: [(BinaryOp, String, String)] = [
            (.add, "__add__", "__radd__"), (.sub, "__sub__", "__rsub__"), (.mul, "__mul__", "__rmul__"),
            (.div, "__truediv__", "__rtruediv__"), (.floorDiv, "__floordiv__", "__rfloordiv__"),
            (.mod, "__mod__", "__rmod__"), (.pow, "__pow__", "__rpow__"), (.lshift, "__lshift__", "__rlshift__"),
            (.rshift, "__rshift__", "__rrshift__"), (.bitAnd, "__and__", "__rand__"), (.bitOr, "__or__", "__ror__"),
            (.bitXor, "__xor__", "__rxor__"),
        ]
        let numeric: Set<BinaryOp> = [.add, .sub, .mul, .div, .floorDiv, .mod, .pow]
        let integer: Set<BinaryOp> = numeric.union([.lshift, .rshift, .bitAnd, .bitOr, .bitXor])
        let setOps: Set<BinaryOp> = [.sub, .bitAnd, .bitOr, .bitXor]
        // (type, its binary operators, whether it has their reflected forms)
        let table: [(BT, Set<BinaryOp>, Set<BinaryOp>)] = [
            (.int, integer, integer), (.float, numeric, numeric), (.str, [.add, .mul, .mod], [.mul, .mod]),
            (.tuple, [.add, .mul], [.mul]), (.list, [.add, .mul], [.mul]), (.dict, [.bitOr], [.bitOr]),
            (.set, setOps, setOps), (.frozenset, setOps, setOps),
        ]
        for (bt, forward, reflected) in table {
            let numbers = bt == .int || bt == .float
            methods(for: bt.rawValue) { m in
                for (op, name, rname) in binaries {
                    if forward.contains(op) {
                        m.add(name) { vm, x, a throws(PyRaise) in
                            try vm.argCount(name, a, min: 1, max: 1)
                            guard let y = vm.operand(a[0]), vm.accepts(bt, y) else { return vm.notImplemented }
                            return try vm.binaryOp(op, x, y)
                        }
                    }
                    if reflected.contains(op) {
                        m.add(rname) { vm, x, a throws(PyRaise) in
                            try vm.argCount(rname, a, min: 1, max: 1)
                            guard let y = vm.operand(a[0]), vm.accepts(bt, y) else { return vm.notImplemented }
                            return try vm.binaryOp(op, y, x)
                        }
                    }
                }
                for (op, name) in [(CompareOp.eq, "__eq__"), (.ne, "__ne__"), (.lt, "__lt__"), (.le, "__le__"), (.gt, "__gt__"), (.ge, "__ge__")] {
                    m.add(name) { vm, x, a throws(PyRaise) in
                        try vm.argCount(name, a, min: 1, max: 1)
                        guard let y = vm.operand(a[0]) else { return vm.notImplemented }
                        return try vm.compareValue(op, x, y)
                    }
                }
                m.add("__repr__") { vm, x, _ throws(PyRaise) in vm.str(try vm.repr(x)) }
                // Only the numbers and str format themselves; a tuple's `f"{p}"` is `str(p)`.
                if bt == .int || bt == .float || bt == .str {
                    m.add("__format__") { vm, x, a throws(PyRaise) in
                        try vm.argCount("__format__", a, min: 1, max: 1)
                        let spec = try vm.stringArg(a[0], "__format__() argument must be str, not \(vm.typeName(a[0]))")
                        return vm.str(try vm.format(x, spec))
                    }
                }
                if numbers {
                    registerNumberDunders(m, bt)
                } else {
                    registerContainerDunders(m, bt)
                }
            }
        }
        for bt in [BT.list, .dict, .set] {
            typeObject(bt.rawValue).attributes[Sym.__hash__.rawValue] = Value.none
        }
        classVersion &+= 1
    }

    private func registerNumberDunders(_ m: MethodRegistrar, _ bt: BT) {
        m.add("__hash__") { vm, x, _ throws(PyRaise) in .int(try vm.hashValue(x)) }
        m.add("__bool__") { vm, x, _ throws(PyRaise) in .bool(try vm.truthy(x)) }
        m.add("__neg__") { vm, x, _ throws(PyRaise) in try vm.unaryOp(0, x) }
        m.add("__pos__") { vm, x, _ throws(PyRaise) in try vm.unaryOp(1, x) }
        m.add("__abs__") { vm, x, _ throws(PyRaise) in try vm.call(vm.builtinFunction(.abs), [x]) }
        m.add("__int__") { vm, x, _ throws(PyRaise) in try vm.call(vm.typeValue(.int), [x]) }
        m.add("__float__") { vm, x, _ throws(PyRaise) in try vm.call(vm.typeValue(.float), [x]) }
        m.add("__round__") { vm, x, a throws(PyRaise) in try vm.call(vm.builtinFunction(.round), [x] + a.positional) }
        m.add("__divmod__") { vm, x, a throws(PyRaise) in
            guard let y = vm.operand(a[0]), vm.isNumber(y) else { return vm.notImplemented }
            return try vm.call(vm.builtinFunction(.divmod), [x, y])
        }
        m.add("__rdivmod__") { vm, x, a throws(PyRaise) in
            guard let y = vm.operand(a[0]), vm.isNumber(y) else { return vm.notImplemented }
            return try vm.call(vm.builtinFunction(.divmod), [y, x])
        }
        if bt == .int {
            m.add("__index__") { _, x, _ in x }
            m.add("__invert__") { vm, x, _ throws(PyRaise) in try vm.unaryOp(2, x) }
        }
    }

    private func registerContainerDunders(_ m: MethodRegistrar, _ bt: BT) {
        m.add("__len__") { vm, x, _ throws(PyRaise) in .int(try vm.length(x)) }
        m.add("__iter__") { vm, x, _ throws(PyRaise) in try vm.getIter(x) }
        m.add("__contains__") { vm, x, a throws(PyRaise) in
            try vm.argCount("__contains__", a, min: 1, max: 1)
            return .bool(try vm.contains(x, vm.builtinValue(of: a[0])))
        }
        if bt == .str || bt == .tuple || bt == .frozenset {
            m.add("__hash__") { vm, x, _ throws(PyRaise) in .int(try vm.hashValue(x)) }
        }
        if bt == .str {
            m.add("__str__") { _, x, _ in x }
        }
        if bt == .dict {
            // A miss goes to the subclass's `__missing__` (`collections.defaultdict`'s way).
            m.addTakingInstance("__getitem__") { vm, recv, a throws(PyRaise) in
                try vm.argCount("__getitem__", a, min: 1, max: 1)
                let d = vm.builtinValue(of: recv)
                if let v = try vm.dictGet(unsafeDowncast(vm.heap[d.objectIndex], to: DictObject.self), a[0]) { return v }
                if let f = vm.lookupSpecial(recv, vm.symbols.intern("__missing__")) { return try vm.callBound(f, recv, a[0]) }
                throw PyRaise(vm.alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [a[0]])))
            }
        } else if bt != .set && bt != .frozenset {
            m.add("__getitem__") { vm, x, a throws(PyRaise) in
                try vm.argCount("__getitem__", a, min: 1, max: 1)
                return try vm.getItem(x, a[0])
            }
        }
        if bt == .list || bt == .dict {
            m.add("__setitem__") { vm, x, a throws(PyRaise) in
                try vm.argCount("__setitem__", a, min: 2, max: 2)
                try vm.setItem(x, a[0], a[1])
                return .none
            }
            m.add("__delitem__") { vm, x, a throws(PyRaise) in
                try vm.argCount("__delitem__", a, min: 1, max: 1)
                try vm.delItem(x, a[0])
                return .none
            }
            m.add("__reversed__") { vm, x, _ throws(PyRaise) in try vm.call(vm.builtinFunction(.reversed), [x]) }
        }
        guard VM.mutableLayouts.contains(bt.rawValue) else { return }
        // `__init__` fills the value `__new__` made empty (list's and set's start over, as CPython's do).
        m.add("__init__") { vm, x, a throws(PyRaise) in
            let fresh = try vm.callWithKeywords(.object(bt.rawValue), a.positional, a.keywords)
            switch bt {
            case .list:
                let l = unsafeDowncast(vm.heap[x.objectIndex], to: ListObject.self)
                l.items = unsafeDowncast(vm.heap[fresh.objectIndex], to: ListObject.self).items
            case .dict:
                try vm.dictUpdate(unsafeDowncast(vm.heap[x.objectIndex], to: DictObject.self), fresh)
            default:
                _ = try vm.callMethod(x, Sym.clear.rawValue, [])
                _ = try vm.callMethod(x, vm.symbols.intern("update"), [fresh])
            }
            return .none
        }
        // In place: the instance itself is the result, so `stack += [1]` keeps a Stack.
        let inplace: [(BinaryOp, String)] = bt == .list ? [(.add, "__iadd__"), (.mul, "__imul__")]
            : bt == .dict ? [(.bitOr, "__ior__")]
            : [(.bitOr, "__ior__"), (.bitAnd, "__iand__"), (.sub, "__isub__"), (.bitXor, "__ixor__")]
        for (op, name) in inplace {
            m.addTakingInstance(name) { vm, recv, a throws(PyRaise) in
                try vm.argCount(name, a, min: 1, max: 1)
                guard let y = vm.operand(a[0]) else { return vm.notImplemented }
                if bt == .set && vm.setObject(y) == nil { return vm.notImplemented }
                _ = try vm.binaryOp(op, vm.builtinValue(of: recv), y, inplace: true)
                return recv
            }
        }
    }
}
