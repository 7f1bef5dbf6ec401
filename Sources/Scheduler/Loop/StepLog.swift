/// The sequence of task steps (virtual time, task name): what `verify` compares with the harness.

public final class StepLog: LoopTrace {
    public private(set) var lines: [String] = []
    override public init() {}

    override func taskStep(_ t: TaskObject) { lines.append("\(PyFormat.floatRepr(t.loop.now)) \(t.name)") }
}

extension Program {
    /// Records task steps from now on.
    public func recordSteps() -> StepLog {
        let log = StepLog()
        vm.asyncio.loopTrace = log
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
