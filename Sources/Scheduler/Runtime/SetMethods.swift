/// The methods and operators of set and frozenset, with CPython's argument errors.

extension VM {
    /// What a frozenset has, and a set too; then the set's mutating methods.
    func registerSetMethods() {
        for (t, typeName) in [(BT.frozenset, "frozenset"), (.set, "set")] {
            methods(for: t.rawValue) { m in
                /// A method named `set.add` or `frozenset.copy` in its errors, which takes no keywords.
                func add(_ name: Sym, _ body: @escaping (VM, Value, SetObject, SetArgs) throws(PyRaise) -> Value) {
                    m.add(name) { vm, recv, a throws(PyRaise) in
                        let args = SetArgs(vm: vm, typeName: typeName, method: name, a: a)
                        if !a.keywords.isEmpty { throw vm.typeError("\(args.name)() takes no keyword arguments") }
                        return try body(vm, recv, unsafeDowncast(vm.heap[recv.objectIndex], to: SetObject.self), args)
                    }
                }
                add(.copy) { vm, recv, s, a throws(PyRaise) in
                    try a.none()
                    return s.isFrozen ? recv : vm.alloc(vm.setCopy(s))
                }
                add(.union) { vm, _, s, a throws(PyRaise) in vm.alloc(try vm.setUnion(s, a.a.positional)) }
                add(.intersection) { vm, _, s, a throws(PyRaise) in vm.alloc(try vm.setIntersection(s, a.a.positional)) }
                add(.difference) { vm, _, s, a throws(PyRaise) in vm.alloc(try vm.setDifference(s, a.a.positional)) }
                add(.symmetric_difference) { vm, _, s, a throws(PyRaise) in vm.alloc(try vm.setSymmetricDifference(s, try a.one())) }
                add(.issubset) { vm, _, s, a throws(PyRaise) in .bool(try vm.setIsSubset(s, of: try a.one())) }
                add(.issuperset) { vm, _, s, a throws(PyRaise) in .bool(try vm.setIsSuperset(s, of: try a.one())) }
                add(.isdisjoint) { vm, _, s, a throws(PyRaise) in .bool(try vm.setIsDisjoint(s, try a.one())) }
                if t == .frozenset { return }
                add(.add) { vm, _, s, a throws(PyRaise) in try vm.setAdd(s, try a.one()); return .none }
                add(.discard) { vm, _, s, a throws(PyRaise) in try vm.setDiscard(s, try a.one()); return .none }
                add(.remove) { vm, _, s, a throws(PyRaise) in
                    let key = try a.one()
                    if try !vm.setDiscard(s, key) { throw PyRaise(vm.alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [key]))) }
                    return .none
                }
                add(.pop) { vm, _, s, a throws(PyRaise) in
                    try a.none()
                    guard let key = s.pop() else { throw vm.error(.KeyError, "pop from an empty set") }
                    return key
                }
                add(.clear) { _, _, s, a throws(PyRaise) in
                    try a.none()
                    s.clear()
                    return .none
                }
                add(.update) { vm, _, s, a throws(PyRaise) in
                    for o in a.a.positional { try vm.setUpdate(s, o) }
                    return .none
                }
                add(.intersection_update) { vm, _, s, a throws(PyRaise) in
                    s.takeTable(of: try vm.setIntersection(s, a.a.positional))
                    return .none
                }
                add(.difference_update) { vm, _, s, a throws(PyRaise) in
                    for o in a.a.positional { try vm.setDifferenceUpdate(s, o) }
                    return .none
                }
                add(.symmetric_difference_update) { vm, _, s, a throws(PyRaise) in
                    try vm.setSymmetricDifferenceUpdate(s, try a.one())
                    return .none
                }
            }
        }
    }

    /// `| & - ^` and their in-place forms between two sets (nil for other operands: the caller
    /// reports them unsupported). In place, a set changes and is the result; a frozenset,
    /// having no in-place methods, gets a new one.
    func setOperator(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool) throws(PyRaise) -> Value? {
        guard let x = setObject(a), setObject(b) != nil else { return nil }
        if inplace && !x.isFrozen {
            switch op {
            case .bitOr: try setUpdate(x, b)
            case .bitAnd: x.takeTable(of: try setIntersection(x, b))
            case .sub: try setDifferenceUpdate(x, b)
            case .bitXor: try setSymmetricDifferenceUpdate(x, b)
            default: return nil
            }
            return a
        }
        switch op {
        case .bitOr: return alloc(try setUnion(x, [b]))
        case .bitAnd: return alloc(try setIntersection(x, b))
        case .sub: return alloc(try setDifference(x, b))
        case .bitXor: return alloc(try setSymmetricDifference(x, b))
        default: return nil
        }
    }
}

/// A set method's arguments, with the counts its errors name it by.
private struct SetArgs {
    unowned(unsafe) let vm: VM
    let typeName: String
    let method: Sym
    let a: BuiltinArgs

    /// Made only for an error message.
    var name: String { "\(typeName).\(vm.symbols[method.rawValue])" }

    func one() throws(PyRaise) -> Value {
        if a.count != 1 { throw vm.typeError("\(name)() takes exactly one argument (\(a.count) given)") }
        return a[0]
    }

    func none() throws(PyRaise) { try vm.takesNoArguments(name, a) }
}
