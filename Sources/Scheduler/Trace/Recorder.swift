/// Builds a `Trace` while the program runs: lanes for main, tasks, directly driven
/// generators and awaited coroutines (sub-lanes of their task), and one event per
/// resumption, yield, delegation, loop step, timer and printed line.

public final class Recorder: LoopTrace {
    public let trace: Trace
    /// Strong: reading an unowned(unsafe) reference retains it, atomically, on every event.
    /// `VM.breakCycles` drops the VM's references to its recorder.
    let vm: VM
    /// The lanes of the generators and coroutines running, innermost last.
    private var stack = Column<Int32>(capacity: 16)
    private var generatorCounts: [String: Int] = [:]
    private var subLanes: [SubLaneKey: Int32] = [:]

    private struct SubLaneKey: Hashable { var root: Int32; var depth: Int; var name: String }
    /// The task being stepped, until its coroutine resumes: its lane and its coroutine.
    private var steppingLane: Int32 = -1
    private var steppingCoro: ObjectIdentifier?
    private var sleepSubLanes: [Int32] = []   // awaiting lane -> its `sleep` sub-lane, or -1

    // Details every run uses, interned once.
    private let noneID, sendNoneID, nextID, awaitSleepID, yieldFromSleepID, pendingID: Int32

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
        trace.lanes.append(Lane(name: "main", kind: .main, parent: -1, title: "<module>", depth: 0))
    }

    deinit { stack.free() }

    private var current: Int32 { stack.last ?? 0 }
    private var now: Double { vm.clock.now }

    @inline(__always) private func line() -> Int32 {
        guard let f = vm.currentFrameRef else { return 0 }
        return f._withUnsafeGuaranteedRef { $0.isLibrary ? 0 : $0.line }
    }

    private func emit(_ kind: EventKind, _ lane: Int32, _ detail: String = "", line: Int32? = nil) {
        trace.append(kind, time: now, lane: lane, detail: detail.isEmpty ? 0 : trace.strings.intern(detail), line: line ?? self.line())
    }

    private func emit(_ kind: EventKind, _ lane: Int32, id: Int32, line: Int32? = nil) {
        trace.append(kind, time: now, lane: lane, detail: id, line: line ?? self.line())
    }

    private var startedIDs: [ObjectIdentifier: Int32] = [:]

    private func startedID(_ g: GeneratorObject) -> Int32 {
        let key = ObjectIdentifier(g.frame.code)
        if let id = startedIDs[key] { return id }
        let id = trace.strings.intern(g.qualname + "()")
        startedIDs[key] = id
        return id
    }
    /// The sleep started last: its future, deadline and detail, which the timer and the task's wait repeat.
    private var lastSleep: (future: Int, deadline: Double, id: Int32) = (-1, .nan, 0)

    /// The detail id of a value's short repr, without building strings for the common ones.
    private func showID(_ v: Value) -> Int32 {
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
    private func show(_ v: Value) -> String {
        let s = (try? vm.repr(v)) ?? "?"
        return s.count > 60 ? String(s.prefix(57)) + "..." : s
    }

    private func newLane(_ name: String, _ kind: LaneKind, parent: Int32 = -1, title: String = "", depth: Int = 0) -> Int32 {
        trace.lanes.append(Lane(name: name, kind: kind, parent: parent, title: title, depth: depth))
        return Int32(trace.lanes.count - 1)
    }

    private func ownLane(_ g: GeneratorObject) -> Int32 {
        let n = (generatorCounts[g.qualname] ?? 0) + 1
        generatorCounts[g.qualname] = n
        return newLane("\(g.qualname)#\(n)", g.isCoroutine || g.iterableCoroutine ? .coroutine : .generator, title: g.qualname)
    }

    /// The task (or top-level lane) a lane belongs to.
    private func root(_ lane: Int32) -> Int32 {
        let p = trace.lanes[Int(lane)].parent
        return p >= 0 ? p : lane
    }

    private func subLane(under parent: Int32, _ name: String) -> Int32 {
        let r = root(parent)
        let depth = trace.lanes[Int(parent)].depth + 1
        let key = SubLaneKey(root: r, depth: depth, name: name)
        if let l = subLanes[key] { return l }
        let l = newLane("\(trace.lanes[Int(r)].name)/\(name)", .subLane, parent: r, title: name, depth: depth)
        subLanes[key] = l
        return l
    }

    // MARK: - RuntimeTracer

    override func generatorCreated(_ g: GeneratorObject) {
        guard !g.isCoroutine && !g.iterableCoroutine else { return }
        g.lane = ownLane(g)
        emit(.created, g.lane, "by \(trace.lanes[Int(current)].name)")
    }

    override func resumed(_ g: GeneratorObject, sent: Value, thrown: Value?, delegated: Bool) {
        let first = g.frame.ip == 0
        if g.lane < 0 {
            if steppingLane >= 0 && steppingCoro == ObjectIdentifier(g) {
                g.lane = steppingLane
            } else if delegated {
                g.lane = subLane(under: current, g.qualname)
            } else {
                g.lane = ownLane(g)
                emit(.created, g.lane, "by \(trace.lanes[Int(current)].name)")
            }
        }
        let fromTask = steppingLane >= 0
        steppingLane = -1
        if delegated && first {
            let verb = (vm.currentFrame?.code.isCoroutine ?? false) ? "await" : "yield from"
            emit(.delegated, current, "\(verb) \(g.qualname)()")
        }
        let detail: Int32
        if let thrown { detail = trace.strings.intern("throw \(vm.exceptionLine(thrown))") }
        else if first { detail = startedID(g) }
        else if sent.isNone { detail = delegated || fromTask ? sendNoneID : nextID }
        else { detail = trace.strings.intern("send \(show(sent))") }
        if stack.last != g.lane { stack.append(g.lane) }
        emit(first && thrown == nil ? .started : .resumed, g.lane, id: detail, line: g.frame.eventLine)
    }

    private func leave(_ lane: Int32) {
        if stack.count > 1 && stack.last == lane { stack.removeLast() }
    }

    override func yielded(_ g: GeneratorObject, _ value: Value) {
        emit(.yielded, g.lane, id: showID(value), line: g.frame.line)
        leave(g.lane)
    }

    override func returned(_ g: GeneratorObject, _ value: Value) {
        emit(.returned, g.lane, id: showID(value), line: g.frame.line)
        leave(g.lane)
    }

    override func raised(_ g: GeneratorObject, _ exc: Value) {
        emit(.raised, g.lane, vm.exceptionLine(exc), line: g.frame.line)
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
        let title = vm.gen(t.coro)?.qualname ?? vm.awaitableTitle(t.coro) ?? "sleep"
        t.lane = newLane(t.name, .task, title: title)
        emit(.taskCreated, t.lane, "\(title)() by \(trace.lanes[Int(current)].name)")
    }

    override func taskStep(_ t: TaskObject) {
        steppingLane = t.lane
        steppingCoro = t.coroID
        lastSleep.future = -1     // a sleep started in an earlier step is not this step's wait (its slot may be reused)
        emit(.step, t.lane, id: 0, line: taskLine(t))
    }

    /// Where a task's coroutine stands: its `def` line before it starts, then its current line.
    private func taskLine(_ t: TaskObject) -> Int32 {
        t.coroFrame?._withUnsafeGuaranteedRef { $0.eventLine } ?? 0
    }

    override func taskReady(_ t: TaskObject) { emit(.taskReady, t.lane, id: 0, line: taskLine(t)) }

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
        emit(.taskWaits, t.lane, t.waitDescription(vm), line: taskLine(t))
    }

    private func sleepDetail(_ delay: Value, until deadline: Double?) -> Int32 {
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
        guard let t = f as? TaskObject else { return }
        switch t.state {
        case .cancelled: emit(.taskCancelled, t.lane)
        case .finished:
            if !t.exception.isNone { emit(.taskDone, t.lane, "raised \(vm.exceptionLine(t.exception))") }
            else { emit(.taskDone, t.lane, show(t.result)) }
        case .pending: break
        }
    }

    override func timerSet(_ h: HandleObject) {
        h.traceLane = current
        let id = lastSleep.deadline == h.when && lastSleep.id < 0
            ? trace.numericDetail(.time, sharing: lastSleep.id, offset: 1)
            : trace.numericDetail(.time, h.when)
        emit(.timerSet, current, id: id)
    }

    override func timerFired(_ h: HandleObject) {
        let lane = max(0, h.traceLane)
        emit(.timerFired, lane, id: h.when == now ? Trace.eventTimeDetail : trace.numericDetail(.time, h.when))
    }

    override func clockAdvanced(_ t: Double) { emit(.clock, 0, id: t == now ? Trace.eventTimeDetail : trace.numericDetail(.time, t)) }

    override func loopEntered(_ how: String) { emit(.delegated, current, "\(how): the event loop runs the tasks") }

    override func loopExited(_ how: String) {
        if vm.pendingStop == nil { emit(.resumed, current, "\(how) returned") }
    }

    override func sleepStarted(_ sleep: SleepCoroutine, _ delay: Value, deadline: Double?) {
        let lane: Int32
        let time = now, line = line()
        if steppingLane >= 0 && steppingCoro == ObjectIdentifier(sleep) {
            lane = steppingLane       // the sleep is the task's own coroutine
            steppingLane = -1
        } else {
            let awaiting = Int(current)
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
        let id = sleepDetail(delay, until: deadline)
        let future = sleep.future
        lastSleep = (future.tag == .object ? future.objectIndex : -1, deadline ?? .nan, id)
        trace.append(.started, time: time, lane: lane, detail: id, line: line)
        trace.append(.yielded, time: time, lane: lane, detail: deadline == nil ? noneID : pendingID, line: line)
    }

    override func sleepFinished(_ sleep: SleepCoroutine, _ result: Value, raised: Value?) {
        let lane = sleep.traceLane >= 0 ? sleep.traceLane : subLane(under: current, "sleep")
        steppingLane = -1
        if let raised {
            emit(.resumed, lane, "throw \(vm.exceptionLine(raised))")
            emit(.raised, lane, vm.exceptionLine(raised))
        } else {
            let time = now, line = line()
            trace.append(.resumed, time: time, lane: lane, detail: sendNoneID, line: line)
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
