/// A mark-and-sweep collector for the VM heap. It runs only at one safe point — the top of
/// an event-loop iteration — where every live `Value` is reachable from the roots below:
/// globals, constants, the active frames (up to their saved stack pointers), and what the
/// runtime extension holds (asyncio's loops). Freed slots are reused by `alloc`.

extension VM {
    /// Collects when the heap has grown enough since the last collection (`Heap.needsCollection`).
    func collectIfNeeded() {
        if heap.needsCollection { collect() }
    }

    func collect() {
        let ext = runtimeExtension
        ext.willCollect()
        let marks = markAll()
        // The extension hears of each native object freed (asyncio recycles sleeps and futures).
        heap.sweep(marks) { ext.freed(&$0) }
        ext.didCollect()
    }

    /// Heap indices reachable from the roots, and from `extra`.
    func reachableSet(also extra: Value = .none) -> Set<Int> {
        let marks = markAll(also: extra)
        var out = Set<Int>()
        for i in heap.firstCollectable..<heap.count where marks[i] { out.insert(i) }
        return out
    }

    /// Marks what the roots reach (`Heap.newMarks`, valid until the next collection):
    /// marking and sweeping never touch an object, only tracing reads it, once.
    private func markAll(also extra: Value = .none) -> UnsafeMutableBufferPointer<Bool> {
        let marks = heap.newMarks()
        var stack = markStack     // kept between collections, like the marks
        defer { stack.removeAll(keepingCapacity: true); markStack = stack }
        @inline(__always) func mark(_ v: Value) {
            guard v.tag == .object else { return }
            let i = v.objectIndex
            if marks[i] { return }
            marks[i] = true
            stack.append(Int32(truncatingIfNeeded: i))
        }
        // Roots; the permanent objects below firstCollectable count as marked and are not traced.
        for v in globals { mark(v) }
        for v in builtinCache { mark(v) }
        for v in strings.values { mark(v) }
        for v in modules.values { mark(v) }
        for v in builtinFunctionCache.values { mark(v) }
        // A type implemented in Swift lives as long as the run; marking it traces its namespace.
        for index in nativeTypes.keys { mark(.object(index)) }
        for c in codeObjects { for v in c.constants { mark(v) } }
        mark(kwNames)
        streams.forEachRoot(mark)
        mark(contexts.current)
        mark(extra)
        var f = currentFrame
        while let fr = f {
            traceFrame(fr, mark)
            f = fr.back
        }
        runtimeExtension.forEachRoot(self, mark)
        // Everything reachable.
        while let i = stack.popLast() { traceObject(heap[Int(i)], mark) }
        return marks
    }

    private func traceFrame(_ f: Frame, _ mark: (Value) -> Void) {
        for i in 0..<f.sp { mark(f.slots[i]) }
        for v in f.excStack { mark(v) }
        mark(f.namespace)
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
            mark(f.doc); mark(f.module); mark(f.annotations)
            traceAttributes(f.attributes, mark)
        case .builtin: mark(unsafeDowncast(o, to: BuiltinObject.self).receiver)
        case .boundMethod:
            let m = unsafeDowncast(o, to: BoundMethodObject.self)
            mark(m.function); mark(m.receiver)
        case .generator, .asyncGenerator:
            let g = unsafeDowncast(o, to: GeneratorObject.self)
            traceFrame(g.frame, mark)
        case .cell: if let c = o as? CellObject { mark(c.value) }
        case .exception:
            let e = unsafeDowncast(o, to: ExceptionObject.self)
            mark(e.missingFrom)
            for v in e.args { mark(v) }
            mark(e.context); mark(e.cause)
            for v in e.heldCoroutines { mark(v) }
            mark(e.groupMessage); mark(e.groupExceptions)
            traceAttributes(e.attributes, mark)
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
        case .instance:
            let i = unsafeDowncast(o, to: InstanceObject.self)
            traceAttributes(i.attributes, mark)
            mark(i.native)
        case .type:
            let t = unsafeDowncast(o, to: TypeObject.self)
            traceAttributes(t.attributes, mark)
            mark(t.docValue)
            for b in t.mro { mark(.object(b)) }
        case .set: for e in unsafeDowncast(o, to: SetObject.self).entries where e.state == .active { mark(e.key) }
        case .str, .bigInt, .range: break
        }
    }

    private func traceAttributes(_ a: Attributes, _ mark: (Value) -> Void) {
        a.forEachValue(mark)
        mark(a.dict)
    }

    func traceNative(_ n: NativeClass, _ mark: (Value) -> Void) {
        n.forEachValue(self, mark)
    }
}
