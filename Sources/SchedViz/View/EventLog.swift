import Scheduler

/// The events up to the playhead, one a row, the current one last and bold: what the rows the
/// panes do not need show (a short program leaves room).
enum EventLog {
    static func draw(_ model: TimelineModel, playhead p: Int, glyphs: Glyphs, into g: inout Grid, y: Int, h: Int) {
        guard h >= 2, model.eventCount > 0 else { return }
        g.fill(0, y, g.width, glyphs.horizontal, .dim)
        g.put(1, y, " events ", .dim)
        let rows = h - 1
        let first = max(0, p - rows + 1)
        for (r, e) in (first...p).enumerated() {
            g.put(0, y + 1 + r, " " + ScreenView.asciiOnly(line(model.trace, e), glyphs.ascii), e == p ? .bold : .plain, maxWidth: g.width)
        }
    }

    /// `#37 2.000 Task-2 resumed  throw CancelledError`: number, time, lane, kind, detail.
    static func line(_ trace: Trace, _ e: Int) -> String {
        let lane = SafeText.escape(trace.lanes[Int(trace.lane(e))].name)
        let detail = ShortNumber.shorten(SafeText.escape(trace.detailText(e)))
        return "#\(e) \(TraceExport.formatTime(trace.time(e))) \(lane) \(trace.kind(e).name)" + (detail.isEmpty ? "" : "  \(detail)")
    }
}
