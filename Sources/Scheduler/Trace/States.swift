/// Every lane's state at every event, derived by replaying the events: running, ready,
/// suspended at a yield, sleeping until t, awaiting something, done, raised, cancelled,
/// or stopped: still waiting (or running) when a deadlock or a limit ended the run.
/// Checkpoints make any event's states available without replaying from the start.

public enum LaneStateKind: UInt8, Sendable {
    case absent, created, running, ready, suspended, sleeping, awaiting, blocked, done, raised, cancelled
    case stopped      // the run ended (deadlock, limit) while the lane was not finished
}

public struct LaneState: Sendable, Equatable {
    public var kind: LaneStateKind
    public var reason: Int32          // string id in the trace's table
    public static let absent = LaneState(kind: .absent, reason: 0)
}

public final class LaneStates {
    public let trace: Trace
    private let interval: Int
    private var checkpoints: [[LaneState]] = []   // states after events k*interval - 1 (index 0: before any event)
    private var stackCheckpoints: [[Int32]] = []

    /// - Complexity: O(events × lanes / interval) memory; `states(after:)` replays at most `interval` events.
    public init(_ trace: Trace) {
        self.trace = trace
        interval = max(256, trace.lanes.count * 4)
        var states = [LaneState](repeating: .absent, count: trace.lanes.count)
        var stack: [Int32] = []
        states[0] = LaneState(kind: .running, reason: 0)
        checkpoints.append(states)
        stackCheckpoints.append(stack)
        for i in 0..<trace.count {
            LaneStates.apply(trace, i, &states, &stack)
            if (i + 1) % interval == 0 {
                checkpoints.append(states)
                stackCheckpoints.append(stack)
            }
        }
    }

    /// The reason text of a state: a detail (a string, or numbers such as a sleep's), or the
    /// lane a blocked caller is inside (negative for a blocked state only).
    public func reason(_ s: LaneState) -> String {
        if s.kind == .blocked && s.reason < 0 { return "inside \(trace.lanes[Int(-s.reason - 1)].name)" }
        return trace.text(s.reason)
    }

    /// Every lane's state just after event `i` (i = -1: before the first event).
    public func states(after i: Int) -> [LaneState] {
        let k = (i + 1) / interval
        var states = checkpoints[k]
        var stack = stackCheckpoints[k]
        var j = k * interval
        while j <= i {
            LaneStates.apply(trace, j, &states, &stack)
            j += 1
        }
        return states
    }

    /// Calls `body` after each event of `from...to` with every lane's state then.
    /// - Complexity: O(interval + (to - from) × lanes touched).
    public func walk(from: Int, to: Int, _ body: (Int, [LaneState]) -> Void) {
        guard from <= to else { return }
        let k = from / interval
        var states = checkpoints[k]
        var stack = stackCheckpoints[k]
        var j = k * interval
        while j < from { LaneStates.apply(trace, j, &states, &stack); j += 1 }
        while j <= to {
            LaneStates.apply(trace, j, &states, &stack)
            body(j, states)
            j += 1
        }
    }

    /// Replays events `from...to` starting from `states` (the states after event from-1).
    public func advance(_ states: inout [LaneState], from: Int, to: Int) {
        // The call stack is only needed for blocked callers; rebuild it from the nearest checkpoint.
        var stack = stackAt(from - 1)
        var j = from
        while j <= to { LaneStates.apply(trace, j, &states, &stack); j += 1 }
    }

    private func stackAt(_ i: Int) -> [Int32] {
        let k = (i + 1) / interval
        var states = checkpoints[k]
        var stack = stackCheckpoints[k]
        var j = k * interval
        while j <= i { LaneStates.apply(trace, j, &states, &stack); j += 1 }
        return stack
    }

    static func apply(_ trace: Trace, _ i: Int, _ states: inout [LaneState], _ stack: inout [Int32]) {
        let lane = Int(trace.lane(i))
        let detail = trace.detail(i)
        func set(_ k: LaneStateKind, _ r: Int32 = 0) { states[lane] = LaneState(kind: k, reason: r) }
        switch trace.kind(i) {
        case .created, .taskCreated: set(.created, detail)
        case .started, .resumed, .step:
            if let top = stack.last, top != Int32(lane), states[Int(top)].kind == .running {
                states[Int(top)] = LaneState(kind: .blocked, reason: -Int32(lane) - 1)
            }
            if stack.last != Int32(lane) { stack.append(Int32(lane)) }
            set(.running)
        case .yielded:
            set(.suspended, detail)
            pop(lane, &states, &stack)
        case .returned:
            set(trace.lanes[lane].kind == .task ? .suspended : .done, detail)
            pop(lane, &states, &stack)
        case .raised:
            set(.raised, detail)
            pop(lane, &states, &stack)
        case .delegated: set(.blocked, detail)
        case .taskReady: set(.ready)
        case .taskWaits:
            set(trace.isSleep(detail) ? .sleeping : .awaiting, detail)
            pop(lane, &states, &stack)
        case .taskDone:
            set(detail >= 0 && trace.strings[detail].hasPrefix("raised ") ? .raised : .done, detail)
            pop(lane, &states, &stack)
        case .taskCancelled:
            set(.cancelled, detail)
            pop(lane, &states, &stack)
        case .idle, .finished:
            if lane == 0 { set(.done, detail) }
        case .deadlock, .limit:
            // Nothing that was still waiting or running finished: drawing it as done would lie.
            for l in states.indices {
                switch states[l].kind {
                case .absent, .done, .raised, .cancelled: break
                default:
                    // A caller blocked inside a callee keeps no reason (its negative one names a lane).
                    if states[l].kind == .blocked && states[l].reason < 0 { states[l].reason = 0 }
                    states[l].kind = .stopped
                }
            }
            if lane == 0 { set(.stopped, detail) }
        case .timerSet, .timerFired, .futureDone, .clock, .output, .stderr, .cancel, .blocks:
            break
        }
    }

    private static func pop(_ lane: Int, _ states: inout [LaneState], _ stack: inout [Int32]) {
        if let i = stack.lastIndex(of: Int32(lane)) { stack.removeSubrange(i...) }
        if let top = stack.last, states[Int(top)].kind == .blocked, states[Int(top)].reason < 0 { states[Int(top)] = LaneState(kind: .running, reason: 0) }
    }
}
