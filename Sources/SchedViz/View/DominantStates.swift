import Scheduler

/// The printed time axis: for each lane and column, the state the lane spent most of the
/// column's virtual time in (not "ran at any instant"). A range of zero duration (every event
/// at one instant) is measured in events instead: the state held after most of them.
struct DominantStates {
    /// `kinds[lane * columns + c]`.
    private(set) var kinds: [LaneStateKind]
    let columns: Int

    /// Positions along the axis: virtual time, or event numbers when `byEvents`.
    let start: Double, end: Double, byEvents: Bool

    /// Events `first...last`, spread over `columns` from `t0` to `t1` (or, at one instant, over the events).
    init(_ model: TimelineModel, first: Int, last: Int, t0: Double, t1: Double, columns: Int) {
        let trace = model.trace
        let lanes = trace.lanes.count
        self.columns = columns
        byEvents = !(t1 > t0)
        start = byEvents ? Double(first) : t0
        end = byEvents ? Double(last + 1) : t1
        kinds = [LaneStateKind](repeating: .absent, count: lanes * columns)
        guard columns > 0, lanes > 0 else { return }
        let span = end - start
        let kindCount = Int(LaneStateKind.stopped.rawValue) + 1
        func column(_ p: Double) -> Int { min(columns - 1, max(0, Int((p - start) / span * Double(columns)))) }
        func boundary(_ c: Int) -> Double { start + span * Double(c) / Double(columns) }

        // Per lane: its state since `since`, and the time per state within its open column.
        var current = model.states.states(after: first - 1).map(\.kind)
        var since = [Double](repeating: start, count: lanes)
        var openColumn = [Int](repeating: 0, count: lanes)
        var spent = [Double](repeating: 0, count: lanes * kindCount)
        var out = kinds
        func finish(_ l: Int) {
            var best = 0, bestTime = -1.0
            // A tie goes to the state first in the enum's order (running before ready before sleeping).
            for k in 0..<kindCount where spent[l * kindCount + k] > bestTime {
                best = k; bestTime = spent[l * kindCount + k]
            }
            if bestTime > 0 { out[l * columns + openColumn[l]] = LaneStateKind(rawValue: UInt8(best))! }
            for k in 0..<kindCount { spent[l * kindCount + k] = 0 }
        }
        /// Lane `l` was in `k` from `a` to `b`.
        func hold(_ l: Int, _ k: LaneStateKind, _ a: Double, _ b: Double) {
            guard b > a else { return }
            let ca = column(a), cb = column(b)
            if ca != openColumn[l] { finish(l); openColumn[l] = ca }
            let slot = l * kindCount + Int(k.rawValue)
            if ca == cb { spent[slot] += b - a; return }
            spent[slot] += boundary(ca + 1) - a
            finish(l)
            for c in (ca + 1)..<cb { out[l * columns + c] = k }
            openColumn[l] = cb
            spent[slot] += b - boundary(cb)
        }
        // Only the event's lane and lanes running or blocked (the call stack) change at an
        // event, except at a deadlock or limit: checking those keeps a million events fast.
        var hot = (0..<lanes).filter { current[$0] == .running || current[$0] == .blocked }
        model.states.walk(from: first, to: last) { e, states in
            let p = byEvents ? Double(e) : trace.time(e)
            func check(_ l: Int) {
                let k = states[l].kind
                guard k != current[l] else { return }
                hold(l, current[l], since[l], p)
                current[l] = k
                since[l] = p
                let isHot = k == .running || k == .blocked
                if let i = hot.firstIndex(of: l) { if !isHot { hot.remove(at: i) } } else if isHot { hot.append(l) }
            }
            let kind = trace.kind(e)
            if kind == .deadlock || kind == .limit {
                for l in 0..<lanes { check(l) }
            } else {
                check(Int(trace.lane(e)))
                for l in hot { check(l) }
            }
        }
        for l in 0..<lanes {
            hold(l, current[l], since[l], end)
            finish(l)
        }
        kinds = out
    }

    subscript(lane: Int, column: Int) -> LaneStateKind { kinds[lane * columns + column] }

    /// The axis position where column `c` begins.
    func position(ofColumn c: Int) -> Double { start + (end - start) * Double(c) / Double(columns) }
}
