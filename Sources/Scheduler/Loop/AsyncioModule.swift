/// The `asyncio` module: native pieces (loop, futures, tasks, sleep) plus a prelude
/// of CPython's own Python code (gather, wait_for, run, queues, locks) compiled on first import.

/// Type ids of asyncio's native types, registered once per VM.
struct AsyncTypes {
    var loop: Int32 = 0, future: Int32 = 0, task: Int32 = 0, handle: Int32 = 0, timerHandle: Int32 = 0
    var futureIter: Int32 = 0, gatheringFuture: Int32 = 0, frame: Int32 = 0
}

/// What the trace layer wants to hear from the loop, besides the language core's events
/// (called through an unretained reference, `EventLoopObject.traced`, as `RuntimeTracer` is).
/// Every method does nothing unless overridden.
public class LoopTrace: RuntimeTracer {
    func taskCreated(_ t: TaskObject) {}
    func taskStep(_ t: TaskObject) {}
    func taskWaits(_ t: TaskObject, _ on: Value) {}
    func futureDone(_ f: FutureObject) {}
    func timerSet(_ h: HandleObject) {}
    func timerFired(_ h: HandleObject) {}
    /// `t`'s next step is queued: its first, after a bare yield, or (`future` set) because
    /// the future it waited on is done. Called after `futureDone(future)`.
    func taskReady(_ t: TaskObject, by future: FutureObject?) {}
    /// `t.cancel()` starts (when `t` is not done); `cancelEnded` when it returns.
    func cancelRequested(_ t: TaskObject) {}
    func cancelEnded() {}
    /// The loop is about to run a program's callback (a done callback, a `call_soon` or
    /// `call_later` one) because of event `cause` (-1: none known).
    func callbackRuns(cause: Int32) {}
    /// The loop ran the ready items of an iteration: code runs in its own right again.
    func callbacksDone() {}
    /// `t.set_name(...)` gave the task a new name.
    func taskRenamed(_ t: TaskObject) {}
    /// A program's `call_soon` made handle `h`.
    func handleScheduled(_ h: HandleObject) {}
    func loopEntered(_ how: String) {}
    func loopExited(_ how: String) {}
    func sleepStarted(_ sleep: SleepCoroutine, _ delay: Value, deadline: Double?) {}
    func sleepFinished(_ sleep: SleepCoroutine, _ result: Value, raised: Value?) {}
    /// The program is going away: let go of its heap objects (a task holds its loop, and
    /// the loop this trace).
    func detach() {}
}

extension AsyncioRuntime {
    private func registerTypes() {
        types.loop = vm.registerType("_UnixSelectorEventLoop")
        types.future = vm.registerType("Future", qualifiedName: "_asyncio.Future") { vm, a throws(PyRaise) in
            vm.asyncio.newFuture(try vm.asyncio.eventLoopForNewTask())
        }
        types.task = vm.registerType("Task", qualifiedName: "_asyncio.Task", base: types.future) { vm, a throws(PyRaise) in
            guard a.count >= 1 else { throw vm.typeError("Task() missing required argument 'coro' (pos 1)") }
            var loop = try vm.asyncio.loopArg(a.keyword("loop") ?? .none)
            if loop == nil { loop = try vm.asyncio.eventLoopForNewTask() }
            return try vm.asyncio.createTask(a[0], loop: loop!, name: a.keyword("name") ?? .none, context: try vm.contextArgument(a, forTask: true))
        }
        types.handle = vm.registerType("Handle", qualifiedName: "asyncio.events.Handle")
        types.timerHandle = vm.registerType("TimerHandle", qualifiedName: "asyncio.events.TimerHandle", base: types.handle)
        types.futureIter = vm.registerType("FutureIter", qualifiedName: "_asyncio.FutureIter")
        types.gatheringFuture = vm.registerType("_GatheringFuture", qualifiedName: "asyncio.tasks._GatheringFuture", base: types.future)
        registerLoopMethods()
        registerHandleMethods()
        registerFutureMethods()
        registerTaskMethods()
        registerTaskStackMethods()
    }

    /// The loop `get_event_loop()` returns: the running one, else the current one, made on first use.
    func eventLoopForNewTask() throws(PyRaise) -> EventLoopObject {
        if let l = runningLoop { return l }
        if let l = currentLoop { return l }
        if loopSetExplicitly {
            throw vm.error(.RuntimeError, "There is no current event loop in thread 'MainThread'.")
        }
        let l = makeLoop()
        currentLoop = l
        return l
    }

    func makeLoop() -> EventLoopObject {
        let l = EventLoopObject(runtime: self)
        l.selfValue = vm.alloc(l)
        vm.noteLoopCreated()
        return l
    }

    func loopArg(_ v: Value) throws(PyRaise) -> EventLoopObject? {
        if v.isNone { return nil }
        guard let l = vm.native(v) as? EventLoopObject else { throw vm.typeError("expected an event loop, got \(vm.typeName(v))") }
        return l
    }

    func asyncioAttribute(_ name: String) throws(PyRaise) -> Value? {
        if types.loop == 0 { registerTypes() }
        switch name {
        case "sleep":
            return vm.function("sleep") { [self] vm, a throws(PyRaise) in
                guard a.count >= 1 else { throw vm.typeError("sleep() missing 1 required positional argument: 'delay'") }
                let result = a.count > 1 ? a[1] : (a.keyword("result") ?? .none)
                return newSleep(delay: a[0], result: result)
            }
        case "get_event_loop":
            return vm.function("get_event_loop") { vm, _ throws(PyRaise) in try vm.asyncio.eventLoopForNewTask().selfValue }
        case "get_running_loop":
            return vm.function("get_running_loop") { vm, _ throws(PyRaise) in
                guard let l = vm.asyncio.runningLoop else { throw vm.error(.RuntimeError, "no running event loop") }
                return l.selfValue
            }
        case "_get_running_loop":
            return vm.function("_get_running_loop") { vm, _ throws(PyRaise) in vm.asyncio.runningLoop?.selfValue ?? .none }
        case "new_event_loop":
            return vm.function("new_event_loop") { vm, _ throws(PyRaise) in vm.asyncio.makeLoop().selfValue }
        case "set_event_loop":
            return vm.function("set_event_loop") { vm, a throws(PyRaise) in
                try vm.argCount("set_event_loop", a, min: 1, max: 1)
                vm.asyncio.currentLoop = try vm.asyncio.loopArg(a[0])
                vm.asyncio.loopSetExplicitly = true
                return .none
            }
        case "ensure_future":
            return vm.function("ensure_future") { vm, a throws(PyRaise) in
                try vm.argCount("ensure_future", a, min: 1, max: 1)
                return try vm.asyncio.ensureFuture(a[0], loop: try vm.asyncio.loopArg(a.keyword("loop") ?? .none))
            }
        case "create_task":
            return vm.function("create_task") { vm, a throws(PyRaise) in
                try vm.argCount("create_task", a, min: 1, max: 1)
                guard let l = vm.asyncio.runningLoop else { throw vm.error(.RuntimeError, "no running event loop") }
                return try vm.asyncio.createTask(a[0], loop: l, name: a.keyword("name") ?? .none, context: try vm.contextArgument(a, forTask: true))
            }
        case "current_task":
            return vm.function("current_task") { vm, a throws(PyRaise) in
                let given = a.count > 0 ? a[0] : (a.keyword("loop") ?? .none)
                if !given.isNone && !(vm.native(given) is EventLoopObject) { return .none }    // no task runs in it
                let l = try vm.asyncio.loopArg(given) ?? vm.asyncio.runningLoop
                guard let loop = l else { throw vm.error(.RuntimeError, "no running event loop") }
                return loop.currentTask?.selfValue ?? .none
            }
        case "all_tasks":
            return vm.function("all_tasks") { vm, a throws(PyRaise) in
                let given = a.count > 0 ? a[0] : (a.keyword("loop") ?? .none)
                if !given.isNone && !(vm.native(given) is EventLoopObject) { return vm.alloc(try vm.makeSet(nil, frozen: false)) }
                let l = try vm.asyncio.loopArg(given) ?? vm.asyncio.runningLoop
                guard let loop = l else { throw vm.error(.RuntimeError, "no running event loop") }
                // A set, as CPython's; its order is the tasks' addresses', as there.
                let pending = vm.makeList(loop.tasks.filter { !$0.done }.map(\.selfValue))
                return vm.alloc(try vm.makeSet(pending, frozen: false))
            }
        case "iscoroutine":
            return vm.function("iscoroutine") { vm, a throws(PyRaise) in
                try vm.argCount("iscoroutine", a, min: 1, max: 1)
                return .bool(vm.isCoroutineValue(a[0]))
            }
        case "iscoroutinefunction":
            return vm.function("iscoroutinefunction") { vm, a throws(PyRaise) in
                try vm.argCount("iscoroutinefunction", a, min: 1, max: 1)
                guard let f = vm.heap[a[0].objectIndex] as? FunctionObject, a[0].tag == .object else { return .false }
                return .bool(f.code.isCoroutine)
            }
        case "isfuture":
            return vm.function("isfuture") { vm, a throws(PyRaise) in .bool(vm.native(a[0]) is FutureObject) }
        case "coroutine":
            return vm.builtinFunction(.typesCoroutine)
        case "Future": return .object(types.future)
        case "Task": return .object(types.task)
        case "CancelledError": return vm.typeValue(.CancelledError)
        case "TimeoutError": return vm.typeValue(.TimeoutError)
        case "InvalidStateError": return vm.typeValue(.InvalidStateError)
        case "QueueEmpty": return vm.typeValue(.QueueEmpty)
        case "QueueFull": return vm.typeValue(.QueueFull)
        case "_make_gathering_future":
            return vm.function("_make_gathering_future") { vm, a throws(PyRaise) in
                var loop = try vm.asyncio.loopArg(a[1])
                if loop == nil { loop = try vm.asyncio.eventLoopForNewTask() }
                let l = loop!
                let f = FutureObject(loop: l, type: vm.asyncio.types.gatheringFuture)
                f.isGathering = true
                f.children = try vm.iterateToArray(a[0])
                let v = vm.alloc(f)
                f.selfValue = v
                vm.asyncio.futuresMade += 1
                f.made = vm.asyncio.futuresMade
                return v
            }
        case "_future_loop":
            return vm.function("_future_loop") { vm, a throws(PyRaise) in
                guard let f = vm.future(a[0]) else { throw vm.typeError("not a future") }
                return f.loop.selfValue
            }
        case "_cancel_requested":
            return vm.function("_cancel_requested") { vm, a throws(PyRaise) in
                .bool(vm.future(a[0])?.cancelRequested ?? false)
            }
        case "_make_cancelled_error":
            return vm.function("_make_cancelled_error") { vm, a throws(PyRaise) in
                guard let f = vm.future(a[0]) else { throw vm.typeError("not a future") }
                return f.makeCancelledError(vm)
            }
        case "_cancel_message":
            return vm.function("_cancel_message") { vm, a throws(PyRaise) in vm.future(a[0])?.cancelMessage ?? .none }
        case "_address":
            return vm.function("_address") { vm, a throws(PyRaise) in vm.str(vm.address(a[0])) }
        case "_asyncgens_to_close":
            return vm.function("_asyncgens_to_close") { vm, a throws(PyRaise) in
                guard let l = try vm.asyncio.loopArg(a[0]) else { return vm.makeList([]) }
                return vm.makeList(vm.asyncio.asyncGensToClose(l))
            }
        case "_report_asyncgen_error":
            // The loop's default exception handler, for shutdown_asyncgens' context.
            return vm.function("_report_asyncgen_error") { vm, a throws(PyRaise) in
                let agen = try vm.repr(a[0])
                vm.errorOutput("an error occurred during closing of asynchronous generator \(agen)\nasyncgen: \(agen)\n" + vm.formatTraceback(a[1]))
                return .none
            }
        case "_loop_tasks":
            return vm.function("_loop_tasks") { vm, a throws(PyRaise) in
                guard let l = try vm.asyncio.loopArg(a[0]) else { return vm.makeList([]) }
                return vm.makeList(l.tasks.filter { !$0.done }.map(\.selfValue))
            }
        default:
            return try preludeAttribute(name)
        }
    }
}
