import Scheduler

/// One plain-English line about the event at the playhead.
enum Narrator {
    static func account(_ model: TimelineModel, _ i: Int) -> String {
        guard model.eventCount > 0 else { return "no events" }
        let e = model.trace.event(i)
        let who = SafeText.escape(model.trace.lanes[e.lane].name)
        let d = SafeText.escape(e.detail)
        let prefix = "#\(i) t=\(TraceExport.formatTime(e.time)) "
        let text: String
        switch e.kind {
        case .created: text = "\(who) is created \(d) (its body has not run yet)"
        case .started: text = "\(who) starts running \(d)"
        case .resumed: text = "\(who) resumes (\(d))"
        case .yielded: text = "\(who) yields \(d) and is suspended"
        case .delegated: text = "\(who) does `\(d)`: the callee runs inline until it suspends"
        case .returned: text = "\(who) returns \(d)"
        case .raised where e.lane == 0 && d == "uncaught exception":
            text = "the program ends with an uncaught exception: the traceback is in the output pane"
        case .raised: text = "\(who) raises \(d)\(at(e.line))"
        case .step: text = "the event loop runs a step of \(who)"
        case .taskCreated: text = "\(who) is created for \(d); its first step is queued with call_soon"
        case .taskReady: text = "\(who) is ready: it runs in a coming loop iteration"
        case .taskWaits: text = "\(who) waits for \(d): the loop parks it"
        case .taskDone where d.hasPrefix("raised "):
            text = "\(who) is done: it \(d)\(at(raisedLine(model, i)))"
        case .taskDone: text = "\(who) is done: \(d)"
        case .taskCancelled: text = "\(who) is cancelled"
        case .timerSet: text = "\(who) sets a timer for \(d)"
        case .timerFired: text = "the timer for \(d) fires: its callback joins the ready queue"
        case .futureDone: text = "a future completes: \(d)"
        case .clock: text = "nothing is ready: the virtual clock jumps to \(d)"
        case .output: text = "\(who) prints \"\(d)\""
        case .stderr where e.lane == 0 && d.hasPrefix("schedviz: "):
            text = "schedviz writes to stderr why the run ends: \"\(d.dropFirst(10))\""
        case .stderr: text = "\(who) writes to stderr: \"\(d)\""
        case .idle: text = "the run ends: \(d)"
        case .deadlock: text = "deadlock: \(d); the run stops, what still waits is drawn stopped"
        case .limit: text = "the run stops: \(d); what had not finished is drawn stopped"
        case .finished: text = "the program ends: \(d)"
        }
        return prefix + text
    }

    private static func at(_ line: Int) -> String { line > 0 ? " at line \(line)" : "" }

    /// The line of the task's own `raised` event just before its `task-done` (looked for
    /// among a few events only, so a frame's cost stays bounded).
    private static func raisedLine(_ model: TimelineModel, _ i: Int) -> Int {
        let lane = model.trace.lane(i)
        for j in stride(from: i - 1, through: max(0, i - 64), by: -1) where model.trace.lane(j) == lane {
            return model.trace.kind(j) == .raised ? Int(model.trace.line(j)) : 0
        }
        return 0
    }
}
