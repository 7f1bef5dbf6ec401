import Scheduler

/// Boxes drawn over the screen: the help (keys, and what every glyph means) and the
/// scenario's description. Any key closes either.
enum Overlays {
    /// The keys the help lists, each within a column of 80×24's two.
    static func keys(ascii a: Bool) -> [String] {
        [
            "space      play / pause",
            a ? "l / h      step forward / back" : "→ l / ← h  step forward / back",
            "g G home end  first / last event",
            "pgup pgdn  a screenful back / on",
            "+ / -      play faster / slower",
            a ? "k / j      select lane up / down" : "↑ k / ↓ j  select lane up / down",
            "enter      expand/collapse sub-lanes",
            "e / E      collapse / expand all",
            "t          axis: events / time",
            "[ ] / { }  lane's event / output",
            "< > / ( )  clock jump / task switch",
            "R / r      exception before / after",
            ":          jump: 123, t=12.5 or 50%",
            "/ n N      search, next / previous",
            "\\          filter lanes by name",
            "f / a      hide done / asyncio tasks",
            "F          source follows playhead",
            "c / b      to the cause / back",
            "v / d      variables / description",
            "x J C ? q  exports, help, quit",
        ]
    }

    static func help(_ g: inout Grid, _ glyphs: Glyphs) {
        var right: [(String, Style)] = [("lane states", .title)]
        right += glyphs.states()
        right += [("", .status), ("markers", .title)]
        right += glyphs.markers().map { ($0, .status) }
        let left: [(String, Style)] = [("keys", .title)] + keys(ascii: glyphs.ascii).map { ($0, .status) }
        // Two columns fit 80×24; a smaller screen clips the box.
        let w = min(g.width - 2, 78), h = min(g.height, max(left.count, right.count) + 2)
        let x0 = (g.width - w) / 2, y0 = max(0, (g.height - h) / 2)
        let column = (w - 4) / 2
        box(&g, x0, y0, w, h, glyphs)
        for (i, (text, style)) in left.enumerated() where i < h - 2 {
            g.put(x0 + 2, y0 + 1 + i, text, style, maxWidth: column - 1)
        }
        for (i, (text, style)) in right.enumerated() where i < h - 2 {
            // The glyph keeps its state's style; the words stay readable on the box.
            let x = x0 + 2 + column
            if style != .title && style != .status, let first = text.unicodeScalars.first {
                g[x, y0 + 1 + i] = Cell(scalar: first, style: style)
                g.put(x + 1, y0 + 1 + i, String(text.unicodeScalars.dropFirst()), .status, maxWidth: column - 1)
            } else {
                g.put(x, y0 + 1 + i, text, style, maxWidth: column)
            }
        }
    }

    /// The scenario's title and description, wrapped, shown on open and on `d`.
    static func description(_ g: inout Grid, _ model: TimelineModel, _ glyphs: Glyphs) {
        let w = min(g.width - 4, 72)
        let text = model.description.isEmpty ? "This scenario has no description." : model.description
        var rows = wrap(ScreenView.asciiOnly(SafeText.escape(text), glyphs.ascii), width: w - 4)
        rows = Array(rows.prefix(max(1, g.height - 6)))
        let title = ScreenView.asciiOnly(SafeText.escape(model.title), glyphs.ascii)
        let h = rows.count + 5
        let x0 = (g.width - w) / 2, y0 = max(0, (g.height - h) / 2)
        box(&g, x0, y0, w, h, glyphs)
        g.put(x0 + 2, y0 + 1, title, .title, maxWidth: w - 4)
        for (i, line) in rows.enumerated() { g.put(x0 + 2, y0 + 2 + i, line, .status, maxWidth: w - 4) }
        g.put(x0 + 2, y0 + h - 2, "any key closes this; d shows it again", .dim, maxWidth: w - 4)
    }

    /// A blank box with a frame, so it stands apart from the screen under it.
    private static func box(_ g: inout Grid, _ x0: Int, _ y0: Int, _ w: Int, _ h: Int, _ glyphs: Glyphs) {
        for r in 0..<h { g.fill(x0, y0 + r, w, " ", .status) }
        guard w >= 2 && h >= 2 else { return }
        g.fill(x0, y0, w, glyphs.horizontal, .dim)
        g.fill(x0, y0 + h - 1, w, glyphs.horizontal, .dim)
        for r in 0..<h {
            g[x0, y0 + r] = Cell(scalar: glyphs.vertical, style: .dim)
            g[x0 + w - 1, y0 + r] = Cell(scalar: glyphs.vertical, style: .dim)
        }
    }

    /// Words into lines of at most `width` columns (a longer word is cut).
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = [], line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var word = Substring.UnicodeScalarView(word.unicodeScalars)
            if !line.isEmpty && line.unicodeScalars.count + 1 + word.count <= width {
                line += " " + String(word)
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            line = String(word)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
