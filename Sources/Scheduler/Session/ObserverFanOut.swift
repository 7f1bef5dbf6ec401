/// Several observers of one run side by side: each event goes to every one, in the order they
/// were attached. A session builds one only for two observers or more; a single observer is
/// called directly, so a run with one costs what it always did (one unretained call per
/// event). A method added to `RuntimeTracer` or `LoopTrace` must be forwarded here too.
final class ObserverFanOut: LoopTrace {
    private let observers: [LoopTrace]

    private init(_ observers: [LoopTrace]) { self.observers = observers }

    /// Nothing, the one observer, or a fan-out to all of them.
    static func joined(_ observers: [LoopTrace]) -> LoopTrace? {
        observers.count <= 1 ? observers.first : ObserverFanOut(observers)
    }

    // MARK: - RuntimeTracer

    override func resumed(_ g: GeneratorObject, sent: Value, thrown: Value?, delegated: Bool) {
        for o in observers { o.resumed(g, sent: sent, thrown: thrown, delegated: delegated) }
    }
    override func yielded(_ g: GeneratorObject, _ value: Value) { for o in observers { o.yielded(g, value) } }
    override func returned(_ g: GeneratorObject, _ value: Value) { for o in observers { o.returned(g, value) } }
    override func raised(_ g: GeneratorObject, _ exc: Value) { for o in observers { o.raised(g, exc) } }
    override func generatorCreated(_ g: GeneratorObject) { for o in observers { o.generatorCreated(g) } }
    override func output(_ text: String) { for o in observers { o.output(text) } }
    override func errorOutput(_ text: String) { for o in observers { o.errorOutput(text) } }
    override func blockingSleep(_ seconds: Double, until: Double) { for o in observers { o.blockingSleep(seconds, until: until) } }

    // MARK: - LoopTrace

    override func taskCreated(_ t: TaskObject) { for o in observers { o.taskCreated(t) } }
    override func taskStep(_ t: TaskObject) { for o in observers { o.taskStep(t) } }
    override func taskWaits(_ t: TaskObject, _ on: Value) { for o in observers { o.taskWaits(t, on) } }
    override func futureDone(_ f: FutureObject) { for o in observers { o.futureDone(f) } }
    override func timerSet(_ h: HandleObject) { for o in observers { o.timerSet(h) } }
    override func timerFired(_ h: HandleObject) { for o in observers { o.timerFired(h) } }
    override func clockAdvanced(_ t: Double) { for o in observers { o.clockAdvanced(t) } }
    override func taskReady(_ t: TaskObject, by future: FutureObject?) { for o in observers { o.taskReady(t, by: future) } }
    override func cancelRequested(_ t: TaskObject) { for o in observers { o.cancelRequested(t) } }
    override func cancelEnded() { for o in observers { o.cancelEnded() } }
    override func callbackRuns(cause: Int32) { for o in observers { o.callbackRuns(cause: cause) } }
    override func callbacksDone() { for o in observers { o.callbacksDone() } }
    override func handleScheduled(_ h: HandleObject) { for o in observers { o.handleScheduled(h) } }
    override func taskRenamed(_ t: TaskObject) { for o in observers { o.taskRenamed(t) } }
    override func loopEntered(_ how: String) { for o in observers { o.loopEntered(how) } }
    override func loopExited(_ how: String) { for o in observers { o.loopExited(how) } }
    override func sleepStarted(_ sleep: SleepCoroutine, _ delay: Value, deadline: Double?) {
        for o in observers { o.sleepStarted(sleep, delay, deadline: deadline) }
    }
    override func sleepFinished(_ sleep: SleepCoroutine, _ result: Value, raised: Value?) {
        for o in observers { o.sleepFinished(sleep, result, raised: raised) }
    }
    override func detach() { for o in observers { o.detach() } }
}
