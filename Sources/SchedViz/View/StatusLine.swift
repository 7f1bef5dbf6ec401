import Scheduler

/// Small pieces of text drawn around the chart: task counts, the lanes scrolled out of
/// view, and the bottom line's dialog.
enum StatusLine {
    /// How many tasks run, are ready, wait and are finished after event `p` (cf. tokio-console's header).
    static func counts(_ model: TimelineModel, _ p: Int) -> String {
        guard model.eventCount > 0 else { return "" }
        let states = model.states.states(after: p)
        var running = 0, ready = 0, waiting = 0, done = 0
        for (i, lane) in model.trace.lanes.enumerated() where lane.kind == .task {
            switch states[i].kind {
            case .running: running += 1
            case .created, .ready: ready += 1
            case .suspended, .sleeping, .awaiting, .blocked, .stopped: waiting += 1
            case .done, .raised, .cancelled: done += 1
            case .absent: break
            }
        }
        return "run \(running)  ready \(ready)  wait \(waiting)  done \(done)"
    }

    /// Draws the counts at the right of the chart's title row, over the title's words but
    /// left of the playhead's mark when it would cover it.
    static func counts(_ text: String, _ g: inout Grid, playhead: Int?, minX: Int, ascii: Bool) {
        var x = g.width - text.count - 1
        if let px = playhead, px >= x { x = px - text.count - 1 }
        guard x >= minX + 2 else { return }
        g.put(x, 2, text, .dim)
        // Where the title's words run into the counts, cut them visibly.
        if g[x - 1, 2].scalar != " " && x - 1 != playhead {
            g[x - 1, 2] = Cell(scalar: " ", style: .dim)
            if g[x - 2, 2].scalar != " " && x - 2 != playhead { g[x - 2, 2] = Cell(scalar: ascii ? "~" : "\u{2026}", style: .dim) }
        }
    }

    /// "↑3 ↓12 more" when lanes are scrolled out of the chart above or below; "" when none are.
    static func scrolled(_ layout: ScreenLayout, ascii: Bool) -> String {
        var parts: [String] = []
        if layout.hiddenAbove > 0 { parts.append((ascii ? "^" : "↑") + "\(layout.hiddenAbove)") }
        if layout.hiddenBelow > 0 { parts.append((ascii ? "v" : "↓") + "\(layout.hiddenBelow)") }
        return parts.isEmpty ? "" : " " + parts.joined(separator: " ") + " more"
    }

    /// The `:`, `/` or `\` dialog over the bottom line, with what Enter and Esc do.
    static func prompt(_ prompt: Prompt, ascii: Bool, _ g: inout Grid, y: Int) {
        let hint: String
        switch prompt.kind {
        case .jump: hint = "event number, t=SECONDS or N%; enter jumps, esc cancels"
        case .search: hint = "lane name or event text; enter finds, esc cancels"
        case .filter: hint = "lane name (empty shows all); enter filters, esc cancels"
        }
        g.fill(0, y, g.width, " ", .keybar)
        let text = String(prompt.kind.rawValue) + ScreenView.asciiOnly(SafeText.escape(prompt.text), ascii)
        let used = g.put(0, y, text + "_", .keybar, maxWidth: g.width)
        if used + 3 + hint.count <= g.width { g.put(g.width - hint.count - 1, y, hint, .dim) }
    }
}
