/// "RuntimeWarning: coroutine 'f' was never awaited": CPython warns when a coroutine that
/// never started is freed, at the line running then. schedviz warns where programs meet it:
/// a statement that calls a coroutine function and drops the coroutine (`f()`,
/// `asyncio.sleep(1)` without `await`); a coroutine on the stack when an exception unwinds
/// it (`[f(), 1/0]`: at once); one passed to a call that raised (`create_task(f())` with no
/// loop running, `gather(f(), 42)`, `wait([f()])`: when the exception is let go of, at the
/// end of the handler, as CPython's traceback holds the callee's frame until then); and,
/// once generators with cleanup exist (`VM.mayDropCleanup`), one a dropped name or
/// container held. Like the warnings module's default filter, it warns once per line and
/// coroutine name.

extension VM {
    /// A statement dropped `v`, the result of its call.
    func warnIfNeverAwaited(_ v: Value) {
        guard neverStartedName(v) != nil, !heldByName(v), !reachableSet().contains(v.objectIndex) else { return }
        warnNeverAwaitedNow(v)
    }

    /// The warning for `v`, a coroutine known to be unreachable, if it never started.
    func warnNeverAwaitedNow(_ v: Value) {
        guard let name = neverStartedName(v), let f = currentFrame else { return }
        if let g = gen(v), g.unawaited { settleUnawaited(g) }
        let file = f.code.file, line = Int(f.line)
        let key = "\(file):\(line):\(name)"
        if warnedNeverAwaited.contains(key) { return }
        warnedNeverAwaited.insert(key)
        var text = "\(file):\(line): RuntimeWarning: coroutine '\(name)' was never awaited\n"
        if let source = sourceLine(file, line) { text += "  \(source)\n" }
        errorOutput(text + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
    }

    /// The same at the program's end, when no frame runs: CPython's warning names `sys:1`.
    func warnNeverAwaitedAtExit(_ g: GeneratorObject) {
        settleUnawaited(g)
        if !warnedNeverAwaited.insert("sys:1:\(g.qualname)").inserted { return }
        errorOutput("sys:1: RuntimeWarning: coroutine '\(g.qualname)' was never awaited\n")
    }

    /// The coroutine's name if `v` is one that never started.
    private func neverStartedName(_ v: Value) -> String? {
        guard v.tag == .object else { return nil }
        let o = heap[v.objectIndex]
        switch o.kind {
        case .generator:
            let g = unsafeDowncast(o, to: GeneratorObject.self)
            return g.isCoroutine && g.state == .created ? g.qualname : nil
        case .native: return native(v)?.unstartedCoroutineName
        default: return nil
        }
    }

    /// Coroutines that never started in `v`, or among the items of a list or tuple `v` is.
    func neverStartedCoroutines(_ v: Value, into out: inout [Value]) {
        guard v.tag == .object else { return }
        let o = heap[v.objectIndex]
        switch o.kind {
        case .list: for x in unsafeDowncast(o, to: ListObject.self).items where notTaken(x) { out.append(x) }
        case .tuple: for x in unsafeDowncast(o, to: TupleObject.self).items where notTaken(x) { out.append(x) }
        case .generator, .native: if notTaken(v) { out.append(v) }
        default: break
        }
    }

    /// A never-started coroutine no task has taken.
    private func notTaken(_ v: Value) -> Bool {
        if let g = gen(v) { return g.unawaited }
        return neverStartedName(v) != nil
    }

    /// Never-started coroutines cut from `frame`'s stack (`slots` up to `top`) as exception
    /// `exc` unwinds it. When a call of what CPython runs as Python code raised, they were
    /// its arguments, which the callee's frame in the traceback holds: the exception keeps
    /// them (and they are checked when it is let go of). Otherwise, as a C function's
    /// arguments or any other values, they are dropped now (returned, to check).
    func unwoundCoroutines(_ coroutines: [Value], slots: UnsafeMutablePointer<Value>, top: Int,
                           frame: Frame, raised exc: Value) -> [Value] {
        let at = frame.ip - 1
        guard at >= 0, exc.tag == .object, let e = heap[exc.objectIndex] as? ExceptionObject else { return coroutines }
        let word = frame.instructions[at]
        switch UInt8(truncatingIfNeeded: word) {
        case Op.call.rawValue:
            let callBase = top - Int(word >> 8) - 2
            guard callBase >= frame.stackBase else { return coroutines }
            let marker = slots[callBase]
            let keeps = marker.tag == .method ? native(slots[callBase + 1])?.methodsArePython == true
                : runsAsPythonInCPython(marker.tag == .object ? marker : slots[callBase + 1])
            if !keeps { return coroutines }
        case Op.callEx.rawValue: break
        default: return coroutines
        }
        e.heldCoroutines += coroutines
        enableDropCleanup()
        return []
    }

    /// `frame` ends by exception `exc`: CPython's traceback holds the frame, so the
    /// never-started coroutines its locals hold go when the exception does.
    func holdUnawaitedLocals(_ frame: Frame, raised exc: Value) {
        var held: [Value] = []
        for i in 0..<frame.code.localCount { neverStartedCoroutines(frame.slots[i], into: &held) }
        guard !held.isEmpty, exc.tag == .object, let e = heap[exc.objectIndex] as? ExceptionObject else { return }
        e.heldCoroutines += held
    }

    /// Whether CPython runs `callee` as Python code: a function, a method of one, or one of
    /// the module functions schedviz writes in Swift (asyncio's are Python in CPython).
    private func runsAsPythonInCPython(_ callee: Value) -> Bool {
        guard callee.tag == .object else { return false }
        let o = heap[callee.objectIndex]
        switch o.kind {
        case .function: return true
        case .boundMethod: return kind(unsafeDowncast(o, to: BoundMethodObject.self).function) == .function
        case .builtin: return unsafeDowncast(o, to: BuiltinObject.self).fn == .native
        default: return false
        }
    }

    // MARK: - Coroutines not awaited at once

    /// A coroutine function's call made `g`: unless the caller's next instruction awaits it,
    /// names and containers letting go of values are checked until it starts.
    func noteIfUnawaited(_ g: GeneratorObject) {
        if let caller = currentFrame, UInt8(truncatingIfNeeded: caller.instructions[caller.ip]) == Op.getAwaitable.rawValue { return }
        g.unawaited = true
        unawaitedCoroutines += 1
        mayDropCleanup = true
    }

    /// `g` started, closed, was taken by a task or warned about.
    func settleUnawaited(_ g: GeneratorObject) {
        g.unawaited = false
        unawaitedCoroutines -= 1
        if unawaitedCoroutines == 0 { mayDropCleanup = dropCleanupForGood }
    }

    func enableDropCleanup() {
        dropCleanupForGood = true
        mayDropCleanup = true
    }
}
