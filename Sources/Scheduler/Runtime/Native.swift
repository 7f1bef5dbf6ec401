/// Objects implemented in Swift by runtime subsystems (datetime, asyncio, …) plug in
/// by subclassing `NativeClass` and overriding what they support; the VM's generic
/// operations fall back to these hooks.

class NativeClass: NativeObject {
    override init(type: Int32) { super.init(type: type, role: .nativeClass) }
    override init(type: Int32, role: NativeRole) { super.init(type: type, role: role) }
    func repr(_ vm: VM) throws(PyRaise) -> String? { nil }
    func str(_ vm: VM) throws(PyRaise) -> String? { nil }
    func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? { nil }
    func setAttr(_ vm: VM, _ sym: Int32, _ value: Value) throws(PyRaise) -> Bool { false }
    /// `iter(x)`: an iterator value, or nil if not iterable.
    func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { nil }
    /// `next(x)` for native iterators: nil when exhausted.
    func next(_ vm: VM) throws(PyRaise) -> Value? { throw vm.typeError("'\(vm.typeObject(typeIndex).name)' object is not an iterator") }
    /// For `await x` / `yield from x`: the iterator to delegate to, or nil if not awaitable.
    func awaitIterator(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { nil }
    /// One `send` into a native delegate: (yielded?, value); nil if this is not a native delegate.
    func send(_ vm: VM, _ value: Value) throws(PyRaise) -> (Bool, Value)? { nil }
    /// `throw` into a native delegate; nil when it has no `throw`.
    func throwInto(_ vm: VM, _ exc: Value) throws(PyRaise) -> GenResult? { nil }
    /// `close()` of a native coroutine or of an iterator that drives one.
    func close(_ vm: VM) throws(PyRaise) {}
    func truth(_ vm: VM) throws(PyRaise) -> Bool? { nil }
    func length(_ vm: VM) throws(PyRaise) -> Int64? { nil }
    func equals(_ vm: VM, _ other: Value) throws(PyRaise) -> Bool? { nil }
    func less(_ vm: VM, _ other: Value) throws(PyRaise) -> Bool? { nil }
    func binary(_ vm: VM, _ op: BinaryOp, _ other: Value, reflected: Bool) throws(PyRaise) -> Value? { nil }
    func format(_ vm: VM, _ spec: String) throws(PyRaise) -> String? { nil }
    func getItem(_ vm: VM, _ key: Value) throws(PyRaise) -> Value? { nil }
    func enter(_ vm: VM, _ selfValue: Value, isAsync: Bool) throws(PyRaise) -> (exit: Value, entered: Value)? { nil }
    /// Every `Value` this object holds, for the collector.
    func forEachValue(_ vm: VM, _ visit: (Value) -> Void) {}
    /// The `await` right after the call that made it holds the only reference to it
    /// (`VM.noteAwaitedFresh`).
    func awaitedAlone(_ vm: VM) {}
    /// The program reached it while something awaits it (`cr_await`): it may keep it.
    func escaped() {}
    /// Its name, when it is a coroutine that never started ("coroutine ... was never awaited").
    var unstartedCoroutineName: String? { nil }
    /// CPython writes its type's methods in Python (an event loop's): the arguments of one
    /// that raised stay in its frame, which the traceback holds.
    var methodsArePython: Bool { false }
}

/// A Swift function callable from Python.
final class NativeFunction: NativeClass {
    public let name: String
    /// A method of a built-in class (`object.__init__`): read through an instance, it binds.
    var isMethod = false
    /// The built-in type a method read from its class belongs to (`str` for `str.upper`).
    var ownerName: String?
    /// The method table entry it is (`list.append`: MethodTable.swift), or -1.
    let method: Int32
    let body: (VM, BuiltinArgs) throws(PyRaise) -> Value
    init(vm: VM, name: String, body: @escaping (VM, BuiltinArgs) throws(PyRaise) -> Value) {
        self.name = name; self.body = body; method = -1
        super.init(type: BT.builtin_function_or_method.rawValue)
    }
    /// A method table entry read from its type: called with the receiver first.
    init(method: Int32, name: String, owner: String) {
        self.name = name; self.method = method
        body = { vm, a throws(PyRaise) in try vm.callUnbound(method, a) }
        isMethod = true
        ownerName = owner
        super.init(type: BT.builtin_function_or_method.rawValue)
    }
    override func repr(_ vm: VM) throws(PyRaise) -> String? {
        if let ownerName { return "<method '\(name)' of '\(ownerName)' objects>" }
        return "<built-in function \(name)>"
    }
}

/// A type defined by a subsystem: its constructor and class attributes.
struct NativeType {
    var qualifiedName: String
    var construct: ((VM, BuiltinArgs) throws(PyRaise) -> Value)?
}

extension VM {
    @inline(__always) func native(_ v: Value) -> NativeClass? {
        guard let n = nativeObject(v), n.role != .plain else { return nil }
        return unsafeDowncast(n, to: NativeClass.self)
    }

    /// `v`'s object if it is implemented in Swift; its `role` says which class, without `as?`.
    @inline(__always) func nativeObject(_ v: Value) -> NativeObject? {
        guard v.tag == .object else { return nil }
        let o = heap[v.objectIndex]
        return o.kind == .native ? unsafeDowncast(o, to: NativeObject.self) : nil
    }

    /// Registers a type implemented in Swift and returns its heap index.
    func registerType(_ name: String, qualifiedName: String? = nil, base: Int32 = BT.object.rawValue,
                             construct: ((VM, BuiltinArgs) throws(PyRaise) -> Value)? = nil) -> Int32 {
        let v = alloc(TypeObject(name: name, base: base))
        let i = Int32(v.objectIndex)
        finishBuiltinType(i)
        nativeTypes[i] = NativeType(qualifiedName: qualifiedName ?? name, construct: construct)
        return i
    }

    func setTypeAttribute(_ type: Int32, _ name: String, _ value: Value) {
        typeObject(type).attributes[symbols.intern(name)] = value
        classVersion &+= 1
    }

    /// A Python-callable wrapper around a Swift closure.
    func function(_ name: String, _ body: @escaping (VM, BuiltinArgs) throws(PyRaise) -> Value) -> Value {
        let f = alloc(NativeFunction(vm: self, name: name, body: body))
        return alloc(BuiltinObject(fn: .native, receiver: f))
    }

    /// A built-in function's `__name__`: `len`, `setattr`, or the method's (`append`).
    func builtinName(_ b: BuiltinObject) -> String {
        if b.fn == .boundMethod { return symbols[b.symbol] }
        if b.fn == .native { return unsafeDowncast(heap[b.receiver.objectIndex], to: NativeFunction.self).name }
        return b.fn.pythonName
    }

    func callNativeFunction(_ receiver: Value, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        // A native builtin's receiver is always its NativeFunction.
        let f = unsafeDowncast(heap[receiver.objectIndex], to: NativeFunction.self)
        return try f.body(self, a)
    }

    func callNativeType(_ index: Int32, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        guard let t = nativeTypes[index], let c = t.construct else {
            throw typeError("cannot create '\(typeObject(index).name)' instances")
        }
        return try c(self, a)
    }

    func nativeTypeQualifiedName(_ index: Int32) -> String? { nativeTypes[index]?.qualifiedName }

    /// A class attribute of a type implemented in Swift: its own namespace, as every type keeps one.
    func nativeTypeAttribute(_ index: Int32, _ sym: Int32) -> Value? { typeObject(index).attributes[sym] }

    // Hooks used by the generic operations.
    func nativeRepr(_ v: Value) throws(PyRaise) -> String? {
        if let d = heap[v.objectIndex] as? DictViewObject { return "\(d.prefix)(\(try repr(d.items)))" }
        return try native(v)?.repr(self)
    }
    func nativeStr(_ v: Value) throws(PyRaise) -> String? { try native(v)?.str(self) }
    func nativeGetAttr(_ v: Value, _ sym: Int32) throws(PyRaise) -> Value? { try native(v)?.getAttr(self, sym) }
    func nativeSetAttr(_ v: Value, _ sym: Int32, _ value: Value) throws(PyRaise) -> Bool { try native(v)?.setAttr(self, sym, value) ?? false }
    func nativeIter(_ v: Value) throws(PyRaise) -> Value? {
        if let d = heap[v.objectIndex] as? DictViewObject { return try getIter(d.items) }
        return try native(v)?.iter(self, v)
    }
    func nativeNext(_ v: Value) throws(PyRaise) -> Value? {
        guard let n = native(v) else { throw typeError("'\(typeName(v))' object is not an iterator") }
        return try n.next(self)
    }
    func nativeAwaitIterator(_ v: Value) throws(PyRaise) -> Value? {
        guard v.tag == .object else { return nil }
        return try native(v)?.awaitIterator(self, v)
    }
    func sendToNative(_ it: Value, _ value: Value) throws(PyRaise) -> (Bool, Value)? {
        guard it.tag == .object else { return nil }
        return try native(it)?.send(self, value)
    }
    func throwIntoNative(_ it: Value, _ exc: Value) throws(PyRaise) -> GenResult? { try native(it)?.throwInto(self, exc) }
    func nativeTruth(_ v: Value) throws(PyRaise) -> Bool? { try native(v)?.truth(self) }
    func nativeLength(_ v: Value) throws(PyRaise) -> Int64? {
        if let d = heap[v.objectIndex] as? DictViewObject { return try length(d.items) }
        return try native(v)?.length(self)
    }
    func nativeEquals(_ a: Value, _ b: Value) throws(PyRaise) -> Bool? { try native(a)?.equals(self, b) }
    func nativeLess(_ a: Value, _ b: Value) throws(PyRaise) -> Bool? { try native(a)?.less(self, b) }
    func nativeBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyRaise) -> Value? {
        if let n = native(a), let r = try n.binary(self, op, b, reflected: false) { return r }
        if let n = native(b), let r = try n.binary(self, op, a, reflected: true) { return r }
        return nil
    }
    func nativeFormat(_ v: Value, _ spec: String) throws(PyRaise) -> String? { try native(v)?.format(self, spec) }
    func nativeGetItem(_ v: Value, _ key: Value) throws(PyRaise) -> Value? {
        if let d = heap[v.objectIndex] as? DictViewObject { _ = d; return nil }
        return try native(v)?.getItem(self, key)
    }

    // MARK: - Context managers

    func enterContext(_ cm: Value, isAsync: Bool) throws(PyRaise) -> (Value, Value) {
        if let n = native(cm), let r = try n.enter(self, cm, isAsync: isAsync) { return r }
        if let r = try userEnter(cm, isAsync: isAsync) { return r }
        let what = isAsync ? "the asynchronous context manager protocol" : "the context manager protocol"
        throw typeError("'\(typeName(cm))' object does not support \(what)")
    }

    /// Calls a context manager's exit with no exception (`exc` is None) or with `exc`.
    func callExit(_ exit: Value, exc: Value) throws(PyRaise) -> Value {
        if exc.isNone { return try call(exit, [.none, .none, .none]) }
        return try call(exit, [.object(typeIndex(exc)), exc, .none])
    }
}
