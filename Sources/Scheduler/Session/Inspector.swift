/// Frames and locals at any step, backwards too, by deterministic re-execution: the run is
/// repeated with the same `RunConfig` and a recorder, so its events are numbered as the
/// viewer's trace, and paused just before event N+1 is appended (`Trace.pauseAt`): the state
/// "after event N". A run takes milliseconds for the scenarios and about 0.1 s (release) for
/// a million events, so a request re-runs from the start, keeps the steps around the one asked
/// (`window`) and stops the run; stepping through those, or back over seen ones, costs nothing.
public final class Inspector {
    private let config: RunConfig
    private var cache: [Int: LaneSnapshot] = [:]
    private static let cacheLimit = 4096

    public init(_ config: RunConfig) { self.config = config }

    public convenience init(_ scenario: Scenario) { self.init(scenario.config) }

    /// Steps either side of a request captured in the same run: stepping through them
    /// needs no new run.
    static let window = 32

    /// `lane` as it stood just after event `event`.
    public func snapshot(after event: Int, lane: Int) -> LaneSnapshot {
        if let s = cache[Self.key(event, lane)], s.event == event, s.lane == lane { return s }
        if cache.count + 2 * Self.window + 1 > Self.cacheLimit { cache.removeAll() }
        let first = max(0, event - Self.window), last = event + Self.window
        run(pausingAfter: first) { capture, at in
            cache[Self.key(at, lane)] = capture.snapshot(event: at, lane: lane)
            return at < last
        }
        if let s = cache[Self.key(event, lane)], s.event == event, s.lane == lane { return s }
        return LaneSnapshot(event: event, lane: lane, status: "gone")
    }

    private static func key(_ event: Int, _ lane: Int) -> Int { event &* 65_536 &+ lane }

    /// In one run, every event's own lane just after it, in order; returns the run's trace,
    /// whose events are the ones `body` saw (`trace --format jsonl --locals`).
    public func everyEvent(_ body: (Int, LaneSnapshot) -> Void) -> (Trace, SessionResult)? {
        run(pausingAfter: 0) { capture, at in
            body(at, capture.snapshot(event: at, lane: Int(capture.trace.lane(at))))
            return true
        }
    }

    /// Runs the program, pausing after event `first` and then after each following event
    /// while `body` returns true; the last events (after the module returned) are seen once
    /// the run is over. The run stops as soon as `body` returns false.
    @discardableResult
    private func run(pausingAfter first: Int, _ body: (LaneCapture, Int) -> Bool) -> (Trace, SessionResult)? {
        guard let session = try? Session(config) else { return nil }
        session.output = .discard
        let trace = session.record().trace
        let objects = LaneObjects()
        session.attach(objects, runtimeEvents: true)
        let vm = session.vm
        let capture = LaneCapture(vm: vm, trace: trace, objects: objects)
        var wanted = true
        var result: SessionResult?
        withoutActuallyEscaping(body) { body in
            trace.pauseAt = first + 1
            trace.onPause = { [unowned trace] in
                let keep = Self.quietly(vm) { body(capture, trace.count - 1) }
                if keep { trace.pauseAt += 1; return }
                wanted = false
                trace.pauseAt = .max
                // Stop at the next check: the rest of the run is not needed.
                vm.limits.steps = 0
                vm.limits.loopIterations = 0
                vm.edgesToCheckpoint = 0
            }
            result = session.run()
            trace.onPause = nil
            // Events the run appended after its last pause (its ending) are seen now.
            while wanted && trace.pauseAt <= trace.count {
                let at = trace.pauseAt - 1
                trace.pauseAt += 1
                if at >= first { wanted = Self.quietly(vm) { body(capture, at) } }
            }
            trace.pauseAt = .max
        }
        return result.map { (trace, $0) }
    }

    /// Runs `body` with the run's observers detached: a `__repr__` the capture calls must
    /// add no events (the numbering would no longer match the viewer's).
    private static func quietly(_ vm: VM, _ body: () -> Bool) -> Bool {
        let tracer = vm.tracer, loopTrace = vm.asyncio.loopTrace
        vm.tracer = nil
        vm.asyncio.loopTrace = nil
        defer { vm.tracer = tracer; vm.asyncio.loopTrace = loopTrace }
        return body()
    }
}
