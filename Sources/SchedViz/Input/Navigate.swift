import Scheduler

/// Jumps, search and lane filters: the parts of `apply` that look through the trace.
extension ViewState {
    /// The lanes shown, in display order: collapsed sub-lanes, the name filter and the hide
    /// keys applied. Never empty while the trace has lanes (a filter hiding all keeps the first).
    func lanes(_ model: TimelineModel) -> [Int] {
        // A frame asks several times (layout, focus, keys): the answer is kept for the same view.
        let key = LanesKey(collapsed: collapsed, filter: laneFilter, hideFinished: hideFinished,
                           hideHousekeeping: hideHousekeeping, playhead: hideFinished ? playhead : -1)
        if let hit = model.lanesCache, hit.key == key { return hit.lanes }
        let lanes = computeLanes(model)
        model.lanesCache = (key, lanes)
        return lanes
    }

    private func computeLanes(_ model: TimelineModel) -> [Int] {
        let all = model.visibleLanes(collapsed: collapsed)
        guard !laneFilter.isEmpty || hideFinished || hideHousekeeping else { return all }
        let trace = model.trace
        let states = hideFinished && model.eventCount > 0 ? model.states.states(after: min(playhead, model.eventCount - 1)) : nil
        let needle = laneFilter.lowercased()
        let kept = all.filter { lane in
            let l = trace.lanes[lane]
            let task = l.parent >= 0 ? Int(l.parent) : lane
            if hideHousekeeping && ViewState.isHousekeeping(trace.lanes[task]) { return false }
            // A finished task goes with its sub-lanes; a sub-lane alone finishes and restarts (each sleep).
            if let states, trace.lanes[task].kind == .task, ViewState.finished(states[task].kind) { return false }
            if !needle.isEmpty && !ViewState.laneText(model, lane).contains(needle) && !ViewState.laneText(model, task).contains(needle) {
                return false
            }
            return true
        }
        return kept.isEmpty ? Array(all.prefix(1)) : kept
    }

    static func finished(_ k: LaneStateKind) -> Bool { k == .done || k == .raised || k == .cancelled }

    /// asyncio.run's own tasks, which close the loop after the program's main coroutine.
    static func isHousekeeping(_ lane: Lane) -> Bool {
        lane.kind == .task && (lane.title.contains("shutdown_asyncgens") || lane.title.contains("shutdown_default_executor"))
    }

    /// A lane's name and title in lower case, what `\` and `/` match.
    static func laneText(_ model: TimelineModel, _ lane: Int) -> String { model.laneSearchText[lane] }

    /// Moves the playhead, leaving the old place for `b`.
    mutating func jump(to e: Int) {
        guard e != playhead else { return }
        jumps.append(playhead)
        playhead = e
    }

    /// Enter on the bottom line's dialog.
    mutating func submitPrompt(_ model: TimelineModel) {
        guard let p = prompt else { return }
        prompt = nil
        let text = String(p.text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        switch p.kind {
        case .jump:
            if let e = ViewState.jumpTarget(text, model) { jump(to: e) } else {
                status = "jump to what? an event number (123), a time (t=12.5) or a percentage (50%)"
            }
        case .search:
            if !text.isEmpty { search = text }     // an empty search repeats the last one
            find(model, forward: true)
        case .filter:
            if !text.isEmpty && !model.trace.lanes.indices.contains(where: { ViewState.laneText(model, $0).contains(text.lowercased()) }) {
                status = "no lane name contains \"\(SafeText.escape(text))\""
                return
            }
            laneFilter = text
            selectedLane = 0
            status = text.isEmpty ? "all lanes shown" : "lanes containing \"\(SafeText.escape(text))\" (\\ then enter shows all)"
        }
    }

    /// The event `:` text names: `123` (an event number), `t=12.5` (the first event at or
    /// after that virtual time, else the last) or `50%` (of the events); nil when it names none.
    static func jumpTarget(_ text: String, _ model: TimelineModel) -> Int? {
        let last = max(0, model.eventCount - 1)
        if text.hasPrefix("t=") {
            guard let t = Double(text.dropFirst(2)), t.isFinite else { return nil }
            return min(last, model.firstEvent(atOrAfter: t))
        }
        if text.hasSuffix("%") {
            guard let pct = Double(text.dropLast()), pct >= 0, pct <= 100 else { return nil }
            return Int((Double(last) * pct / 100).rounded())
        }
        guard let n = Int(text.hasPrefix("#") ? text.dropFirst() : Substring(text)), n >= 0 else { return nil }
        return min(n, last)
    }

    /// `n`/`N` (and `/`): the next or previous event whose lane's name or title, or whose
    /// text, contains the search (ignoring case), wrapping around the trace.
    mutating func find(_ model: TimelineModel, forward: Bool) {
        guard !search.isEmpty else { status = "nothing to search for yet: / searches"; return }
        let shown = SafeText.escape(search)
        let n = model.eventCount
        guard n > 0 else { status = "not found: \(shown)"; return }
        let needle = search.lowercased(), trace = model.trace
        let laneHit = trace.lanes.indices.map { ViewState.laneText(model, $0).contains(needle) }
        let p = min(playhead, n - 1)
        for k in 1...n {
            let e = forward ? (p + k) % n : (p - k + n) % n
            guard laneHit[Int(trace.lane(e))] || trace.detailText(e).lowercased().contains(needle) else { continue }
            let wrapped = forward ? e <= p : e >= p
            jump(to: e)
            status = wrapped ? "search wrapped: \(shown) at event #\(e)" : "\(shown): event #\(e)"
            return
        }
        status = "not found: \(shown)"
    }

    /// `]` `[` `}` `{` `>` `<` `)` `(` `r` `R`: the next or previous event of a kind.
    mutating func seek(_ what: Seek, forward: Bool, model: TimelineModel) {
        let n = model.eventCount
        guard n > 0 else { return }
        let trace = model.trace, p = min(playhead, n - 1)
        func task(_ e: Int) -> Int {
            let l = Int(trace.lane(e))
            return trace.lanes[l].parent >= 0 ? Int(trace.lanes[l].parent) : l
        }
        let match: (Int) -> Bool, name: String
        switch what {
        case .laneEvent:
            let lane = ScreenView.focusLane(model, self)
            match = { Int(trace.lane($0)) == lane }
            name = "event of \(SafeText.escape(trace.lanes[lane].name))"
        case .output:
            match = { trace.kind($0) == .output || trace.kind($0) == .stderr }
            name = "output"
        case .clock:
            match = { $0 > 0 && trace.time($0) != trace.time($0 - 1) }
            name = "clock jump"
        case .taskSwitch:
            let current = task(p)
            match = { trace.kind($0) == .step && task($0) != current }
            name = "step of another task"
        case .exception:
            match = { trace.kind($0) == .raised || trace.kind($0) == .stderr }
            name = "exception"
        }
        let found = forward ? (p + 1 ..< n).first(where: match) : (0 ..< p).reversed().first(where: match)
        if let e = found { jump(to: e) } else { status = "no \(name) \(forward ? "after" : "before") event #\(p)" }
    }

    /// The time axis' step: the last event of the next (or previous) slice with events.
    func slice(_ model: TimelineModel, from p: Int, forward: Bool) -> Int {
        let n = ScreenLayout.chartColumns(width: width), count = model.eventCount
        guard count > 0, n > 0 else { return p }
        guard let c = (0..<n).first(where: { model.timeSlice($0, of: n).map { $0.0 <= p && p <= $0.1 } ?? false }) else { return p }
        let others = forward ? Array(c + 1 ..< n) : Array((0 ..< c).reversed())
        for d in others { if let s = model.timeSlice(d, of: n) { return s.1 } }
        return forward ? count - 1 : 0
    }
}

/// What the lanes shown depend on (`ViewState.lanes`).
struct LanesKey: Equatable {
    var collapsed: Set<Int>
    var filter: String
    var hideFinished: Bool
    var hideHousekeeping: Bool
    var playhead: Int
}
