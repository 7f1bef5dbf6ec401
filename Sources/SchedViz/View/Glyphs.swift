import Scheduler

/// State glyphs and markers, in Unicode or plain ASCII.
struct Glyphs {
    let ascii: Bool

    func state(_ k: LaneStateKind) -> Unicode.Scalar {
        switch k {
        case .absent: return " "
        case .created: return ascii ? "o" : "○"
        case .running: return ascii ? "#" : "█"
        case .ready: return ascii ? "+" : "░"
        case .suspended: return ascii ? "-" : "─"
        case .sleeping: return ascii ? "." : "·"
        case .awaiting: return ascii ? "~" : "┄"
        case .blocked: return ascii ? ":" : "╎"
        case .done: return ascii ? "v" : "✓"
        case .raised: return ascii ? "x" : "✗"
        case .cancelled: return ascii ? "/" : "⊘"
        case .stopped: return ascii ? "=" : "■"
        }
    }

    func marker(_ k: EventKind) -> Unicode.Scalar? {
        switch k {
        case .yielded: return ascii ? "<" : "◂"
        case .resumed, .started: return ascii ? ">" : "▸"
        case .delegated: return ascii ? "a" : "↳"
        case .timerFired: return ascii ? "t" : "◇"
        case .output: return ascii ? "p" : "¶"
        case .stderr: return "!"
        default: return nil
        }
    }

    /// A resume that carries a value (`gen.send(x)` with x not None).
    var send: Unicode.Scalar { ascii ? "s" : "»" }

    /// Above the playhead's column in the chart's title row: it shows without colour too.
    var playhead: Unicode.Scalar { ascii ? "v" : "▼" }
    var vertical: Unicode.Scalar { ascii ? "|" : "│" }
    var horizontal: Unicode.Scalar { ascii ? "-" : "─" }
    var subLaneMark: String { ascii ? "`-" : "└" }
    var current: String { ascii ? ">" : "▶" }

    static func style(_ k: LaneStateKind) -> Style {
        switch k {
        case .absent: return .plain
        case .created: return .dim
        case .running: return .running
        case .ready: return .ready
        case .suspended: return .suspended
        case .sleeping: return .sleeping
        case .awaiting: return .awaiting
        case .blocked: return .blocked
        case .done: return .done
        case .raised: return .raised
        case .cancelled: return .cancelled
        case .stopped: return .stopped
        }
    }

    /// `short`: the words an 80-column line has room for.
    func legend(short: Bool = false) -> [(String, Style)] {
        let items: [(LaneStateKind, String, String)] = [(.running, "running", "run"), (.ready, "ready", "ready"),
            (.sleeping, "sleeping", "sleep"), (.suspended, "suspended at yield", "yield"), (.awaiting, "awaiting", "await"),
            (.blocked, "in a callee", "callee"), (.done, "done", "done"), (.raised, "raised", "raised"),
            (.cancelled, "cancelled", "cancel"), (.stopped, "stopped", "stop")]
        return items.map { ("\(state($0.0)) \(short ? $0.2 : $0.1)", Glyphs.style($0.0)) }
    }

    /// Every state glyph with what it means, for the help (`legend` is the one-line version).
    func states() -> [(String, Style)] {
        let items: [(LaneStateKind, String)] = [(.created, "created (body not run yet)"), (.running, "running"),
            (.ready, "ready (queued to run)"), (.sleeping, "sleeping until a time"), (.suspended, "suspended at a yield"),
            (.awaiting, "awaiting a future or task"), (.blocked, "in a callee (await/yield from)"),
            (.done, "done (returned)"), (.raised, "raised an exception"), (.cancelled, "cancelled"),
            (.stopped, "stopped: deadlock or limit")]
        return items.map { ("\(state($0.0)) \($0.1)", Glyphs.style($0.0)) }
    }

    /// Every event marker with what it means, for the help and the printed timeline.
    func markers() -> [String] {
        ["\(marker(.resumed)!) started or resumed", "\(send) resumed by send(value)", "\(marker(.yielded)!) yielded",
         "\(marker(.delegated)!) delegated (await/yield from)", "\(marker(.timerFired)!) timer fired",
         "\(marker(.output)!) printed a line", "\(marker(.stderr)!) wrote to stderr",
         "\(playhead) playhead (its column reversed)"]
    }
}
