/// The recorded run: events in flat arrays (about 21 bytes each plus interned text),
/// lanes, and the interned strings their details point to.

public enum EventKind: UInt8, CaseIterable, Sendable {
    case created, started, resumed, yielded, delegated, returned, raised
    case step, taskCreated, taskReady, taskWaits, taskDone, taskCancelled
    case timerSet, timerFired, futureDone, clock, output, idle, deadlock, limit, finished

    public var name: String {
        switch self {
        case .taskCreated: return "task-created"
        case .taskReady: return "ready"
        case .taskWaits: return "waits"
        case .taskDone: return "task-done"
        case .taskCancelled: return "task-cancelled"
        case .timerSet: return "timer-set"
        case .timerFired: return "timer-fired"
        case .futureDone: return "future-done"
        default: return "\(self)"
        }
    }
}

public enum LaneKind: UInt8, Sendable { case main, task, generator, coroutine, subLane }

public struct Lane: Sendable {
    public var name: String
    public var kind: LaneKind
    public var parent: Int32          // enclosing task lane for sub-lanes, -1 otherwise
    public var title: String          // e.g. the coroutine's qualname for a task
    public var depth: Int             // 0 for top-level lanes, 1+ for sub-lanes
}

/// Interned strings: each distinct detail text is stored once.
public struct StringTable: Sendable {
    public private(set) var strings: [String] = [""]
    private var ids: [String: Int32] = ["": 0]

    public mutating func intern(_ s: String) -> Int32 {
        if let id = ids[s] { return id }
        let id = Int32(strings.count)
        strings.append(s)
        ids[s] = id
        return id
    }

    public subscript(id: Int32) -> String { strings[Int(id)] }
    public var byteCount: Int { strings.reduce(0) { $0 + $1.utf8.count + 16 } }
}

public struct TraceEvent: Sendable {
    public var seq: Int
    public var time: Double
    public var lane: Int
    public var kind: EventKind
    public var detail: String
    public var line: Int
}

public final class Trace {
    public private(set) var kinds: [EventKind] = []
    public private(set) var times: [Double] = []
    public private(set) var laneIDs: [Int32] = []
    public private(set) var detailIDs: [Int32] = []
    public private(set) var lines: [Int32] = []
    public internal(set) var lanes: [Lane] = []
    public internal(set) var strings = StringTable()
    public var scenarioName = ""
    public var title = ""
    public var seedText = "0"
    public var tiebreak = "fifo"
    public var start = "2015-11-13T10:00:00"
    public var sourceName = ""
    public var sourceLines: [String] = []

    public init() {}

    public var count: Int { kinds.count }

    @inline(__always)
    func append(_ kind: EventKind, time: Double, lane: Int32, detail: Int32, line: Int32) {
        kinds.append(kind); times.append(time); laneIDs.append(lane); detailIDs.append(detail); lines.append(line)
    }

    public func event(_ i: Int) -> TraceEvent {
        TraceEvent(seq: i, time: times[i], lane: Int(laneIDs[i]), kind: kinds[i], detail: strings[detailIDs[i]], line: Int(lines[i]))
    }

    public func laneName(_ i: Int) -> String { lanes[i].name }

    /// Bytes held by the event arrays and the string table.
    public var byteCount: Int {
        kinds.capacity * 1 + times.capacity * 8 + (laneIDs.capacity + detailIDs.capacity + lines.capacity) * 4 + strings.byteCount
    }

    func reserve(_ n: Int) {
        kinds.reserveCapacity(n); times.reserveCapacity(n); laneIDs.reserveCapacity(n)
        detailIDs.reserveCapacity(n); lines.reserveCapacity(n)
    }
}
