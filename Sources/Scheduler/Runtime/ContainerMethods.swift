/// The methods of list, tuple and dict, with CPython's argument errors.

extension VM {
    func registerContainerMethods() {
        methods(for: BT.tuple.rawValue) { m in
            m.add(.index, TupleObject.self) { vm, t, a throws(PyRaise) in try vm.sequenceIndex(t.items, a, "tuple") }
            m.add(.count, TupleObject.self) { vm, t, a throws(PyRaise) in try vm.sequenceCount(t.items, a, "tuple") }
        }
        registerListMethods()
        registerDictMethods()
    }

    // MARK: - Sequences

    private func sequenceCount(_ items: [Value], _ a: BuiltinArgs, _ tname: String) throws(PyRaise) -> Value {
        try charge(items.count >> 4)
        try argCount("\(tname).count", a, min: 1, max: 1)
        var n: Int64 = 0
        for v in items where try equals(v, a[0]) { n += 1 }
        return .int(n)
    }

    private func sequenceIndex(_ items: [Value], _ a: BuiltinArgs, _ tname: String) throws(PyRaise) -> Value {
        try charge(items.count >> 4)
        try argCount("index", a, min: 1, max: 3)
        let start = a.count > 1 ? Int(try normalizedIndex(a[1], items.count, clamp: true)) : 0
        let stop = a.count > 2 ? Int(try normalizedIndex(a[2], items.count, clamp: true)) : items.count
        if start < stop {
            for i in start..<stop where try equals(items[i], a[0]) { return .int(i) }
        }
        throw valueError(tname == "tuple" ? "tuple.index(x): x not in tuple" : "\(try repr(a[0])) is not in list")
    }

    func normalizedIndex(_ v: Value, _ count: Int, clamp: Bool) throws(PyRaise) -> Int64 {
        guard v.tag == .int || v.tag == .bool else {
            if kind(v) == .bigInt { return clamp ? ((heap[v.objectIndex] as! BigIntObject).value < 0 ? 0 : Int64(count)) : Int64.max }
            throw typeError("slice indices must be integers or have an __index__ method")
        }
        var i = v.intValue
        if i < 0 { i += Int64(count) }
        if clamp { i = max(0, min(i, Int64(count))) }
        return i
    }

    /// `TypeError` unless the call has no positional arguments (`list.copy()`, `set.clear()`).
    func takesNoArguments(_ name: String, _ a: BuiltinArgs) throws(PyRaise) {
        if a.count > 0 { throw typeError("\(name)() takes no arguments (\(a.count) given)") }
    }

    private func integerIndex(_ v: Value) throws(PyRaise) {
        guard v.tag == .int || v.tag == .bool else { throw typeError("'\(typeName(v))' object cannot be interpreted as an integer") }
    }

    // MARK: - list

    /// Methods that move or read every item charge for them (`charge`); `append` and a
    /// plain `pop()` do not.
    private func registerListMethods() {
        methods(for: BT.list.rawValue) { m in
            m.add(.append, ListObject.self) { vm, l, a throws(PyRaise) in
                try vm.argCount("list.append", a, min: 1, max: 1)
                l.items.append(a[0])
                return .none
            }
            m.add(.extend, ListObject.self) { vm, l, a throws(PyRaise) in
                try vm.charge(l.items.count >> 4)
                try vm.argCount("list.extend", a, min: 1, max: 1)
                let items = try vm.iterateToArray(a[0])
                l.items.append(contentsOf: items)
                return .none
            }
            m.add(.pop, ListObject.self) { vm, l, a throws(PyRaise) in
                if a.count > 0 { try vm.charge(l.items.count >> 4) }    // items after the index move
                try vm.argCount("pop", a, min: 0, max: 1)
                if l.items.isEmpty { throw vm.error(.IndexError, "pop from empty list") }
                if a.count == 0 { return l.items.removeLast() }
                try vm.integerIndex(a[0])
                var i = a[0].intValue
                if i < 0 { i += Int64(l.items.count) }
                if i < 0 || i >= l.items.count { throw vm.error(.IndexError, "pop index out of range") }
                return l.items.remove(at: Int(i))
            }
            m.add(.insert, ListObject.self) { vm, l, a throws(PyRaise) in
                try vm.charge(l.items.count >> 4)
                if a.count != 2 { throw vm.typeError("insert expected 2 arguments, got \(a.count)") }
                try vm.integerIndex(a[0])
                let i = try vm.normalizedIndex(a[0], l.items.count, clamp: true)
                l.items.insert(a[1], at: Int(i))
                return .none
            }
            m.add(.remove, ListObject.self) { vm, l, a throws(PyRaise) in
                try vm.charge(l.items.count >> 4)
                try vm.argCount("list.remove", a, min: 1, max: 1)
                for (i, v) in l.items.enumerated() where try vm.equals(v, a[0]) {
                    l.items.remove(at: i)
                    return .none
                }
                throw vm.valueError("list.remove(x): x not in list")
            }
            m.add(.index, ListObject.self) { vm, l, a throws(PyRaise) in try vm.sequenceIndex(l.items, a, "list") }
            m.add(.count, ListObject.self) { vm, l, a throws(PyRaise) in try vm.sequenceCount(l.items, a, "list") }
            m.add(.sort, ListObject.self) { vm, l, a throws(PyRaise) in
                if a.count > 0 { throw vm.typeError("sort() takes no positional arguments") }
                var items = l.items
                try vm.sortValues(&items, key: a.keyword("key") ?? .none, reverse: try vm.truthy(a.keyword("reverse") ?? .false))
                l.items = items
                return .none
            }
            m.add(.reverse, ListObject.self) { vm, l, a throws(PyRaise) in
                try vm.takesNoArguments("list.reverse", a)
                try vm.charge(l.items.count >> 4)
                l.items.reverse()
                return .none
            }
            m.add(.copy, ListObject.self) { vm, l, a throws(PyRaise) in
                try vm.takesNoArguments("list.copy", a)
                try vm.charge(l.items.count >> 4)
                return vm.makeList(l.items)
            }
            m.add(.clear, ListObject.self) { vm, l, a throws(PyRaise) in
                try vm.takesNoArguments("list.clear", a)
                try vm.charge(l.items.count >> 4)
                l.items.removeAll()
                return .none
            }
        }
    }

    // MARK: - dict

    private func registerDictMethods() {
        methods(for: BT.dict.rawValue) { m in
            m.add(.get, DictObject.self) { vm, d, a throws(PyRaise) in
                try vm.argCount("get", a, min: 1, max: 2)
                return try vm.dictGet(d, a[0]) ?? (a.count == 2 ? a[1] : .none)
            }
            for (sym, view) in [(Sym.keys, BT.dict_keys), (.values, .dict_values), (.items, .dict_items)] {
                let qualified = "dict.\(m.vm.symbols[sym.rawValue])"
                m.add(sym) { vm, recv, a throws(PyRaise) in
                    try vm.takesNoArguments(qualified, a)
                    return vm.dictView(recv, view)
                }
            }
            m.add(.pop, DictObject.self) { vm, d, a throws(PyRaise) in
                try vm.argCount("pop", a, min: 1, max: 2)
                if let v = try vm.dictRemove(d, a[0]) { return v }
                if a.count == 2 { return a[1] }
                throw PyRaise(vm.alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [a[0]])))
            }
            m.add(.setdefault, DictObject.self) { vm, d, a throws(PyRaise) in
                try vm.argCount("setdefault", a, min: 1, max: 2)
                if let v = try vm.dictGet(d, a[0]) { return v }
                let v = a.count == 2 ? a[1] : .none
                try vm.dictSet(d, a[0], v)
                return v
            }
            m.add(.update, DictObject.self) { vm, d, a throws(PyRaise) in
                if a.count > 1 { throw vm.typeError("update expected at most 1 argument, got \(a.count)") }
                if a.count == 1 { try vm.dictUpdate(d, a[0]) }
                for (k, v) in a.keywords { try vm.dictSet(d, vm.str(k), v) }
                return .none
            }
            m.add(.copy, DictObject.self) { vm, d, a throws(PyRaise) in
                try vm.takesNoArguments("dict.copy", a)
                try vm.charge(d.dict.count >> 4)
                let c = DictObject()
                c.dict = d.dict
                return vm.alloc(c)
            }
            m.add(.clear, DictObject.self) { vm, d, a throws(PyRaise) in
                try vm.takesNoArguments("dict.clear", a)
                d.dict.removeAll()
                return .none
            }
            m.add(.popitem, DictObject.self) { vm, d, a throws(PyRaise) in
                try vm.takesNoArguments("dict.popitem", a)
                guard let (k, v) = d.dict.popLast() else { throw vm.error(.KeyError, "popitem(): dictionary is empty") }
                return vm.makeTuple([k, v])
            }
        }
    }

    /// `d.keys()` and friends: a snapshot list iterable is enough for the subset (no live views).
    private func dictView(_ d: Value, _ t: BT) -> Value {
        let dict = (heap[d.objectIndex] as! DictObject).dict
        let items: [Value]
        switch t {
        case .dict_keys: items = dict.liveKeys
        case .dict_values: items = dict.liveValues
        default: items = dict.pairs.map { makeTuple([$0.0, $0.1]) }
        }
        return alloc(DictViewObject(type: t.rawValue, items: makeList(items), prefix: t == .dict_keys ? "dict_keys" : (t == .dict_values ? "dict_values" : "dict_items")))
    }
}

/// A snapshot of a dict's keys, values or items.
final class DictViewObject: NativeObject {
    let items: Value
    let prefix: String
    init(type: Int32, items: Value, prefix: String) { self.items = items; self.prefix = prefix; super.init(type: type) }
}
