/// asyncio's state in one VM: its types, the running and current loops, the task counter,
/// the failed tasks kept for reports, the loop trace, the prelude and the recycled sleeps and
/// futures. `Program` installs it as the VM's `RuntimeExtension`; the VM reaches it only
/// through those hooks, and the loop's code through `vm.asyncio`, or, on the paths every
/// sleep takes, through the `runtime` its loops and sleeps hold (reading the VM's `var`
/// costs a retain and a release).

final class AsyncioRuntime: RuntimeExtension {
    /// Strong, as reading an unowned(unsafe) one retains it atomically; `VM.breakCycles`
    /// lets go of the runtime.
    let vm: VM
    var types = AsyncTypes()
    var runningLoop: EventLoopObject?
    var currentLoop: EventLoopObject?
    var loopSetExplicitly = false
    var taskCounter = 0
    /// Tasks whose coroutine raised, in the order they failed: kept (as roots of the
    /// collector) for the end-of-run "Task exception was never retrieved" report.
    var failedTasks: [Value] = []
    /// Set while tracing reachability for task reports: a loop's list of its tasks and the
    /// failed tasks kept for the report hold nothing (CPython's `_all_tasks` is a weak set).
    var tracingWeakTasks: Bool {
        get { weakRootsOnly }
        set { weakRootsOnly = newValue }
    }
    /// Failed tasks, their exception unretrieved, that the program still held when they failed.
    var heldFailedTasks: [Value] = [] { didSet { watchesReleases = !heldFailedTasks.isEmpty } }
    var loopTrace: LoopTrace? { didSet { loopTraceRef = loopTrace.map { .passUnretained($0) } } }
    private var loopTraceRef: Unmanaged<LoopTrace>?
    var prelude: PreludeState?
    var recycled = Recycler()
    /// Loops the sweep freed, to break their cycles once it is over.
    private var freedLoops: [PyObject] = []

    init(vm: VM) { self.vm = vm }

    /// Calls the loop trace, if any, without retaining it (`loopTrace` holds it).
    @inline(__always) func loopTraced(_ body: (LoopTrace) -> Void) {
        loopTraceRef?._withUnsafeGuaranteedRef(body)
    }

    // MARK: - RuntimeExtension

    override func moduleAttribute(_ name: String) throws(PyRaise) -> Value? { try asyncioAttribute(name) }

    override func forEachRoot(_ vm: VM, _ visit: (Value) -> Void) {
        if !tracingWeakTasks { for v in failedTasks { visit(v) } }
        for l in [runningLoop, currentLoop] { if let l { visit(l.selfValue); l.forEachValue(vm, visit) } }
    }

    override func willCollect() {
        if !failedTasks.isEmpty { forgetRetrievedTasks() }
    }

    /// Sleeps and plain futures nothing else references are kept for reuse; a loop must let
    /// go of its cycles (after the sweep).
    override func freed(_ o: inout PyObject) {
        let type = ObjectIdentifier(Swift.type(of: o))
        // Unique before the casts: a cast's reference would count.
        if type == ObjectIdentifier(SleepCoroutine.self) {
            if isKnownUniquelyReferenced(&o) { recycled.keep(unsafeDowncast(o, to: SleepCoroutine.self)) }
        } else if type == ObjectIdentifier(FutureObject.self) {
            if isKnownUniquelyReferenced(&o) {
                recycled.keep(unsafeDowncast(o, to: FutureObject.self), futureType: types.future)
            }
        } else if type == ObjectIdentifier(EventLoopObject.self) {
            freedLoops.append(o)
        }
    }

    override func didCollect() {
        if freedLoops.isEmpty { return }
        for l in freedLoops { unsafeDowncast(l, to: EventLoopObject.self).breakCycles() }
        freedLoops.removeAll()
        recycled.removeAll()     // their futures hold the old loop
    }

    override func watches(_ v: Value) -> Bool { isHeldFailedTask(v) }

    override func released(keeping: Value) { reportReleasedTasks(keeping: keeping) }

    override func asyncGenFirstIter(_ ag: Value) throws(PyRaise) -> AnyObject? { try firstIter(ag) }

    override func asyncGenFinalize(_ ag: Value, _ finalizer: AnyObject) { finalizeAsyncGen(ag, finalizer) }

    override var runningTaskName: String? { (runningLoop ?? currentLoop)?.currentTask?.name }

    override func endOfRunReport() -> String { unretrievedTaskReport() }

    override func tearDown() {
        for object in vm.heap {
            guard let loop = object as? EventLoopObject else { continue }
            loop.breakCycles()
        }
        recycled.removeAll()
        runningLoop = nil
        currentLoop = nil
        loopTrace?.detach()
        loopTrace = nil
    }
}

extension VM {
    /// asyncio's state. The VM holds it as its extension (see `Program.compile`); the cast is
    /// unchecked, and only asyncio's objects, which exist only where it is installed, ask.
    @inline(__always) var asyncio: AsyncioRuntime { unsafeDowncast(runtimeExtension, to: AsyncioRuntime.self) }
}
