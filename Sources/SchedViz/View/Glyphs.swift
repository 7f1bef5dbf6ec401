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

    var playhead: Unicode.Scalar { ascii ? "|" : "▏" }
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
        }
    }

    func legend() -> [(String, Style)] {
        let items: [(LaneStateKind, String)] = [(.running, "running"), (.ready, "ready"), (.sleeping, "sleeping"),
            (.suspended, "suspended at yield"), (.awaiting, "awaiting"), (.blocked, "in a callee"),
            (.done, "done"), (.raised, "raised"), (.cancelled, "cancelled")]
        return items.map { ("\(state($0.0)) \($0.1)", Glyphs.style($0.0)) }
    }
}
