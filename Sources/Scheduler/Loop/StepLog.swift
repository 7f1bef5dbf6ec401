/// The sequence of task steps (virtual time, task name): what `verify` compares with the harness.

public final class StepLog: LoopTrace {
    public private(set) var lines: [String] = []
    public init() {}

    func taskCreated(_ t: TaskObject) {}
    func taskStep(_ t: TaskObject) { lines.append("\(PyFormat.floatRepr(t.loop.now)) \(t.name)") }
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
    func detach() {}
}

extension Program {
    /// Records task steps from now on.
    public func recordSteps() -> StepLog {
        let log = StepLog()
        vm.loopTrace = log
        return log
    }
}

extension RunEnding {
    /// The ending as the harness writes it on the last line of its steps file.
    public var harnessLine: String {
        switch self {
        case .finished: return "# done"
        case .raised: return "# exception"
        case .idle: return "# idle"
        case .deadlock(let names): return names.isEmpty ? "# deadlock" : "# deadlock \(names)"
        case .limit(let what): return "# limit \(what)"
        }
    }
}
