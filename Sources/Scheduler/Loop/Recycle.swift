/// A busy loop makes and drops one sleep coroutine and one future at every
/// `await asyncio.sleep(...)`. The collector hands the dropped ones to asyncio
/// (`AsyncioRuntime.freed`), which keeps those nothing else references, and the next sleeps
/// renew them. With thousands of tasks this matters more than the
/// allocation it saves: malloc handed out cold memory after each collection's frees and
/// spent a tenth of swarm-10k merging free chunks. The next object to reuse is prefetched
/// one sleep ahead.
import CPrefetch

struct Recycler {
    var sleeps: [SleepCoroutine] = []
    var futures: [FutureObject] = []
    /// How many sleeps and futures were renewed instead of allocated, and how many timer
    /// handles the loop took back from finished sleeps (`EventLoopObject.spare`), for tests.
    var reused = 0
    var reusedTimers = 0
    var ownedSleeps = 0
    /// Enough for the sleeps of one collection's worth of steps; the rest are freed.
    static let limit = 1 << 16

    mutating func removeAll() {
        sleeps.removeAll()
        futures.removeAll()
    }

    mutating func keep(_ s: SleepCoroutine) {
        if sleeps.count < Self.limit { sleeps.append(s) }
    }

    /// Only plain futures (`futureType`), not tasks or gathering futures.
    mutating func keep(_ f: FutureObject, futureType: Int32) {
        if futures.count < Self.limit && f.typeIndex == futureType { futures.append(f) }
    }
}

extension AsyncioRuntime {
    func newSleep(delay: Value, result: Value) -> Value {
        guard let s = recycled.sleeps.popLast() else {
            return register(SleepCoroutine(delay: delay, result: result, runtime: self))
        }
        if let next = recycled.sleeps.last { schedviz_prefetch_lines(memoryAddress(next), 2) }
        s.renew(delay: delay, result: result)
        recycled.reused += 1
        return register(s)
    }

    /// The interpreter tells the sleep when the `await` right after the call holds it alone
    /// (`SleepCoroutine.awaitedAlone`).
    private func register(_ s: SleepCoroutine) -> Value {
        let v = vm.alloc(s)
        s.slot = Int32(truncatingIfNeeded: v.objectIndex)
        vm.noteFresh(s, v)
        return v
    }

    /// An owned sleep returned: it and (when only it and a task's step held it) its future
    /// leave the heap now and serve the next sleep, instead of waiting for the collector.
    func releaseAwaitedSleep(_ s: SleepCoroutine, future: FutureObject?) {
        s.owned = false
        vm.heap.free(s.slot)
        recycled.keep(s)
        if let f = future, f.selfValue.tag == .object {
            vm.heap.free(Int32(truncatingIfNeeded: f.selfValue.objectIndex))
            recycled.keep(f, futureType: types.future)
        }
    }

    /// A program's future (`create_future`, `Future()`): numbered for the end-of-run report
    /// (a sleep's future, made by `makeFuture`, never holds an exception).
    func newFuture(_ loop: EventLoopObject) -> Value {
        let f = makeFuture(loop)
        futuresMade += 1
        f.made = futuresMade
        return f.selfValue
    }

    func makeFuture(_ loop: EventLoopObject) -> FutureObject {
        let f: FutureObject
        if let old = recycled.futures.popLast(), old.loop === loop {
            if let next = recycled.futures.last { schedviz_prefetch_lines(memoryAddress(next), 4) }
            old.renew()
            recycled.reused += 1
            f = old
        } else {
            f = FutureObject(loop: loop, type: types.future)
        }
        f.selfValue = vm.alloc(f)
        return f
    }
}
