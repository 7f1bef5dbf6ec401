/// "Task exception was never retrieved" and "Future exception was never retrieved":
/// CPython's Task and Future `__del__` report an exception that nothing retrieved
/// (`result()`, `exception()`, an `await`) when the object is freed. schedviz has no
/// reference counts; it reports where CPython frees it: right after the failing step when
/// the program holds no reference to a task (`asyncio.create_task(...)` with the task
/// dropped), when the locals of a returning function or coroutine held the last reference,
/// when a name holding it is rebound or deleted, and otherwise at the end of the run, in
/// the order they were made.

extension AsyncioRuntime {
    /// After a task's coroutine raised and no one awaits the task.
    func reportIfDropped(_ t: TaskObject) {
        guard t.exceptionUnretrieved else { return }
        if vm.heldByName(t.selfValue) || weakReachableSet().contains(t.selfValue.objectIndex) {
            watchFailedFuture(t)
            return
        }
        report(t)
    }

    /// A failed future the program holds: checked again where names let go of values.
    func watchFailedFuture(_ f: FutureObject) {
        heldFailedFutures.append(f.selfValue)
        vm.enableDropCleanup()
    }

    /// Whether `v` is a failed future or task, its exception still unretrieved, that the program holds.
    func isHeldFailedFuture(_ v: Value) -> Bool {
        v.tag == .object && heldFailedFutures.contains { $0.identical(v) } && vm.future(v)?.exceptionUnretrieved == true
    }

    /// Forgets the failed futures whose exception was retrieved since: the collector may free
    /// them, and a name letting go of them needs no check.
    func forgetRetrievedFutures() {
        failedFutures.removeAll { vm.future($0)?.exceptionUnretrieved != true }
        heldFailedFutures.removeAll { vm.future($0)?.exceptionUnretrieved != true }
    }

    /// Names let go of some values: reports the held failed futures nothing reaches any more.
    func reportReleasedFutures(keeping: Value) {
        forgetRetrievedFutures()
        let reachable = weakReachableSet(also: keeping)
        let released = heldFailedFutures.filter { !reachable.contains($0.objectIndex) }
        if released.isEmpty { return }
        heldFailedFutures.removeAll { v in released.contains { $0.identical(v) } }
        for f in inOrderMade(released) { report(f) }
    }

    private func inOrderMade(_ futures: [Value]) -> [FutureObject] {
        futures.compactMap { vm.future($0) }.sorted { $0.made < $1.made }
    }

    private func report(_ f: FutureObject) {
        guard let text = f.unretrievedReport(vm) else { return }
        f.exceptionUnretrieved = false
        vm.errorOutput(text)
    }

    /// The end of the run: failed futures and tasks whose exception nothing retrieved, in
    /// the order they were made (the order CPython's collector meets them at shutdown).
    func unretrievedReport() -> String {
        inOrderMade(failedFutures).compactMap { $0.unretrievedReport(vm) }.joined()
    }

    /// Heap indices reachable from the roots and `extra`, a loop's list of its tasks and the
    /// failed futures kept for the end-of-run report holding nothing (`tracingWeakTasks`).
    private func weakReachableSet(also extra: Value = .none) -> Set<Int> {
        tracingWeakTasks = true
        defer { tracingWeakTasks = false }
        return vm.reachableSet(also: extra)
    }
}
