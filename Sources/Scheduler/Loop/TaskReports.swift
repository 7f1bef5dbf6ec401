/// "Task exception was never retrieved": CPython's Task `__del__` reports a failed task's
/// exception that nothing retrieved (`result()`, `exception()`, an `await`) when the task is
/// freed. schedviz has no reference counts; it reports where CPython frees such a task:
/// right after the failing step when the program holds no reference to it
/// (`asyncio.create_task(...)` with the task dropped), when the locals of a returning
/// function or coroutine held the last reference, when a name holding it is rebound or
/// deleted, and otherwise at the end of the run, in creation order.

extension AsyncioRuntime {
    /// After a task's coroutine raised and no one awaits the task.
    func reportIfDropped(_ t: TaskObject) {
        guard t.exceptionUnretrieved else { return }
        if vm.heldByName(t.selfValue) || weakReachableSet().contains(t.selfValue.objectIndex) {
            heldFailedTasks.append(t.selfValue)
            vm.mayDropCleanup = true        // check again where names let go of values
            return
        }
        report(t)
    }

    /// Whether `v` is a failed task, its exception still unretrieved, that the program holds.
    func isHeldFailedTask(_ v: Value) -> Bool {
        v.tag == .object && heldFailedTasks.contains { $0.identical(v) } && vm.future(v)?.exceptionUnretrieved == true
    }

    /// Forgets the failed tasks whose exception was retrieved since: the collector may free
    /// them, and a name letting go of them needs no check.
    func forgetRetrievedTasks() {
        failedTasks.removeAll { vm.future($0)?.exceptionUnretrieved != true }
        heldFailedTasks.removeAll { vm.future($0)?.exceptionUnretrieved != true }
    }

    /// Names let go of some values: reports the held failed tasks nothing reaches any more.
    func reportReleasedTasks(keeping: Value) {
        forgetRetrievedTasks()
        let reachable = weakReachableSet(also: keeping)
        let released = heldFailedTasks.filter { !reachable.contains($0.objectIndex) }
        if released.isEmpty { return }
        heldFailedTasks.removeAll { v in released.contains { $0.identical(v) } }
        for t in inCreationOrder(released) { report(t) }
    }

    private func inCreationOrder(_ tasks: [Value]) -> [TaskObject] {
        tasks.compactMap { vm.future($0) as? TaskObject }.sorted { $0.serial < $1.serial }
    }

    private func report(_ t: TaskObject) {
        guard let text = t.unretrievedReport(vm) else { return }
        t.exceptionUnretrieved = false
        vm.errorOutput(text)
    }

    /// The end of the run: failed tasks whose exception nothing retrieved, in the order they
    /// were created (the order CPython's collector meets them at shutdown).
    func unretrievedTaskReport() -> String {
        inCreationOrder(failedTasks).compactMap { $0.unretrievedReport(vm) }.joined()
    }

    /// Heap indices reachable from the roots and `extra`, a loop's list of its tasks and the
    /// failed tasks kept for the end-of-run report holding nothing (`tracingWeakTasks`).
    private func weakReachableSet(also extra: Value = .none) -> Set<Int> {
        tracingWeakTasks = true
        defer { tracingWeakTasks = false }
        return vm.reachableSet(also: extra)
    }
}
