/// A busy loop makes and drops one sleep coroutine and one future at every
/// `await asyncio.sleep(...)`. The collector keeps the dropped ones nothing else references,
/// and the next sleeps renew them. With thousands of tasks this matters more than the
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
    /// Enough for the sleeps of one collection's worth of steps; the rest are freed.
    static let limit = 1 << 16

    mutating func removeAll() {
        sleeps.removeAll()
        futures.removeAll()
    }
}

extension VM {
    /// The collector frees native heap object `o` (already out of the heap): a sleep or a
    /// plain future nothing else references is kept for reuse. False for a loop, which the
    /// collector must then make let go of its cycles.
    @inline(__always) func recycle(_ o: inout PyObject) -> Bool {
        let type = ObjectIdentifier(Swift.type(of: o))
        if type == ObjectIdentifier(SleepCoroutine.self) {
            if recycled.sleeps.count < Recycler.limit && isKnownUniquelyReferenced(&o) {
                recycled.sleeps.append(unsafeDowncast(o, to: SleepCoroutine.self))
            }
        } else if type == ObjectIdentifier(FutureObject.self) {
            // Unique before the cast: the cast's reference would count.
            if recycled.futures.count < Recycler.limit && isKnownUniquelyReferenced(&o) {
                let f = unsafeDowncast(o, to: FutureObject.self)
                if f.typeIndex == asyncTypes.future { recycled.futures.append(f) }
            }
        } else if type == ObjectIdentifier(EventLoopObject.self) {
            return false
        }
        return true
    }

    func newSleep(delay: Value, result: Value) -> Value {
        guard let s = recycled.sleeps.popLast() else {
            return alloc(SleepCoroutine(delay: delay, result: result, vm: self))
        }
        if let next = recycled.sleeps.last { schedviz_prefetch_lines(memoryAddress(next), 2) }
        s.renew(delay: delay, result: result)
        recycled.reused += 1
        return alloc(s)
    }

    func newFuture(_ loop: EventLoopObject) -> Value { makeFuture(loop).selfValue }

    func makeFuture(_ loop: EventLoopObject) -> FutureObject {
        let f: FutureObject
        if let old = recycled.futures.popLast(), old.loop === loop {
            if let next = recycled.futures.last { schedviz_prefetch_lines(memoryAddress(next), 4) }
            old.renew()
            recycled.reused += 1
            f = old
        } else {
            f = FutureObject(loop: loop, type: asyncTypes.future)
        }
        f.selfValue = alloc(f)
        return f
    }
}
