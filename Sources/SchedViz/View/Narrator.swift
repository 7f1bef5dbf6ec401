import Scheduler

/// Plain English about the event at the playhead: what happened, and why (its cause).
enum Narrator {
    static func account(_ model: TimelineModel, _ i: Int) -> String {
        guard model.eventCount > 0 else { return "no events" }
        let e = model.trace.event(i)
        let who = name(model, e.lane)
        // asyncio's exceptions by the names programs catch them by.
        let d = SafeText.escape(e.detail).replacingOccurrences(of: "asyncio.exceptions.", with: "")
        let prefix = "#\(i) t=\(TraceExport.formatTime(e.time)) "
        let why = e.cause.map { because(model, $0, woken: e.lane, at: i) }
        let text: String
        switch e.kind {
        case .created: text = "\(who) is created \(d) (its body has not run yet)"
        case .started: text = "\(who) starts running \(d)"
        case .resumed: text = "\(who) resumes (\(d))" + (why.map { ": \($0)" } ?? "")
        case .yielded: text = "\(who) yields \(d) and is suspended"
        case .delegated: text = "\(who) does `\(d)`: the callee runs inline until it suspends"
        case .returned: text = "\(who) returns \(d)"
        case .raised where e.lane == 0 && d == "uncaught exception":
            text = "the program ends with an uncaught exception: the traceback is in the output pane"
        case .raised: text = "\(who) raises \(d)\(at(e.line))"
        case .step: text = "the event loop runs a step of \(who)" + (why.map { ": \($0)" } ?? "")
        case .taskCreated: text = "\(who) is created for \(d); its first step is queued with call_soon"
        case .taskReady: text = "\(who) is ready: " + (why ?? "it runs in a coming loop iteration")
        case .taskWaits: text = "\(who) waits for \(d): the loop parks it"
        case .taskDone where d.hasPrefix("raised "):
            text = "\(who) is done: it \(d)\(at(raisedLine(model, i)))"
        case .taskDone: text = "\(who) is done: \(d)"
        case .taskCancelled: text = "\(who) is cancelled"
        case .timerSet: text = "\(who) sets a timer for \(d)"
        case .timerFired:
            if let late = d.range(of: ", ") {
                text = "the timer for \(d[..<late.lowerBound]) fires \(d[late.upperBound...].replacingOccurrences(of: ": ", with: ", because "))"
            } else {
                text = "the timer for \(d) fires: its callback joins the ready queue"
            }
        case .futureDone: text = "\(who) completes a future: \(d)" + at(e.line)
        case .clock: text = "nothing is ready: the virtual clock jumps to \(d)"
        case .output: text = "\(who) prints \"\(d)\""
        case .stderr where e.lane == 0 && d.hasPrefix("schedviz: "):
            text = "schedviz writes to stderr why the run ends: \"\(d.dropFirst(10))\""
        case .stderr: text = "\(who) writes to stderr: \"\(d)\""
        case .idle: text = "the run ends: \(d)"
        case .deadlock: text = "deadlock: \(d); the run stops, what still waits is drawn stopped"
        case .limit: text = "the run stops: \(d); what had not finished is drawn stopped"
        case .finished: text = "the program ends: \(d)"
        case .cancel: text = "\(who) cancels \(d)" + at(e.line)
        case .blocks:
            // "time.sleep(2.5): the loop is blocked until t=4.0"
            if let colon = d.range(of: ": ") {
                text = "\(who) calls \(d[..<colon.lowerBound])\(at(e.line)): \(d[colon.upperBound...])"
            } else {
                text = "\(who) calls \(d)"
            }
        }
        return prefix + text
    }

    /// The current event's cause and effects, and the value it carries: the "details" line.
    static func details(_ model: TimelineModel, _ i: Int) -> String {
        guard model.eventCount > 0 else { return "" }
        let trace = model.trace
        func brief(_ e: Int) -> String { "#\(e) \(trace.kind(e).name) \(SafeText.escape(trace.lanes[Int(trace.lane(e))].name))" }
        var parts: [String] = []
        parts.append("cause: " + (trace.cause(i).map(brief) ?? "none"))
        let effects = model.effects(of: i)
        if !effects.isEmpty {
            parts.append("led to: " + effects.prefix(3).map(brief).joined(separator: ", ") + (effects.count > 3 ? ", +\(effects.count - 3) more" : ""))
        }
        if trace.line(i) > 0 { parts.append("line \(trace.line(i))") }
        // The value the event carries: sent or thrown in, yielded, returned, raised.
        switch trace.kind(i) {
        case .resumed, .yielded, .returned, .raised, .taskDone:
            let v = trace.detailText(i)
            if !v.isEmpty { parts.append("value: " + SafeText.escape(v)) }
        default: break
        }
        return parts.joined(separator: " · ")
    }

    /// A lane's name for prose: a library coroutine is named by where it runs ("Task-3 inside asyncio's Queue.get").
    static func name(_ model: TimelineModel, _ lane: Int) -> String {
        let l = model.trace.lanes[lane]
        if l.library, l.parent >= 0 {
            return "\(SafeText.escape(model.trace.lanes[Int(l.parent)].name)) inside asyncio's \(SafeText.escape(l.title))"
        }
        return SafeText.escape(l.name)
    }

    /// Why event `effect` of `woken` happened, from its cause `c`.
    static func because(_ model: TimelineModel, _ c: Int, woken: Int, at effect: Int) -> String {
        let trace = model.trace
        let by = name(model, Int(trace.lane(c)))
        // Who did it: the task, also when the call ran inside asyncio's code (Queue.put).
        let causeLane = trace.lanes[Int(trace.lane(c))]
        let doer = SafeText.escape(causeLane.library && causeLane.parent >= 0 ? trace.lanes[Int(causeLane.parent)].name : causeLane.name)
        let d = SafeText.escape(trace.detailText(c))
        let when = " at t=\(ShortNumber.seconds(trace.time(c)))"
        // What the woken lane was waiting for just before (its state's reason).
        let waited = model.states.reason(model.states.states(after: effect - 1)[woken])
        switch trace.kind(c) {
        case .timerFired:
            let time = d.split(separator: ",").first.map(String.init) ?? d
            let own = Int(trace.lane(c)) == woken || Int(trace.lanes[Int(trace.lane(c))].parent) == woken
            return (own ? "its timer for \(time) fired" : "\(by)'s timer for \(time) fired") + (waited.hasPrefix("sleep(") ? " (\(waited))" : "")
        case .taskDone:
            let what = d.hasPrefix("raised ") ? "\(by) \(d)" : "\(by) returned \(d)"
            return waited.hasPrefix("gather(") ? "gather completed when \(what)\(when)" : "\(what)\(when)"
        case .taskCancelled:
            return (waited.hasPrefix("gather(") ? "gather completed when " : "") + "\(by) was cancelled\(when)"
        case .futureDone:
            // "Queue.put() wakes Task-3": the call, by whom and where.
            let call = d.components(separatedBy: " wakes ").first ?? d
            return "\(doer) called \(call)\(at(Int(trace.line(c))))\(when)"
        case .cancel: return "\(doer) cancelled it\(at(Int(trace.line(c))))\(when)"
        case .taskCreated: return "it was just created (\(d))"
        case .yielded: return "it gave way with a bare yield and was queued again at once"
        default: return "event #\(c) (\(trace.kind(c).name))"
        }
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
