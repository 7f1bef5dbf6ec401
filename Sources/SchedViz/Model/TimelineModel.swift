import Scheduler

enum Axis: String { case step, time }

/// What the viewer shows, apart from the trace itself. Pure data; intents change it.
struct ViewState: Equatable {
    var playhead = 0                 // event index
    var playing = false
    var speed = 40                   // events a second while playing (1…maxSpeed)
    var tickCarry = 0                // speed × ticks not yet turned into whole events
    var axis = Axis.step
    var selectedLane = 0             // index into the visible lanes
    var followPlayhead = true        // until a lane is picked, the source shows the current event's lane
    var collapsed: Set<Int> = []     // task lanes whose sub-lanes are hidden
    var showHelp = false
    var showDescription = false      // the scenario's description (on open, and on `d`)
    var showLocals = false           // `v`: the locals pane in place of the output
    var ascii = false
    var color = true
    var status = ""                  // one-line message (export done, …)
    var jumps: [Int] = []            // playheads left by a jump (cause, prompt, search, seek), for `b` (back)
    var prompt: Prompt?              // the one-line dialog on the bottom line (`:`, `/`, backslash)
    var search = ""                  // the last `/` text, for `n` and `N`
    var laneFilter = ""              // backslash: lanes whose name or title contains it ("" shows all)
    var hideFinished = false         // `f`: tasks done, failed or cancelled at the playhead
    var hideHousekeeping = false     // `a`: asyncio's own shutdown tasks
    var width = 80                   // the terminal's width, set by the app: a page of chart columns
    var laneTop: Int?                // the wheel's scroll: the chart's first lane; nil keeps the source's lane in view

    /// Playback's timer: the terminal backend's read timeout gives this many ticks a second.
    static let ticksPerSecond = 10
    static let maxSpeed = 2560
}

/// The bottom line's dialog: what it asks for and what has been typed.
struct Prompt: Equatable {
    enum Kind: Character { case jump = ":", search = "/", filter = "\\" }
    var kind: Kind
    var text = ""
}

/// The trace plus what the views need to draw it quickly: lane order and per-event states.
final class TimelineModel {
    let trace: Trace
    let states: LaneStates
    let title: String
    let scenarioName: String
    /// The scenario's `description`, "" when it has none.
    let description: String

    /// Indices of output events, and of each lane's events with a source line: built once,
    /// so a frame finds "the output so far" and "the lane's current line" by binary search.
    let outputEvents: [Int32]
    let laneLineEvents: [[Int32]]
    /// Each lane's first and last event (`Int.max` and -1 for a lane without events): the
    /// printed timeline lists a lane only in the bands it lives in.
    let laneSpan: [(first: Int, last: Int)]
    /// (cause, effect) pairs sorted by cause: what an event led to.
    private let effectPairs: [(cause: Int32, effect: Int32)]

    init(trace: Trace, title: String, scenarioName: String, description: String = "") {
        self.trace = trace
        self.description = description
        self.states = LaneStates(trace)
        self.title = title
        self.scenarioName = scenarioName
        var outputs: [Int32] = []
        var perLane = [[Int32]](repeating: [], count: trace.lanes.count)
        var span = [(first: Int, last: Int)](repeating: (Int.max, -1), count: trace.lanes.count)
        for i in 0..<trace.count {
            let lane = Int(trace.lane(i))
            span[lane].first = min(span[lane].first, i)
            span[lane].last = i
            if trace.kind(i) == .output || trace.kind(i) == .stderr { outputs.append(Int32(i)) }
            if trace.line(i) > 0 { perLane[Int(trace.lane(i))].append(Int32(i)) }
        }
        outputEvents = outputs
        laneLineEvents = perLane
        laneSpan = span
        var pairs: [(cause: Int32, effect: Int32)] = []
        trace.forEachCause { e, c in pairs.append((Int32(c), Int32(e))) }
        pairs.sort { ($0.cause, $0.effect) < ($1.cause, $1.effect) }
        effectPairs = pairs
    }

    /// The events event `i` caused, in order.
    func effects(of i: Int) -> [Int] {
        var lo = 0, hi = effectPairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(effectPairs[mid].cause) < i { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int] = []
        while lo < effectPairs.count && Int(effectPairs[lo].cause) == i { out.append(Int(effectPairs[lo].effect)); lo += 1 }
        return out
    }

    /// Each lane's name and title, lowercased, for the lane filter and search: made once, as
    /// a frame filters every lane (thousands) several times.
    private(set) lazy var laneSearchText: [String] = trace.lanes.map { ($0.name + " " + $0.title).lowercased() }
    /// The lanes the last view showed, and what they depended on (`ViewState.lanes`): a memo,
    /// so the frame stays a pure function of model and state.
    var lanesCache: (key: LanesKey, lanes: [Int])?

    /// How many entries of a sorted index list are at or before event `i`.
    static func countAtOrBefore(_ list: [Int32], _ i: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(list[mid]) <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    var eventCount: Int { trace.count }

    /// Lanes in display order: top-level lanes by creation, each task followed by its sub-lanes.
    func visibleLanes(collapsed: Set<Int>) -> [Int] {
        var children: [Int: [Int]] = [:]
        var top: [Int] = []
        for (i, l) in trace.lanes.enumerated() {
            if l.parent >= 0 { children[Int(l.parent), default: []].append(i) } else { top.append(i) }
        }
        var out: [Int] = []
        for t in top {
            out.append(t)
            if !collapsed.contains(t) {
                out += (children[t] ?? []).sorted { (trace.lanes[$0].depth, $0) < (trace.lanes[$1].depth, $1) }
            }
        }
        return out
    }

    func hasSubLanes(_ lane: Int) -> Bool { trace.lanes.contains { Int($0.parent) == lane } }

    /// The label shown in the lane column; the program's names escaped (`SafeText`).
    func label(_ lane: Int, glyphs: Glyphs) -> String {
        let l = trace.lanes[lane]
        switch l.kind {
        case .subLane:
            let where_ = l.library ? " (asyncio)" : ""
            return String(repeating: "  ", count: max(0, l.depth - 1)) + "  \(glyphs.subLaneMark) \(SafeText.escape(l.title))\(where_)"
        case .task: return "\(SafeText.escape(l.name)) \(SafeText.escape(l.title))"
        default: return SafeText.escape(l.name)
        }
    }

    /// Events covered by time-axis column `c` of `n`: [first, last] indices, or nil when empty.
    func timeSlice(_ c: Int, of n: Int) -> (Int, Int)? {
        guard eventCount > 0, n > 0 else { return nil }
        let end = trace.time(eventCount - 1)
        let lo = end * Double(c) / Double(n), hi = end * Double(c + 1) / Double(n)
        let first = lowerBound(lo, inclusive: c == 0)
        let last = (c == n - 1) ? eventCount - 1 : lowerBound(hi, inclusive: true) - 1
        return first <= last ? (first, last) : nil
    }

    func sliceEnd(_ c: Int, of n: Int) -> Double {
        (trace.endTime) * Double(c + 1) / Double(n)
    }

    /// The last event at or before virtual time `t`, or -1.
    func lastEvent(atOrBefore t: Double) -> Int { lowerBound(t, inclusive: false) - 1 }

    /// The first event at or after virtual time `t` (`eventCount` when none is).
    func firstEvent(atOrAfter t: Double) -> Int { lowerBound(t, inclusive: true) }

    /// First event with time > t (or >= t when inclusive).
    private func lowerBound(_ t: Double, inclusive: Bool) -> Int {
        var lo = 0, hi = eventCount
        while lo < hi {
            let mid = (lo + hi) / 2
            if inclusive ? trace.time(mid) < t : trace.time(mid) <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
