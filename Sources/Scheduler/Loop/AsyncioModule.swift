/// The `asyncio` module: native pieces (loop, futures, tasks, sleep) plus a prelude
/// of CPython's own Python code (gather, wait_for, run, queues, locks) compiled on first import.

/// Type ids of asyncio's native types, registered once per VM.
struct AsyncTypes {
    var loop: Int32 = 0, future: Int32 = 0, task: Int32 = 0, handle: Int32 = 0, timerHandle: Int32 = 0
    var futureIter: Int32 = 0, gatheringFuture: Int32 = 0
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
    func clockAdvanced(_ t: Double) {}
    func taskReady(_ t: TaskObject) {}
    func loopEntered(_ how: String) {}
    func loopExited(_ how: String) {}
    func sleepStarted(_ sleep: SleepCoroutine, _ delay: Value, deadline: Double?) {}
    func sleepFinished(_ sleep: SleepCoroutine, _ result: Value, raised: Value?) {}
    /// The program is going away: let go of its heap objects (a task holds its loop, and
    /// the loop this trace).
    func detach() {}
}

extension VM {
    func registerAsyncTypes() {
        asyncTypes.loop = registerType("_UnixSelectorEventLoop")
        asyncTypes.future = registerType("Future", qualifiedName: "_asyncio.Future") { vm, a throws(PyRaise) in
            vm.newFuture(try vm.eventLoopForNewTask())
        }
        asyncTypes.task = registerType("Task", qualifiedName: "_asyncio.Task", base: asyncTypes.future) { vm, a throws(PyRaise) in
            guard a.count >= 1 else { throw vm.typeError("Task() missing required argument 'coro' (pos 1)") }
            return try vm.createTask(a[0], loop: try vm.eventLoopForNewTask(), name: a.keyword("name") ?? .none)
        }
        asyncTypes.handle = registerType("Handle", qualifiedName: "asyncio.events.Handle")
        asyncTypes.timerHandle = registerType("TimerHandle", qualifiedName: "asyncio.events.TimerHandle", base: asyncTypes.handle)
        asyncTypes.futureIter = registerType("FutureIter", qualifiedName: "_asyncio.FutureIter")
        asyncTypes.gatheringFuture = registerType("_GatheringFuture", qualifiedName: "asyncio.tasks._GatheringFuture", base: asyncTypes.future)
    }

    /// The loop `get_event_loop()` returns: the running one, else the current one, made on first use.
    func eventLoopForNewTask() throws(PyRaise) -> EventLoopObject {
        if let l = runningLoop { return l }
        if let l = currentLoop { return l }
        if loopSetExplicitly {
            throw error(.RuntimeError, "There is no current event loop in thread 'MainThread'.")
        }
        let l = makeLoop()
        currentLoop = l
        return l
    }

    func makeLoop() -> EventLoopObject {
        let l = EventLoopObject(vm: self)
        l.selfValue = alloc(l)
        return l
    }

    func loopArg(_ v: Value) throws(PyRaise) -> EventLoopObject? {
        if v.isNone { return nil }
        guard let l = native(v) as? EventLoopObject else { throw typeError("expected an event loop, got \(typeName(v))") }
        return l
    }

    func asyncioAttribute(_ name: String) throws(PyRaise) -> Value? {
        if asyncTypes.loop == 0 { registerAsyncTypes() }
        switch name {
        case "sleep":
            return function("sleep") { vm, a throws(PyRaise) in
                guard a.count >= 1 else { throw vm.typeError("sleep() missing 1 required positional argument: 'delay'") }
                let result = a.count > 1 ? a[1] : (a.keyword("result") ?? .none)
                return vm.newSleep(delay: a[0], result: result)
            }
        case "get_event_loop":
            return function("get_event_loop") { vm, _ throws(PyRaise) in try vm.eventLoopForNewTask().selfValue }
        case "get_running_loop":
            return function("get_running_loop") { vm, _ throws(PyRaise) in
                guard let l = vm.runningLoop else { throw vm.error(.RuntimeError, "no running event loop") }
                return l.selfValue
            }
        case "_get_running_loop":
            return function("_get_running_loop") { vm, _ throws(PyRaise) in vm.runningLoop?.selfValue ?? .none }
        case "new_event_loop":
            return function("new_event_loop") { vm, _ throws(PyRaise) in vm.makeLoop().selfValue }
        case "set_event_loop":
            return function("set_event_loop") { vm, a throws(PyRaise) in
                try vm.argCount("set_event_loop", a, min: 1, max: 1)
                vm.currentLoop = try vm.loopArg(a[0])
                vm.loopSetExplicitly = true
                return .none
            }
        case "ensure_future":
            return function("ensure_future") { vm, a throws(PyRaise) in
                try vm.argCount("ensure_future", a, min: 1, max: 1)
                return try vm.ensureFuture(a[0], loop: try vm.loopArg(a.keyword("loop") ?? .none))
            }
        case "create_task":
            return function("create_task") { vm, a throws(PyRaise) in
                try vm.argCount("create_task", a, min: 1, max: 1)
                guard let l = vm.runningLoop else { throw vm.error(.RuntimeError, "no running event loop") }
                return try vm.createTask(a[0], loop: l, name: a.keyword("name") ?? .none)
            }
        case "current_task":
            return function("current_task") { vm, a throws(PyRaise) in
                let l = try vm.loopArg(a.count > 0 ? a[0] : (a.keyword("loop") ?? .none)) ?? vm.runningLoop
                guard let loop = l else { throw vm.error(.RuntimeError, "no running event loop") }
                return loop.currentTask?.selfValue ?? .none
            }
        case "all_tasks":
            return function("all_tasks") { vm, a throws(PyRaise) in
                let l = try vm.loopArg(a.count > 0 ? a[0] : (a.keyword("loop") ?? .none)) ?? vm.runningLoop
                guard let loop = l else { throw vm.error(.RuntimeError, "no running event loop") }
                return vm.makeList(loop.tasks.filter { !$0.done }.map(\.selfValue))
            }
        case "iscoroutine":
            return function("iscoroutine") { vm, a throws(PyRaise) in
                try vm.argCount("iscoroutine", a, min: 1, max: 1)
                return .bool(vm.isCoroutineValue(a[0]))
            }
        case "iscoroutinefunction":
            return function("iscoroutinefunction") { vm, a throws(PyRaise) in
                try vm.argCount("iscoroutinefunction", a, min: 1, max: 1)
                guard let f = vm.heap[a[0].objectIndex] as? FunctionObject, a[0].tag == .object else { return .false }
                return .bool(f.code.isCoroutine)
            }
        case "isfuture":
            return function("isfuture") { vm, a throws(PyRaise) in .bool(vm.native(a[0]) is FutureObject) }
        case "coroutine":
            return builtinFunction(.typesCoroutine)
        case "Future": return .object(asyncTypes.future)
        case "Task": return .object(asyncTypes.task)
        case "CancelledError": return typeValue(.CancelledError)
        case "TimeoutError": return typeValue(.TimeoutError)
        case "InvalidStateError": return typeValue(.InvalidStateError)
        case "QueueEmpty": return typeValue(.QueueEmpty)
        case "QueueFull": return typeValue(.QueueFull)
        case "_make_gathering_future":
            return function("_make_gathering_future") { vm, a throws(PyRaise) in
                var loop = try vm.loopArg(a[1])
                if loop == nil { loop = try vm.eventLoopForNewTask() }
                let l = loop!
                let f = FutureObject(loop: l, type: vm.asyncTypes.gatheringFuture)
                f.isGathering = true
                f.children = try vm.iterateToArray(a[0])
                let v = vm.alloc(f)
                f.selfValue = v
                return v
            }
        case "_future_loop":
            return function("_future_loop") { vm, a throws(PyRaise) in
                guard let f = vm.future(a[0]) else { throw vm.typeError("not a future") }
                return f.loop.selfValue
            }
        case "_cancel_requested":
            return function("_cancel_requested") { vm, a throws(PyRaise) in
                .bool(vm.future(a[0])?.cancelRequested ?? false)
            }
        case "_make_cancelled_error":
            return function("_make_cancelled_error") { vm, a throws(PyRaise) in
                guard let f = vm.future(a[0]) else { throw vm.typeError("not a future") }
                return f.makeCancelledError(vm)
            }
        case "_cancel_message":
            return function("_cancel_message") { vm, a throws(PyRaise) in vm.future(a[0])?.cancelMessage ?? .none }
        case "_address":
            return function("_address") { vm, a throws(PyRaise) in vm.str(vm.address(a[0])) }
        case "_loop_tasks":
            return function("_loop_tasks") { vm, a throws(PyRaise) in
                guard let l = try vm.loopArg(a[0]) else { return vm.makeList([]) }
                return vm.makeList(l.tasks.filter { !$0.done }.map(\.selfValue))
            }
        default:
            return try preludeAttribute(name)
        }
    }
}
