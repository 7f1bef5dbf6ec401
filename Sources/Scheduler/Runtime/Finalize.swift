/// CPython closes a generator when its last reference goes away, running its `finally`
/// blocks then (which can print). schedviz has no reference counts; it reproduces the two
/// cases programs meet: a `for` loop left early (break, return, an exception) over a
/// generator nobody else holds, and the program's end, when the module's globals are cleared.

extension GeneratorObject {
    /// Suspended inside a try/with/except, so closing it would run code.
    var hasCleanupPending: Bool {
        guard state == .suspended, !isCoroutine else { return false }
        let f = frame
        return f.ip > 0 && f.code.handlerAt[f.ip - 1] >= 0
    }
}

extension VM {
    /// Generators among values just cut from a frame's stack by exception unwinding.
    func dropGenerators(_ slots: UnsafeMutablePointer<Value>, from: Int, to: Int, frame: Frame) {
        var candidates: [Value] = []
        for i in from..<to {
            if let g = gen(slots[i]), g.hasCleanupPending { candidates.append(slots[i]) }
        }
        if candidates.isEmpty { return }
        frame.sp = from
        finalizeIfUnreachable(candidates)
    }

    /// Closes each candidate generator that no live value still refers to.
    func finalizeIfUnreachable(_ candidates: [Value]) {
        let reachable = reachableSet()
        for v in candidates where !reachable.contains(v.objectIndex) {
            if let g = gen(v) { finalize(g, v) }
        }
    }

    /// Runs a generator's cleanup as CPython's deallocator does; errors are reported, not raised.
    func finalize(_ g: GeneratorObject, _ v: Value) {
        do { try genClose(g) } catch let e {
            if isStop(e) { return }
            stderrText += "Exception ignored in: \((try? repr(v)) ?? "<generator>")\n" + formatTraceback(e.exc)
        }
    }

    /// At the end of the program: clear the globals in the order they were bound, as CPython
    /// does, closing suspended generators with cleanup pending (also inside lists, tuples, dicts).
    func finalizeGlobals() {
        for i in globalNames.indices where !globalNames[i].contains("\u{0}") {
            finalizeValue(globals[i], depth: 0)
        }
    }

    private func finalizeValue(_ v: Value, depth: Int) {
        if let g = gen(v) {
            if g.hasCleanupPending { finalize(g, v) }
            return
        }
        guard depth < 3, v.tag == .object else { return }
        switch heap[v.objectIndex] {
        case let l as ListObject: for x in l.items { finalizeValue(x, depth: depth + 1) }
        case let t as TupleObject: for x in t.items { finalizeValue(x, depth: depth + 1) }
        case let d as DictObject: for x in d.dict.liveValues { finalizeValue(x, depth: depth + 1) }
        default: break
        }
    }
}
