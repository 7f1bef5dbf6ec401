/// A mark-and-sweep collector for the VM heap. It runs only at one safe point — the top of
/// an event-loop iteration — where every live `Value` is reachable from the roots below:
/// globals, constants, the active frames (up to their saved stack pointers), the loops and
/// what they hold. Freed slots are reused by `alloc`.

/// What a freed heap slot holds; touching it through a stale value traps rather than corrupts.
final class FreedObject: PyObject {
    init() { super.init(kind: .cell) }
}


extension VM {
    /// Collects when the heap holds four times what survived the last collection, and at least
    /// 50,000 objects (always, under SCHEDVIZ_GC_STRESS). The factor trades memory for time: a
    /// collection marks everything live, so collecting at 2x cost swarm-10k a quarter of its
    /// time, and 4x saves about a tenth of 3x's for 10 MB more.
    func collectIfNeeded() {
        let live = heap.count - freeSlots.count
        if gcStress || live > max(50_000, liveAfterLastGC * 4) { collect() }
    }

    func collect() {
        if !failedTasks.isEmpty { forgetRetrievedTasks() }
        let marks = markAll()
        defer { marks.deallocate() }
        // Sweep: each dead object moves out of its slot (no reference counting for the move);
        // sleeps and futures may be recycled, and freed loops break their cycles afterwards.
        let freed = freedObject
        var loops: [PyObject] = []
        heap.withUnsafeMutableBufferPointer { buf in
            let base = buf.baseAddress!
            for i in firstCollectable..<buf.count where !marks[i] {
                if base[i] === freed { continue }
                var o = (base + i).move()
                (base + i).initialize(to: freed)
                freeSlots.append(Int32(truncatingIfNeeded: i))
                if o.kind == .native && !recycle(&o) { loops.append(o) }
            }
        }
        for l in loops { unsafeDowncast(l, to: EventLoopObject.self).breakCycles() }
        if !loops.isEmpty { recycled.removeAll() }     // their futures hold the old loop
        liveAfterLastGC = heap.count - freeSlots.count
        gcCount += 1
    }

    /// Heap indices reachable from the roots (marks are cleared again).
    /// With `weakTasks`, a loop's list of its tasks and the failed tasks kept for the
    /// end-of-run report hold nothing (CPython's `_all_tasks` is a weak set).
    func reachableSet(also extra: Value = .none, weakTasks: Bool = false) -> Set<Int> {
        tracingWeakTasks = weakTasks
        defer { tracingWeakTasks = false }
        let marks = markAll(also: extra)
        defer { marks.deallocate() }
        var out = Set<Int>()
        for i in firstCollectable..<heap.count where marks[i] { out.insert(i) }
        return out
    }

    /// Marks what the roots reach, in a side table indexed like the heap (the caller
    /// deallocates it): marking and sweeping never touch an object, only tracing reads it,
    /// once. With the marks in the objects, a collection at 10,000 tasks spent half its
    /// time on their cache lines.
    private func markAll(also extra: Value = .none) -> UnsafeMutableBufferPointer<Bool> {
        let marks = UnsafeMutableBufferPointer<Bool>.allocate(capacity: heap.count)
        marks.initialize(repeating: false)
        var stack: [Int32] = []
        stack.reserveCapacity(1024)
        @inline(__always) func mark(_ v: Value) {
            guard v.tag == .object else { return }
            let i = v.objectIndex
            if marks[i] { return }
            marks[i] = true
            stack.append(Int32(truncatingIfNeeded: i))
        }
        // Roots; the permanent objects below firstCollectable count as marked and are not traced.
        for i in 0..<firstCollectable { marks[i] = true }
        for v in globals { mark(v) }
        if !tracingWeakTasks { for v in failedTasks { mark(v) } }
        for v in builtinCache { mark(v) }
        for v in strings.values { mark(v) }
        for v in modules.values { mark(v) }
        for v in builtinFunctionCache.values { mark(v) }
        for (index, t) in nativeTypes {
            mark(.object(index))
            for v in t.attributes.values { mark(v) }
        }
        for c in codeObjects { for v in c.constants { mark(v) } }
        mark(kwNames)
        mark(extra)
        var f = currentFrame
        while let fr = f {
            traceFrame(fr, mark)
            f = fr.back
        }
        for l in [runningLoop, currentLoop] { if let l { mark(l.selfValue); traceNative(l, mark) } }
        // Everything reachable.
        while let i = stack.popLast() { traceObject(heap[Int(i)], mark) }
        return marks
    }

    private func traceFrame(_ f: Frame, _ mark: (Value) -> Void) {
        for i in 0..<f.sp { mark(f.slots[i]) }
        for v in f.excStack { mark(v) }
        if let fn = f.function { traceObject(fn, mark) }
    }

    /// The kind says the class (the casts are unchecked), except `.cell`, which freed slots share.
    private func traceObject(_ o: PyObject, _ mark: (Value) -> Void) {
        switch o.kind {
        case .list: for v in unsafeDowncast(o, to: ListObject.self).items { mark(v) }
        case .tuple: for v in unsafeDowncast(o, to: TupleObject.self).items { mark(v) }
        case .dict:
            for e in unsafeDowncast(o, to: DictObject.self).dict.entries { mark(e.key); mark(e.value) }
        case .function:
            let f = unsafeDowncast(o, to: FunctionObject.self)
            for v in f.defaults { mark(v) }
            for v in f.kwDefaults { mark(v) }
            for v in f.cells { mark(v) }
        case .builtin: mark(unsafeDowncast(o, to: BuiltinObject.self).receiver)
        case .boundMethod:
            let m = unsafeDowncast(o, to: BoundMethodObject.self)
            mark(m.function); mark(m.receiver)
        case .generator:
            let g = unsafeDowncast(o, to: GeneratorObject.self)
            traceFrame(g.frame, mark)
        case .cell: if let c = o as? CellObject { mark(c.value) }
        case .exception:
            let e = unsafeDowncast(o, to: ExceptionObject.self)
            for v in e.args { mark(v) }
            mark(e.context); mark(e.cause)
        case .module: for v in unsafeDowncast(o, to: ModuleObject.self).attributes.values { mark(v) }
        case .slice:
            let s = unsafeDowncast(o, to: SliceObject.self)
            mark(s.start); mark(s.stop); mark(s.step)
        case .iterator:
            let it = unsafeDowncast(o, to: IteratorObject.self)
            mark(it.source)
            for v in it.extra { mark(v) }
        case .native:
            if unsafeDowncast(o, to: NativeObject.self).role != .plain {
                traceNative(unsafeDowncast(o, to: NativeClass.self), mark)
            } else if let d = o as? DictViewObject {
                mark(d.items)
            }
        case .set: for e in unsafeDowncast(o, to: SetObject.self).entries where e.state == .active { mark(e.key) }
        case .type, .str, .bigInt, .range: break
        }
    }

    func traceNative(_ n: NativeClass, _ mark: (Value) -> Void) {
        n.forEachValue(self, mark)
    }
}
