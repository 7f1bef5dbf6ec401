import Scheduler

/// The viewer's whole screen as a pure function of model, view state and size.
enum ScreenView {
    static let minWidth = 60
    static let minHeight = 16

    /// `locals`: the snapshot the locals pane shows when `state.showLocals` (see `focusLane`).
    static func render(_ model: TimelineModel, _ state: ViewState, width: Int, height: Int, glyphs: Glyphs, locals: LaneSnapshot? = nil) -> Grid {
        var g = Grid(width: width, height: height)
        if glyphs.ascii { g.ellipsis = "~" }
        if width < minWidth || height < minHeight {
            let x = glyphs.ascii ? "x" : "×"
            let msg = "terminal too small (\(width)\(x)\(height)): schedviz needs at least \(minWidth)\(x)\(minHeight)"
            g.put(0, height / 2, msg, .warning, maxWidth: width)
            return g
        }
        let trace = model.trace
        let p = min(state.playhead, max(0, model.eventCount - 1))
        header(model, state, p, glyphs, &g)

        // Rows: lanes first (the panes keep a third, see `ScreenLayout`), the panes no more
        // than the source needs, and what is left an event log.
        let layout = ScreenLayout(model, state, width: width, height: height)
        let chartRows = max(1, layout.rows)
        let shown = layout.shown
        let avail = height - ScreenLayout.fixedRows
        let paneRows = max(3, min(avail - chartRows, max(ScreenLayout.paneMin(height: height), trace.sourceLines.count)))
        let logRows = avail - chartRows - paneRows
        // Until a lane is picked, the source (and the highlight) follow the current event's lane.
        let sourceLane = focusLane(model, state)
        let labelWidth = layout.labelWidth
        let columns = layout.columns
        let scrolled = StatusLine.scrolled(layout, ascii: glyphs.ascii)
        g.put(0, 2, scrolled.isEmpty ? " lane" : scrolled, .dim, maxWidth: labelWidth)
        g[labelWidth, 2] = Cell(scalar: glyphs.vertical, style: .dim)
        for (r, lane) in shown.enumerated() {
            let selected = lane == sourceLane
            let collapsedMark = model.hasSubLanes(lane) ? (state.collapsed.contains(lane) ? "+" : "") : ""
            g.put(0, 3 + r, " " + collapsedMark + model.label(lane, glyphs: glyphs), selected ? .selected : .plain, maxWidth: labelWidth)
            g[labelWidth, 3 + r] = Cell(scalar: glyphs.vertical, style: .dim)
        }
        let firstEvent = layout.firstEvent
        let playheadColumn = ChartView.draw(model, lanes: shown, axis: state.axis, firstEvent: firstEvent, columns: columns, playhead: p,
                                            glyphs: glyphs, into: &g, x: labelWidth + 1, y: 3)
        chartTitle(state.axis, playheadColumn.map { labelWidth + 1 + $0 }, glyphs, &g, x: labelWidth + 1)
        StatusLine.counts(StatusLine.counts(model, p), &g, playhead: playheadColumn.map { labelWidth + 1 + $0 }, minX: labelWidth + 1, ascii: glyphs.ascii)
        var y = 3 + chartRows
        legend(glyphs, &g, y: y)
        y += 1
        if logRows >= 2 {
            EventLog.draw(model, playhead: p, glyphs: glyphs, into: &g, y: y, h: logRows)
            y += logRows
        }

        // Source of the selected lane and the program's output so far.
        let selectedLane = sourceLane
        let split = width * 11 / 20
        g.fill(0, y, width, glyphs.horizontal, .dim)
        let standing = model.eventCount > 0 ? " · " + ShortNumber.shorten(laneStanding(model, selectedLane, p)) : ""
        let l = trace.lanes[selectedLane]
        // A library coroutine's lines are its caller's: say whose, and that it runs inside asyncio.
        let laneName = l.library && l.parent >= 0 ? "\(trace.lanes[Int(l.parent)].name) · inside asyncio: \(l.title)" : l.name
        // Picking a lane pins the source to it; `F` follows the playhead again.
        let pinned = state.followPlayhead ? "source" : "pinned (F follows)"
        g.put(1, y, " \(pinned): \(SafeText.escape(laneName))\(asciiOnly(standing, glyphs.ascii)) ", .dim, maxWidth: split - 1)
        let showLocals = state.showLocals && locals != nil
        g.put(split + 1, y, showLocals ? " variables " : " output ", .dim)
        let paneTop = y + 1
        let paneHeight = height - paneTop - 4
        for r in 0..<paneHeight { g[split, paneTop + r] = Cell(scalar: glyphs.vertical, style: .dim) }
        source(model, lane: selectedLane, playhead: p, glyphs: glyphs, &g, x: 0, y: paneTop, w: split, h: paneHeight)
        if showLocals, let locals {
            LocalsView.draw(locals, ascii: glyphs.ascii, into: &g, x: split + 2, y: paneTop, w: width - split - 2, h: paneHeight)
        } else {
            output(model, playhead: p, ascii: glyphs.ascii, &g, x: split + 2, y: paneTop, w: width - split - 2, h: paneHeight)
        }

        // The current event's cause and effects (full precision), the event in words (two
        // lines, short numbers), and the keys.
        g.put(0, height - 4, " " + asciiOnly(Narrator.details(model, p), glyphs.ascii), .dim, maxWidth: width)
        let account = asciiOnly(ShortNumber.shorten(Narrator.account(model, p)), glyphs.ascii)
        for (r, text) in wrap(account, width: width - 1, lines: 2).enumerated() {
            g.put(0, height - 3 + r, " " + text, .bold, maxWidth: width)
        }
        let keys = state.status.isEmpty ? KeyBar.text(width: width, ascii: glyphs.ascii) : state.status
        g.put(0, height - 1, " " + keys, .keybar, maxWidth: width)
        if let prompt = state.prompt { StatusLine.prompt(prompt, ascii: glyphs.ascii, &g, y: height - 1) }
        if state.showDescription { Overlays.description(&g, model, glyphs) }
        if state.showHelp { Overlays.help(&g, glyphs) }
        return g
    }

    /// The lane the source (and the locals pane) shows: the selected one, or until a lane is
    /// picked, the current event's.
    static func focusLane(_ model: TimelineModel, _ state: ViewState) -> Int {
        let lanes = state.lanes(model)
        let p = min(state.playhead, max(0, model.eventCount - 1))
        if state.followPlayhead && model.eventCount > 0, lanes.contains(Int(model.trace.lane(p))) {
            return Int(model.trace.lane(p))
        }
        return lanes.isEmpty ? 0 : lanes[min(state.selectedLane, lanes.count - 1)]
    }

    /// Where a lane stands at event `p`, for the source pane's title: "waits for gather(Task-2, Task-3)".
    static func laneStanding(_ model: TimelineModel, _ lane: Int, _ p: Int) -> String {
        let s = model.states.states(after: p)[lane]
        let reason = SafeText.escape(model.states.reason(s))
        switch s.kind {
        case .absent: return "not created yet"
        case .created: return "created, not started"
        case .running: return "running"
        case .ready: return "ready"
        case .suspended: return "suspended at a yield"
        case .sleeping, .awaiting: return "waits for \(reason)"
        case .blocked: return reason.isEmpty ? "in a callee" : reason
        case .done: return reason.isEmpty ? "done" : "done: \(reason)"
        case .raised: return "raised \(reason)"
        case .cancelled: return "cancelled"
        case .stopped: return reason.isEmpty ? "stopped" : "stopped while waiting for \(reason)"
        }
    }

    /// The chart's title row, with the playhead's mark above its column (shown without
    /// colour too); the title moves aside rather than hide it.
    private static func chartTitle(_ axis: Axis, _ playhead: Int?, _ glyphs: Glyphs, _ g: inout Grid, x: Int) {
        let text = axis == .step ? " timeline (a column per event)" : " timeline (a column per slice of virtual time)"
        let n = text.count
        guard let px = playhead else { g.put(x, 2, text, .dim); return }
        if px >= x + n { g.put(x, 2, text, .dim) }
        else if px + 1 + n <= g.width { g.put(px + 1, 2, text, .dim) }
        else { g.put(x, 2, text, .dim, maxWidth: px - x) }
        g[px, 2] = Cell(scalar: glyphs.playhead, style: .playhead)
    }

    /// The state legend on one row: the long words when they fit, else the short ones.
    private static func legend(_ glyphs: Glyphs, _ g: inout Grid, y: Int) {
        let long = glyphs.legend()
        let fits = long.reduce(1) { $0 + $1.0.unicodeScalars.count + 2 } <= g.width
        var x = 1
        for (text, style) in fits ? long : glyphs.legend(short: true) where x < g.width {
            x += g.put(x, y, text + (fits ? "  " : " "), style, maxWidth: g.width - x)
        }
    }

    /// `text` in at most `lines` lines of `width`, broken at spaces; the last takes the rest
    /// (and is cut with an ellipsis when drawn).
    static func wrap(_ text: String, width: Int, lines: Int) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty && out.count < lines - 1 && rest.count > width {
            let window = rest.prefix(width + 1)
            let cut = window.lastIndex(of: " ") ?? rest.index(rest.startIndex, offsetBy: width)
            out.append(String(rest[..<cut]))
            rest = rest[cut...].drop { $0 == " " }
        }
        if !rest.isEmpty || out.isEmpty { out.append(String(rest)) }
        return out
    }

    /// Non-ASCII text from the program or the scenario shown as `?` in ASCII mode.
    static func asciiOnly(_ s: String, _ ascii: Bool) -> String {
        ascii ? String(String.UnicodeScalarView(s.unicodeScalars.map { $0.isASCII ? $0 : "?" })) : s
    }

    private static func header(_ model: TimelineModel, _ state: ViewState, _ p: Int, _ glyphs: Glyphs, _ g: inout Grid) {
        let trace = model.trace
        let name = SafeText.escape(model.scenarioName.split(separator: "/").last.map(String.init) ?? model.scenarioName)
        let ascii = glyphs.ascii
        let playText = state.playing ? (ascii ? "> playing \(state.speed)/s" : "▶ playing \(state.speed)/s") : (ascii ? "|| paused" : "❚❚ paused")
        let title = ascii ? "schedviz - \(name) - " : "schedviz · \(name) — "
        g.put(0, 0, title + asciiOnly(SafeText.escape(model.title), ascii), .title, maxWidth: g.width - playText.count - 2)
        g.put(g.width - playText.count - 1, 0, playText, state.playing ? .running : .status)
        let t = model.eventCount > 0 ? trace.time(p) : 0
        // Virtual time can pass year 9999 (or 2**63 µs): show what the calendar can, never trap.
        let wall = (try? CivilDateTime.fromEpochSecondsFloor(trace.start.epochSeconds + t))?.description ?? "(date out of range)"
        let wallShort = String(wall.prefix(19))
        let speed = "\(state.speed)/s"
        // `#p` is the event's number as the narration, the exports and `:` count it (from 0).
        let parts = ["t=\(TraceExport.formatTime(t))s", wallShort, "step \(p + 1)/\(model.eventCount) #\(p)", "seed \(trace.seedText)",
                     "axis: \(state.axis.rawValue)", "speed \(speed)"]
        // Two spaces apart where the width allows, one where it does not (80 columns).
        let wide = parts.joined(separator: "  ")
        g.put(0, 1, wide.count <= g.width ? wide : parts.joined(separator: " "), .status)
    }

    private static func source(_ model: TimelineModel, lane: Int, playhead: Int, glyphs: Glyphs, _ g: inout Grid, x: Int, y: Int, w: Int, h: Int) {
        let trace = model.trace
        guard h > 0, !trace.sourceLines.isEmpty else { return }
        // The lane's latest line at or before the playhead.
        var line = 0
        let events = model.laneLineEvents[lane]
        let n = TimelineModel.countAtOrBefore(events, playhead)
        if n > 0 { line = Int(trace.line(Int(events[n - 1]))) }
        if line == 0 { line = 1 }
        let first = max(1, min(line - h / 2, trace.sourceLines.count - h + 1))
        for r in 0..<h {
            let n = first + r
            guard n >= 1 && n <= trace.sourceLines.count else { continue }
            let mark = n == line ? glyphs.current : " "
            let num = String(n)
            let text = mark + String(repeating: " ", count: max(0, 3 - num.count)) + num + " " + asciiOnly(SafeText.escape(trace.sourceLines[n - 1]), glyphs.ascii)
            g.put(x, y + r, text, n == line ? .bold : .plain, maxWidth: w)
        }
    }

    private static func output(_ model: TimelineModel, playhead: Int, ascii: Bool, _ g: inout Grid, x: Int, y: Int, w: Int, h: Int) {
        guard h > 0 else { return }
        let trace = model.trace
        var lines: [(String, Bool)] = []
        let n = TimelineModel.countAtOrBefore(model.outputEvents, playhead)
        for k in stride(from: n - 1, through: max(0, n - h), by: -1) {
            let e = Int(model.outputEvents[k])
            lines.append((asciiOnly(SafeText.escape(trace.detailText(e)), ascii), trace.kind(e) == .stderr))
        }
        // stderr (tracebacks, warnings, the run's ending) in the same pane, where CPython's
        // terminal would mix them in, marked by a prefix and a style of its own.
        let prefix = ascii ? "stderr| " : "stderr│ "
        for (r, (text, isError)) in lines.reversed().enumerated() {
            g.put(x, y + r, isError ? prefix + text : text, isError ? .stderr : .plain, maxWidth: w)
        }
    }
}
