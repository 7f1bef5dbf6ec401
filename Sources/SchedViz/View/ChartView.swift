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
    static func draw(_ model: TimelineModel, lanes: [Int], axis: Axis, firstEvent: Int, columns: Int,
                     playhead: Int, glyphs: Glyphs, into grid: inout Grid, x: Int, y: Int, markPlayhead: Bool = true) {
        guard columns > 0, !lanes.isEmpty, model.eventCount > 0 else { return }
        var rowOf: [Int: Int] = [:]
        for (r, l) in lanes.enumerated() { rowOf[l] = r }
        let trace = model.trace
        switch axis {
        case .step:
            let last = min(model.eventCount - 1, firstEvent + columns - 1, playhead)
            model.states.walk(from: firstEvent, to: last) { e, states in
                let col = x + (e - firstEvent)
                for (r, lane) in lanes.enumerated() {
                    let st = states[lane]
                    grid[col, y + r] = Cell(scalar: glyphs.state(st.kind), style: Glyphs.style(st.kind))
                }
                let lane = Int(trace.lane(e))
                if let r = rowOf[lane], var m = glyphs.marker(trace.kind(e)) {
                    if trace.kind(e) == .resumed && isSend(trace, e) { m = glyphs.send }
                    grid[col, y + r] = Cell(scalar: m, style: .marker)
                }
            }
            if markPlayhead && playhead >= firstEvent && playhead < firstEvent + columns {
                mark(&grid, x + playhead - firstEvent, y, lanes.count, glyphs)
            }
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
            if markPlayhead && playheadColumn >= 0 { mark(&grid, x + playheadColumn, y, lanes.count, glyphs) }
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

    /// `schedviz timeline`: the whole run as plain text, in bands of `width` columns.
    static func printable(_ model: TimelineModel, width: Int, axis: Axis, glyphs: Glyphs) -> String {
        let lanes = model.visibleLanes(collapsed: [])
        let labelWidth = min(30, max(8, lanes.map { model.label($0, glyphs: glyphs).count }.max() ?? 8))
        let columns = max(10, width - labelWidth - 2)
        let last = max(0, model.eventCount - 1)
        let a = glyphs.ascii
        var out = "\(SafeText.escape(model.scenarioName)) \(a ? "-" : "—") \(ScreenView.asciiOnly(SafeText.escape(model.title), a))\n"
        out += "axis: \(axis.rawValue)  events: \(model.eventCount)  virtual time: \(TraceExport.formatTime(model.trace.endTime))s\n"
        let bands: [Int] = axis == .time ? [0] : Array(stride(from: 0, to: max(1, model.eventCount), by: columns))
        for start in bands {
            let span = axis == .time ? columns : min(columns, model.eventCount - start)
            var grid = Grid(width: labelWidth + 2 + span, height: lanes.count + 1)
            if axis == .step {
                grid.put(0, 0, "events \(start)\(a ? "-" : "–")\(start + span - 1)", .dim)
            } else {
                grid.put(0, 0, "t 0 \(a ? "..." : "…") \(TraceExport.formatTime(model.trace.endTime))", .dim)
            }
            for (r, lane) in lanes.enumerated() {
                grid.put(0, r + 1, model.label(lane, glyphs: glyphs), .plain, maxWidth: labelWidth)
                grid[labelWidth + 1, r + 1] = Cell(scalar: glyphs.vertical, style: .dim)
            }
            draw(model, lanes: lanes, axis: axis, firstEvent: start, columns: span, playhead: last,
                 glyphs: glyphs, into: &grid, x: labelWidth + 2, y: 1, markPlayhead: false)
            out += grid.lines().joined(separator: "\n") + "\n\n"
        }
        out += "legend  " + glyphs.legend().map(\.0).joined(separator: "  ") + "\n"
        out += "markers " + (glyphs.ascii ? "> resumed  s sent a value  < yielded  a delegated (await/yield from)  t timer fired  p printed"
                                          : "▸ resumed  » sent a value  ◂ yielded  ↳ delegated (await/yield from)  ◇ timer fired  ¶ printed") + "\n"
        return out
    }
}

