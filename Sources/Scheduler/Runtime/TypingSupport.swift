/// What the object model lends to annotations: `list[int]` (a `types.GenericAlias`) and
/// `int | None` (a `types.UnionType`). Both are classes of the `typing` source module
/// (`Runtime/TypingSource.swift`), loaded the first time a program needs one.

extension VM {
    /// The built-in classes CPython gives `__class_getitem__` (PEP 585).
    static let aliasableTypes: Set<Int32> = [
        BT.list.rawValue, BT.dict.rawValue, BT.tuple.rawValue, BT.set.rawValue, BT.frozenset.rawValue, BT.type.rawValue,
    ]

    /// A private function of the typing source module, loading the module on first use.
    func typingHelper(_ name: String) throws(PyRaise) -> Value {
        _ = try importModule(symbols.intern("typing"))
        guard let slot = globalIndex["typing\u{0}" + name], globals[slot].tag != .unbound else {
            throw error(.SystemError, "typing.\(name) is missing")
        }
        return globals[slot]
    }
}

extension VM {
    /// `isinstance(x, int | str)`: the union's `__args__` when `v` is a `types.UnionType`.
    func unionArguments(_ v: Value) throws(PyRaise) -> Value? {
        guard kind(v) == .instance, let slot = globalIndex["typing\u{0}UnionType"], kind(globals[slot]) == .type,
              (heap[v.objectIndex] as! InstanceObject).type == Int32(globals[slot].objectIndex) else { return nil }
        return try getAttr(v, symbols.intern("__args__"))
    }
}
