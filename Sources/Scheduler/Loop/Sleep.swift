/// asyncio.sleep as a native coroutine: the same steps as tasks.py's `sleep`
/// (a bare yield for delay <= 0; otherwise a future, a timer, `await future`,
/// and the timer cancelled on the way out) without interpreting Python for it.

final class SleepCoroutine: NativeClass {
    enum Phase { case created, bareYield, waiting, closed }
    private(set) var delay: Value
    private(set) var result: Value
    var phase = Phase.created
    /// The future it waits on, held until it finishes.
    private var futureObject: FutureObject?
    var future: Value { futureObject?.selfValue ?? .none }
    var timer: HandleObject?
    var traceLane: Int32 = -1       // the lane its events go to, for the trace
    var traceLine: Int32 = 0        // the program's line that awaits it, for the trace
    /// Its heap index, and whether the `await` that called `asyncio.sleep` holds the only
    /// reference to it (see `awaitedAlone`): it is then freed the moment it returns.
    var slot: Int32 = -1
    var owned = false

    /// asyncio's state in its VM: a `let`, so reaching it costs no reference counting.
    let runtime: AsyncioRuntime

    init(delay: Value, result: Value, runtime: AsyncioRuntime) {
        self.delay = delay
        self.result = result
        self.runtime = runtime
        super.init(type: BT.coroutine.rawValue)
    }

    /// A recycled sleep made new (see `Recycler`).
    func renew(delay: Value, result: Value) {
        self.delay = delay
        self.result = result
        phase = .created
        futureObject = nil
        timer = nil
        traceLane = -1
        traceLine = 0
        owned = false
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) {
        visit(delay); visit(result); visit(future)
        timer?.forEachValue(vm, visit)
    }

    override func send(_ vm: VM, _ value: Value) throws(PyRaise) -> (Bool, Value)? {
        switch phase {
        case .created:
            if !value.isNone { throw vm.typeError("can't send non-None value to a just-started coroutine") }
            vm.stepCount += 1
            let immediate: Bool
            switch delay.tag {
            case .float: immediate = delay.floatValue <= 0      // NaN sleeps, as in CPython
            case .int: immediate = delay.intValue <= 0
            default: immediate = try vm.compareOp(.le, delay, .int(0))
            }
            if immediate {
                phase = .bareYield
                runtime.loopTraced { $0.sleepStarted(self, delay, deadline: nil) }
                return (true, .none)
            }
            guard let loop = runtime.runningLoop else { phase = .closed; throw vm.error(.RuntimeError, "no running event loop") }
            guard let d = try vm.toDouble(delay) else { phase = .closed; throw vm.typeError("'\(vm.typeName(delay))' object cannot be interpreted as a number") }
            let f = runtime.makeFuture(loop)
            futureObject = f
            let deadline = loop.now + d
            f.sleepDelay = delay
            f.sleepDeadline = deadline
            loop.traced { $0.sleepStarted(self, delay, deadline: deadline) }
            loop.setTimer(&timer, at: deadline, .setResultUnlessCancelled(f.selfValue, result),
                          hint: loop.currentTaskRef?._withUnsafeGuaranteedRef { $0.wakeHint(future: f, sleep: self) } ?? .none)
            phase = .waiting
            f.blocking = true
            return (true, f.selfValue)
        case .bareYield:
            phase = .closed
            runtime.loopTraced { $0.sleepFinished(self, result, raised: nil) }
            if owned { runtime.releaseAwaitedSleep(self, future: nil) }
            return (false, result)
        case .waiting:
            phase = .closed
            let f = futureObject.take()!     // moved out: no retain and release
            releaseTimer()
            if !f.done { throw vm.error(.RuntimeError, "await wasn't used with future") }
            do {
                let r = try f.resultOrRaise(vm)
                f.loop.traced { $0.sleepFinished(self, r, raised: nil) }
                if owned { runtime.releaseAwaitedSleep(self, future: f.yieldedToTask ? f : nil) }
                return (false, r)
            } catch let e {
                f.loop.traced { $0.sleepFinished(self, .none, raised: e.exc) }
                vm.addStdlibFrame(e.exc, "asyncio/tasks.py", 649, "sleep")     // `return await future`
                throw e
            }
        case .closed:
            throw vm.error(.RuntimeError, "cannot reuse already awaited coroutine")
        }
    }

    override func throwInto(_ vm: VM, _ exc: Value) throws(PyRaise) -> GenResult? {
        if phase == .waiting || phase == .bareYield { runtime.loopTraced { $0.sleepFinished(self, .none, raised: exc) } }
        if phase == .waiting { releaseTimer() }
        // The frames CPython's sleep shows where the exception enters it.
        if phase == .created { vm.addStdlibFrame(exc, "asyncio/tasks.py", 637, "sleep") }     // thrown in before its first line
        if phase == .waiting { vm.addStdlibFrame(exc, "asyncio/tasks.py", 649, "sleep") }
        if phase == .bareYield {
            vm.addStdlibFrame(exc, "asyncio/tasks.py", 634, "__sleep0")
            vm.addStdlibFrame(exc, "asyncio/tasks.py", 640, "sleep")
        }
        phase = .closed
        futureObject = nil
        throw PyRaise(exc)
    }

    /// Cancels the timer (tasks.py's `finally: h.cancel()`) and lets go of it: the loop
    /// reuses a handle nothing else holds for the next timer, while its memory is warm.
    private func releaseTimer() {
        guard var h = timer else { return }
        timer = nil
        h.cancel()
        let loop = h.loop
        loop.spare(&h)
    }

    override func awaitIterator(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { selfValue }

    /// The `await` that called `asyncio.sleep` holds it alone: it can be freed when it returns,
    /// as CPython's reference counting frees it.
    override func awaitedAlone(_ vm: VM) {
        guard phase == .created else { return }
        owned = true
        runtime.recycled.ownedSleeps += 1
    }

    override func escaped() { owned = false }

    override var unstartedCoroutineName: String? { phase == .created ? "sleep" : nil }

    /// `close()`: the coroutine type's methods reach a native coroutine through its slots.
    override func close(_ vm: VM) {
        if phase == .waiting { releaseTimer() }
        phase = .closed
        futureObject = nil
    }

    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        switch vm.symbols[sym] {
        case "__name__", "__qualname__": return vm.str("sleep")
        case "cr_running": return .false
        default: return nil
        }
    }

    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<coroutine object sleep at 0x7f3a00001000>" }
}
