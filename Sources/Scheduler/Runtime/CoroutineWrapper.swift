/// `coro.__await__()`: CPython's `coroutine_wrapper`, an iterator that drives the coroutine
/// (`await x` is `yield from x.__await__()`). Sends, throws and closes go straight through.

final class CoroutineWrapper: NativeClass {
    let coroutine: Value

    init(coroutine: Value, type: Int32) {
        self.coroutine = coroutine
        super.init(type: type)
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(coroutine) }

    override func send(_ vm: VM, _ value: Value) throws(PyRaise) -> (Bool, Value)? {
        try vm.sendTo(coroutine, value)
    }

    override func throwInto(_ vm: VM, _ exc: Value) throws(PyRaise) -> GenResult? {
        if let g = vm.gen(coroutine) { return try vm.genThrow(g, exc) }
        if let r = try vm.throwIntoNative(coroutine, exc) { return r }
        throw PyRaise(exc)
    }

    override func next(_ vm: VM) throws(PyRaise) -> Value? {
        try vm.yieldedOrStop(try vm.sendTo(coroutine, .none))
    }

    override func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { selfValue }

    override func close(_ vm: VM) throws(PyRaise) { try vm.closeIterator(coroutine) }

    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<coroutine_wrapper object at 0x7f3a00002000>" }
}

extension VM {
    /// `__await__()` of a coroutine (a Python one or a native sleep).
    func coroutineWrapper(_ coroutine: Value) -> Value {
        if coroutineWrapperType < 0 {
            coroutineWrapperType = registerType("coroutine_wrapper")
            methods(for: coroutineWrapperType) { m in
                registerIteratorMethods(m, CoroutineWrapper.self)
                m.add(.throw, CoroutineWrapper.self) { vm, w, a throws(PyRaise) in
                    switch try w.throwInto(vm, try vm.exceptionInstance(a[0]))! {
                    case .yielded(let v): return v
                    case .returned(let v): throw vm.stopIteration(v)
                    }
                }
            }
        }
        return alloc(CoroutineWrapper(coroutine: coroutine, type: coroutineWrapperType))
    }
}

extension VM {
    /// `send`, `__next__` and `close` of a native iterator that drives a delegate
    /// (`coro.__await__()`, `Future.__await__()`) through its slots.
    func registerIteratorMethods<T: NativeClass>(_ m: MethodRegistrar, _ receiver: T.Type) {
        for name in [Sym.send, .__next__] {
            m.add(name, T.self) { vm, it, a throws(PyRaise) in try vm.yieldedOrStop(try it.send(vm, a.count > 0 ? a[0] : .none)!) }
        }
        m.add(.close, T.self) { vm, it, _ throws(PyRaise) in
            try it.close(vm)
            return .none
        }
    }
}
