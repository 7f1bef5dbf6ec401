/// A screen as data: what the view computes and the terminal backend copies.
import Scheduler

enum Style: UInt8, CaseIterable {
    case plain, dim, bold, title, running, ready, sleeping, suspended, awaiting, blocked, done, raised, cancelled
    case stopped, stderr
    case playhead, selected, marker, status, keybar, warning
}

struct Cell: Equatable {
    var scalar: Unicode.Scalar
    var style: Style
    static let blank = Cell(scalar: " ", style: .plain)
}

struct Grid: Equatable {
    let width: Int
    let height: Int
    var cells: [Cell]
    /// What marks text cut at its width: `…`, or `~` where the terminal shows ASCII only.
    var ellipsis: Unicode.Scalar = "…"

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { if x >= 0 && x < width && y >= 0 && y < height { cells[y * width + x] = newValue } }
    }

    /// Writes `text` from (x, y), clipped at `maxWidth` columns and the grid's edge; text that
    /// does not fit ends in the ellipsis, so a cut never passes for a whole word. Returns the columns used.
    @discardableResult
    mutating func put(_ x: Int, _ y: Int, _ text: String, _ style: Style = .plain, maxWidth: Int = .max) -> Int {
        guard y >= 0 && y < height else { return 0 }
        var col = x
        let limit = maxWidth >= width ? width : min(width, x + max(0, maxWidth))
        var scalars = text.unicodeScalars.makeIterator()
        while let u = scalars.next() {
            if col >= limit { break }
            // The last column left, and more to come (not just trailing spaces): mark the cut.
            let cut = col == limit - 1 && Grid.hasMore(scalars)
            if col >= 0 { cells[y * width + col] = Cell(scalar: cut ? ellipsis : Grid.safe(u), style: style) }
            col += 1
        }
        return col - x
    }

    private static func hasMore(_ rest: String.UnicodeScalarView.Iterator) -> Bool {
        var r = rest
        while let u = r.next() { if u != " " { return true } }
        return false
    }

    mutating func fill(_ x: Int, _ y: Int, _ w: Int, _ scalar: Unicode.Scalar, _ style: Style) {
        for c in x..<min(width, x + w) where c >= 0 { self[c, y] = Cell(scalar: scalar, style: style) }
    }

    /// Never let a control character or a wide/combining scalar reach the terminal.
    static func safe(_ u: Unicode.Scalar) -> Unicode.Scalar {
        if SafeText.isUnsafe(u.value) { return "?" }
        if u.properties.generalCategory == .nonspacingMark || u.properties.isEmojiPresentation { return "?" }
        if (0x1100...0x115F).contains(u.value) || (0x2E80...0xA4CF).contains(u.value) || (0xAC00...0xD7A3).contains(u.value)
            || (0xF900...0xFAFF).contains(u.value) || (0xFF00...0xFF60).contains(u.value) || (0x20000...0x3FFFD).contains(u.value) {
            return "?"
        }
        return u
    }

    /// Plain text rows with trailing spaces removed.
    func lines() -> [String] {
        (0..<height).map { y in
            var s = String(String.UnicodeScalarView(cells[(y * width)..<(y * width + width)].map(\.scalar)))
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
    }
}
