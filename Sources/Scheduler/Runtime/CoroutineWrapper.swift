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

    override func hasMethod(_ vm: VM, _ sym: Int32) -> Bool { ["send", "throw", "close", "__next__"].contains(vm.symbols[sym]) }

    override func callMethod(_ vm: VM, _ sym: Int32, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        switch vm.symbols[sym] {
        case "send", "__next__":
            return try vm.yieldedOrStop(try vm.sendTo(coroutine, a.count > 0 ? a[0] : .none))
        case "throw":
            switch try throwInto(vm, try vm.exceptionInstance(a[0]))! {
            case .yielded(let v): return v
            case .returned(let v): throw vm.stopIteration(v)
            }
        case "close":
            try vm.closeIterator(coroutine)
            return .none
        default: return try super.callMethod(vm, sym, a)
        }
    }

    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<coroutine_wrapper object at 0x7f3a00002000>" }
}

extension VM {
    /// `__await__()` of a coroutine (a Python one or a native sleep).
    func coroutineWrapper(_ coroutine: Value) -> Value {
        if coroutineWrapperType < 0 { coroutineWrapperType = registerType("coroutine_wrapper") }
        return alloc(CoroutineWrapper(coroutine: coroutine, type: coroutineWrapperType))
    }
}
