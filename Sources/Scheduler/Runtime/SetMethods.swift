/// The methods and operators of set and frozenset, with CPython's argument errors.

extension VM {
    /// What a frozenset has; a set has these and the mutating methods.
    static let frozensetMethods: Set<Int32> = Set([Sym.copy, .union, .intersection, .difference, .symmetric_difference,
        .issubset, .issuperset, .isdisjoint].map(\.rawValue))
    static let setMethods: Set<Int32> = frozensetMethods.union([Sym.add, .discard, .remove, .pop, .clear, .update,
        .intersection_update, .difference_update, .symmetric_difference_update].map(\.rawValue))

    func setHasMethod(_ s: SetObject, _ sym: Int32) -> Bool {
        s.isFrozen ? VM.frozensetMethods.contains(sym) : VM.setMethods.contains(sym)
    }

    func setMethod(_ recv: Value, _ s: SetObject, _ sym: Sym, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        let name = "\(s.isFrozen ? "frozenset" : "set").\(sym)"
        if !a.keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
        func one() throws(PyRaise) -> Value {
            if a.count != 1 { throw typeError("\(name)() takes exactly one argument (\(a.count) given)") }
            return a[0]
        }
        func none() throws(PyRaise) {
            if a.count != 0 { throw typeError("\(name)() takes no arguments (\(a.count) given)") }
        }
        switch sym {
        case .add: try setAdd(s, try one())
        case .discard: try setDiscard(s, try one())
        case .remove:
            let key = try one()
            if try !setDiscard(s, key) { throw PyRaise(alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [key]))) }
        case .pop:
            try none()
            guard let key = s.pop() else { throw error(.KeyError, "pop from an empty set") }
            return key
        case .clear: try none(); s.clear()
        case .copy:
            try none()
            return s.isFrozen ? recv : alloc(setCopy(s))
        case .update: for o in a.positional { try setUpdate(s, o) }
        case .union: return alloc(try setUnion(s, a.positional))
        case .intersection: return alloc(try setIntersection(s, a.positional))
        case .intersection_update: s.takeTable(of: try setIntersection(s, a.positional))
        case .difference: return alloc(try setDifference(s, a.positional))
        case .difference_update: for o in a.positional { try setDifferenceUpdate(s, o) }
        case .symmetric_difference: return alloc(try setSymmetricDifference(s, try one()))
        case .symmetric_difference_update: try setSymmetricDifferenceUpdate(s, try one())
        case .issubset: return .bool(try setIsSubset(s, of: try one()))
        case .issuperset: return .bool(try setIsSuperset(s, of: try one()))
        case .isdisjoint: return .bool(try setIsDisjoint(s, try one()))
        default: throw error(.AttributeError, "'\(typeName(recv))' object has no attribute '\(sym)'")
        }
        return .none
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
