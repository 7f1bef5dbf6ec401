/// The recorded run: events packed in 12 bytes each in chunks, the times at which the clock moved, numbers,
/// lanes, and the interned strings their details point to.

public enum EventKind: UInt8, CaseIterable, Sendable {
    case created, started, resumed, yielded, delegated, returned, raised
    case step, taskCreated, taskReady, taskWaits, taskDone, taskCancelled
    case timerSet, timerFired, futureDone, clock, output, idle, deadlock, limit, finished
    case stderr     // a line the run wrote to stderr (a warning, a report, a traceback)
    case cancel     // a task asks another to cancel (`task.cancel()`, a timeout, a TaskGroup)
    case blocks     // `time.sleep` blocks the thread, and the loop with it

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
        case .cancel: return "cancel"
        case .blocks: return "blocks"
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
    /// A coroutine of the library's own code (asyncio's `Queue.get`): its events show the
    /// program's call site, and the viewer labels it "inside asyncio".
    public var library = false
}

/// Interned strings: each distinct detail text is stored once.
public struct StringTable: Sendable {
    public private(set) var strings: [String] = [""]
    private var ids: [ExactString: Int32] = [ExactString(""): 0]

    public mutating func intern(_ s: String) -> Int32 {
        if let id = ids[ExactString(s)] { return id }
        let id = Int32(strings.count)
        strings.append(s)
        ids[ExactString(s)] = id
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
    /// The event that made this one happen (a timer firing, a future completed, a cancel), or nil.
    public var cause: Int?
}

/// Details that carry numbers are stored as numbers and formatted only when read,
/// so recording a timer or a sleep costs no string building.
public enum NumericDetail: UInt8, Sendable {
    case time            // "t=<a>"
    case sleepUntil      // "sleep(<a>) until t=<b>"
    case sleepIntUntil   // "sleep(<int a>) until t=<b>"
    case bareYield       // "sleep(<a>): one bare yield"
    case bareYieldInt    // "sleep(<int a>): one bare yield"
    case eventTime       // "t=<the event's own time>": costs no storage
    case smallInt        // an int that fits in the id itself
}

/// One event in 12 bytes: kind and lane share a word. Times are kept apart, once per
/// instant (most events happen at the same instant as the one before).
struct PackedEvent {
    var kindLane: UInt32      // kind in the low 5 bits, lane above
    var detail: Int32         // >= 0: string id; < 0: numeric detail (kind, value index)
    var line: Int32
}

public final class Trace {
    /// Events live in fixed-size chunks: appending never copies what is recorded,
    /// so peak memory stays at the trace's own size.
    private static let chunkShift = 14
    private static let chunkMask = (1 << chunkShift) - 1
    private var chunks: [UnsafeMutablePointer<PackedEvent>] = []
    private var fill = 1 << chunkShift
    private var current = UnsafeMutablePointer<PackedEvent>(bitPattern: 16)!   // the chunk being filled
    public private(set) var count = 0
    private var times = Column<Double>()
    /// The first event at each of `times`.
    private var timeStarts = Column<Int32>()
    private var lastTime = Double.nan
    /// Numbers referenced by numeric details.
    private var values = Column<Double>()
    /// Causes, kept apart as few events have one: (event << 32 | its cause) in event order.
    private var causes = ChunkedColumn<UInt64>()
    public internal(set) var lanes: [Lane] = []
    public internal(set) var strings = StringTable()
    public var scenarioName = ""
    public var title = ""
    public var seedText = "0"
    public var tiebreak = Tiebreak.fifo
    public var start = VirtualClock.defaultStart
    public var sourceName = ""
    public var sourceLines: [String] = []

    public init() {}

    deinit {
        for c in chunks { c.deallocate() }
        times.free(); timeStarts.free(); values.free(); causes.free()
    }

    /// Lanes above this cannot be packed; the recorder stops giving new lanes there.
    static let maxLanes = Int(UInt32.max >> 5)

    /// The inspector's pause (Inspector.swift): just before event `pauseAt` is appended,
    /// `onPause` sees the run as it stood after the event before. One compare when unused.
    var pauseAt = Int.max
    var onPause: (() -> Void)?

    @inline(__always)
    func append(_ kind: EventKind, time: Double, lane: Int32, detail: Int32, line: Int32, cause: Int32) {
        if cause >= 0 { noteCause(cause) }
        append(kind, time: time, lane: lane, detail: detail, line: line)
    }

    /// Out of line: most events have no cause, and the appends are inlined everywhere.
    @inline(never) private func noteCause(_ cause: Int32) {
        causes.append(UInt64(count) << 32 | UInt64(UInt32(bitPattern: cause)))
    }

    @inline(never) private func pause() { onPause?() }

    @inline(__always)
    func append(_ kind: EventKind, time: Double, lane: Int32, detail: Int32, line: Int32) {
        if count == pauseAt { pause() }
        if time != lastTime {
            noteTime(time)
        }
        if fill > Self.chunkMask {
            current = .allocate(capacity: 1 << Self.chunkShift)
            chunks.append(current)
            fill = 0
        }
        current[fill] = PackedEvent(kindLane: UInt32(kind.rawValue) | UInt32(truncatingIfNeeded: lane) << 5,
                                    detail: detail, line: line)
        fill += 1
        count += 1
    }

    @inline(never) private func noteTime(_ time: Double) {
        times.append(time)
        timeStarts.append(Int32(truncatingIfNeeded: count))
        lastTime = time
    }

    @inline(__always) private func packed(_ i: Int) -> PackedEvent {
        chunks[i >> Self.chunkShift][i & Self.chunkMask]
    }

    public func kind(_ i: Int) -> EventKind { EventKind(rawValue: UInt8(packed(i).kindLane & 31))! }
    public func lane(_ i: Int) -> Int32 { Int32(bitPattern: packed(i).kindLane >> 5) }
    public func time(_ i: Int) -> Double {
        // The last instant starting at or before event i.
        var lo = 0, hi = timeStarts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(timeStarts[mid]) <= i { lo = mid } else { hi = mid }
        }
        return times.isEmpty ? 0 : times[lo]
    }
    public func detail(_ i: Int) -> Int32 { packed(i).detail }

    /// The event that caused event `i`, or nil.
    public func cause(_ i: Int) -> Int? {
        var lo = 0, hi = causes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if causePair(mid).event < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < causes.count && causePair(lo).event == i ? causePair(lo).cause : nil
    }

    /// The k-th event that has a cause, and its cause (exports walk them beside the events).
    var causeCount: Int { causes.count }
    func causePair(_ k: Int) -> (event: Int, cause: Int) {
        let packed = causes[k]
        return (Int(packed >> 32), Int(Int32(bitPattern: UInt32(truncatingIfNeeded: packed))))
    }

    /// Every (event, cause) pair in event order (for exports and the viewer's back links).
    public func forEachCause(_ body: (Int, Int) -> Void) {
        for k in 0..<causes.count { let p = causePair(k); body(p.event, p.cause) }
    }
    public func line(_ i: Int) -> Int32 { packed(i).line }
    /// The time of the last event (0 for an empty trace).
    public var endTime: Double { times.last ?? 0 }

    /// Every event in order, read chunk by chunk (for exports).
    func forEachEvent(_ body: (Int, EventKind, Int32, Double, Int32, Int32) -> Void) {
        var i = 0
        var instant = -1, nextStart = 0
        for chunk in chunks {
            let n = min(count - i, 1 << Self.chunkShift)
            for j in 0..<n {
                while i >= nextStart {
                    instant += 1
                    nextStart = instant + 1 < timeStarts.count ? Int(timeStarts[instant + 1]) : Int.max
                }
                let e = chunk[j]
                body(i, EventKind(rawValue: UInt8(e.kindLane & 31))!, Int32(bitPattern: e.kindLane >> 5), times[instant], e.detail, e.line)
                i += 1
            }
        }
    }

    public func event(_ i: Int) -> TraceEvent {
        let e = packed(i)
        return TraceEvent(seq: i, time: time(i), lane: Int(e.kindLane >> 5), kind: kind(i),
                          detail: text(e.detail, at: i), line: Int(e.line), cause: cause(i))
    }

    /// A detail id for numbers, formatted on demand (negative ids).
    func numericDetail(_ kind: NumericDetail, _ a: Double, _ b: Double = 0) -> Int32 {
        let at = values.count
        values.append(a)
        if kind == .sleepUntil || kind == .sleepIntUntil { values.append(b) }
        return Self.numericID(kind, at)
    }

    /// "t=<the event's own time>": no number stored.
    static let eventTimeDetail = numericID(.eventTime, 0)

    /// A detail that shows the value a numeric detail already stored (e.g. a sleep's deadline).
    func numericDetail(_ kind: NumericDetail, sharing id: Int32, offset: Int) -> Int32 {
        Self.numericID(kind, Int(-id - 1) >> 3 + offset)
    }

    /// Ints within ±2^27 (a value's repr, e.g. what a generator yielded) are held in the id itself.
    static let smallIntRange: ClosedRange<Int64> = -(1 << 27)...((1 << 27) - 1)

    func smallIntDetail(_ i: Int64) -> Int32 {
        Self.numericID(.smallInt, Int(i + (1 << 27)))
    }

    private static func numericID(_ kind: NumericDetail, _ valueIndex: Int) -> Int32 {
        -Int32(truncatingIfNeeded: valueIndex << 3 | Int(kind.rawValue)) - 1
    }

    private func decode(_ id: Int32) -> (NumericDetail, Int) {
        let raw = Int(-id - 1)
        return (NumericDetail(rawValue: UInt8(raw & 7))!, raw >> 3)
    }

    /// The text of event `i`'s detail.
    public func detailText(_ i: Int) -> String { text(packed(i).detail, at: i) }

    /// The text of a detail id that does not show its event's time (lane-state reasons).
    public func text(_ id: Int32) -> String { text(id, at: -1) }

    /// The text of a detail id; `at` is the event, for details that show its time.
    public func text(_ id: Int32, at event: Int) -> String {
        if id >= 0 { return strings[id] }
        let (kind, v) = decode(id)
        switch kind {
        case .time: return "t=\(PyFormat.floatRepr(values[v]))"
        case .eventTime: return event >= 0 ? "t=\(PyFormat.floatRepr(time(event)))" : "t"
        case .sleepUntil: return "sleep(\(PyFormat.floatRepr(values[v]))) until t=\(PyFormat.floatRepr(values[v + 1]))"
        case .sleepIntUntil: return "sleep(\(Int64(values[v]))) until t=\(PyFormat.floatRepr(values[v + 1]))"
        case .bareYield: return "sleep(\(PyFormat.floatRepr(values[v]))): one bare yield"
        case .bareYieldInt: return "sleep(\(Int64(values[v]))): one bare yield"
        case .smallInt: return String(v - (1 << 27))
        }
    }

    /// A numeric detail's text, replacing `out`'s contents (floats formatted through the cache).
    private static let sleepOpen = Array("sleep(".utf8), untilT = Array(") until t=".utf8)

    func numericText(_ id: Int32, _ floats: inout FloatReprCache, into out: inout [UInt8]) {
        let (kind, v) = decode(id)
        out.removeAll(keepingCapacity: true)
        switch kind {
        case .sleepUntil:
            out.append(contentsOf: Self.sleepOpen)
            floats.append(values[v], to: &out)
            out.append(contentsOf: Self.untilT)
            floats.append(values[v + 1], to: &out)
        case .sleepIntUntil:
            out.append(contentsOf: "sleep(\(Int64(values[v]))) until t=".utf8)
            floats.append(values[v + 1], to: &out)
        default: out.append(contentsOf: text(id, at: -1).utf8)
        }
    }

    /// The number a "t=" detail shows, or nil for other details; `eventTime` is the time of
    /// the event that carries it. Lets exports cache the formatting.
    func timeValue(_ id: Int32, eventTime: Double) -> Double? {
        guard id < 0 else { return nil }
        let (kind, v) = decode(id)
        switch kind {
        case .time: return values[v]
        case .eventTime: return eventTime
        default: return nil
        }
    }

    /// Whether a detail says the lane sleeps (for lane states).
    public func isSleep(_ id: Int32) -> Bool {
        if id >= 0 { return strings[id].hasPrefix("sleep(") }
        let k = decode(id).0
        return k == .sleepUntil || k == .sleepIntUntil
    }

    public func laneName(_ i: Int) -> String { lanes[i].name }

    /// Bytes held by the events, times, numbers and the string table.
    public var byteCount: Int {
        chunks.count * (1 << Self.chunkShift) * MemoryLayout<PackedEvent>.stride + times.capacity * 8
            + timeStarts.capacity * 4
            + values.capacity * 8 + causes.capacity * 8 + strings.byteCount
    }
}
