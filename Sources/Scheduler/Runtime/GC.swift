/// A mark-and-sweep collector for the VM heap. It runs only at one safe point — the top of
/// an event-loop iteration — where every live `Value` is reachable from the roots below:
/// globals, constants, the active frames (up to their saved stack pointers), the loops and
/// what they hold. Freed slots are reused by `alloc`.

/// What a freed heap slot holds; touching it through a stale value traps rather than corrupts.
final class FreedObject: PyObject {
    init() { super.init(kind: .cell) }
}


extension VM {
    /// Collects when the heap holds three times what survived the last collection, and at least
    /// 50,000 objects (always, under SCHEDVIZ_GC_STRESS). The factor trades memory for time: a
    /// collection marks everything live, so collecting at 2x cost swarm-10k a quarter of its time.
    func collectIfNeeded() {
        let live = heap.count - freeSlots.count
        if gcStress || live > max(50_000, liveAfterLastGC * 3) { collect() }
    }

    func collect() {
        markAll()
        // Sweep.
        var freed = 0
        for i in firstCollectable..<heap.count {
            let o = heap[i]
            if o.marked { o.marked = false; continue }
            if o === freedObject { continue }
            heap[i] = freedObject
            freeSlots.append(Int32(i))
            freed += 1
        }
        for i in 0..<firstCollectable { heap[i].marked = false }
        liveAfterLastGC = heap.count - freeSlots.count
        gcCount += 1
    }

    /// Heap indices reachable from the roots (marks are cleared again).
    func reachableSet() -> Set<Int> {
        markAll()
        var out = Set<Int>()
        for i in firstCollectable..<heap.count where heap[i].marked {
            out.insert(i)
            heap[i].marked = false
        }
        for i in 0..<firstCollectable { heap[i].marked = false }
        return out
    }

    private func markAll() {
        var stack: [Int] = []
        stack.reserveCapacity(1024)
        @inline(__always) func mark(_ v: Value) {
            guard v.tag == .object else { return }
            let i = v.objectIndex
            let o = heap[i]
            if o.marked { return }
            o.marked = true
            stack.append(i)
        }
        // Roots.
        for i in 0..<firstCollectable { heap[i].marked = true }
        for v in globals { mark(v) }
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
        var f = currentFrame
        while let fr = f {
            traceFrame(fr, mark)
            f = fr.back
        }
        for l in [runningLoop, currentLoop] { if let l { mark(l.selfValue); traceNative(l, mark) } }
        // Everything reachable.
        while let i = stack.popLast() { traceObject(heap[i], mark) }
    }

    private func traceFrame(_ f: Frame, _ mark: (Value) -> Void) {
        for i in 0..<f.sp { mark(f.slots[i]) }
        for v in f.excStack { mark(v) }
        if let fn = f.function { traceObject(fn, mark) }
    }

    private func traceObject(_ o: PyObject, _ mark: (Value) -> Void) {
        switch o.kind {
        case .list: for v in (o as! ListObject).items { mark(v) }
        case .tuple: for v in (o as! TupleObject).items { mark(v) }
        case .dict:
            let d = (o as! DictObject).dict
            for v in d.keys { mark(v) }
            for v in d.values { mark(v) }
        case .function:
            let f = o as! FunctionObject
            for v in f.defaults { mark(v) }
            for v in f.kwDefaults { mark(v) }
            for v in f.cells { mark(v) }
        case .builtin: mark((o as! BuiltinObject).receiver)
        case .boundMethod:
            let m = o as! BoundMethodObject
            mark(m.function); mark(m.receiver)
        case .generator:
            let g = o as! GeneratorObject
            traceFrame(g.frame, mark)
        case .cell: if let c = o as? CellObject { mark(c.value) }
        case .exception:
            let e = o as! ExceptionObject
            for v in e.args { mark(v) }
            mark(e.context); mark(e.cause)
        case .module: for v in (o as! ModuleObject).attributes.values { mark(v) }
        case .slice:
            let s = o as! SliceObject
            mark(s.start); mark(s.stop); mark(s.step)
        case .iterator:
            let it = o as! IteratorObject
            mark(it.source)
            for v in it.extra { mark(v) }
        case .native:
            if let d = o as? DictViewObject { mark(d.items) }
            if let n = o as? NativeClass { traceNative(n, mark) }
        case .type, .str, .bigInt, .range: break
        }
    }

    func traceNative(_ n: NativeClass, _ mark: (Value) -> Void) {
        n.forEachValue(self, mark)
    }
}
