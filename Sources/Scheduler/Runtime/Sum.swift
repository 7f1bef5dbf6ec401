/// `sum()`. Over a plain generator the dispatch loop adds small ints itself, at the yield,
/// and goes on running the generator (see `sumTakes`): no return to Swift per item.
import BigInt

extension VM {
    func sum(_ it: Value, start: Value) throws(PyRaise) -> Value {
        var total = start
        // Past Int64 the running total stays a Swift BigInt, not a heap object per item.
        var big: BigInt? = nil
        /// One item, as CPython's `sum` takes it: small ints stay small while they fit.
        func add(_ v: Value) throws(PyRaise) {
            try nativeIteration()
            if big != nil {
                if v.tag == .int { big! += BigInt(v.intValue); return }
                total = makeInt(big!); big = nil
            }
            if total.tag == .int && v.tag == .int {
                if let r = intFast(0, total.intValue, v.intValue) { total = r }
                else { big = BigInt(total.intValue) + BigInt(v.intValue) }
                return
            }
            total = try binaryOp(.add, total, v)
        }
        if let g = directGenerator(it) {
            // `forEachItem`'s steps, with the interpreter adding what it can.
            let outer = (sumSlots, sumTotal)
            defer { (sumSlots, sumTotal) = outer }
            sumSlots = g.frame.slots
            while g.state != .closed {
                sumTotal = big == nil && total.tag == .int ? total : .none
                let v = try nextDirect(g)
                if sumTotal.tag == .int { total = sumTotal }
                guard let v else { break }
                try add(v)
            }
        } else {
            try forEachItem(it) { v throws(PyRaise) in try add(v); return true }
        }
        if let big { total = makeInt(big) }
        return total
    }

    /// At a yield of the generator `sum` runs (its frame's slots are `sumSlots`): adds a
    /// small int to `sumTotal` when nothing else can happen (no overflow, no budget
    /// checkpoint due), counting the item and the resumption as `sum` would. False: `run`
    /// returns the item to `sum` instead.
    @inline(__always) func sumTakes(_ v: Value) -> Bool {
        guard v.tag == .int && sumTotal.tag == .int && edgesToCheckpoint > 0 else { return false }
        let (r, overflow) = sumTotal.intValue.addingReportingOverflow(v.intValue)
        if overflow { return false }
        sumTotal = .int(r)
        edgesToCheckpoint &-= 1
        stepCount &+= 1
        return true
    }
}
