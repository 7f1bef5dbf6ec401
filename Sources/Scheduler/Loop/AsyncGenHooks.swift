/// The event loop's async-generator hooks, as base_events.py installs them with
/// `sys.set_asyncgen_hooks` while a loop runs: firstiter records the generator in the loop's
/// weak set, the finalizer schedules `create_task(agen.aclose())` when an unfinished one is
/// dropped, and `shutdown_asyncgens` (asyncio.run's end) closes those still alive.

/// One generator in a loop's `_asyncgens`: weak, as CPython's set is.
struct AsyncGenEntry {
    weak var generator: GeneratorObject?
    let value: Value
}

extension AsyncioRuntime {
    /// firstiter: the running loop keeps the generator; its finalizer is that loop.
    func firstIter(_ ag: Value) throws(PyRaise) -> AnyObject? {
        // (After shutdown_asyncgens CPython warns with a ResourceWarning, which its default
        // filters ignore.)
        guard let loop = runningLoop, let g = vm.asyncGen(ag) else { return nil }
        loop.asyncgens.append(AsyncGenEntry(generator: g, value: ag))
        return loop
    }

    /// The finalizer: out of the loop's set, and, unless the loop is closed, its `aclose()`
    /// run in a task created by the next ready callback (`call_soon_threadsafe`).
    func finalizeAsyncGen(_ ag: Value, _ finalizer: AnyObject) {
        let loop = unsafeDowncast(finalizer, to: EventLoopObject.self)
        loop.asyncgens.removeAll { $0.value.identical(ag) }
        guard !loop.closed, let create = try? vm.getAttr(loop.selfValue, vm.symbols.intern("create_task")),
              let aclose = try? vm.callMethod(ag, vm.symbols.intern("aclose"), []) else { return }
        loop.callSoon(.python(create, [aclose]))
    }

    /// `shutdown_asyncgens`: the generators the loop saw that are still alive (reachable
    /// from the program) and not finished, in the order they started; the set is emptied.
    /// (CPython also closes finished ones its weak set still holds: a no-op `aclose()` in a
    /// task, for generators its reference cycles happen to keep; tools/harness.py skips them too.)
    func asyncGensToClose(_ loop: EventLoopObject) -> [Value] {
        loop.asyncgensShutdownCalled = true
        // Alive: its object is still the one at its heap slot (a Swift reference, an
        // awaitable's, can outlive the slot the collector freed and reused).
        let entries = loop.asyncgens.filter { e in
            guard let g = e.generator, g.state != .closed, e.value.objectIndex < vm.heap.count else { return false }
            return vm.heap[e.value.objectIndex] === g
        }
        loop.asyncgens.removeAll()
        if entries.isEmpty { return [] }
        tracingWeakTasks = true
        let reachable = vm.reachableSet(also: .none)
        tracingWeakTasks = false
        return entries.map(\.value).filter { reachable.contains($0.objectIndex) }
    }
}
