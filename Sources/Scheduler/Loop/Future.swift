/// asyncio.Future, as futures.py defines it: a result slot plus done callbacks
/// scheduled with `call_soon` in registration order.

enum DoneCallback {
    case wakeup(TaskObject)            // Task.__wakeup
    case python(PythonCallback)        // add_done_callback(fn, context=...)
    case stopLoop(EventLoopObject)     // run_until_complete's _run_until_complete_cb
}

/// A program's done callback and the context it runs in (a class: two values inline would
/// make every ready item larger).
final class PythonCallback {
    let fn: Value
    let context: Value
    init(_ fn: Value, context: Value) { self.fn = fn; self.context = context }
}

extension VM {
    /// The future (or task) `v` is, if it is one.
    @inline(__always) func future(_ v: Value) -> FutureObject? {
        guard let n = nativeObject(v), n.role == .future else { return nil }
        return unsafeDowncast(n, to: FutureObject.self)
    }
}

class FutureObject: NativeClass {
    enum State { case pending, cancelled, finished }
    var state = State.pending
    var result: Value = .none
    var exception: Value = .none
    // The first done callback inline (nearly every future has exactly one: a task's wakeup).
    private var firstCallback: DoneCallback?
    private var moreCallbacks: [DoneCallback] = []

    /// Done callbacks in registration order.
    var callbacks: [DoneCallback] {
        get { (firstCallback.map { [$0] } ?? []) + moreCallbacks }
        set {
            firstCallback = newValue.first
            moreCallbacks = Array(newValue.dropFirst())
        }
    }
    let loop: EventLoopObject
    var cancelMessage: Value = .none
    var blocking = false          // _asyncio_future_blocking
    var cancelRequested = false   // _GatheringFuture._cancel_requested
    var children: [Value] = []    // _GatheringFuture children
    var isGathering = false
    var selfValue: Value = .none
    var sleepDelay: Value = .unbound   // set when this future is asyncio.sleep's, for labels
    var sleepDeadline = 0.0
    /// Its one yield went straight to a task's step (a sleep's future): nothing but the
    /// sleep and that task ever held it (see `VM.releaseAwaitedSleep`).
    var yieldedToTask = false
    /// For the trace: the event that completed it (or that its completion passes on).
    var traceCause: Int32 = -1

    init(loop: EventLoopObject, type: Int32) {
        self.loop = loop
        super.init(type: type, role: .future)
    }

    var done: Bool { state != .pending }

    /// A recycled future made new (see `Recycler`); it keeps its loop and type.
    func renew() {
        state = .pending
        result = .none
        exception = .none
        firstCallback = nil
        if !moreCallbacks.isEmpty { moreCallbacks = [] }
        cancelMessage = .none
        blocking = false
        cancelRequested = false
        if !children.isEmpty { children = [] }
        isGathering = false
        selfValue = .none
        sleepDelay = .unbound
        sleepDeadline = 0
        cancelledExc = .none
        exceptionUnretrieved = false
        yieldedToTask = false
        traceCause = -1
    }
    var hasDoneCallbacks: Bool { firstCallback != nil }

    var cancelledExc: Value = .none   // Task: the CancelledError its coroutine raised, handed out once

    func makeCancelledError(_ vm: VM) -> Value {
        if !cancelledExc.isNone {
            let e = cancelledExc
            cancelledExc = .none
            return e
        }
        return vm.alloc(ExceptionObject(type: BT.CancelledError.rawValue, args: cancelMessage.isNone ? [] : [cancelMessage]))
    }

    func scheduleCallbacks(_ vm: VM) {
        // Moved out and on, not copied (each copy of a wakeup retains its task).
        switch firstCallback.take() {
        case nil: return
        case .wakeup(let t)?:
            t.prefetchStack(vm)
            loop.traced { $0.taskReady(t, by: self) }
            loop.callSoon(.done(.wakeup(t), selfValue))
        case let other?:
            loop.callSoon(.done(other, selfValue))
        }
        if moreCallbacks.isEmpty { return }
        let more = moreCallbacks
        moreCallbacks = []
        for cb in more {
            loop.traced { if case .wakeup(let t) = cb { $0.taskReady(t, by: self) } }
            loop.callSoon(.done(cb, selfValue))
        }
    }

    func setResult(_ vm: VM, _ v: Value) throws(PyRaise) {
        if state != .pending { throw vm.error(.InvalidStateError, "invalid state") }     // _asyncio.Future's words
        result = v
        state = .finished
        loop.traced { $0.futureDone(self) }      // first: the wake-ups it queues name it as their cause
        scheduleCallbacks(vm)
    }

    /// `inCycle`: the caller's frame is in the exception's traceback (see `setExceptionMethod`).
    func setException(_ vm: VM, _ exc: Value, inCycle: Bool = false) throws(PyRaise) {
        if state != .pending { throw vm.error(.InvalidStateError, "invalid state") }     // _asyncio.Future's words
        var e = exc
        if vm.kind(e) == .type { e = try vm.exceptionInstance(e) }
        if vm.isInstance(e, .StopIteration) {
            throw vm.typeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        }
        exception = e
        state = .finished
        loop.traced { $0.futureDone(self) }
        scheduleCallbacks(vm)
        exceptionUnretrieved = true
        loop.runtime.failedFutures.append(selfValue)
        if !(self is TaskObject) && !inCycle { loop.runtime.watchFailedFuture(self) }
    }

    /// futures.py's `__log_traceback`: set with the exception, cleared when `result()` or
    /// `exception()` hands it out (awaiting the future calls `result()`).
    var exceptionUnretrieved = false
    /// When it was made among the run's futures and tasks (`AsyncioRuntime.futuresMade`).
    var made = 0

    /// futures.py's `__del__` when its exception was never retrieved: the loop's default
    /// exception handler message, with the traceback the exception has (none if it was
    /// never raised).
    func unretrievedReport(_ vm: VM) -> String? {
        guard exceptionUnretrieved, !exception.isNone else { return nil }
        let noun = vm.typeObject(typeIndex).name
        return "\(noun) exception was never retrieved\nfuture: \((try? reprText(vm)) ?? "<\(noun)>")\n" + vm.formatTraceback(exception)
    }

    /// Future.cancel; Task overrides.
    func cancel(_ vm: VM, _ msg: Value) throws(PyRaise) -> Bool {
        if isGathering {
            if done { return false }
            var ret = false
            for c in children {
                if let f = vm.future(c), try f.cancel(vm, msg) { ret = true }
            }
            if ret { cancelRequested = true }
            return ret
        }
        if state != .pending { return false }
        state = .cancelled
        cancelMessage = msg
        loop.traced { $0.futureDone(self) }
        scheduleCallbacks(vm)
        return true
    }

    func addDoneCallback(_ cb: DoneCallback) {
        if state != .pending {
            loop.traced { if case .wakeup(let t) = cb { $0.taskReady(t, by: self) } }
            loop.callSoon(.done(cb, selfValue))
        }
        else if firstCallback == nil { firstCallback = cb }
        else { moreCallbacks.append(cb) }
    }

    /// Future.result(): the value, or raise what it holds.
    func resultOrRaise(_ vm: VM) throws(PyRaise) -> Value {
        switch state {
        case .cancelled: throw PyRaise(makeCancelledError(vm))
        case .pending: throw vm.error(.InvalidStateError, "Result is not set.")
        case .finished:
            exceptionUnretrieved = false
            if !exception.isNone { throw PyRaise(exception) }
            return result
        }
    }

    var stateName: String {
        switch state { case .pending: return "PENDING"; case .cancelled: return "CANCELLED"; case .finished: return "FINISHED" }
    }

    func reprText(_ vm: VM) throws(PyRaise) -> String {
        let name = vm.typeObject(typeIndex).name == "_GatheringFuture" ? "_GatheringFuture" : "Future"
        return "<\(name) \(try reprInfo(vm).joined(separator: " "))>"
    }

    /// base_futures.py's `_future_repr_info`: the state, the result (through `reprlib.repr`)
    /// or exception, the `cb=[...]` callback list.
    func reprInfo(_ vm: VM) throws(PyRaise) -> [String] {
        var info = [stateName.lowercased()]
        if state == .finished {
            if !exception.isNone { info.append("exception=\(try vm.repr(exception))") }
            else { info.append("result=\(vm.limitedRepr(result, level: 6))") }
        }
        let cbs = callbacks
        if !cbs.isEmpty {
            let names = cbs.map { callbackName(vm, $0) }
            let shown = names.count > 2 ? [names[0], "<\(names.count - 2) more>", names[names.count - 1]] : names
            info.append("cb=[\(shown.joined(separator: ", "))]")
        }
        return info
    }

    private func callbackName(_ vm: VM, _ cb: DoneCallback) -> String {
        switch cb {
        case .wakeup: return "Task.__wakeup()"
        case .stopLoop: return "_run_until_complete_cb() at asyncio/base_events.py:180"
        case .python(let cb): return vm.callbackSource(cb.fn, [])
        }
    }

    override func repr(_ vm: VM) throws(PyRaise) -> String? { try reprText(vm) }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) {
        visit(selfValue); visit(result); visit(exception); visit(cancelMessage); visit(cancelledExc); visit(sleepDelay)
        visit(loop.selfValue)
        for c in children { visit(c) }
        firstCallback?.forEachValue(vm, visit)       // not `callbacks`, which builds an array
        for cb in moreCallbacks { cb.forEachValue(vm, visit) }
    }

    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        switch vm.symbols[sym] {
        case "_asyncio_future_blocking": return .bool(blocking)
        case "_loop": return loop.selfValue
        case "_state": return vm.str(stateName)
        default: return nil
        }
    }

    override func setAttr(_ vm: VM, _ sym: Int32, _ value: Value) throws(PyRaise) -> Bool {
        if vm.symbols[sym] == "_asyncio_future_blocking" { blocking = try vm.truthy(value); return true }
        return false
    }

    override func awaitIterator(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? {
        vm.alloc(FutureIter(future: selfValue, vm: vm))
    }
    override func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? {
        vm.alloc(FutureIter(future: selfValue, vm: vm))
    }
}

extension VM {
    /// Whether the running frame is the outermost of exception `exc`'s traceback: the frame
    /// caught it, so in CPython the traceback holds the frame, and the frame what it holds
    /// (the future it sets the exception on): a cycle only the cyclic collector frees, at
    /// the end of the run. schedviz's entries name their frame's code, not the frame.
    func frameInTraceback(_ exc: Value) -> Bool {
        guard exc.tag == .object, let e = heap[exc.objectIndex] as? ExceptionObject,
              let outer = e.traceback.last, let f = currentFrame else { return false }
        return outer.function == f.code.name && outer.file == f.code.file
    }
}

/// `Future.__await__`: yields the future itself while pending, then returns its result.
final class FutureIter: NativeClass {
    let future: Value
    var started = false
    var finished = false
    init(future: Value, vm: VM) { self.future = future; super.init(type: vm.asyncio.types.futureIter) }
    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(future) }

    override func send(_ vm: VM, _ value: Value) throws(PyRaise) -> (Bool, Value)? {
        let f = vm.future(future)!
        if finished { return (false, .none) }
        if !started && !f.done {
            started = true
            f.blocking = true
            return (true, future)
        }
        finished = true
        if !f.done { throw vm.error(.RuntimeError, "await wasn't used with future") }
        return (false, try f.resultOrRaise(vm))
    }

    override func throwInto(_ vm: VM, _ exc: Value) throws(PyRaise) -> GenResult? {
        finished = true
        throw PyRaise(exc)
    }

    override func next(_ vm: VM) throws(PyRaise) -> Value? {
        guard let step = try send(vm, .none) else { return nil }
        return try vm.yieldedOrStop(step)
    }

    override func close(_ vm: VM) { finished = true }

    override func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { selfValue }
}

extension AsyncioRuntime {
    func registerFutureMethods() {
        vm.methods(for: types.future) { m in
            m.add(.result, FutureObject.self) { vm, f, _ throws(PyRaise) in try f.resultOrRaise(vm) }
            m.add(.exception, FutureObject.self) { vm, f, _ throws(PyRaise) in
                switch f.state {
                case .cancelled: throw PyRaise(f.makeCancelledError(vm))
                case .pending: throw vm.error(.InvalidStateError, "Exception is not set.")
                case .finished:
                    f.exceptionUnretrieved = false
                    return f.exception
                }
            }
            m.add(.done, FutureObject.self) { _, f, _ in .bool(f.done) }
            m.add(.cancelled, FutureObject.self) { _, f, _ in .bool(f.state == .cancelled) }
            m.add(.cancel, FutureObject.self) { vm, f, a throws(PyRaise) in .bool(try f.cancel(vm, a.count > 0 ? a[0] : (a.keyword("msg") ?? .none))) }
            m.add(.add_done_callback, FutureObject.self) { vm, f, a throws(PyRaise) in
                try vm.argCount("add_done_callback", a, min: 1, max: 1)
                f.addDoneCallback(.python(PythonCallback(a[0], context: try vm.contextArgument(a))))
                return .none
            }
            m.add(.remove_done_callback, FutureObject.self) { vm, f, a throws(PyRaise) in
                try vm.argCount("remove_done_callback", a, min: 1, max: 1)
                let before = f.callbacks.count
                f.callbacks.removeAll { if case .python(let cb) = $0 { return (try? vm.equals(cb.fn, a[0])) ?? false }; return false }
                return .int(before - f.callbacks.count)
            }
            m.add(.set_result, FutureObject.self) { vm, f, a throws(PyRaise) in
                try vm.argCount("set_result", a, min: 1, max: 1)
                try f.setResult(vm, a[0])
                return .none
            }
            m.add(.set_exception, FutureObject.self) { vm, f, a throws(PyRaise) in
                try vm.argCount("set_exception", a, min: 1, max: 1)
                try f.setException(vm, a[0], inCycle: vm.frameInTraceback(a[0]))
                return .none
            }
            m.add(.get_loop, FutureObject.self) { _, f, _ in f.loop.selfValue }
            for name in [Sym.__await__, .__iter__] {
                m.add(name, FutureObject.self) { vm, f, _ in vm.alloc(FutureIter(future: f.selfValue, vm: vm)) }
            }
        }
        vm.methods(for: types.futureIter) { m in
            vm.registerIteratorMethods(m, FutureIter.self)
            m.add(.throw, FutureIter.self) { vm, it, a throws(PyRaise) in
                it.finished = true
                throw PyRaise(try vm.exceptionInstance(a[0]))
            }
        }
    }
}

