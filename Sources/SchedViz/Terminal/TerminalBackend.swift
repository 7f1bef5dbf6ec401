/// What the app loop needs from a terminal: its size, a way to show a grid, and keys.
///
/// ncurses is one implementation (`NcursesTerminal`); `MemoryTerminal` is another,
/// driven by a script of keys, so the app loop can be tested without a terminal.
protocol TerminalBackend: AnyObject {
    /// Columns and rows available now (they change after a `.resize` key).
    var size: (width: Int, height: Int) { get }
    /// Whether the viewer should use ASCII glyphs (the locale is not UTF-8, or `--ascii`).
    var ascii: Bool { get }
    /// Whether styles may use colour (`NO_COLOR`, `--no-color` and the terminal decide).
    var color: Bool { get }
    /// Shows `grid`, writing only what changed since the previous frame.
    func draw(_ grid: Grid)
    /// The next key, or `.tick` when none arrived within one animation tick.
    func readKey() -> Key
    /// Gives the terminal back to the shell; safe to call more than once.
    func stop()
}

/// An in-memory terminal: plays back `keys`, then `q`, and keeps every frame drawn.
final class MemoryTerminal: TerminalBackend {
    var size: (width: Int, height: Int)
    let ascii: Bool
    let color: Bool
    private(set) var frames: [Grid] = []
    private(set) var stopped = 0
    private var keys: [Key]

    init(width: Int, height: Int, keys: [Key], ascii: Bool = false, color: Bool = true) {
        size = (width, height)
        self.keys = keys
        self.ascii = ascii
        self.color = color
    }

    func draw(_ grid: Grid) { frames.append(grid) }

    /// The size the terminal takes when the script reaches a `.resize` key.
    var sizeAfterResize: (width: Int, height: Int)?

    func readKey() -> Key {
        let key = keys.isEmpty ? Key.char("q") : keys.removeFirst()
        if key == .resize, let next = sizeAfterResize { size = next }
        return key
    }

    func stop() { stopped += 1 }
}
