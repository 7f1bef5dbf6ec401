/// asyncio.Task: Task.__step and Task.__wakeup as tasks.py runs them.

final class TaskObject: FutureObject {
    let coro: Value
    /// The coroutine's frame when it is a generator-based or native one (it lives as long as
    /// the task holds `coro`): the trace reads its line at every step, with no reference counting.
    let coroFrame: Unmanaged<Frame>?
    /// The coroutine object's identity, for the trace to recognise it when it resumes.
    let coroID: ObjectIdentifier?
    var name: String
    var mustCancel = false
    var futWaiter: Value = .none
    var numCancelsRequested = 0
    var lane: Int32 = 0
    /// The contextvars context its steps run in (`.none`: an empty one; see ContextVars.swift).
    var context: Value = .none
    /// Creation order (`Task-N`'s N, whatever the task's name).
    let serial: Int
    /// For the trace: what queued its next step, and the cancel its next step will throw.
    var traceWake: Int32 = -1
    var traceCancel: Int32 = -1

    init(loop: EventLoopObject, coro: Value, object: PyObject?, frame: Frame?, name: String, serial: Int, type: Int32) {
        self.coro = coro
        self.serial = serial
        coroID = object.map(ObjectIdentifier.init)
        coroFrame = frame.map { .passUnretained($0) }
        self.name = name
        super.init(loop: loop, type: type)
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) {
        super.forEachValue(vm, visit)
        visit(coro); visit(futWaiter); visit(context)
    }

    /// Where waking this task from `future` (awaited by `sleep`) will read. Called while the
    /// task steps, so its coroutine's frame is alive.
    func wakeHint(future: FutureObject, sleep: AnyObject) -> WakeHint {
        var h = WakeHint(future: memoryAddress(future), task: memoryAddress(self), sleep: memoryAddress(sleep),
                         futureSlot: future.selfValue.tag == .object ? Int32(future.selfValue.objectIndex) : -1)
        coroFrame?._withUnsafeGuaranteedRef { f in
            h.frame = memoryAddress(f)
            h.slots = UnsafeRawPointer(f.slots)
            h.coroutine = f.ownerAddress
        }
        return h
    }

    /// Task.__step.
    func step(_ excIn: Value?) throws(PyRaise) {
        let vm = loop.vm
        if done { throw vm.error(.InvalidStateError, "_step(): already done: \(try reprText(vm)), \(excIn.map { (try? vm.repr($0)) ?? "?" } ?? "None")") }
        var exc = excIn
        if mustCancel {
            if exc == nil || !vm.isInstance(exc!, .CancelledError) { exc = makeCancelledError(vm) }
            mustCancel = false
        }
        futWaiter = .none
        let previous = loop.currentTaskRef
        loop.currentTaskRef = .passUnretained(self)
        // Its context becomes the current one: what the step sets (maybe a context it made) stays with it.
        let outerContext = vm.contexts.current
        vm.contexts.current = context
        vm.stepCount += 1
        loop.traced { $0.taskStep(self) }
        if vm.stepCount > vm.limits.steps {
            throw vm.stepLimitReached()
        }
        var outcome: GenResult
        do {
            outcome = try vm.sendOrThrow(coro, exc)
        } catch let e {
            loop.currentTaskRef = previous
            context = vm.contexts.current
            vm.contexts.current = outerContext
            if vm.isStop(e) { throw e }
            let ex = e.exc
            if vm.isInstance(ex, .StopIteration) {
                try finishWith(vm, vm.stopIterationValue(ex))
            } else if vm.isInstance(ex, .CancelledError) {
                cancelledExc = ex
                _ = try super.cancel(vm, .none)
            } else if vm.isInstance(ex, .KeyboardInterrupt) || vm.isInstance(ex, .SystemExit) {
                try setException(vm, ex)
                throw e
            } else {
                let awaited = hasDoneCallbacks
                try setException(vm, ex)
                if !awaited { loop.runtime.reportIfDropped(self) }
            }
            return
        }
        loop.currentTaskRef = previous
        context = vm.contexts.current
        vm.contexts.current = outerContext
        switch outcome {
        case .returned(let v):
            try finishWith(vm, v)
        case .yielded(let result):
            try handleYield(vm, result)
        }
    }

    private func finishWith(_ vm: VM, _ v: Value) throws(PyRaise) {
        if mustCancel {
            mustCancel = false
            _ = try super.cancel(vm, cancelMessage)
        } else {
            try setResult(vm, v)
        }
    }

    private func handleYield(_ vm: VM, _ result: Value) throws(PyRaise) {
        if let f = vm.future(result) {
            if f.loop !== loop {
                let err = vm.makeException(.RuntimeError, "Task \(try reprText(vm)) got Future \(try f.reprText(vm)) attached to a different loop")
                scheduleStep(err)
            } else if f.blocking {
                if f === self {
                    scheduleStep(vm.makeException(.RuntimeError, "Task cannot await on itself: \(try reprText(vm))"))
                    return
                }
                f.blocking = false
                f.yieldedToTask = true
                f.addDoneCallback(.wakeup(self))
                futWaiter = result
                loop.traced { $0.taskWaits(self, result) }
                if mustCancel, try f.cancel(vm, cancelMessage) { mustCancel = false }
            } else {
                let err = vm.makeException(.RuntimeError, "yield was used instead of yield from in task \(try reprText(vm)) with \(try f.reprText(vm))")
                scheduleStep(err)
            }
        } else if result.isNone {
            scheduleStep(.unbound)
        } else if let g = vm.gen(result), !g.isCoroutine {
            let err = vm.makeException(.RuntimeError, "yield was used instead of yield from for generator in task \(try reprText(vm)) with \(try vm.repr(result))")
            scheduleStep(err)
        } else {
            scheduleStep(vm.makeException(.RuntimeError, "Task got bad yield: \(try vm.repr(result))"))
        }
    }

    /// Queues the task's next step (`call_soon(self.__step, exc)`); `exc` is `.unbound` for none.
    func scheduleStep(_ exc: Value) {
        loop.traced { $0.taskReady(self, by: nil) }
        loop.callSoon(.step(self, exc))
    }

    /// Task.__wakeup.
    func wakeup(_ future: Value) throws(PyRaise) {
        let f = loop.vm.future(future)!
        do {
            _ = try f.resultOrRaise(loop.vm)
        } catch let e {
            try step(e.exc)
            return
        }
        try step(nil)
    }

    override func cancel(_ vm: VM, _ msg: Value) throws(PyRaise) -> Bool {
        if done { return false }
        loop.traced { $0.cancelRequested(self) }
        defer { loop.traced { $0.cancelEnded() } }
        numCancelsRequested += 1
        if let w = vm.future(futWaiter) {
            if try w.cancel(vm, msg) { return true }
        }
        mustCancel = true
        cancelMessage = msg
        return true
    }

    func waitDescription(_ vm: VM) -> String {
        guard let f = vm.future(futWaiter) else {
            return "nothing (it is ready)"
        }
        if let t = f as? TaskObject { return "task \(t.name)" }
        return vm.futureLabel(f)
    }

    /// base_tasks.py's `_task_repr_info`: the future's info with the state "cancelling" once
    /// a cancel was asked, the name, where the coroutine is and what it waits for inserted.
    override func reprText(_ vm: VM) throws(PyRaise) -> String {
        var info = try reprInfo(vm)
        if !done && numCancelsRequested > 0 { info[0] = "cancelling" }
        var inserted = ["name=\(VM.quote(name))"]
        if let g = vm.gen(coro) {
            let file = g.frame.code.file
            if g.state == .closed {
                inserted.append("coro=<\(g.qualname)() done, defined at \(file):\(g.frame.code.firstLine)>")
            } else {
                let line = g.frame.ip == 0 ? Int32(g.frame.code.firstLine) : g.frame.line
                inserted.append("coro=<\(g.qualname)() running at \(file):\(line)>")
            }
        } else {
            inserted.append("coro=<\((try? vm.repr(coro)) ?? "?")>")
        }
        if !done, let w = vm.future(futWaiter) {
            inserted.append("wait_for=\(try w.reprText(vm))")
        }
        info.insert(contentsOf: inserted, at: 1)
        return "<Task \(info.joined(separator: " "))>"
    }
}

extension VM {
    /// coro.send(None) or coro.throw(exc), for generator-based and native coroutines alike.
    func sendOrThrow(_ coro: Value, _ exc: Value?) throws(PyRaise) -> GenResult {
        if let g = gen(coro) {
            if let exc { return try genThrow(g, exc) }
            return try resume(g, send: .none)
        }
        if let n = native(coro) {
            if let exc {
                if let r = try n.throwInto(self, exc) { return r }
                throw PyRaise(exc)
            }
            if let (yielded, v) = try n.send(self, .none) { return yielded ? .yielded(v) : .returned(v) }
        }
        throw typeError("a coroutine was expected, got \(try repr(coro))")
    }

    func isCoroutineValue(_ v: Value) -> Bool {
        if gen(v) != nil { return true }
        // asend, athrow and anext awaitables pass collections.abc.Coroutine's check.
        return native(v) is SleepCoroutine || native(v) is AddressedNative
    }

    func futureLabel(_ f: FutureObject) -> String {
        if f.sleepDelay.tag != .unbound {
            return "sleep(\((try? repr(f.sleepDelay)) ?? "?")) until t=\(PyFormat.floatRepr(f.sleepDeadline))"
        }
        return "a future"
    }
}

extension AsyncioRuntime {
    func createTask(_ coro: Value, loop: EventLoopObject, name: Value, context: Value = .none) throws(PyRaise) -> Value {
        if loop.closed { throw vm.error(.RuntimeError, "Event loop is closed") }
        guard vm.isCoroutineValue(coro) else { throw vm.typeError("a coroutine was expected, got \(try vm.repr(coro))") }
        if let g = vm.gen(coro), g.unawaited { vm.settleUnawaited(g) }     // the task will start it
        taskCounter += 1
        let taskName = name.isNone ? "Task-\(taskCounter)" : try vm.strOf(name)
        let t = TaskObject(loop: loop, coro: coro, object: coro.tag == .object ? vm.heap[coro.objectIndex] : nil,
                           frame: vm.gen(coro)?.frame, name: taskName, serial: taskCounter, type: types.task)
        let v = vm.alloc(t)
        t.selfValue = v
        futuresMade += 1
        t.made = futuresMade
        t.context = context.isNone ? vm.copyCurrentContext() : context
        loop.tasks.append(t)
        loop.traced { $0.taskCreated(t) }
        t.scheduleStep(.unbound)
        return v
    }

    func ensureFuture(_ v: Value, loop: EventLoopObject?) throws(PyRaise) -> Value {
        if vm.native(v) is FutureObject { return v }
        var coro = v
        if !vm.isCoroutineValue(v) {
            // Any other awaitable runs in a task through tasks.py's `_wrap_awaitable`.
            guard vm.lookupSpecial(v, Sym.__await__.rawValue) != nil, let wrap = try preludeAttribute("_wrap_awaitable") else {
                throw vm.typeError("An asyncio.Future, a coroutine or an awaitable is required")
            }
            (vm.heap[wrap.objectIndex] as? FunctionObject)?.iterableCoroutine = true    // @types.coroutine
            coro = try vm.call(wrap, [v])
        }
        if let loop { return try createTask(coro, loop: loop, name: .none) }
        return try createTask(coro, loop: try eventLoopForNewTask(), name: .none)
    }
}

extension AsyncioRuntime {
    /// A task's methods besides its future's. It cannot be given a result: CPython's Task
    /// refuses `set_result` and `set_exception`.
    func registerTaskMethods() {
        vm.methods(for: types.task) { m in
            m.add(.get_name, TaskObject.self) { vm, t, _ in vm.str(t.name) }
            m.add(.set_name, TaskObject.self) { vm, t, a throws(PyRaise) in
                try vm.argCount("set_name", a, min: 1, max: 1)
                t.name = try vm.strOf(a[0])
                t.loop.traced { $0.taskRenamed(t) }
                return .none
            }
            m.add(.get_coro, TaskObject.self) { _, t, _ in t.coro }
            m.add(.cancelling, TaskObject.self) { _, t, _ in .int(t.numCancelsRequested) }
            m.add(.uncancel, TaskObject.self) { _, t, _ in
                if t.numCancelsRequested > 0 { t.numCancelsRequested -= 1 }
                return .int(t.numCancelsRequested)
            }
            for sym in [Sym.set_result, .set_exception] {
                let message = "Task does not support \(vm.symbols[sym.rawValue]) operation"
                m.add(sym) { vm, _, _ throws(PyRaise) in throw vm.error(.RuntimeError, message) }
            }
        }
    }
}

