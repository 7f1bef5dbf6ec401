/// Builds a `Trace` while the program runs: lanes for main, tasks, directly driven
/// generators and awaited coroutines (sub-lanes of their task), and one event per
/// resumption, yield, delegation, loop step, timer and printed line.
///
/// Causes: a task's `ready` names the event that queued its step (its `task-created`, its own
/// bare yield, or the completion of the future it waited on); its `step` and every resume in
/// that step name the same event. A future completed by running code gets an event of its
/// own (`task-done`, or `future-done` when something waits on it: "Queue.put() wakes Task-3");
/// one completed inside a callback passes on the callback's cause (the timer that fired, the
/// child task whose completion ran gather's callback), and one cancelled inside `task.cancel()`
/// names that `cancel` event.

public final class Recorder: LoopTrace {
    public let trace: Trace
    /// Strong: reading an unowned(unsafe) reference retains it, atomically, on every event.
    /// `VM.breakCycles` drops the VM's references to its recorder.
    let vm: VM
    /// The lanes of the generators and coroutines running, innermost last.
    var stack = Column<Int32>(capacity: 16)
    private var generatorCounts: [String: Int] = [:]
    private var subLanes: [SubLaneKey: Int32] = [:]

    private struct SubLaneKey: Hashable { var root: Int32; var depth: Int; var name: String }
    /// The task being stepped, until its coroutine resumes: its lane and its coroutine.
    var steppingLane: Int32 = -1
    var steppingCoro: ObjectIdentifier?
    var sleepSubLanes: [Int32] = []   // awaiting lane -> its `sleep` sub-lane, or -1

    // Causes (RecorderCauses.swift).
    /// The cause of the task step running (its `ready` event's cause), passed to every resume of
    /// the task's coroutines in it; and that task's lane.
    var stepCause: Int32 = -1
    var stepLane: Int32 = -1
    /// The frame that runs the event loop (it called `run_until_complete`): events of the loop's
    /// own work while it is the running frame are at no line of the program.
    var loopFrame: UnsafeMutableRawPointer?
    /// While the loop runs a callback: the event behind it (a timer firing, a future's
    /// completion). Futures the callback completes pass it on instead of getting an event.
    /// -1 while a task steps or the program runs its own code: a step and the loop's exit
    /// clear it (callbacks never nest in steps).
    var contextCause: Int32 = -1
    /// The `cancel` events of the `task.cancel()` calls running, innermost last.
    var cancels: [Int32] = []
    /// The task just created: its first `ready` is caused by its `task-created` event.
    var createdTask: ObjectIdentifier?
    /// The lane a sleep's timer belongs to, from `sleepStarted` to the `timerSet` that follows.
    var sleepTimerLane: Int32 = -1

    // Details every run uses, interned once.
    let noneID, sendNoneID, nextID, awaitSleepID, yieldFromSleepID, pendingID: Int32

    init(vm: VM) {
        self.vm = vm
        let t = Trace()
        trace = t
        noneID = t.strings.intern("None")
        sendNoneID = t.strings.intern("send None")
        nextID = t.strings.intern("next()")
        awaitSleepID = t.strings.intern("await sleep()")
        yieldFromSleepID = t.strings.intern("yield from sleep()")
        pendingID = t.strings.intern("<Future pending>")
        stack.append(0)
        super.init()
        _ = newLane("main", .main, title: "<module>")
    }

    deinit { stack.free(); roots.free() }

    var current: Int32 { stack.last ?? 0 }
    var now: Double { vm.clock.now }

    /// The program's line running now: inside the library's code (asyncio's `Queue.get`),
    /// the line of the program's call into it.
    @inline(__always) func line() -> Int32 {
        guard let f = vm.currentFrameRef, f.toOpaque() != loopFrame else { return 0 }
        return f._withUnsafeGuaranteedRef { $0.isLibrary ? Self.callSite($0) : $0.line }
    }

    /// The line of the nearest program frame below a library frame (frames link back while they run).
    static func callSite(_ f: Frame) -> Int32 {
        var r = f.back
        while let x = r {
            if !x.isLibrary { return x.line }
            r = x.back
        }
        return 0
    }

    /// Where generator `g` stands, for its events: its own line, or its caller's in the program.
    @inline(__always) private func line(of g: GeneratorObject, start: Bool = false) -> Int32 {
        let f = g.frame
        if f.isLibrary { return line() }
        return start ? f.eventLine : f.line
    }

    @discardableResult
    func emit(_ kind: EventKind, _ lane: Int32, _ detail: String = "", line: Int32? = nil, cause: Int32 = -1) -> Int32 {
        trace.append(kind, time: now, lane: lane, detail: detail.isEmpty ? 0 : trace.strings.intern(detail), line: line ?? self.line(), cause: cause)
        return Int32(truncatingIfNeeded: trace.count - 1)
    }

    @discardableResult
    func emit(_ kind: EventKind, _ lane: Int32, id: Int32, line: Int32? = nil, cause: Int32 = -1) -> Int32 {
        trace.append(kind, time: now, lane: lane, detail: id, line: line ?? self.line(), cause: cause)
        return Int32(truncatingIfNeeded: trace.count - 1)
    }

    private var startedIDs: [ObjectIdentifier: Int32] = [:]

    private func startedID(_ g: GeneratorObject) -> Int32 {
        let key = ObjectIdentifier(g.frame.code)
        if let id = startedIDs[key] { return id }
        let id = trace.strings.intern(name(of: g) + "()")
        startedIDs[key] = id
        return id
    }
    /// The sleep started last: its future, deadline and detail, which the timer and the task's wait repeat.
    var lastSleep: (future: Int, deadline: Double, id: Int32) = (-1, .nan, 0)

    /// The detail id of a value's short repr, without building strings for the common ones.
    func showID(_ v: Value) -> Int32 {
        switch v.tag {
        case .none: return noneID
        case .int:
            let i = v.intValue
            if Trace.smallIntRange.contains(i) { return trace.smallIntDetail(i) }
        case .object:
            if let f = vm.future(v), f.state == .pending, type(of: f) != TaskObject.self { return pendingID }
        default: break
        }
        return trace.strings.intern(show(v))
    }

    /// A short repr for details; long ones are cut.
    func show(_ v: Value) -> String {
        let s = (try? vm.repr(v)) ?? "?"
        return s.count > 60 ? String(s.prefix(57)) + "..." : s
    }

    func newLane(_ name: String, _ kind: LaneKind, parent: Int32 = -1, title: String = "", depth: Int = 0, library: Bool = false) -> Int32 {
        trace.lanes.append(Lane(name: name, kind: kind, parent: parent, title: title, depth: depth, library: library))
        let lane = Int32(trace.lanes.count - 1)
        roots.append(parent >= 0 ? parent : lane)
        return lane
    }

    private func ownLane(_ g: GeneratorObject) -> Int32 {
        let n = (generatorCounts[g.qualname] ?? 0) + 1
        generatorCounts[g.qualname] = n
        return newLane("\(g.qualname)#\(n)", g.isCoroutine || g.iterableCoroutine ? .coroutine : .generator, title: g.qualname)
    }

    /// The task (or top-level lane) each lane belongs to.
    private var roots = Column<Int32>()
    private func root(_ lane: Int32) -> Int32 { roots[Int(lane)] }

    func subLane(under parent: Int32, _ name: String, library: Bool = false) -> Int32 {
        let r = root(parent)
        let depth = trace.lanes[Int(parent)].depth + 1
        let key = SubLaneKey(root: r, depth: depth, name: name)
        if let l = subLanes[key] { return l }
        let l = newLane("\(trace.lanes[Int(r)].name)/\(name)", .subLane, parent: r, title: name, depth: depth, library: library)
        subLanes[key] = l
        return l
    }

    // MARK: - RuntimeTracer

    /// `GeneratorObject.lane` of a library generator the program drives only through library
    /// code (a generator expression inside `heapq.merge`): it gets no lane and no events.
    static let hiddenLane: Int32 = -2

    override func generatorCreated(_ g: GeneratorObject) {
        guard !g.isCoroutine && !g.iterableCoroutine else { return }
        if g.frame.isLibrary { g.lane = Self.hiddenLane; return }
        g.lane = ownLane(g)
        emit(.created, g.lane, "by \(trace.lanes[Int(current)].name)")
    }

    override func resumed(_ g: GeneratorObject, sent: Value, thrown: Value?, delegated: Bool) {
        let first = g.frame.ip == 0
        if g.lane < 0 {
            if steppingLane >= 0 && steppingCoro == ObjectIdentifier(g) {
                g.lane = steppingLane
            } else if delegated {
                g.lane = subLane(under: current, name(of: g), library: g.frame.isLibrary)
            } else if g.lane == Self.hiddenLane || g.frame.isLibrary {
                g.lane = Self.hiddenLane
                return
            } else {
                g.lane = ownLane(g)
                emit(.created, g.lane, "by \(trace.lanes[Int(current)].name)")
            }
        }
        let fromTask = steppingLane >= 0
        steppingLane = -1
        if delegated && first {
            let verb = (vm.currentFrame?.code.isCoroutine ?? false) ? "await" : "yield from"
            emit(.delegated, current, "\(verb) \(name(of: g))()")
        }
        let detail: Int32
        if let thrown { detail = trace.strings.intern("throw \(vm.exceptionLine(thrown))") }
        else if first { detail = startedID(g) }
        else if sent.isNone { detail = delegated || fromTask ? sendNoneID : nextID }
        else { detail = trace.strings.intern("send \(show(sent))") }
        if stack.last != g.lane { stack.append(g.lane) }
        // A task's coroutine, and what it awaits, resume for the reason the task's step runs.
        let cause = stepCause >= 0 && root(g.lane) == stepLane ? stepCause : -1
        emit(first && thrown == nil ? .started : .resumed, g.lane, id: detail, line: line(of: g, start: true), cause: first ? -1 : cause)
    }

    private func leave(_ lane: Int32) {
        if stack.count > 1 && stack.last == lane { stack.removeLast() }
    }

    override func yielded(_ g: GeneratorObject, _ value: Value) {
        if g.lane == Self.hiddenLane { return }
        // The future of the sleep just started goes up the chain of awaits: pending, known.
        let id = value.tag == .object && value.objectIndex == lastSleep.future ? pendingID : showID(value)
        emit(.yielded, g.lane, id: id, line: line(of: g))
        leave(g.lane)
    }

    override func returned(_ g: GeneratorObject, _ value: Value) {
        if g.lane == Self.hiddenLane { return }
        emit(.returned, g.lane, id: showID(value), line: line(of: g))
        leave(g.lane)
    }

    override func raised(_ g: GeneratorObject, _ exc: Value) {
        if g.lane == Self.hiddenLane { return }
        emit(.raised, g.lane, vm.exceptionLine(exc), line: line(of: g))
        leave(g.lane)
    }

    override func output(_ text: String) { lines(text, .output) }

    override func errorOutput(_ text: String) { lines(text, .stderr) }

    /// The run's ending text (the final traceback, a limit or deadlock message) on main's
    /// lane, where CPython writes it: after the last step, before the ending event.
    func endingText(_ text: String) { lines(text, .stderr, lane: 0) }

    private func lines(_ text: String, _ kind: EventKind, lane: Int32? = nil) {
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        if pieces.last == "" { pieces.removeLast() }
        for p in pieces { emit(kind, lane ?? current, String(p)) }
    }

    // MARK: - LoopTrace

    override func taskCreated(_ t: TaskObject) {
        let title = vm.gen(t.coro).map(name(of:)) ?? vm.awaitableTitle(t.coro) ?? "sleep"
        t.lane = newLane(t.name, .task, title: title)
        t.traceWake = emit(.taskCreated, t.lane, "\(title)() by \(trace.lanes[Int(current)].name)", cause: contextCause)
        createdTask = ObjectIdentifier(t)
    }

    override func taskReady(_ t: TaskObject, by future: FutureObject?) {
        let cause: Int32
        if let future {
            cause = future.traceCause
        } else if createdTask == ObjectIdentifier(t) {
            cause = t.traceWake
        } else {
            cause = Int32(truncatingIfNeeded: trace.count - 1)     // its own bare yield, just recorded
        }
        createdTask = nil
        t.traceWake = cause
        emit(.taskReady, t.lane, id: 0, line: taskLine(t), cause: cause)
    }

    override func taskStep(_ t: TaskObject) {
        steppingLane = t.lane
        steppingCoro = t.coroID
        lastSleep.future = -1     // a sleep started in an earlier step is not this step's wait (its slot may be reused)
        // A cancel that came after its wake-up was queued is what this step throws in.
        stepCause = t.traceCancel > t.traceWake ? t.traceCancel : t.traceWake
        stepLane = t.lane
        contextCause = -1
        t.traceCancel = -1
        emit(.step, t.lane, id: 0, line: taskLine(t), cause: stepCause)
    }

    /// Where a task's coroutine stands: its `def` line before it starts, then its current line
    /// (the call site when the coroutine is the library's own).
    func taskLine(_ t: TaskObject) -> Int32 {
        t.coroFrame?._withUnsafeGuaranteedRef { $0.isLibrary ? 0 : $0.eventLine } ?? 0
    }

    override func taskWaits(_ t: TaskObject, _ on: Value) {
        if on.tag == .object && on.objectIndex == lastSleep.future {
            // The sleep just started: its detail is already stored.
            lastSleep.future = -1
            emit(.taskWaits, t.lane, id: lastSleep.id, line: taskLine(t))
            return
        }
        if let f = vm.future(on), f.sleepDelay.tag != .unbound {
            emit(.taskWaits, t.lane, id: sleepDetail(f.sleepDelay, until: f.sleepDeadline), line: taskLine(t))
            return
        }
        emit(.taskWaits, t.lane, vm.waitText(t), line: taskLine(t))
    }

    func sleepDetail(_ delay: Value, until deadline: Double?) -> Int32 {
        let isInt = delay.tag == .int || delay.tag == .bool
        guard isInt || delay.tag == .float else {
            let d = show(delay)
            return trace.strings.intern(deadline.map { "sleep(\(d)) until t=\(PyFormat.floatRepr($0))" } ?? "sleep(\(d)): one bare yield")
        }
        let a = isInt ? Double(delay.intValue) : delay.floatValue
        if let deadline { return trace.numericDetail(isInt ? .sleepIntUntil : .sleepUntil, a, deadline) }
        return trace.numericDetail(isInt ? .bareYieldInt : .bareYield, a)
    }

    override func futureDone(_ f: FutureObject) {
        if let t = f as? TaskObject {
            switch t.state {
            case .cancelled: t.traceCause = emit(.taskCancelled, t.lane, line: taskLine(t))
            case .finished:
                if !t.exception.isNone { t.traceCause = emit(.taskDone, t.lane, "raised \(vm.exceptionLine(t.exception))", line: taskLine(t)) }
                else { t.traceCause = emit(.taskDone, t.lane, show(t.result), line: taskLine(t)) }
            case .pending: break
            }
            return
        }
        if f.state == .cancelled, let c = cancels.last {
            f.traceCause = c
        } else if contextCause >= 0 {
            f.traceCause = contextCause
        } else if f.hasDoneCallbacks {
            f.traceCause = emit(.futureDone, current, vm.wakeText(f))
        }
    }

    override func cancelRequested(_ t: TaskObject) {
        // From a callback (a timeout's timer), the cancel shows on the lane behind that callback.
        let lane = contextCause >= 0 ? trace.lane(Int(contextCause)) : current
        let cause = cancels.last ?? contextCause
        let e = emit(.cancel, lane, t.name, cause: cause)
        t.traceCancel = e
        cancels.append(e)
    }

    override func cancelEnded() { cancels.removeLast() }

    override func callbackRuns(cause: Int32) {
        stepCause = -1
        stepLane = -1
        contextCause = cause
    }



    /// The lane takes the task's new name (its events all show the latest one).
    override func taskRenamed(_ t: TaskObject) { trace.lanes[Int(t.lane)].name = t.name }

    override func handleScheduled(_ h: HandleObject) {
        h.traceCause = Int32(truncatingIfNeeded: trace.count - 1)
    }

    override func timerSet(_ h: HandleObject) {
        let lane = sleepTimerLane >= 0 ? sleepTimerLane : current
        sleepTimerLane = -1
        h.traceLane = lane
        let id = lastSleep.deadline == h.when && lastSleep.id < 0
            ? trace.numericDetail(.time, sharing: lastSleep.id, offset: 1)
            : trace.numericDetail(.time, h.when)
        h.traceCause = emit(.timerSet, lane, id: id, cause: contextCause)
    }

    override func timerFired(_ h: HandleObject) {
        let lane = max(0, h.traceLane)
        let late = now - h.when
        let id: Int32
        if late > 1e-9 {
            // Only a blocked loop (`time.sleep` in a task) lets the clock pass a deadline.
            id = trace.strings.intern("t=\(PyFormat.floatRepr(h.when)), \(ShortNumber.seconds(late)) s late: the loop was blocked")
        } else {
            id = h.when == now ? Trace.eventTimeDetail : trace.numericDetail(.time, h.when)
        }
        h.traceCause = emit(.timerFired, lane, id: id, line: 0, cause: h.traceCause)
    }

    override func clockAdvanced(_ t: Double) { emit(.clock, 0, id: t == now ? Trace.eventTimeDetail : trace.numericDetail(.time, t), line: 0) }

    override func blockingSleep(_ seconds: Double, until: Double) {
        let what = vm.asyncio.runningLoop != nil ? "the loop is blocked" : "the program sleeps"
        emit(.blocks, current, "time.sleep(\(ShortNumber.seconds(seconds))): \(what) until t=\(ShortNumber.seconds(until))")
    }

    override func loopEntered(_ how: String) {
        contextCause = -1
        emit(.delegated, current, "\(how): the event loop runs the tasks")
        loopFrame = vm.currentFrameRef?.toOpaque()
    }

    override func loopExited(_ how: String) {
        loopFrame = nil
        contextCause = -1      // the program's own code runs again: what it completes is its doing
        if vm.pendingStop == nil { emit(.resumed, current, "\(how) returned") }
    }

    override func sleepStarted(_ sleep: SleepCoroutine, _ delay: Value, deadline: Double?) {
        let lane: Int32
        let time = now, line = line()
        if steppingLane >= 0 && steppingCoro == ObjectIdentifier(sleep) {
            lane = steppingLane       // the sleep is the task's own coroutine
            steppingLane = -1
            sleepTimerLane = lane
        } else {
            let awaiting = Int(current)
            sleepTimerLane = current
            if awaiting < sleepSubLanes.count && sleepSubLanes[awaiting] >= 0 { lane = sleepSubLanes[awaiting] } else {
                lane = subLane(under: current, "sleep")
                if awaiting >= sleepSubLanes.count { sleepSubLanes += repeatElement(-1, count: awaiting + 1 - sleepSubLanes.count) }
                sleepSubLanes[awaiting] = lane
            }
            // The delay is in the sleep lane's `started` event that follows.
            let inCoroutine = vm.currentFrameRef?._withUnsafeGuaranteedRef { $0.code.isCoroutine } ?? false
            trace.append(.delegated, time: time, lane: current, detail: inCoroutine ? awaitSleepID : yieldFromSleepID, line: line)
        }
        sleep.traceLane = lane
        sleep.traceLine = line
        let id = sleepDetail(delay, until: deadline)
        let future = sleep.future
        lastSleep = (future.tag == .object ? future.objectIndex : -1, deadline ?? .nan, id)
        trace.append(.started, time: time, lane: lane, detail: id, line: line)
        trace.append(.yielded, time: time, lane: lane, detail: deadline == nil ? noneID : pendingID, line: line)
    }

    override func sleepFinished(_ sleep: SleepCoroutine, _ result: Value, raised: Value?) {
        let lane = sleep.traceLane >= 0 ? sleep.traceLane : subLane(under: current, "sleep")
        steppingLane = -1
        let line = sleep.traceLine
        if let raised {
            emit(.resumed, lane, "throw \(vm.exceptionLine(raised))", line: line, cause: stepCause)
            emit(.raised, lane, vm.exceptionLine(raised), line: line)
        } else {
            let time = now
            trace.append(.resumed, time: time, lane: lane, detail: sendNoneID, line: line, cause: stepCause)
            trace.append(.returned, time: time, lane: lane, detail: showID(result), line: line)
        }
    }

    override func detach() { steppingLane = -1 }

    func ending(_ e: RunEnding) {
        switch e {
        case .finished: emit(.finished, 0, "module code returned")
        case .raised: emit(.raised, 0, "uncaught exception")
        case .idle: emit(.idle, 0, "run_forever() has nothing left to run")
        case .deadlock(let names): emit(.deadlock, 0, names.isEmpty ? "run_until_complete() waits forever" : "waiting forever: \(names)")
        case .limit(let what): emit(.limit, 0, "limits.\(what) reached")
        }
    }
}

extension Recorder {
    /// Heads the trace with the run's settings and opens it with the module's start (before
    /// the run; `ending` closes it).
    func begin(_ config: RunConfig, name: String, title: String) {
        trace.scenarioName = name
        trace.title = title
        trace.seedText = config.seed.text
        trace.tiebreak = config.tiebreak
        trace.start = config.start
        trace.sourceName = vm.file
        trace.sourceLines = vm.sourceLines.map(String.init)
        trace.append(.started, time: 0, lane: 0, detail: trace.strings.intern("<module>"), line: 1)
    }
}
