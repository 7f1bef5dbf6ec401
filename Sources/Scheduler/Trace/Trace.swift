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

/// Details that carry numbers are stored as numbers and formatted only when read,
/// so recording a timer or a sleep costs no string building.
public enum NumericDetail: UInt8, Sendable {
    case time            // "t=<a>"
    case sleepUntil      // "sleep(<a>) until t=<b>"
    case sleepIntUntil   // "sleep(<int a>) until t=<b>"
    case bareYield       // "sleep(<a>): one bare yield"
    case bareYieldInt    // "sleep(<int a>): one bare yield"
}

public final class Trace {
    public private(set) var kinds: [EventKind] = []
    public private(set) var times: [Double] = []
    public private(set) var laneIDs: [Int32] = []
    public private(set) var detailIDs: [Int32] = []
    public private(set) var lines: [Int32] = []
    private var numbers: [(NumericDetail, Double, Double)] = []
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
        TraceEvent(seq: i, time: times[i], lane: Int(laneIDs[i]), kind: kinds[i], detail: text(detailIDs[i]), line: Int(lines[i]))
    }

    /// A detail id for numbers, formatted on demand (negative ids).
    func numericDetail(_ kind: NumericDetail, _ a: Double, _ b: Double = 0) -> Int32 {
        numbers.append((kind, a, b))
        return -Int32(numbers.count)
    }

    /// The text of a detail id.
    public func text(_ id: Int32) -> String {
        if id >= 0 { return strings[id] }
        let (kind, a, b) = numbers[Int(-id) - 1]
        switch kind {
        case .time: return "t=\(PyFormat.floatRepr(a))"
        case .sleepUntil: return "sleep(\(PyFormat.floatRepr(a))) until t=\(PyFormat.floatRepr(b))"
        case .sleepIntUntil: return "sleep(\(Int64(a))) until t=\(PyFormat.floatRepr(b))"
        case .bareYield: return "sleep(\(PyFormat.floatRepr(a))): one bare yield"
        case .bareYieldInt: return "sleep(\(Int64(a))): one bare yield"
        }
    }

    /// Whether a detail says the lane sleeps (for lane states).
    public func isSleep(_ id: Int32) -> Bool {
        if id >= 0 { return strings[id].hasPrefix("sleep(") }
        let k = numbers[Int(-id) - 1].0
        return k == .sleepUntil || k == .sleepIntUntil
    }

    public func laneName(_ i: Int) -> String { lanes[i].name }

    /// Bytes held by the event arrays and the string table.
    public var byteCount: Int {
        kinds.capacity * 1 + times.capacity * 8 + (laneIDs.capacity + detailIDs.capacity + lines.capacity) * 4
            + numbers.capacity * 24 + strings.byteCount
    }

    func reserve(_ n: Int) {
        kinds.reserveCapacity(n); times.reserveCapacity(n); laneIDs.reserveCapacity(n)
        detailIDs.reserveCapacity(n); lines.reserveCapacity(n)
    }
}
