/// A subsystem built on the VM outside its core: asyncio (Loop/AsyncioRuntime.swift) is
/// the one there is, installed by `Program`. The VM, its collector and its module table reach
/// it only through these hooks; its objects reach the VM through `NativeClass`. A class
/// rather than a protocol, as `RuntimeTracer` is. Every method does nothing unless overridden.
class RuntimeExtension {
    /// An attribute of the module it provides, made on first use; nil when there is none.
    func moduleAttribute(_ name: String) throws(PyRaise) -> Value? { nil }

    // MARK: - The collector

    /// The values it holds outside the heap: roots of the collector.
    func forEachRoot(_ vm: VM, _ visit: (Value) -> Void) {}
    /// Set while a reachability check stands in for CPython's reference counts: roots that
    /// CPython holds weakly (asyncio's set of tasks) are left out.
    var weakRootsOnly = false
    /// A collection is about to mark.
    func willCollect() {}
    /// The collector freed native object `o` (already out of the heap): it may keep it. No
    /// heap access here: the sweep has the heap's storage.
    func freed(_ o: inout PyObject) {}
    /// The sweep is over.
    func didCollect() {}

    // MARK: - Values let go of

    /// Whether it wants to hear about values that names and frames let go of (Finalize.swift).
    final var watchesReleases = false
    /// Whether `v`, which a name or a frame lets go of, is one it watches.
    func watches(_ v: Value) -> Bool { false }
    /// Names let go of watched values; `keeping` is still held (a result on its way out).
    func released(keeping: Value) {}

    // MARK: - Asynchronous generators

    /// An async generator's first iteration (`sys.set_asyncgen_hooks`' firstiter, while a loop
    /// runs): returns what its finalizer needs, or nil when no loop runs.
    func asyncGenFirstIter(_ ag: Value) throws(PyRaise) -> AnyObject? { nil }
    /// An async generator that `asyncGenFirstIter` saw was dropped unfinished.
    func asyncGenFinalize(_ ag: Value, _ finalizer: AnyObject) {}

    // MARK: - The run

    /// The task running, for messages that say where the program was ("(Task-1)").
    var runningTaskName: String? { nil }
    /// What it reports when the run ends (after the module returned or raised).
    func endOfRunReport() -> String { "" }
    /// The program is going away: let go of what holds the VM or its objects in cycles.
    func tearDown() {}
}

extension VM {
    /// A native function made `o`, whose value is `v`, during the current CALL and returns
    /// it: the interpreter tells `o` (`noteAwaitedFresh`) when the next instruction awaits it.
    func noteFresh(_ o: NativeClass, _ v: Value) {
        freshNative = (currentFrameRef.map { UnsafeRawPointer($0.toOpaque()) }, v.bits, .passUnretained(o))
    }

    /// Called after a CALL instruction in the current frame returned `v`, made fresh during
    /// it: when the next instruction awaits it, that `await` holds the only reference (the
    /// builtin keeps none, and no Python code ran between), as `NativeClass.awaitedAlone`
    /// hears. (The frame is read from `currentFrameRef`, and the object reached unretained: `v`
    /// on the stack holds it.)
    func noteAwaitedFresh(_ v: Value, next: UInt32) {
        defer { freshNative.bits = .max }
        guard UInt8(truncatingIfNeeded: next) == Op.getAwaitable.rawValue,
              freshNative.frame == currentFrameRef.map({ UnsafeRawPointer($0.toOpaque()) }),
              let o = freshNative.object else { return }
        o._withUnsafeGuaranteedRef { $0.awaitedAlone(self) }
    }

    /// A program reached an awaited object (`cr_await`, `gi_yieldfrom`): it may keep it.
    func noteEscape(_ v: Value) {
        guard v.tag == .object else { return }
        native(v)?.escaped()
    }
}
