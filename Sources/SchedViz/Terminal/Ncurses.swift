import CNcurses
import Scheduler
#if canImport(Glibc)
import Glibc
#endif

/// Why the viewer cannot start, already phrased for stderr (exit status 2).
struct TerminalUnavailable: Error {
    let message: String
}

/// The ncurses backend: starts curses safely, copies grids to the screen, reads keys,
/// and gives the terminal back on every way out (quit, Ctrl-C, SIGTERM, a crash).
///
/// It knows cells, styles and keys, nothing about coroutines.
final class NcursesTerminal: TerminalBackend {
    let ascii: Bool
    let color: Bool
    /// False when the locale could not be made UTF-8: non-ASCII scalars are drawn as `?`
    /// (ncurses would silently draw them as blanks).
    private let utf8: Bool
    private let screen: OpaquePointer
    private let looks: [Palette.Look]
    /// The last frame copied to the screen, to write only the cells that changed.
    private var previous: Grid?
    private var wide: [wchar_t] = [0, 0]

    // MARK: - Starting

    /// Takes over the terminal, or throws `TerminalUnavailable` without touching it.
    ///
    /// - Parameters:
    ///   - forceASCII: `--ascii`: ASCII glyphs whatever the locale.
    ///   - noColor: `--no-color`; the `NO_COLOR` environment variable has the same effect.
    ///   - scenario: the scenario path, for the message that points to the other commands.
    static func start(forceASCII: Bool, noColor: Bool, scenario: String) throws(TerminalUnavailable) -> NcursesTerminal {
        try requireTerminal(scenario: scenario)
        let alternatives = alternatives(scenario)
        let utf8 = TerminalLocale.makeUTF8()
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else {
            throw TerminalUnavailable(message: "schedviz: TERM is not set, so the viewer cannot drive this terminal; \(alternatives)\n")
        }
        // Our handlers go in first: ncurses then leaves SIGINT and SIGTERM alone.
        SignalGuard.install()
        // newterm returns NULL for an unknown terminal type where initscr would exit the process.
        guard let screen = newterm(nil, sv_stdout(), sv_stdin()) else {
            throw TerminalUnavailable(message: "schedviz: cannot use terminal type '\(SafeText.escape(term))' (TERM); \(alternatives)\n")
        }
        SignalGuard.cursesActive = 1
        let noColorEnv = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        return NcursesTerminal(screen: screen, ascii: forceASCII || !utf8, utf8: utf8, wantColor: !noColor && !noColorEnv)
    }

    /// Throws unless stdin and stdout are both terminals: without them ncurses busy-spins
    /// on input or writes escapes into a file.
    static func requireTerminal(scenario: String) throws(TerminalUnavailable) {
        guard isatty(0) == 1 && isatty(1) == 1 else {
            throw TerminalUnavailable(message: "schedviz: the viewer needs a terminal; \(alternatives(scenario))\n")
        }
    }

    private static func alternatives(_ scenario: String) -> String {
        "use `schedviz timeline \(SafeText.escape(scenario))` or `schedviz trace \(SafeText.escape(scenario))` instead"
    }

    private init(screen: OpaquePointer, ascii: Bool, utf8: Bool, wantColor: Bool) {
        self.screen = screen
        self.ascii = ascii
        self.utf8 = utf8
        _ = set_term(screen)
        let win = sv_stdscr()
        _ = cbreak()
        _ = noecho()
        _ = keypad(win, true)
        _ = curs_set(0)
        _ = set_escdelay(25)
        wtimeout(win, Int32(1000 / ViewState.ticksPerSecond))   // about ten .tick keys a second, for playback
        // Clicks and the wheel (presses only: a click is reported as soon as the button goes down).
        _ = mousemask(sv_button1_pressed | sv_button4_pressed | sv_button5_pressed | sv_button_shift, nil)
        _ = mouseinterval(0)
        var color = false
        if wantColor && has_colors() {
            _ = start_color()
            let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
            for style in Style.allCases {
                if let fg = Palette.foreground(style) {
                    _ = init_pair(Palette.pair(style), fg, background)
                }
            }
            color = true
        }
        self.color = color
        looks = Style.allCases.map { Palette.look($0, color: color) }
    }

    // MARK: - TerminalBackend

    var size: (width: Int, height: Int) { (Int(sv_cols()), Int(sv_lines())) }

    /// Copies the cells that differ from the previous frame, then refreshes once.
    ///
    /// A frame of another size (after a resize) is drawn whole on a cleared screen.
    /// - Complexity: O(width × height) comparisons; terminal output only for changed cells.
    func draw(_ grid: Grid) {
        let win = sv_stdscr()
        let rows = min(grid.height, Int(getmaxy(win))), cols = min(grid.width, Int(getmaxx(win)))
        let old = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if old == nil {
            _ = werase(win)
            if previous != nil { _ = clearok(sv_curscr(), true) }   // repaint everything after a resize
        }
        for y in 0..<max(0, rows) {
            for x in 0..<max(0, cols) {
                let cell = grid[x, y]
                if let old {
                    if old[x, y] == cell { continue }
                } else if cell == .blank {
                    continue                    // werase already blanked it
                }
                put(cell, x: x, y: y, lastCell: y == rows - 1 && x == cols - 1, in: win)
            }
        }
        previous = grid
        _ = wrefresh(win)
    }

    /// Maps what `get_wch` reports to a `Key`; a timeout is a `.tick`.
    func readKey() -> Key {
        var ch: wint_t = 0
        let r = wget_wch(sv_stdscr(), &ch)
        if r == ERR { return .tick }
        if r == sv_key_code_yes() {
            switch Int32(bitPattern: ch) {
            case KEY_RESIZE: return .resize
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_ENTER: return .enter
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BACKSPACE: return .backspace
            case KEY_MOUSE: return mouse()
            default: return NcursesTerminal.unknown
            }
        }
        switch ch {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 0x7f: return .backspace
        default:
            guard ch >= 0x20, ch != 0x7f, let u = Unicode.Scalar(UInt32(ch)) else { return NcursesTerminal.unknown }
            return .char(Character(u))
        }
    }

    /// A key the viewer has no use for (function keys, control characters): maps to no intent.
    static let unknown = Key.char(unknownCharacter)
    static let unknownCharacter: Character = "\u{FFFD}"

    /// The mouse event ncurses queued with `KEY_MOUSE`: a left press or a wheel turn.
    private func mouse() -> Key {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return NcursesTerminal.unknown }
        let shift = event.bstate & sv_button_shift != 0
        let button: Mouse.Button
        if event.bstate & sv_button4_pressed != 0 { button = .wheelUp }
        else if event.bstate & sv_button5_pressed != 0 { button = .wheelDown }
        else if event.bstate & (sv_button1_pressed | sv_button1_clicked) != 0 { button = .left }
        else { return NcursesTerminal.unknown }
        return .mouse(Mouse(button: button, x: Int(event.x), y: Int(event.y), shift: shift))
    }

    func stop() {
        SignalGuard.restoreTerminal()
    }

    // MARK: - Cells

    private func put(_ cell: Cell, x: Int, y: Int, lastCell: Bool, in win: UnsafeMutablePointer<WINDOW>?) {
        var scalar = cell.scalar
        if !utf8 && scalar.value > 0x7e { scalar = "?" }
        let look = looks[Int(cell.style.rawValue)]
        wide[0] = wchar_t(bitPattern: scalar.value)
        var cc = cchar_t()
        _ = setcchar(&cc, wide, look.attr, look.pair, nil)
        _ = wmove(win, Int32(y), Int32(x))
        // Adding at the bottom-right corner would move the cursor off the screen (ERR);
        // inserting stores the glyph without moving it.
        _ = lastCell ? wins_wch(win, &cc) : wadd_wch(win, &cc)
    }
}

// MARK: - Styles

/// How each `Style` looks: a colour pair and attributes, or attributes alone without colour.
enum Palette {
    struct Look: Equatable {
        var attr: attr_t
        var pair: Int16
    }

    /// One colour pair per style that has a colour; pair 0 is the terminal's default.
    static func pair(_ style: Style) -> Int16 { Int16(style.rawValue) + 1 }

    static func foreground(_ style: Style) -> Int16? {
        switch style {
        // The playhead has no colour of its own: reverse video sets it apart from every state.
        case .plain, .dim, .bold, .selected, .status, .keybar, .playhead: return nil
        case .title: return Int16(COLOR_CYAN)
        case .running, .done: return Int16(COLOR_GREEN)
        case .ready, .warning: return Int16(COLOR_YELLOW)
        case .stopped: return Int16(COLOR_MAGENTA)
        case .sleeping: return Int16(COLOR_BLUE)
        case .suspended: return Int16(COLOR_MAGENTA)
        case .awaiting, .marker: return Int16(COLOR_CYAN)
        case .blocked: return Int16(COLOR_WHITE)
        case .raised, .cancelled, .stderr: return Int16(COLOR_RED)
        }
    }

    /// Attributes carry the meaning when there is no colour, and add emphasis when there is.
    static func look(_ style: Style, color: Bool) -> Look {
        var attr: attr_t
        switch style {
        case .plain, .ready, .sleeping, .suspended, .awaiting, .blocked, .done: attr = sv_a_normal
        case .dim, .cancelled: attr = sv_a_dim
        case .bold, .title, .running, .raised, .marker, .status: attr = sv_a_bold
        case .selected, .keybar: attr = sv_a_reverse
        case .playhead: attr = sv_a_reverse | sv_a_bold
        case .stopped: attr = sv_a_bold | sv_a_underline
        case .stderr: attr = color ? sv_a_normal : sv_a_underline
        case .warning: attr = sv_a_bold | (color ? sv_a_normal : sv_a_reverse)
        }
        let pair: Int16 = color && foreground(style) != nil ? Palette.pair(style) : 0
        return Look(attr: attr, pair: pair)
    }
}

// MARK: - Locale

enum TerminalLocale {
    /// Sets the locale from the environment, falling back to C.UTF-8; true when it is UTF-8.
    ///
    /// Without a UTF-8 locale ncurses draws every non-ASCII glyph as a blank.
    static func makeUTF8() -> Bool {
        if setlocale(LC_ALL, "") == nil { _ = setlocale(LC_ALL, "C.UTF-8") }
        return isUTF8()
    }

    static func isUTF8() -> Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: cs).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}

// MARK: - Signals

/// Gives the terminal back when the process is interrupted, terminated or crashes.
///
/// No SIGWINCH handler: ncurses' own one turns a resize into `KEY_RESIZE`.
enum SignalGuard {
    /// 1 while ncurses owns the terminal. A plain word, read from signal handlers.
    nonisolated(unsafe) static var cursesActive: Int32 = 0
    /// The actions our crash handler replaced, to hand a crash on once the terminal is back.
    nonisolated(unsafe) private static let saved = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    nonisolated(unsafe) private static var installed = false

    /// Every signal whose default action ends the process, apart from the crashes below
    /// (SIGKILL and SIGSTOP cannot be caught; ncurses handles SIGTSTP and SIGWINCH itself).
    static let exitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
                                       SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGPOLL, SIGSTKFLT, SIGPWR]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS]

    /// Leaves curses mode once; later calls (and calls before start) do nothing.
    static func restoreTerminal() {
        if cursesActive != 0 {
            cursesActive = 0
            _ = endwin()
        }
    }

    static func install() {
        if installed { return }
        installed = true
        for sig in exitSignals { set(sig, handler: onExitSignal, flags: 0, save: false) }
        for sig in crashSignals { set(sig, handler: onCrashSignal, flags: Int32(SA_NODEFER), save: true) }
    }

    private static func set(_ sig: Int32, handler: @convention(c) (Int32) -> Void, flags: Int32, save: Bool) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        _ = sigaction(sig, &action, save ? saved + Int(sig) : nil)
    }
}

/// Ctrl-C, SIGTERM, SIGHUP, SIGUSR1, SIGALRM, SIGPIPE, …: terminal back, then exit 128 + signal
/// like a shell reports it.
private func onExitSignal(_ sig: Int32) {
    SignalGuard.restoreTerminal()
    _exit(128 + sig)
}

/// A crash: terminal back, then the previous handler (Swift's backtracer or the default)
/// gets the signal, so the crash is still reported, on a readable terminal; exit 128 + signal.
private func onCrashSignal(_ sig: Int32) {
    SignalGuard.restoreTerminal()
    SignalGuard.handOn(sig)
}

extension SignalGuard {
    fileprivate static func handOn(_ sig: Int32) {
        _ = sigaction(sig, saved + Int(sig), nil)
        // Raised again at once (SA_NODEFER): Swift's backtracer prints its report, or the
        // default action ends the process. If that handler returns (the signal was sent
        // with kill, not a real fault), end here rather than run on without a screen.
        _ = raise(sig)
        _exit(128 + sig)
    }
}
