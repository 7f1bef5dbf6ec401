/// What one lane looked like just after one event: its chain of frames with their local
/// variables, what it is suspended on, and the value last sent to it or yielded by it.
/// The locals pane (`v` in the viewer) and `trace --format jsonl --locals` show these.

public struct Variable: Sendable, Equatable {
    public var name: String
    /// The value's repr, cut to `FrameSnapshot.reprLimit` characters.
    public var repr: String
}

public struct FrameSnapshot: Sendable, Equatable {
    /// The function's qualified name, `<module>`, or "inside asyncio: Queue.get" for a frame
    /// of schedviz's own Python (its locals are not the program's and are not shown).
    public var function: String
    /// The program's line: where the frame stands, or for library code where the program called it.
    public var line: Int
    public var isLibrary: Bool
    public var locals: [Variable]

    /// Reprs longer than this end in "...".
    public static let reprLimit = 80

    static func cut(_ s: String) -> String {
        s.count > reprLimit ? String(s.prefix(reprLimit - 3)) + "..." : s
    }
}

public struct LaneSnapshot: Sendable, Equatable {
    /// The event after which the lane is shown, and the lane.
    public var event: Int
    public var lane: Int
    /// "running", "suspended", "not started", "finished" or "gone" (nothing holds it any more).
    public var status: String
    /// Outermost first: task -> awaited coroutine -> ..., or generator -> `yield from` delegate.
    public var frames: [FrameSnapshot]
    /// What the innermost frame waits for ("sleep(1) until t=2", a future's repr), "" if nothing.
    public var suspendedOn: String
    /// The lane's last resumption, yield or return in the trace, e.g. "send 'World'", "yielded 1".
    public var last: String

    public init(event: Int, lane: Int, status: String, frames: [FrameSnapshot] = [], suspendedOn: String = "", last: String = "") {
        self.event = event; self.lane = lane; self.status = status
        self.frames = frames; self.suspendedOn = suspendedOn; self.last = last
    }

    /// The innermost frame's local `name`, if it has one (for tests and the narrator).
    public func local(_ name: String, frame: Int? = nil) -> String? {
        let f = frame ?? frames.count - 1
        guard f >= 0 && f < frames.count else { return nil }
        return frames[f].locals.first { $0.name == name }?.repr
    }
}

extension LaneSnapshot {
    /// The JSON Lines export's fields for this snapshot (`trace --format jsonl --locals`):
    /// `,"frames":[{"function":...,"line":...,"locals":{name: repr}}]` and, when there are,
    /// `"status"`, `"suspended_on"` and `"last"`.
    public func jsonFields(into out: inout [UInt8]) {
        out.append(contentsOf: ",\"status\":".utf8)
        SafeText.json(status, into: &out)
        out.append(contentsOf: ",\"frames\":[".utf8)
        for (i, f) in frames.enumerated() {
            if i > 0 { out.append(0x2c) }
            out.append(contentsOf: "{\"function\":".utf8)
            SafeText.json(f.function, into: &out)
            out.append(contentsOf: ",\"line\":\(f.line),\"locals\":{".utf8)
            for (k, v) in f.locals.enumerated() {
                if k > 0 { out.append(0x2c) }
                SafeText.json(v.name, into: &out)
                out.append(0x3a)
                SafeText.json(v.repr, into: &out)
            }
            out.append(contentsOf: "}}".utf8)
        }
        out.append(0x5d)
        if !suspendedOn.isEmpty { out.append(contentsOf: ",\"suspended_on\":".utf8); SafeText.json(suspendedOn, into: &out) }
        if !last.isEmpty { out.append(contentsOf: ",\"last\":".utf8); SafeText.json(last, into: &out) }
    }
}
