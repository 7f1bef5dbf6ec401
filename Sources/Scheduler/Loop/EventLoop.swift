/// The event loop, following CPython 3.11's BaseEventLoop._run_once on the virtual clock.
import DequeModule

enum Callback {
    case step(TaskObject, Value)            // Task.__step(exc); exc is .unbound for none
    case done(DoneCallback, Value)          // a done callback with its future
    case python(Value, [Value])             // call_soon(fn, *args)
    case setResultUnlessCancelled(Value, Value)   // sleep's timer: (future, result)
    case nothing                            // a cancelled handle's, or a ready item that runs its handle's
}

struct TimerEntry {
    let when: Double
    let seq: UInt64
    let handle: Unmanaged<HandleObject>
}

struct ReadyItem {
    var callback: Callback          // `.nothing` when the handle's runs
    var handle: HandleObject?
}

extension Callback {
    func forEachValue(_ vm: VM, _ visit: (Value) -> Void) {
        switch self {
        case .step(let t, let exc): visit(t.selfValue); t.forEachValue(vm, visit); visit(exc)
        case .done(let d, let fut): d.forEachValue(vm, visit); visit(fut)
        case .python(let fn, let args): visit(fn); for a in args { visit(a) }
        case .setResultUnlessCancelled(let f, let r): visit(f); visit(r)
        case .nothing: break
        }
    }
}

extension DoneCallback {
    func forEachValue(_ vm: VM, _ visit: (Value) -> Void) {
        switch self {
        case .wakeup(let t): visit(t.selfValue)
        case .python(let cb): visit(cb.fn); visit(cb.context)
        case .stopLoop(let l): visit(l.selfValue)
        }
    }
}

/// asyncio.Handle / TimerHandle. Not on the VM heap unless a program asks for it.
final class HandleObject: NativeClass {
    var callback: Callback
    var cancelled = false
    var when: Double = 0
    var seq: UInt64 = 0
    var isTimer = false
    var scheduled = false          // in the timer heap
    var traceLane: Int32 = -1      // the lane that set the timer, for the trace
    var traceCause: Int32 = -1     // the event that set it, then the one that fired it
    /// Where a sleep's wake-up will read, for prefetching (see Prefetch.swift).
    var hint = WakeHint.none
    let loop: EventLoopObject
    /// The deadline as `call_at` was given it (`.unbound` otherwise), for `when()` and the repr.
    var whenGiven: Value = .unbound
    var whenValue: Value { whenGiven.tag == .unbound ? .float(when) : whenGiven }
    /// The contextvars context a program's callback runs in.
    var context: Value = .none

    init(_ callback: Callback, loop: EventLoopObject, type: Int32) {
        self.callback = callback
        self.loop = loop
        super.init(type: type)
    }

    /// Ready for another timer, as if new (see `EventLoopObject.spare`); `setTimer` sets
    /// the rest.
    func reset(_ cb: consuming Callback) {
        callback = cb
        cancelled = false
        whenGiven = .unbound
        context = .none
        traceLane = -1
        traceCause = -1
    }

    func cancel() {
        if cancelled { return }
        cancelled = true
        if isTimer && scheduled { loop.timerCancelledCount += 1 }
        callback = .nothing
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) {
        visit(loop.selfValue); visit(whenGiven); visit(context); callback.forEachValue(vm, visit)
    }

    /// events.py's Handle/TimerHandle repr: `<TimerHandle when=1.5 f(3) at prog.py:6>`; a
    /// cancelled handle has let go of its callback.
    override func repr(_ vm: VM) throws(PyRaise) -> String? {
        var info = [isTimer ? "TimerHandle" : "Handle"]
        if cancelled { info.append("cancelled") }
        if case .python(let fn, let args) = callback, !fn.isNone { info.append(vm.callbackSource(fn, args)) }
        if isTimer { info.insert("when=\(try vm.repr(whenValue))", at: cancelled ? 2 : 1) }
        return "<" + info.joined(separator: " ") + ">"
    }
}

final class EventLoopObject: NativeClass {
    /// Strong, as reading an unowned(unsafe) one retains it atomically; `VM.breakCycles`
    /// empties the heap that holds the loop.
    let vm: VM
    /// asyncio's state in that VM (`AsyncioRuntime.tearDown` lets go of the loops it holds).
    let runtime: AsyncioRuntime
    var selfValue: Value = .none
    /// Ready callbacks; a handle only when a program asked for one or a timer fired.
    var ready = Deque<ReadyItem>()
    /// The timer heap. Entries hold their handle unmanaged (retained on push, released when
    /// dropped), so sifting moves plain values and costs no reference counting.
    var timers: [TimerEntry] = []
    var timerCancelledCount = 0
    /// Sleeps' finished timer handles, for the next sleeps (`spare`).
    private var spareTimers: [HandleObject] = []
    /// The handle whose callback runs, for the exception handler's message (the ready item holds it).
    private var runningHandle: Unmanaged<HandleObject>?
    var timerSeq: UInt64 = 0
    var stopping = false
    var running = false
    var closed = false
    /// The task being stepped. Unretained: a task is alive while it steps (its ready item
    /// holds it), and stepping saves and restores it at every step.
    var currentTaskRef: Unmanaged<TaskObject>?
    var currentTask: TaskObject? { currentTaskRef?.takeUnretainedValue() }
    var tasks: [TaskObject] = []          // creation order, for all_tasks and endings
    /// Async generators its firstiter hook saw (CPython's `_asyncgens`, a weak set), and
    /// whether `shutdown_asyncgens` ran (AsyncGenHooks.swift).
    var asyncgens: [AsyncGenEntry] = []
    var asyncgensShutdownCalled = false
    var untilComplete = 0                 // run_until_complete nesting
    let fifo: Bool
    /// Set from the VM's when the loop is made. Calls go through `traced`, unretained.
    let trace: LoopTrace?
    private let traceRef: Unmanaged<LoopTrace>?

    deinit { removeAllTimers() }

    init(runtime: AsyncioRuntime) {
        vm = runtime.vm
        self.runtime = runtime
        trace = runtime.loopTrace
        traceRef = trace.map { .passUnretained($0) }
        fifo = vm.tiebreak == .fifo
        super.init(type: runtime.types.loop, role: .loop)
    }

    var now: Double { vm.clock.now }

    // MARK: - Scheduling

    /// `call_soon` for the runtime's own callbacks, which are never cancelled: no handle object.
    func callSoon(_ cb: consuming Callback) {
        ready.append(ReadyItem(callback: cb, handle: nil))
    }

    /// `loop.call_soon(fn, *args)` from a program: it gets a cancellable handle.
    func callSoonHandle(_ cb: Callback) -> HandleObject {
        let h = HandleObject(cb, loop: self, type: runtime.types.handle)
        ready.append(ReadyItem(callback: .nothing, handle: h))
        traced { $0.handleScheduled(h) }
        return h
    }

    /// Calls the trace, if any, without retaining it (`trace` holds it).
    @inline(__always) func traced(_ body: (LoopTrace) -> Void) {
        traceRef?._withUnsafeGuaranteedRef(body)
    }

    @discardableResult
    func callAt(_ when: Double, _ cb: Callback) -> HandleObject {
        var h: HandleObject? = nil
        setTimer(&h, at: when, cb)
        return h!
    }

    /// `call_at` into `slot` (a sleep's timer), without returning the handle: passing it
    /// back costs a retain and a release.
    func setTimer(_ slot: inout HandleObject?, at when: Double, _ cb: consuming Callback, hint: WakeHint = .none) {
        if let spare = spareTimers.popLast() {
            spare.reset(cb)
            runtime.recycled.reusedTimers += 1
            slot = spare
        } else {
            slot = HandleObject(cb, loop: self, type: runtime.types.timerHandle)
        }
        let h = slot!
        h.hint = hint
        h.isTimer = true
        h.when = when
        h.seq = timerSeq
        timerSeq += 1
        h.scheduled = true
        heapPush(h)
        traced { $0.timerSet(h) }
    }

    /// Takes a sleep's timer handle back when nothing else holds it (not the timer heap, not
    /// the ready queue): no program can see a sleep's handle, so it can serve the next sleep.
    func spare(_ h: inout HandleObject) {
        if spareTimers.count < 64 && isKnownUniquelyReferenced(&h) { spareTimers.append(h) }
    }

    func dropSpareTimers() { spareTimers.removeAll() }

    // MARK: - The timer heap: heapq's algorithm, ordered by deadline (heap) or deadline then set order (fifo).

    @inline(__always) private func less(_ a: TimerEntry, _ b: TimerEntry) -> Bool {
        if fifo { return a.when < b.when || (a.when == b.when && a.seq < b.seq) }
        return a.when < b.when
    }

    // The sifts work on the array's buffer: no bounds or uniqueness checks per step.
    private func siftDown(_ start: Int, _ pos0: Int) {
        timers.withUnsafeMutableBufferPointer { t in
            var pos = pos0
            let item = t[pos]
            while pos > start {
                let parentPos = (pos - 1) >> 1
                let parent = t[parentPos]
                if less(item, parent) {
                    t[pos] = parent
                    pos = parentPos
                    continue
                }
                break
            }
            t[pos] = item
        }
    }

    private func siftUp(_ pos0: Int) {
        let pos = timers.withUnsafeMutableBufferPointer { t in
            var pos = pos0
            let end = t.count
            let item = t[pos]
            var child = 2 * pos + 1
            while child < end {
                let right = child + 1
                if right < end && !less(t[child], t[right]) { child = right }
                t[pos] = t[child]
                pos = child
                child = 2 * pos + 1
            }
            t[pos] = item
            return pos
        }
        siftDown(pos0, pos)
    }

    private func heapPush(_ h: HandleObject) {
        timers.append(TimerEntry(when: h.when, seq: h.seq, handle: .passRetained(h)))
        siftDown(0, timers.count - 1)
    }

    private func heapPop() -> HandleObject {
        let last = timers.removeLast()
        if timers.isEmpty { return last.handle.takeRetainedValue() }
        let top = timers[0]
        timers[0] = last
        siftUp(0)
        return top.handle.takeRetainedValue()
    }

    /// Whether the earliest timer was cancelled (read through the unmanaged reference:
    /// `takeUnretainedValue()` would retain it, atomically).
    private var firstTimerCancelled: Bool {
        timers.first?.handle._withUnsafeGuaranteedRef { $0.cancelled } ?? false
    }

    func removeAllTimers() {
        for t in timers { t.handle.release() }
        timers.removeAll()
    }

    private func heapify() {
        var i = timers.count / 2 - 1
        while i >= 0 { siftUp(i); i -= 1 }
    }

    // MARK: - Running

    /// One iteration of BaseEventLoop._run_once.
    func runOnce() throws(PyRaise) {
        // Each iteration is a step: past 2**24 s, `now + 1e-9 == now` and a timer at `now`
        // never comes due, so CPython's loop spins there; the step budget ends it (below, at once).
        vm.stepCount &+= 1
        if vm.stepCount > vm.limits.steps {
            throw vm.stepLimitReached()
        }
        vm.collectIfNeeded()
        prefetchNextWakeUp()
        let count = timers.count
        if count > 100 && Double(timerCancelledCount) / Double(count) > 0.5 {
            var kept: [TimerEntry] = []
            for t in timers {
                let h = t.handle.takeUnretainedValue()
                if h.cancelled { h.scheduled = false; t.handle.release() } else { kept.append(t) }
            }
            timers = kept
            heapify()
            timerCancelledCount = 0
        } else {
            while firstTimerCancelled {
                timerCancelledCount -= 1
                heapPop().scheduled = false
            }
        }
        // "select": with nothing ready, time jumps to the earliest deadline, or the run ends.
        if ready.isEmpty && !stopping {
            if let top = timers.first {
                if top.when > now {
                    if top.when > vm.limits.time {
                        throw vm.stop(.limit("time"), "schedviz: limit reached: virtual time would pass limits.time = \(PyFormat.floatRepr(vm.limits.time)) s (next timer at t=\(PyFormat.floatRepr(top.when)))\n")
                    }
                    vm.clock.now = top.when
                    traced { $0.clockAdvanced(top.when) }
                } else if top.when >= now + 1e-9 {
                    // Due yet never due: nothing can change, so every step left is spent at once.
                    vm.stepCount = max(vm.stepCount, vm.limits.steps)
                    throw vm.stepLimitReached()
                }
            } else {
                throw stuck()
            }
        }
        // CPython's test is `when >= end_time: break`, so a NaN deadline is due at once.
        let end = now + 1e-9
        while let top = timers.first, !(top.when >= end) {
            let h = heapPop()
            prefetchAfterFiring()
            h.scheduled = false
            traced { $0.timerFired(h) }
            ready.append(ReadyItem(callback: .nothing, handle: h))
        }
        var n = ready.count
        while n > 0 {
            n -= 1
            let item = ready.removeFirst()
            if let h = item.handle {
                if h.cancelled { continue }
                runningHandle = .passUnretained(h)
                defer { runningHandle = nil }
                try run(h.callback)
            } else {
                try run(item.callback)
            }
        }
        traced { $0.callbacksDone() }
    }

    private func stuck() -> PyRaise {
        let pending = tasks.filter { !$0.done }
        if pending.isEmpty && untilComplete == 0 {
            return vm.stop(.idle, "schedviz: idle at t=\(PyFormat.floatRepr(now)): run_forever() has nothing left to run\n")
        }
        var lines = "schedviz: deadlock at t=\(PyFormat.floatRepr(now)): nothing is ready and no timer is set\n"
        for t in pending { lines += "  \(SafeText.escape(t.name)) waits for \(SafeText.escape(t.waitDescription(vm)))\n" }
        if pending.isEmpty { lines += "  run_until_complete() waits for a future nothing will complete\n" }
        return vm.stop(.deadlock(pending.map(\.name).joined(separator: " ")), lines)
    }

    func run(_ cb: Callback) throws(PyRaise) {
        switch cb {
        case .step(let task, let exc):
            try task.step(exc.tag == .unbound ? nil : exc)
        case .done(let d, let fut):
            switch d {
            case .wakeup(let task): try task.wakeup(fut)
            case .python(let cb):
                traced { $0.callbackRuns(cause: vm.future(fut)?.traceCause ?? -1) }
                try callbackCall(cb.fn, [fut], context: cb.context, handle: nil)
            case .stopLoop:
                let f = vm.future(fut)!
                if f.state == .cancelled || !(vm.isInstance(f.exception, .SystemExit) || vm.isInstance(f.exception, .KeyboardInterrupt)) {
                    stopping = true
                }
            }
        case .python(let fn, let args):
            if fn.isNone { return }
            traced { $0.callbackRuns(cause: runningHandle?._withUnsafeGuaranteedRef { $0.traceCause } ?? -1) }
            try callbackCall(fn, args, context: runningHandle?.takeUnretainedValue().context ?? .none, handle: runningHandle)
        case .setResultUnlessCancelled(let fut, let result):
            let f = vm.future(fut)!
            if f.state != .cancelled { try f.setResult(vm, result) }
        case .nothing: break
        }
    }

    /// A callback's exception goes to the loop's exception handler (stderr), not to the
    /// program: base_events.py's default handler message, the handle, then the traceback
    /// from events.py's `Handle._run`. A done callback's handle is the one `call_soon` made.
    private func callbackCall(_ fn: Value, _ args: [Value], context: Value, handle: Unmanaged<HandleObject>?) throws(PyRaise) {
        do { _ = try vm.runInContext(context) { () throws(PyRaise) in try vm.call(fn, args) } } catch let e {
            if vm.isStop(e) { throw e }
            if vm.isInstance(e.exc, .SystemExit) || vm.isInstance(e.exc, .KeyboardInterrupt) { throw e }
            let source = vm.callbackSource(fn, args)
            let handleText = handle.flatMap { try? $0.takeUnretainedValue().repr(vm) } ?? "<Handle \(source)>"
            let header = "Traceback (most recent call last):\n", run = "  File \"\(StdlibFrames.stdlibPrefix)asyncio/events.py\", line 80, in _run\n"
                + "    self._context.run(self._callback, *self._args)\n"
            var traceback = vm.formatTraceback(e.exc)
            if traceback.hasPrefix(header) {
                traceback.insert(contentsOf: run, at: traceback.index(traceback.startIndex, offsetBy: header.count))
            } else {
                traceback = header + run + traceback       // raised by the call itself: no frame of its own
            }
            vm.errorOutput("Exception in callback \(source)\nhandle: \(handleText)\n" + traceback)
        }
    }

    func runForever() throws(PyRaise) {
        if closed { throw vm.error(.RuntimeError, "Event loop is closed") }
        if running { throw vm.error(.RuntimeError, "This event loop is already running") }
        if runtime.runningLoop != nil { throw vm.error(.RuntimeError, "Cannot run the event loop while another loop is running") }
        running = true
        runtime.runningLoop = self
        let how = untilComplete > 0 ? "run_until_complete()" : "run_forever()"
        traced { $0.loopEntered(how) }
        defer { running = false; stopping = false; runtime.runningLoop = nil; traced { $0.loopExited(how) } }
        while true {
            try runOnce()
            if stopping { break }
        }
    }

    func runUntilComplete(_ arg: Value) throws(PyRaise) -> Value {
        // base_events.py's checks, with the frames CPython shows for them.
        if closed { throw stdlibError("Event loop is closed", (628, "run_until_complete"), (519, "_check_closed")) }
        if running { throw stdlibError("This event loop is already running", (629, "run_until_complete"), (588, "_check_running")) }
        if runtime.runningLoop != nil {
            throw stdlibError("Cannot run the event loop while another loop is running", (629, "run_until_complete"), (590, "_check_running"))
        }
        let futValue = try runtime.ensureFuture(arg, loop: self)
        let fut = vm.future(futValue)!
        fut.addDoneCallback(.stopLoop(self))
        untilComplete += 1
        defer { untilComplete -= 1 }
        try runForever()
        fut.callbacks.removeAll { if case .stopLoop = $0 { return true }; return false }
        if !fut.done { throw vm.error(.RuntimeError, "Event loop stopped before Future completed.") }
        do { return try fut.resultOrRaise(vm) } catch let e {
            vm.addStdlibFrame(e.exc, "asyncio/base_events.py", 653, "run_until_complete")   // `return future.result()`
            throw e
        }
    }

    /// A RuntimeError raised in base_events.py: `frames` outermost first.
    private func stdlibError(_ message: String, _ frames: (Int32, String)...) -> PyRaise {
        let e = vm.error(.RuntimeError, message)
        for (line, function) in frames.reversed() { vm.addStdlibFrame(e.exc, "asyncio/base_events.py", line, function) }
        return e
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) {
        visit(selfValue)
        for item in ready { item.callback.forEachValue(vm, visit); item.handle?.forEachValue(vm, visit) }
        for t in timers { t.handle.takeUnretainedValue().forEachValue(vm, visit) }
        if !runtime.tracingWeakTasks { for t in tasks { visit(t.selfValue); t.forEachValue(vm, visit) } }
    }

    override var methodsArePython: Bool { true }

    override func repr(_ vm: VM) throws(PyRaise) -> String? {
        "<_UnixSelectorEventLoop running=\(running ? "True" : "False") closed=\(closed ? "True" : "False") debug=False>"
    }
}

extension EventLoopObject {
    /// Lets go of what it holds that holds it (its tasks, callbacks and timers), at the end
    /// of the run or when the collector finds the loop unreachable: the VM would leak too.
    func breakCycles() {
        ready.removeAll()
        removeAllTimers()
        dropSpareTimers()
        tasks.removeAll()
        currentTaskRef = nil
    }
}

extension AsyncioRuntime {
    func registerHandleMethods() {
        vm.methods(for: types.handle) { m in
            m.add(.cancel, HandleObject.self) { _, h, _ in
                h.cancel()
                return .none
            }
            m.add(.cancelled, HandleObject.self) { _, h, _ in .bool(h.cancelled) }
        }
        vm.methods(for: types.timerHandle) { m in
            m.add("when", HandleObject.self) { _, h, _ in h.whenValue }
        }
    }

    func registerLoopMethods() {
        vm.methods(for: types.loop) { m in
            m.add("run_forever", EventLoopObject.self) { _, l, _ throws(PyRaise) in
                try l.runForever()
                return .none
            }
            m.add("run_until_complete", EventLoopObject.self) { vm, l, a throws(PyRaise) in
                try vm.argCount("run_until_complete", a, min: 1, max: 1)
                return try l.runUntilComplete(a[0])
            }
            m.add(.stop, EventLoopObject.self) { _, l, _ in
                l.stopping = true
                return .none
            }
            m.add(.close, EventLoopObject.self) { vm, l, _ throws(PyRaise) in
                if l.running { throw vm.error(.RuntimeError, "Cannot close a running event loop") }
                l.closed = true
                l.ready.removeAll(); l.removeAllTimers()
                return .none
            }
            m.add("is_running", EventLoopObject.self) { _, l, _ in .bool(l.running) }
            m.add("is_closed", EventLoopObject.self) { _, l, _ in .bool(l.closed) }
            m.add("time", EventLoopObject.self) { _, l, _ in .float(l.now) }
            m.add("get_debug", EventLoopObject.self) { _, _, _ in .false }
            m.add("set_debug", EventLoopObject.self) { _, _, _ in .none }
            m.add("call_soon", EventLoopObject.self) { vm, l, a throws(PyRaise) in
                guard a.count >= 1 else { throw vm.typeError("call_soon() missing 1 required positional argument: 'callback'") }
                if l.closed { throw vm.error(.RuntimeError, "Event loop is closed") }
                let context = try vm.contextArgument(a)
                let h = l.callSoonHandle(.python(a[0], Array(a.positional.dropFirst())))
                h.context = context
                return vm.alloc(h)
            }
            for (name, later) in [("call_later", true), ("call_at", false)] {
                m.add(name, EventLoopObject.self) { vm, l, a throws(PyRaise) in
                    guard a.count >= 2 else { throw vm.typeError("\(name)() missing required arguments") }
                    if l.closed { throw vm.error(.RuntimeError, "Event loop is closed") }
                    guard let d = try vm.toDouble(a[0]) else { throw vm.typeError("'\(vm.typeName(a[0]))' object cannot be interpreted as a number") }
                    let context = try vm.contextArgument(a)
                    let h = l.callAt(later ? l.now + d : d, .python(a[1], Array(a.positional.dropFirst(2))))
                    h.context = context
                    if !later { h.whenGiven = a[0] }        // call_at keeps the number it was given (an int stays one)
                    return vm.alloc(h)
                }
            }
            m.add("create_task", EventLoopObject.self) { vm, l, a throws(PyRaise) in
                try vm.argCount("create_task", a, min: 1, max: 1)
                return try l.runtime.createTask(a[0], loop: l, name: a.keyword("name") ?? .none, context: try vm.contextArgument(a, forTask: true))
            }
            m.add("create_future", EventLoopObject.self) { _, l, _ in l.runtime.newFuture(l) }
        }
    }
}

