import Scheduler

/// The timeline chart: a row per lane, a column per event (step axis) or per slice of
/// virtual time (time axis). Shared by the viewer and `schedviz timeline`.
enum ChartView {
    /// First event column shown so the playhead stays in view (about two thirds across).
    static func firstColumn(playhead: Int, columns: Int, events: Int) -> Int {
        guard events > columns else { return 0 }
        return max(0, min(playhead - columns * 2 / 3, events - columns))
    }

    /// Draws lanes × columns at (x, y) into `grid`. Events after `playhead` are not drawn yet.
    /// Returns the playhead's column (from x), or nil when it is not in view.
    @discardableResult
    static func draw(_ model: TimelineModel, lanes: [Int], axis: Axis, firstEvent: Int, columns: Int,
                     playhead: Int, glyphs: Glyphs, into grid: inout Grid, x: Int, y: Int, markPlayhead: Bool = true) -> Int? {
        guard columns > 0, !lanes.isEmpty, model.eventCount > 0 else { return nil }
        var rowOf: [Int: Int] = [:]
        for (r, l) in lanes.enumerated() { rowOf[l] = r }
        let trace = model.trace
        switch axis {
        case .step:
            let last = min(model.eventCount - 1, firstEvent + columns - 1, playhead)
            model.states.walk(from: firstEvent, to: last) { e, states in
                paintEvent(e, states, trace, lanes: lanes, rowOf: rowOf, glyphs: glyphs, into: &grid, x: x + (e - firstEvent), y: y)
            }
            if markPlayhead && playhead >= firstEvent && playhead < firstEvent + columns {
                mark(&grid, x + playhead - firstEvent, y, lanes.count, glyphs)
                return playhead - firstEvent
            }
            return nil
        case .time:
            var playheadColumn = -1
            let playheadTime = trace.time(min(playhead, model.eventCount - 1))
            for c in 0..<columns {
                // Slices that begin after the playhead's time have not happened yet.
                if c > 0 && model.sliceEnd(c - 1, of: columns) > playheadTime { break }
                let slice = model.timeSlice(c, of: columns)
                // The column shows the state at the slice's end, or running if the lane ran within it.
                let endOfSlice = slice.map { $0.1 } ?? model.lastEvent(atOrBefore: model.sliceEnd(c, of: columns))
                let end = min(endOfSlice, playhead)
                if end < 0 { continue }
                if let (lo, hi) = slice, playhead >= lo && playhead <= hi { playheadColumn = c }
                var ran = Set<Int>()
                if let (lo, _) = slice, lo <= end {
                    // Bounded, so a frame's cost does not grow with the trace.
                    for e in lo...min(end, lo + 512) where trace.kind(e) == .step || trace.kind(e) == .resumed || trace.kind(e) == .started {
                        ran.insert(Int(trace.lane(e)))
                    }
                }
                let states = model.states.states(after: end)
                for (r, lane) in lanes.enumerated() {
                    let k = ran.contains(lane) ? LaneStateKind.running : states[lane].kind
                    grid[x + c, y + r] = Cell(scalar: glyphs.state(k), style: Glyphs.style(k))
                }
            }
            if markPlayhead && playheadColumn >= 0 {
                mark(&grid, x + playheadColumn, y, lanes.count, glyphs)
                return playheadColumn
            }
            return nil
        }
    }

    /// The lanes band `first...last` lists, in display order, and how many alive ones it leaves out.
    static func bandLanes(_ model: TimelineModel, _ lanes: [Int], _ first: Int, _ last: Int) -> ([Int], Int) {
        let alive = lanes.filter { model.laneSpan[$0].first <= last && model.laneSpan[$0].last >= first }
        if alive.count <= maxBandLanes { return (alive, 0) }
        var active = Set<Int>()
        for e in first...last { active.insert(Int(model.trace.lane(e))) }
        let shown = alive.filter { active.contains($0) }
        return (shown, alive.count - shown.count)
    }

    /// Column `x` for event `e` of the step axis: each lane's state after it, and its marker.
    private static func paintEvent(_ e: Int, _ states: [LaneState], _ trace: Trace, lanes: [Int], rowOf: [Int: Int],
                                   glyphs: Glyphs, into grid: inout Grid, x: Int, y: Int) {
        for (r, lane) in lanes.enumerated() {
            let st = states[lane]
            grid[x, y + r] = Cell(scalar: glyphs.state(st.kind), style: Glyphs.style(st.kind))
        }
        let lane = Int(trace.lane(e))
        if let r = rowOf[lane], var m = glyphs.marker(trace.kind(e)) {
            if trace.kind(e) == .resumed && isSend(trace, e) { m = glyphs.send }
            grid[x, y + r] = Cell(scalar: m, style: .marker)
        }
    }

    /// A resume by `send(x)` with a value other than None.
    static func isSend(_ trace: Trace, _ e: Int) -> Bool {
        let text = trace.detailText(e)
        return text.hasPrefix("send ") && text != "send None"
    }

    private static func mark(_ grid: inout Grid, _ col: Int, _ y: Int, _ rows: Int, _ glyphs: Glyphs) {
        for r in 0..<rows {
            var c = grid[col, y + r]
            c.style = .playhead
            if c.scalar == " " { c.scalar = glyphs.vertical }
            grid[col, y + r] = c
        }
    }

    /// Lanes a band of the printed timeline lists at most; beyond that only the lanes with
    /// an event in the band, and a line counts the others. Keeps the output proportional to
    /// the events, whatever the number of tasks.
    static let maxBandLanes = 60

    /// Widest `timeline --width`: wider than any terminal, and the grid stays small.
    static let maxWidth = 1000

    /// `schedviz timeline`: the whole run as plain text, in bands of `width` columns. On the
    /// step axis each band lists the lanes alive in it (from their first event to their last).
    static func printable(_ model: TimelineModel, width: Int, axis: Axis, glyphs: Glyphs) -> String {
        let lanes = model.visibleLanes(collapsed: [])
        let labelWidth = min(30, max(8, lanes.map { model.label($0, glyphs: glyphs).count }.max() ?? 8))
        let columns = max(10, width - labelWidth - 2)
        let last = max(0, model.eventCount - 1)
        let a = glyphs.ascii
        var out = "\(SafeText.escape(model.scenarioName)) \(a ? "-" : "—") \(ScreenView.asciiOnly(SafeText.escape(model.title), a))\n"
        out += "axis: \(axis.rawValue)  events: \(model.eventCount)  virtual time: \(TraceExport.formatTime(model.trace.endTime))s\n"
        func band(_ shown: [Int], _ heading: String, _ span: Int) -> Grid {
            var grid = Grid(width: labelWidth + 2 + span, height: shown.count + 1)
            grid.put(0, 0, heading, .dim)
            for (r, lane) in shown.enumerated() {
                grid.put(0, r + 1, model.label(lane, glyphs: glyphs), .plain, maxWidth: labelWidth)
                grid[labelWidth + 1, r + 1] = Cell(scalar: glyphs.vertical, style: .dim)
            }
            return grid
        }
        if axis == .time {
            var grid = band(lanes, "t 0 \(a ? "..." : "…") \(TraceExport.formatTime(model.trace.endTime))", columns)
            draw(model, lanes: lanes, axis: axis, firstEvent: 0, columns: columns, playhead: last,
                 glyphs: glyphs, into: &grid, x: labelWidth + 2, y: 1, markPlayhead: false)
            out += grid.lines().joined(separator: "\n") + "\n\n"
        } else if model.eventCount > 0 {
            // One walk over the whole trace (a band restarting it would replay from a checkpoint each time).
            var grid = Grid(width: 0, height: 0), shown: [Int] = [], rowOf: [Int: Int] = [:], others = 0, start = 0
            func finish() {
                out += grid.lines().joined(separator: "\n") + "\n"
                if others > 0 { out += "\(a ? "..." : "…") and \(others) more lanes alive, without events here\n" }
                out += "\n"
            }
            model.states.walk(from: 0, to: last) { e, states in
                if e % columns == 0 {
                    if e > 0 { finish() }
                    start = e
                    let end = min(e + columns, model.eventCount) - 1
                    (shown, others) = bandLanes(model, lanes, e, end)
                    rowOf = [:]
                    for (r, l) in shown.enumerated() { rowOf[l] = r }
                    grid = band(shown, "events \(e)\(a ? "-" : "–")\(end)", end - e + 1)
                }
                paintEvent(e, states, model.trace, lanes: shown, rowOf: rowOf, glyphs: glyphs, into: &grid, x: labelWidth + 2 + e - start, y: 1)
            }
            finish()
        }
        out += "legend  " + glyphs.legend().map(\.0).joined(separator: "  ") + "\n"
        out += "markers " + (glyphs.ascii ? "> resumed  s sent a value  < yielded  a delegated (await/yield from)  t timer fired  p printed  ! wrote to stderr"
                                          : "▸ resumed  » sent a value  ◂ yielded  ↳ delegated (await/yield from)  ◇ timer fired  ¶ printed  ! wrote to stderr") + "\n"
        return out
    }
}

