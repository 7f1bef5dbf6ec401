/// CPython closes a generator when its last reference goes away, running its `finally`
/// blocks then (which can print). schedviz has no reference counts; it reproduces the cases
/// programs meet: a `for` loop left early (break, return, an exception) over a generator
/// nobody else holds; a function, generator or coroutine returning, its locals dropped; a
/// call's arguments leaving the stack; a local or global rebound, or a name deleted; and
/// the program's end, when the collector closes what the globals reach. A generator counts
/// as dropped there when nothing else reaches it; it may also sit in a list, tuple or dict
/// held there (three levels deep), or in a dropped generator's frame. All but the `for` and
/// the end are checked only once a generator that can yield inside a handler exists, or
/// while a coroutine not awaited at once has not started (`VM.mayDropCleanup`; the same
/// checks find such coroutines let go of: NeverAwaited.swift). A `for` loop's variable
/// moving on counts as a rebind, and a loop left early drops its iterator (and a list only
/// that held). Not covered: a loop running
/// out (CPython's list iterator lets go of its list then; checking there slowed every
/// loop's dispatch), a container method dropping an item, and frames left by an exception
/// (CPython keeps them, in the traceback, until the exception is handled).

extension GeneratorObject {
    /// Suspended inside a try/with/except, so closing it would run code; or an async
    /// generator started under an event loop and not finished, whose dropping calls the loop.
    var hasCleanupPending: Bool {
        if isAsyncGen && finalizer != nil && !agClosed && state != .closed && state != .running { return true }
        guard state == .suspended, !isCoroutine else { return false }
        let f = frame
        return f.ip > 0 && f.code.handlerAt[f.ip - 1] >= 0
    }
}

extension VM {
    /// Generators among values just cut from a frame's stack by exception unwinding, and
    /// coroutines that never started (see `unwoundCoroutines`).
    func dropGenerators(_ slots: UnsafeMutablePointer<Value>, from: Int, to: Int, frame: Frame, raised exc: Value) {
        var candidates: [Value] = []
        var unstarted: [Value] = []
        for i in from..<to {
            if let g = anyGen(slots[i]), g.hasCleanupPending { candidates.append(slots[i]) }
            else { neverStartedCoroutines(slots[i], into: &unstarted) }
        }
        if !unstarted.isEmpty { candidates += unwoundCoroutines(unstarted, slots: slots, top: to, frame: frame, raised: exc) }
        if candidates.isEmpty { return }
        frame.sp = from
        finalizeIfUnreachable(candidates)
    }

    /// Closes each candidate generator that no live value (nor `keeping`) still refers to,
    /// in the order of their last appearance: candidates come in the order references are
    /// dropped, and a generator closes when its last one goes. One closed first may already
    /// have closed a later one.
    func finalizeIfUnreachable(_ candidates: [Value], keeping: Value = .none) {
        // `next(g)` in a loop drops `g` from the stack at every call: a global or a local of
        // a running frame still holding it answers without marking the whole heap.
        let open = lastOccurrences(candidates.filter { !keeping.identical($0) && !heldByName($0) })
        if open.isEmpty { return }
        dropMarks += 1
        // What CPython holds weakly (asyncio's set of all tasks) does not keep them alive.
        runtimeExtension.weakRootsOnly = true
        let reachable = reachableSet(also: keeping)
        runtimeExtension.weakRootsOnly = false
        for v in open where !reachable.contains(v.objectIndex) {
            if let g = anyGen(v), g.hasCleanupPending { finalize(g, v) } else { warnNeverAwaitedNow(v) }
        }
    }

    /// `v` is a global or sits in a running frame's locals or stack, or in a list, tuple or
    /// dict held there (or in one a loop's iterator there runs over). Checked before marking
    /// the whole heap: a loop over a list of generators would otherwise mark it at every item.
    func heldByName(_ v: Value) -> Bool {
        anyRoot { $0.identical(v) } || anyRoot { holds($0, v) }
    }

    /// Whether `test` holds for a value in a running frame's locals or stack, or a global.
    private func anyRoot(_ test: (Value) -> Bool) -> Bool {
        var f = currentFrame
        while let fr = f {
            for i in 0..<fr.sp where test(fr.slots[i]) { return true }
            f = fr.back
        }
        return globals.contains(where: test)
    }

    /// Each value once, where it last appears.
    private func lastOccurrences(_ values: [Value]) -> [Value] {
        var seen = Set<UInt64>()
        return values.reversed().filter { seen.insert($0.bits).inserted }.reversed()
    }

    /// Container `c` (or the one iterator `c` runs over) holds `v` directly.
    private func holds(_ c: Value, _ v: Value, depth: Int = 0) -> Bool {
        guard c.tag == .object, !c.identical(v) else { return false }
        let o = heap[c.objectIndex]
        switch o.kind {
        case .list: return contains(unsafeDowncast(o, to: ListObject.self).items, v)
        case .tuple: return contains(unsafeDowncast(o, to: TupleObject.self).items, v)
        case .dict: return unsafeDowncast(o, to: DictObject.self).dict.liveValues.contains { $0.identical(v) }
        case .iterator:
            guard depth == 0 else { return false }
            let it = unsafeDowncast(o, to: IteratorObject.self)
            // A `for` loop's variable just moved on from the item before the iterator's position.
            if it.iterKind == .list, it.source.tag == .object, let l = heap[it.source.objectIndex] as? ListObject,
               l.items.indices.contains(Int(it.index) - 2), l.items[Int(it.index) - 2].identical(v) { return true }
            return holds(it.source, v, depth: 1)
        default: return false
        }
    }

    /// Whether `items` holds `v`, looking first beside where the last check found one and at the
    /// end: a program that drops a list's generators one after another (a loop by index, or
    /// `append` and then a rebind) then finds each at once instead of scanning the list each time.
    private func contains(_ items: [Value], _ v: Value) -> Bool {
        let n = items.count
        if n == 0 { return false }
        let h = min(dropHint, n - 1)
        for k in [h, h + 1, n - 1, h - 1] where k >= 0 && k < n && items[k].identical(v) {
            dropHint = k
            return true
        }
        guard let k = items.lastIndex(where: { $0.identical(v) }) else { return false }
        dropHint = k
        return true
    }

    /// A returned function's locals are gone: closes the generators only they held, in the
    /// order of the locals, as CPython clears a frame. `result` is on its way to the caller.
    func closeDroppedGenerators(_ frame: Frame, keeping result: Value) {
        var candidates: [Value] = []
        var task = false, asyncGens = false
        for i in 0..<frame.code.localCount {
            cleanupCandidates(frame.slots[i], depth: 0, within: Self.droppedScan, into: &candidates)
            if watched(frame.slots[i]) { task = true }
            // A finished one goes too: the loop's weak set of them must not find it alive.
            if asyncGen(frame.slots[i]) != nil { asyncGens = true }
        }
        if candidates.isEmpty && !task && !asyncGens { return }
        for i in 0..<frame.code.localCount { frame.slots[i] = .unbound }
        if !candidates.isEmpty { finalizeIfUnreachable(candidates, keeping: result) }
        if task { runtimeExtension.released(keeping: result) }
    }

    /// The same for a generator frame a `for` loop ran to its end inside the dispatch loop
    /// (which holds it unretained).
    @inline(never) func closeDroppedGenerators(_ frame: Unmanaged<Frame>) {
        closeDroppedGenerators(frame.takeUnretainedValue(), keeping: .none)
    }

    /// Values a name or the stack let go of (a rebind, a `del`, a call's callee and
    /// arguments): closes the generators they held if nothing else reaches them.
    func closeIfDropped<C: Collection<Value>>(_ dropped: C, keeping: Value = .none) {
        var candidates: [Value] = []
        var task = false
        for v in dropped {
            cleanupCandidates(v, depth: 0, within: Self.droppedScan, into: &candidates)
            if watched(v) { task = true }
        }
        if !candidates.isEmpty { finalizeIfUnreachable(candidates, keeping: keeping) }
        if task { runtimeExtension.released(keeping: keeping) }
    }

    /// Whether the extension watches `v` (asyncio: a failed task the program held).
    @inline(__always) private func watched(_ v: Value) -> Bool {
        runtimeExtension.watchesReleases && runtimeExtension.watches(v)
    }

    /// The same for one value, out of line: the dispatch loop calls it from several places.
    @inline(never) func closeIfDropped(_ v: Value) { closeIfDropped(CollectionOfOne(v)) }

    /// A loop left early let go of its iterator: a generator nobody else holds is closed
    /// (always checked), and, once cleanup-capable generators exist, those in a list only
    /// the iterator held.
    @inline(never) func droppedLoopIterator(_ it: Value) {
        if let g = anyGen(it), g.hasCleanupPending {
            finalizeIfUnreachable([it])
        } else if mayDropCleanup {
            closeIfDropped(CollectionOfOne(it))
        }
    }

    /// Containers larger than this are not searched when a value is dropped during the run:
    /// every call and return would otherwise pay for the lists it passes around.
    static let droppedScan = 256

    /// Suspended generators with cleanup pending in `v`, or in the lists, tuples and dicts it
    /// holds (those of at most `within` items), or in the frames of suspended generators.
    /// `freed`: the value is being freed, so a list's or tuple's items come last to first, as
    /// their deallocators release them; otherwise (the collector at teardown) in order.
    private func cleanupCandidates(_ v: Value, depth: Int, within: Int, freed: Bool = true, into out: inout [Value]) {
        guard v.tag == .object, depth < 4 else { return }
        func sequence(_ items: [Value]) {
            if freed {
                for x in items.reversed() { cleanupCandidates(x, depth: depth + 1, within: within, into: &out) }
            } else {
                for x in items { cleanupCandidates(x, depth: depth + 1, within: within, freed: false, into: &out) }
            }
        }
        // Most values hold nothing to close or warn about (numbers, strings, functions, tasks
        // and futures): answered without a retain.
        switch heap.kind(v.objectIndex) {
        case .generator, .asyncGenerator, .list, .tuple, .iterator, .dict, .instance, .set, .exception: break
        case .native:
            let role = heap.unmanaged(v.objectIndex)._withUnsafeGuaranteedRef { unsafeDowncast($0, to: NativeObject.self).role }
            if role != .nativeClass { return }
        default: return
        }
        let o = heap[v.objectIndex]
        switch o.kind {
        case .generator, .asyncGenerator:
            let g = unsafeDowncast(o, to: GeneratorObject.self)
            if g.hasCleanupPending || g.unawaited { out.append(v) }
            // Its frame goes with it, and what its locals held (after its own cleanup).
            if g.state == .suspended {
                let f = g.frame
                for i in 0..<f.sp { cleanupCandidates(f.slots[i], depth: depth + 1, within: within, freed: freed, into: &out) }
            }
        case .list:
            let items = unsafeDowncast(o, to: ListObject.self).items
            if items.count <= within { sequence(items) }
        case .tuple:
            let items = unsafeDowncast(o, to: TupleObject.self).items
            if items.count <= within { sequence(items) }
        case .iterator:
            // A loop's iterator over a list or tuple holds it (and zip's and map's their parts).
            let it = unsafeDowncast(o, to: IteratorObject.self)
            cleanupCandidates(it.source, depth: depth + 1, within: within, freed: freed, into: &out)
            for x in it.extra { cleanupCandidates(x, depth: depth + 1, within: within, freed: freed, into: &out) }
        case .dict:
            let d = unsafeDowncast(o, to: DictObject.self).dict
            if d.count <= within { for x in d.liveValues { cleanupCandidates(x, depth: depth + 1, within: within, freed: freed, into: &out) } }
        case .instance:
            // An instance's attributes go with it, in the order they were set.
            let inst = unsafeDowncast(o, to: InstanceObject.self)
            let a = inst.attributes
            cleanupCandidates(inst.native, depth: depth + 1, within: within, freed: freed, into: &out)
            if a.dict.tag == .object {
                cleanupCandidates(a.dict, depth: depth, within: within, freed: freed, into: &out)
            } else if a.count <= within {
                for e in a.entries { cleanupCandidates(e.value, depth: depth + 1, within: within, freed: freed, into: &out) }
            }
        case .exception:
            // What the frames in its traceback held (see `unwoundCoroutines`).
            for x in unsafeDowncast(o, to: ExceptionObject.self).heldCoroutines {
                cleanupCandidates(x, depth: depth + 1, within: within, freed: freed, into: &out)
            }
        case .native:
            if native(v)?.unstartedCoroutineName != nil { out.append(v) }
        case .set:
            // A set releases its keys in table order.
            let s = unsafeDowncast(o, to: SetObject.self)
            if s.count <= within { for e in s.active { cleanupCandidates(e.key, depth: depth + 1, within: within, freed: freed, into: &out) } }
        default:
            break
        }
    }

    /// Runs a generator's cleanup as CPython's deallocator does; errors are reported, not raised.
    func finalize(_ g: GeneratorObject, _ v: Value, atTeardown: Bool = false) {
        if g.isAsyncGen, let finalizer = g.finalizer {
            g.finalizer = nil
            runtimeExtension.asyncGenFinalize(v, finalizer)
            return
        }
        do { try genClose(g) } catch let e {
            if isStop(e) { return }
            errorOutput("Exception ignored in: \((try? repr(v)) ?? "<generator>")\n" + formatUnraisable(e.exc, withSource: !atTeardown))
        }
    }

    /// At the end of the program: close the suspended generators with cleanup pending that
    /// the globals reach (also inside lists, tuples, dicts and other generators' frames),
    /// and warn about the coroutines there that never started. CPython's collector
    /// finalizes them then (the module's functions and globals form a cycle), in the order
    /// of its list of objects: the order they were made.
    func finalizeGlobals() {
        var candidates: [Value] = []
        for i in globalNames.indices where !globalNames[i].contains("\u{0}") {
            cleanupCandidates(globals[i], depth: 0, within: .max, freed: false, into: &candidates)
        }
        let made = lastOccurrences(candidates)
            .compactMap { v in anyGen(v).map { (v, $0) } }
            .sorted { $0.1.serial < $1.1.serial }
        for (v, g) in made {
            if g.hasCleanupPending { finalize(g, v, atTeardown: true) } else if g.unawaited { warnNeverAwaitedAtExit(g) }
        }
    }
}
