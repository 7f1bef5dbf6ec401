import Scheduler

/// The locals pane (`v`): the focused lane's frames just after the playhead's event, outermost
/// first, each with its variables, then what the lane waits on and the value last sent or
/// yielded. (Its state is in the source pane's title.) Pure: it draws a snapshot the app asked
/// the inspector for.
enum LocalsView {
    static func draw(_ s: LaneSnapshot, ascii: Bool, into g: inout Grid, x: Int, y: Int, w: Int, h: Int) {
        guard w > 0, h > 0 else { return }
        var rows: [(String, Style)] = []
        let fixed = s.frames.count + (s.suspendedOn.isEmpty ? 0 : 1) + (s.last.isEmpty ? 0 : 1)
        // Too little room: the outer frames' variables go first, the innermost frame's last.
        var room = max(0, h - fixed)
        var shownLocals = Array(repeating: 0, count: s.frames.count)
        var moreRow = Array(repeating: false, count: s.frames.count)
        for i in s.frames.indices.reversed() {
            let n = s.frames[i].locals.count
            if n <= room { shownLocals[i] = n; room -= n }
            else if room > 0 { shownLocals[i] = room - 1; moreRow[i] = true; room = 0 }
        }
        let more = ascii ? "..." : "…"
        for (depth, f) in s.frames.enumerated() {
            let indent = String(repeating: " ", count: min(depth, 8))
            let at = f.line > 0 ? "  line \(f.line)" : ""
            rows.append((indent + f.function + at, f.isLibrary ? .dim : .bold))
            for v in f.locals.prefix(shownLocals[depth]) { rows.append((indent + "  " + v.name + " = " + v.repr, .plain)) }
            if moreRow[depth] { rows.append((indent + "  \(more) \(f.locals.count - shownLocals[depth]) more", .dim)) }
        }
        if !s.suspendedOn.isEmpty { rows.append(((s.status == "ready" ? "ready, done waiting on: " : "waits on: ") + s.suspendedOn, .suspended)) }
        if !s.last.isEmpty { rows.append(("last: " + s.last, .dim)) }
        if s.frames.isEmpty { rows.append((s.status == "gone" ? "(nothing holds this lane's object any more)" : s.status, .dim)) }
        // Still too many (deep chains): keep the innermost end.
        let shown = rows.count > h ? [(more, Style.dim)] + rows.suffix(h - 1) : rows[...]
        for (r, row) in shown.enumerated() {
            g.put(x, y + r, ScreenView.asciiOnly(SafeText.escape(row.0), ascii), row.1, maxWidth: w)
        }
    }
}
