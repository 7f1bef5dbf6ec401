import Scheduler

/// The locals pane (`v`): the selected lane's frames just after the playhead's event, outermost
/// first, each with its variables, then what the lane waits on and the value last sent or
/// yielded. Pure: it draws a snapshot the app asked the inspector for.
enum LocalsView {
    static func draw(_ s: LaneSnapshot, ascii: Bool, into g: inout Grid, x: Int, y: Int, w: Int, h: Int) {
        guard w > 0, h > 0 else { return }
        var rows: [(String, Style)] = [("\(s.status)", .dim)]
        for (depth, f) in s.frames.enumerated() {
            let indent = String(repeating: " ", count: min(depth, 8))
            let at = f.line > 0 ? "  line \(f.line)" : ""
            rows.append((indent + f.function + at, f.isLibrary ? .dim : .bold))
            for v in f.locals { rows.append((indent + "  " + v.name + " = " + v.repr, .plain)) }
        }
        if !s.suspendedOn.isEmpty { rows.append(("waits on: " + s.suspendedOn, .suspended)) }
        if !s.last.isEmpty { rows.append(("last: " + s.last, .dim)) }
        if s.frames.isEmpty && s.status == "gone" { rows.append(("(nothing holds this lane's object any more)", .dim)) }
        // Too many rows: the innermost frames matter most, keep the end.
        let shown = rows.count > h ? [(ascii ? "..." : "…", Style.dim)] + rows.suffix(h - 1) : rows[...]
        for (r, row) in shown.enumerated() {
            g.put(x, y + r, ScreenView.asciiOnly(SafeText.escape(row.0), ascii), row.1, maxWidth: w)
        }
    }
}
