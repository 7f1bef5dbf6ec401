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
    static func paintEvent(_ e: Int, _ states: [LaneState], _ trace: Trace, lanes: [Int], rowOf: [Int: Int],
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
}

