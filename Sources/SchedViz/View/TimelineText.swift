import Scheduler

/// One end of `timeline --from/--to`: an event number, or a virtual time (`t=12.5`).
enum TimelineBound: Equatable {
    case event(Int), time(Double)

    init?(_ text: String) {
        if text.hasPrefix("t=") {
            guard let t = Double(text.dropFirst(2)), t.isFinite, t >= 0 else { return nil }
            self = .time(t)
        } else {
            guard let e = Int(text), e >= 0 else { return nil }
            self = .event(e)
        }
    }
}

/// `schedviz timeline`: the run as plain text, a band of `width` columns at a time on the step
/// axis, or one band on the time axis.
extension ChartView {
    /// Lines the step axis may take before `timeline` without `--axis` shows the time axis instead.
    static let stepLineBudget = 10_000

    /// Width of the lane labels: the longest, within 8…30, and at most a third of the width.
    static func labelWidth(_ model: TimelineModel, _ lanes: [Int], width: Int, glyphs: Glyphs) -> Int {
        min(30, (width - 2) / 3, max(8, lanes.map { model.label($0, glyphs: glyphs).count }.max() ?? 8))
    }

    /// The events `from...to` select: a time bound takes the events at or after (from) or
    /// at or before (to) it. nil when the range holds no event.
    static func eventRange(_ model: TimelineModel, from: TimelineBound?, to: TimelineBound?) -> ClosedRange<Int>? {
        let last = model.eventCount - 1
        guard last >= 0 else { return nil }
        var first = 0, end = last
        switch from {
        case .event(let e)?: first = e
        case .time(let t)?: first = model.lastEvent(atOrBefore: t) + 1
            if first > 0 && model.trace.time(first - 1) == t { first = firstAtInstant(model, first - 1) }
        case nil: break
        }
        switch to {
        case .event(let e)?: end = min(last, e)
        case .time(let t)?: end = model.lastEvent(atOrBefore: t)
        case nil: break
        }
        return first <= end ? first...end : nil
    }

    private static func firstAtInstant(_ model: TimelineModel, _ e: Int) -> Int {
        var i = e
        while i > 0 && model.trace.time(i - 1) == model.trace.time(e) { i -= 1 }
        return i
    }

    /// `axis` nil: the step axis, unless it would print more than `stepLineBudget` lines.
    static func printable(_ model: TimelineModel, width: Int, axis: Axis?, from: TimelineBound? = nil, to: TimelineBound? = nil,
                          glyphs: Glyphs) -> String {
        let lanes = model.visibleLanes(collapsed: [])
        let labelWidth = labelWidth(model, lanes, width: width, glyphs: glyphs)
        let columns = max(10, width - labelWidth - 2)
        let a = glyphs.ascii
        let range = eventRange(model, from: from, to: to)
        var chosen = axis ?? .step
        var note = ""
        if axis == nil, let range, stepLines(model, lanes, range, columns) > stepLineBudget {
            chosen = .time
            note = "\(range.count) events, too many for a column each: the time axis shows them all\n"
                + "(--axis step: a column per event; --from/--to: a part of the run)\n"
        }
        var out = fitted("\(SafeText.escape(model.scenarioName)) \(a ? "-" : "—") \(ScreenView.asciiOnly(SafeText.escape(model.title), a))", width, a) + "\n"
        out += "axis: \(chosen.rawValue)  events: \(model.eventCount)  virtual time: \(TraceExport.formatTime(model.trace.endTime))s"
        if from != nil || to != nil {
            out += range.map { "  shown: events \($0.lowerBound)\(a ? "-" : "–")\($0.upperBound)" } ?? "  shown: no events in that range"
        }
        out += "\n" + note
        if let range {
            if chosen == .time {
                let t0: Double, t1: Double
                if case .time(let t)? = from { t0 = t } else { t0 = from == nil ? 0 : model.trace.time(range.lowerBound) }
                if case .time(let t)? = to { t1 = t } else { t1 = to == nil ? model.trace.endTime : model.trace.time(range.upperBound) }
                out += timeBand(model, lanes, range, t0, t1, labelWidth, columns, glyphs)
            } else {
                out += stepBands(model, lanes, range, labelWidth, columns, glyphs)
            }
        }
        out += wrapped("legend  ", glyphs.legend().map(\.0), width)
        out += wrapped("markers ", a ? ["> resumed", "s sent a value", "< yielded", "a delegated (await/yield from)", "t timer fired", "p printed", "! wrote to stderr"]
                                     : ["▸ resumed", "» sent a value", "◂ yielded", "↳ delegated (await/yield from)", "◇ timer fired", "¶ printed", "! wrote to stderr"], width)
        return out
    }

    /// Lines the step axis would print for `range`, counted up to just past the budget.
    static func stepLines(_ model: TimelineModel, _ lanes: [Int], _ range: ClosedRange<Int>, _ columns: Int) -> Int {
        var lines = 0, e = range.lowerBound
        while e <= range.upperBound && lines <= stepLineBudget {
            let end = min(e + columns - 1, range.upperBound)
            lines += bandLanes(model, lanes, e, end).0.count + 4
            e = end + 1
        }
        return lines
    }

    /// A band's grid: its heading, a ruler row, and each lane's label and edge.
    private static func band(_ model: TimelineModel, _ shown: [Int], _ heading: String, _ span: Int, _ labelWidth: Int, _ glyphs: Glyphs) -> Grid {
        var grid = Grid(width: labelWidth + 2 + span, height: shown.count + 2)
        grid.put(0, 0, heading, .dim)
        for (r, lane) in shown.enumerated() {
            grid.put(0, r + 2, model.label(lane, glyphs: glyphs), .plain, maxWidth: labelWidth)
            grid[labelWidth + 1, r + 2] = Cell(scalar: glyphs.vertical, style: .dim)
        }
        return grid
    }

    /// The ruler row: every tenth column gets a tick and its label (an event number or a time),
    /// unless the previous label still runs there.
    private static func ruler(_ grid: inout Grid, x: Int, columns: Int, _ label: (Int) -> String?, _ glyphs: Glyphs) {
        var free = 0
        for c in stride(from: 0, to: columns, by: 1) where c >= free {
            guard let text = label(c) else { continue }
            let mark = String(glyphs.ascii ? "|" : "╵") + text
            if c + mark.count > columns { break }
            grid.put(x + c, 1, mark, .dim)
            free = c + mark.count + 1
        }
    }

    /// The step axis: one walk over the range (a band restarting it would replay from a checkpoint each time).
    private static func stepBands(_ model: TimelineModel, _ lanes: [Int], _ range: ClosedRange<Int>, _ labelWidth: Int,
                                  _ columns: Int, _ glyphs: Glyphs) -> String {
        let a = glyphs.ascii
        var out = ""
        var grid = Grid(width: 0, height: 0), shown: [Int] = [], rowOf: [Int: Int] = [:], others = 0, start = range.lowerBound
        func finish() {
            out += grid.lines().joined(separator: "\n") + "\n"
            if others > 0 { out += "\(a ? "..." : "…") and \(others) more lanes alive, without events here\n" }
            out += "\n"
        }
        model.states.walk(from: range.lowerBound, to: range.upperBound) { e, states in
            if (e - range.lowerBound) % columns == 0 {
                if e > range.lowerBound { finish() }
                start = e
                let end = min(e + columns - 1, range.upperBound)
                (shown, others) = bandLanes(model, lanes, e, end)
                rowOf = [:]
                for (r, l) in shown.enumerated() { rowOf[l] = r }
                grid = band(model, shown, "events \(e)\(a ? "-" : "–")\(end)", end - e + 1, labelWidth, glyphs)
                let first = e
                ruler(&grid, x: labelWidth + 2, columns: end - e + 1, { c in (first + c) % 10 == 0 ? "\(first + c)" : nil }, glyphs)
            }
            paintEvent(e, states, model.trace, lanes: shown, rowOf: rowOf, glyphs: glyphs, into: &grid, x: labelWidth + 2 + e - start, y: 2)
        }
        finish()
        return out
    }

    /// The time axis: every lane, each column showing the state it spent most of that slice in.
    private static func timeBand(_ model: TimelineModel, _ lanes: [Int], _ range: ClosedRange<Int>, _ t0: Double, _ t1: Double,
                                 _ labelWidth: Int, _ columns: Int, _ glyphs: Glyphs) -> String {
        let a = glyphs.ascii
        let dominant = DominantStates(model, first: range.lowerBound, last: range.upperBound, t0: t0, t1: t1, columns: columns)
        let heading = dominant.byEvents
            ? "t \(TraceExport.formatTime(t0)), one instant: events \(range.lowerBound)\(a ? "-" : "–")\(range.upperBound), a column per \(format3(Double(range.count) / Double(columns))) events"
            : "t \(TraceExport.formatTime(t0)) \(a ? "..." : "…") \(TraceExport.formatTime(t1)), a column per \(sliceLength((t1 - t0) / Double(columns)))"
        var grid = band(model, lanes, heading, columns, labelWidth, glyphs)
        let x = labelWidth + 2
        var labels: [Int: String] = [:]
        for (c, p) in roundTicks(dominant.start, dominant.end, columns) {
            labels[c] = dominant.byEvents ? "\(Int(p))" : shortTime(p)
        }
        ruler(&grid, x: x, columns: columns, { labels[$0] }, glyphs)
        for (r, lane) in lanes.enumerated() {
            for c in 0..<columns {
                let k = dominant[lane, c]
                grid[x + c, r + 2] = Cell(scalar: glyphs.state(k), style: Glyphs.style(k))
            }
        }
        return grid.lines().joined(separator: "\n") + "\n\n"
    }

    /// Round positions (1, 2 or 5 times a power of ten apart, about ten columns or more) in
    /// [start, end), each with the column it falls in.
    static func roundTicks(_ start: Double, _ end: Double, _ columns: Int) -> [(Int, Double)] {
        let span = end - start
        guard span > 0, columns > 0 else { return [] }
        let wanted = span * 10 / Double(columns)
        var step = 1.0
        while step < wanted { step *= 10 }
        while step / 10 >= wanted { step /= 10 }
        if step / 5 >= wanted { step /= 5 } else if step / 2 >= wanted { step /= 2 }
        // Times finer than the millisecond the labels show would repeat a label.
        if step < 0.001 && wanted < 0.001 { step = 0.001 }
        var ticks: [(Int, Double)] = []
        var k = (start / step).rounded(.up)
        while k * step < end {
            let p = k * step
            ticks.append((min(columns - 1, Int((p - start) / span * Double(columns))), p))
            k += 1
        }
        return ticks
    }

    /// A column's length of time: seconds to the millisecond, or milliseconds when shorter.
    static func sliceLength(_ t: Double) -> String {
        t >= 0.001 || t == 0 ? "\(format3(t))s" : "\(format3(t * 1000))ms"
    }

    /// A tick's time: `formatTime` without trailing zeros (`12.5`, `30`).
    static func shortTime(_ t: Double) -> String {
        var s = TraceExport.formatTime(t)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// `text` cut to `width` columns, ending in an ellipsis when cut.
    static func fitted(_ text: String, _ width: Int, _ ascii: Bool) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > width else { return text }
        let mark = ascii ? "..." : "…"
        var out = String(String.UnicodeScalarView(scalars.prefix(width - mark.unicodeScalars.count)))
        out += mark
        return out
    }

    /// `prefix` and the items, two spaces apart, on as many lines as `width` needs; later
    /// lines are indented under the first item. An item is never cut.
    static func wrapped(_ prefix: String, _ items: [String], _ width: Int) -> String {
        let indent = String(repeating: " ", count: prefix.count)
        var out = "", line = prefix, empty = true
        for item in items {
            if !empty && line.count + 2 + item.count > width {
                out += line + "\n"
                line = indent
                empty = true
            }
            line += (empty ? "" : "  ") + item
            empty = false
        }
        return out + line + "\n"
    }
}
