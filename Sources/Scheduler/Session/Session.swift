/// One run of one program, wired in one place: compiles the `RunConfig`'s program,
/// configures the VM and its loop, attaches the observers side by side, runs, and hands back
/// what the run left. The commands, the fuzzer and the tests all run programs through it.
public final class Session {
    public let config: RunConfig
    public let program: Program
    public var vm: VM { program.vm }
    /// Where the program's stdout goes; set before `run`.
    public var output = Output.capture
    /// Takes what the program writes to stderr besides its ending (the loop's exception
    /// handler, "Exception ignored" reports) as it is written; when nil it is in the result.
    public var errors: ((String) -> Void)?

    public enum Output {
        /// Collected into `SessionResult.stdout`.
        case capture
        case discard
        /// Handed over piece by piece, as `print` writes it.
        case stream((String) -> Void)
    }

    /// The scenario's name and title, for a recorded trace's header.
    private let name: String, title: String
    private var observers: [(observer: LoopTrace, runtimeEvents: Bool)] = []
    private var recorder: Recorder?
    private var stepLog: StepLog?

    /// Compiles the program and applies the configuration; syntax errors and unsupported
    /// constructs come back as `PySyntaxError` (`Program.describe` renders them).
    public convenience init(_ config: RunConfig) throws(PySyntaxError) {
        try self.init(config, name: "", title: "")
    }

    /// A scenario's run, its trace headed with the scenario's path and title.
    public convenience init(_ scenario: Scenario) throws(PySyntaxError) {
        try self.init(scenario.config, name: scenario.path, title: scenario.title)
    }

    private init(_ config: RunConfig, name: String, title: String) throws(PySyntaxError) {
        self.config = config
        self.name = name
        self.title = title
        program = try Program.compile(source: config.source, file: config.file)
        let vm = program.vm
        vm.random.seed(magnitude: config.seed.magnitude)
        vm.clock.start = config.start
        vm.limits = config.limits
        vm.recursionLimit = config.limits.recursion
        vm.tiebreak = config.tiebreak
        vm.argv = config.argv ?? [config.file]
    }

    // MARK: - Observers

    /// Records the whole run into a trace (`SessionResult.trace`).
    @discardableResult
    public func record() -> Recorder {
        if let recorder { return recorder }
        let r = Recorder(vm: vm)
        r.begin(config, name: name, title: title)
        attach(r, runtimeEvents: true)
        recorder = r
        return r
    }

    /// Logs the task steps as `verify` compares them (`SessionResult.steps`).
    @discardableResult
    public func logSteps() -> StepLog {
        if let stepLog { return stepLog }
        let log = StepLog()
        attach(log, runtimeEvents: false)
        stepLog = log
        return log
    }

    /// Adds an observer beside the others. `runtimeEvents`: it also hears generators resume,
    /// yield and return, and `print`; while any observer does, `for` no longer runs
    /// generators inside its caller's dispatch loop (each resumption is an event).
    func attach(_ observer: LoopTrace, runtimeEvents: Bool) {
        observers.append((observer, runtimeEvents))
    }

    // MARK: - Running

    /// Runs the program once, to its end or to the ending the loop decides.
    public func run() -> SessionResult {
        let captured = OutputBuffer()
        switch output {
        case .capture: vm.output = { [captured] in captured.text += $0 }
        case .discard: vm.output = { _ in }
        case .stream(let write): vm.output = write
        }
        vm.errorSink = errors
        if !observers.isEmpty {
            vm.asyncio.loopTrace = ObserverFanOut.joined(observers.map(\.observer))
            vm.tracer = ObserverFanOut.joined(observers.filter(\.runtimeEvents).map(\.observer))
        }
        let result = program.run()
        if !result.errorText.isEmpty { recorder?.endingText(result.errorText) }
        recorder?.ending(result.ending)
        return SessionResult(run: result, stdout: captured.text, stderr: vm.stderrText,
                             trace: recorder?.trace, steps: stepLog?.lines)
    }
}

/// What a run left: how it ended, what it printed, and what its observers gathered.
public struct SessionResult {
    public var run: RunResult
    public var ending: RunEnding { run.ending }
    /// The traceback or ending message for stderr, "" when none.
    public var errorText: String { run.errorText }
    public var exitStatus: Int32 { run.exitStatus }
    /// What the program printed, when the session captured it.
    public var stdout: String
    /// What it wrote to stderr besides the ending, unless `Session.errors` took it.
    public var stderr: String
    /// The recorded trace, closed with the ending event, when the session recorded one.
    public var trace: Trace?
    /// Task steps as "time name" lines, when the session logged them.
    public var steps: [String]?
}

/// `print`'s text, collected. A box of its own: a closure holding the session would be a
/// cycle (the VM holds the closure).
private final class OutputBuffer {
    var text = ""
}
