/// Asynchronous generators (PEP 525) as CPython's genobject.c runs them. The generator's
/// frame runs as any generator's; `__anext__`/`asend` and `athrow`/`aclose` return awaitables
/// that drive it and tell its own `yield` (the awaitable's result: a plain yield in the frame)
/// from an `await` inside it (a yield of the frame's `await` loop, passed out to the task).
/// The event loop's hooks (`sys.set_asyncgen_hooks`) come from the runtime extension.

extension VM {
    @inline(__always) func asyncGen(_ v: Value) -> GeneratorObject? {
        guard v.tag == .object else { return nil }
        let o = heap[v.objectIndex]
        return o.kind == .asyncGenerator ? unsafeDowncast(o, to: GeneratorObject.self) : nil
    }

    /// A generator of either kind: what the collector and finalization look at.
    @inline(__always) func anyGen(_ v: Value) -> GeneratorObject? {
        guard v.tag == .object else { return nil }
        let o = heap[v.objectIndex]
        return o.kind == .generator || o.kind == .asyncGenerator ? unsafeDowncast(o, to: GeneratorObject.self) : nil
    }

    /// The first `__anext__`, `asend`, `athrow` or `aclose`: the running loop's firstiter hook
    /// sees the generator, and its finalizer is kept for when the generator is dropped.
    func asyncGenInitHooks(_ g: GeneratorObject, _ v: Value) throws(PyRaise) {
        if g.hooksInited { return }
        g.hooksInited = true
        g.finalizer = try runtimeExtension.asyncGenFirstIter(v)
    }

    /// One resumption of `g` by an awaitable: the generator's own yield ends the await with
    /// its value (false, v); an `await` inside it passes out (true, v); its return, or
    /// StopAsyncIteration or GeneratorExit leaving it, marks it closed.
    func asyncGenStep(_ g: GeneratorObject, _ body: () throws(PyRaise) -> GenResult) throws(PyRaise) -> (Bool, Value) {
        let r: GenResult
        do {
            r = try body()
        } catch let e {
            if !isStop(e) && (isInstance(e.exc, .StopAsyncIteration) || isInstance(e.exc, .GeneratorExit)) { g.agClosed = true }
            g.runningAsync = false
            throw e
        }
        switch r {
        case .returned:
            g.agClosed = true
            g.runningAsync = false
            throw error(.StopAsyncIteration, nil)
        case .yielded(let v):
            if g.frame.delegating { return (true, v) }
            g.runningAsync = false
            return (false, v)
        }
    }

    /// `error(.X, nil)`: an exception without arguments.
    func error(_ t: BT, _ message: String?) -> PyRaise { PyRaise(makeException(t, message)) }

    /// The exception `throw(typ[, val])` and `athrow(typ[, val])` raise.
    func thrownException(_ a: BuiltinArgs) throws(PyRaise) -> Value {
        let exc = a[0]
        if kind(exc) == .type {
            guard isSubtype(Int32(exc.objectIndex), of: BT.BaseException.rawValue) else {
                throw typeError("exceptions must be classes or instances deriving from BaseException, not type")
            }
            if a.count > 1 && !a[1].isNone && kind(a[1]) == .exception { return a[1] }
            return alloc(ExceptionObject(type: Int32(exc.objectIndex), args: a.count > 1 && !a[1].isNone ? [a[1]] : []))
        }
        guard kind(exc) == .exception else {
            throw typeError("exceptions must be classes or instances deriving from BaseException, not \(typeName(exc))")
        }
        return exc
    }

    /// `async for`'s `.aiter` and `.anext` (with its messages), and the builtins `aiter` and `anext`.
    func registerAsyncIterationBuiltins() {
        extraBuiltins[".aiter"] = function("aiter") { vm, a throws(PyRaise) in
            try vm.asyncIterator(a[0],
                notIterable: { "'async for' requires an object with __aiter__ method, got \($0)" },
                notIterator: { "'async for' received an object from __aiter__ that does not implement __anext__: \($0)" })
        }
        extraBuiltins[".anext"] = function("anext") { vm, a throws(PyRaise) in
            let it = a[0]
            if vm.asyncGen(it) != nil { return try vm.asyncGenSend(it, nil) }
            guard let awaitable = try vm.callSpecial(it, .__anext__) else {
                throw vm.typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(vm.typeName(it))")
            }
            do {
                return try vm.awaitable(awaitable)
            } catch {
                throw vm.typeError("'async for' received an invalid object from __anext__: \(vm.typeName(awaitable))")
            }
        }
        extraBuiltins["aiter"] = function("aiter") { vm, a throws(PyRaise) in
            try vm.argCount("aiter", a, min: 1, max: 1)
            return try vm.asyncIterator(a[0],
                notIterable: { "'\($0)' object is not an async iterable" },
                notIterator: { "aiter() returned not an async iterator of type '\($0)'" })
        }
        extraBuiltins["anext"] = function("anext") { vm, a throws(PyRaise) in
            try vm.argCount("anext", a, min: 1, max: 2)
            let it = a[0]
            guard let awaitable = try vm.callSpecial(it, .__anext__) else {
                throw vm.typeError("'\(vm.typeName(it))' object is not an async iterator")
            }
            if a.count == 1 { return awaitable }
            if vm.asyncGenTypes.generator < 0 { vm.registerAsyncGenTypes() }
            return vm.allocAwaitable(AnextAwaitable(awaitable, a[1], type: vm.asyncGenTypes.anext))
        }
    }

    /// `v.__aiter__()`, checked to have `__anext__`; the messages get the type's name.
    func asyncIterator(_ v: Value, notIterable: (String) -> String, notIterator: (String) -> String) throws(PyRaise) -> Value {
        guard let it = try callSpecial(v, .__aiter__) else { throw typeError(notIterable(typeName(v))) }
        guard hasSpecial(it, .__anext__) else { throw typeError(notIterator(typeName(it))) }
        return it
    }

    /// `type(v).name(v)` for a user class's method or a native type's; nil when it has none.
    func callSpecial(_ v: Value, _ name: Sym) throws(PyRaise) -> Value? {
        if let f = lookupSpecial(v, name.rawValue) { return try callBound(f, v) }
        if hasMethod(v, name.rawValue) { return try callMethod(v, name.rawValue, []) }
        return nil
    }

    func hasSpecial(_ v: Value, _ name: Sym) -> Bool {
        lookupSpecial(v, name.rawValue) != nil || hasMethod(v, name.rawValue)
    }

    func registerAsyncGenTypes() {
        asyncGenTypes.generator = registerType("async_generator")
        asyncGenTypes.asend = registerType("async_generator_asend")
        asyncGenTypes.athrow = registerType("async_generator_athrow")
        asyncGenTypes.anext = registerType("anext_awaitable")
        methods(for: asyncGenTypes.generator) { m in
            m.add(.__aiter__) { _, recv, _ in recv }
            m.add(.__anext__) { vm, recv, _ throws(PyRaise) in try vm.asyncGenSend(recv, nil) }
            m.add("asend") { vm, recv, a throws(PyRaise) in
                try vm.argCount("asend", a, min: 1, max: 1)
                return try vm.asyncGenSend(recv, a[0])
            }
            m.add("athrow") { vm, recv, a throws(PyRaise) in
                try vm.argCount("athrow", a, min: 1, max: 3)
                return try vm.asyncGenThrow(recv, try vm.thrownException(a))
            }
            m.add("aclose") { vm, recv, a throws(PyRaise) in
                try vm.argCount("aclose", a, min: 0, max: 0)
                return try vm.asyncGenThrow(recv, nil)
            }
        }
        for t in [asyncGenTypes.asend, asyncGenTypes.athrow, asyncGenTypes.anext] {
            methods(for: t) { m in
                registerIteratorMethods(m, NativeClass.self)
                m.add(.throw, NativeClass.self) { vm, it, a throws(PyRaise) in
                    try vm.argCount("throw", a, min: 1, max: 3)
                    switch try it.throwInto(vm, try vm.thrownException(a))! {
                    case .yielded(let v): return v
                    case .returned(let v): throw vm.stopIteration(v)
                    }
                }
                m.add(.__await__) { _, recv, _ in recv }
                m.add(.__iter__) { _, recv, _ in recv }
            }
        }
    }

    func asyncGenSend(_ v: Value, _ sent: Value?) throws(PyRaise) -> Value {
        let g = asyncGen(v)!
        try asyncGenInitHooks(g, v)
        return allocAwaitable(AsyncGenASend(g, v, sent ?? .none, type: asyncGenTypes.asend))
    }

    /// `athrow(exc)`, or `aclose()` when `exc` is nil.
    private func asyncGenThrow(_ v: Value, _ exc: Value?) throws(PyRaise) -> Value {
        let g = asyncGen(v)!
        try asyncGenInitHooks(g, v)
        return allocAwaitable(AsyncGenAThrow(g, v, exc, type: asyncGenTypes.athrow))
    }

    func allocAwaitable(_ o: AddressedNative) -> Value {
        let v = alloc(o)
        o.value = v
        return v
    }

    /// An asend or athrow awaitable finished: the `await` that ran it lets go of it next, and
    /// with it of the generator if nothing else holds it (`await agen().asend(v)`, or
    /// `anext(agen())`): dropped unfinished, the loop's finalizer closes it. A finished
    /// awaitable no longer reaches its generator (a done task holding it in its `coro` would
    /// keep the generator alive, where CPython frees the task).
    func awaitableDone(_ g: GeneratorObject, _ held: inout Value) {
        let v = held
        held = .none
        guard mayDropCleanup, g.hasCleanupPending, v.tag == .object else { return }
        finalizeIfUnreachable([v])
    }

    /// What a task running an async generator's awaitable runs, for the trace: `agen.aclose`.
    public func awaitableTitle(_ v: Value) -> String? {
        switch native(v) {
        case let a as AsyncGenASend: return "\(a.ag.qualname).asend"
        case let a as AsyncGenAThrow: return "\(a.ag.qualname).\(a.exc == nil ? "aclose" : "athrow")"
        case is AnextAwaitable: return "anext"
        default: return nil
        }
    }

    /// An attribute of an async generator (`ag_running` is true while an awaitable runs it).
    func asyncGenAttribute(_ g: GeneratorObject, _ sym: Int32) -> Value? {
        switch symbols[sym] {
        case "ag_running": return .bool(g.runningAsync)
        case "ag_await":
            guard g.state == .suspended && g.frame.delegating else { return Value.none }
            noteEscape(g.frame.delegate)
            return g.frame.delegate
        case "__name__": return str(g.name)
        case "__qualname__": return str(g.qualname)
        default: return nil
        }
    }
}

/// A native object whose repr shows its address.
class AddressedNative: NativeClass {
    var value: Value = .none
    func address(_ vm: VM) -> String { vm.address(value) }
}

/// The awaitables' three states (CPython's AWAITABLE_STATE_*).
enum AwaitableState { case initial, iterating, closed }

/// `ag.__anext__()` and `ag.asend(v)`.
final class AsyncGenASend: AddressedNative {
    let ag: GeneratorObject
    var agValue: Value
    let sendValue: Value
    var state = AwaitableState.initial

    init(_ ag: GeneratorObject, _ agValue: Value, _ sendValue: Value, type: Int32) {
        self.ag = ag; self.agValue = agValue; self.sendValue = sendValue
        super.init(type: type)
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(agValue); visit(sendValue) }
    override func awaitIterator(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { selfValue }
    override func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { selfValue }
    override func next(_ vm: VM) throws(PyRaise) -> Value? { try vm.yieldedOrStop(try send(vm, .none)!) }

    override func send(_ vm: VM, _ value: Value) throws(PyRaise) -> (Bool, Value)? {
        if state == .closed { throw vm.error(.RuntimeError, "cannot reuse already awaited __anext__()/asend()") }
        var v = value
        if state == .initial {
            if ag.runningAsync { throw vm.error(.RuntimeError, "anext(): asynchronous generator is already running") }
            if v.isNone { v = sendValue }
            state = .iterating
        }
        ag.runningAsync = true
        return try finish(vm) { () throws(PyRaise) in try vm.resume(ag, send: v) }
    }

    override func throwInto(_ vm: VM, _ exc: Value) throws(PyRaise) -> GenResult? {
        if state == .closed { throw vm.error(.RuntimeError, "cannot reuse already awaited __anext__()/asend()") }
        let (yielded, v) = try finish(vm) { () throws(PyRaise) in try vm.genThrow(ag, exc) }
        return yielded ? .yielded(v) : .returned(v)
    }

    private func finish(_ vm: VM, _ body: () throws(PyRaise) -> GenResult) throws(PyRaise) -> (Bool, Value) {
        do {
            let r = try vm.asyncGenStep(ag, body)
            if !r.0 { done(vm) }
            return r
        } catch let e {
            done(vm)
            throw e
        }
    }

    private func done(_ vm: VM) {
        state = .closed
        vm.awaitableDone(ag, &agValue)
    }

    override func close(_ vm: VM) throws(PyRaise) { state = .closed }
    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<async_generator_asend object at \(address(vm))>" }
}

/// `ag.athrow(exc)`, and `ag.aclose()` (no exception: GeneratorExit, which it must not ignore).
final class AsyncGenAThrow: AddressedNative {
    let ag: GeneratorObject
    var agValue: Value
    let exc: Value?
    var state = AwaitableState.initial
    private var closing: Bool { exc == nil }

    init(_ ag: GeneratorObject, _ agValue: Value, _ exc: Value?, type: Int32) {
        self.ag = ag; self.agValue = agValue; self.exc = exc
        super.init(type: type)
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(agValue); if let exc { visit(exc) } }
    override func awaitIterator(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { selfValue }
    override func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { selfValue }
    override func next(_ vm: VM) throws(PyRaise) -> Value? { try vm.yieldedOrStop(try send(vm, .none)!) }

    private func reused(_ vm: VM) -> PyRaise {
        vm.error(.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
    }

    override func send(_ vm: VM, _ value: Value) throws(PyRaise) -> (Bool, Value)? {
        if state == .closed { throw reused(vm) }
        if ag.state == .closed {
            state = .closed
            return (false, .none)
        }
        if state == .initial {
            if ag.runningAsync {
                state = .closed
                throw vm.error(.RuntimeError, "\(closing ? "aclose" : "athrow")(): asynchronous generator is already running")
            }
            if ag.agClosed {
                state = .closed
                throw vm.error(.StopAsyncIteration, nil)
            }
            if !value.isNone { throw vm.error(.RuntimeError, "can't send non-None value to a just-started coroutine") }
            state = .iterating
            ag.runningAsync = true
            if closing { ag.agClosed = true }
            let thrown = exc ?? vm.makeException(.GeneratorExit, nil)
            return try step(vm) { () throws(PyRaise) in try vm.genThrow(ag, thrown) }
        }
        return try step(vm) { () throws(PyRaise) in try vm.resume(ag, send: value) }
    }

    override func throwInto(_ vm: VM, _ e: Value) throws(PyRaise) -> GenResult? {
        if state == .closed { throw reused(vm) }
        let (yielded, v) = try step(vm) { () throws(PyRaise) in try vm.genThrow(ag, e) }
        return yielded ? .yielded(v) : .returned(v)
    }

    /// athrow: as asend does. aclose: the generator's own yield is an error, and its
    /// ending (StopAsyncIteration, GeneratorExit) the await's.
    private func step(_ vm: VM, _ body: () throws(PyRaise) -> GenResult) throws(PyRaise) -> (Bool, Value) {
        let r: (Bool, Value)
        do {
            r = try unwrapped(vm, body)
        } catch let e {
            vm.awaitableDone(ag, &agValue)
            throw e
        }
        if !r.0 { vm.awaitableDone(ag, &agValue) }
        return r
    }

    private func unwrapped(_ vm: VM, _ body: () throws(PyRaise) -> GenResult) throws(PyRaise) -> (Bool, Value) {
        do throws(PyRaise) {
            let r = try vm.asyncGenStep(ag, body)
            if r.0 { return r }
            state = .closed
            if closing {
                ag.runningAsync = false
                throw vm.error(.RuntimeError, "async generator ignored GeneratorExit")
            }
            return r
        } catch let e {
            state = .closed
            ag.runningAsync = false
            if closing && !vm.isStop(e) && (vm.isInstance(e.exc, .StopAsyncIteration) || vm.isInstance(e.exc, .GeneratorExit)) {
                // The exception goes, and with its traceback the frame's locals.
                if vm.mayDropCleanup { vm.closeDroppedGenerators(ag.frame, keeping: .none) }
                return (false, .none)
            }
            throw e
        }
    }

    override func close(_ vm: VM) throws(PyRaise) { state = .closed }
    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<async_generator_athrow object at \(address(vm))>" }
}

/// `anext(it, default)`: awaits `it.__anext__()`, its StopAsyncIteration the default.
final class AnextAwaitable: AddressedNative {
    let wrapped: Value
    let fallback: Value
    private var iterator: Value = .unbound

    init(_ wrapped: Value, _ fallback: Value, type: Int32) {
        self.wrapped = wrapped; self.fallback = fallback
        super.init(type: type)
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(wrapped); visit(fallback); visit(iterator) }
    override func awaitIterator(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { selfValue }
    override func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { selfValue }
    override func next(_ vm: VM) throws(PyRaise) -> Value? { try vm.yieldedOrStop(try send(vm, .none)!) }

    private func delegate(_ vm: VM) throws(PyRaise) -> Value {
        if iterator.tag == .unbound { iterator = try vm.awaitable(wrapped) }
        return iterator
    }

    private func defaulted(_ vm: VM, _ e: PyRaise) throws(PyRaise) -> (Bool, Value) {
        if !vm.isStop(e) && vm.isInstance(e.exc, .StopAsyncIteration) { return (false, fallback) }
        throw e
    }

    override func send(_ vm: VM, _ value: Value) throws(PyRaise) -> (Bool, Value)? {
        let it = try delegate(vm)
        do { return try vm.sendTo(it, value) } catch let e { return try defaulted(vm, e) }
    }

    override func throwInto(_ vm: VM, _ exc: Value) throws(PyRaise) -> GenResult? {
        let it = try delegate(vm)
        do throws(PyRaise) {
            if let g = vm.gen(it) { return try vm.genThrow(g, exc) }
            if let r = try vm.throwIntoNative(it, exc) { return r }
            throw PyRaise(exc)
        } catch let e {
            let (_, v) = try defaulted(vm, e)
            return .returned(v)
        }
    }

    override func close(_ vm: VM) throws(PyRaise) {
        if iterator.tag != .unbound { try vm.closeIterator(iterator) }
    }
    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<anext_awaitable object at \(address(vm))>" }
}
