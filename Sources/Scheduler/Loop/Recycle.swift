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

extension VM {
    /// The collector frees native heap object `o` (already out of the heap): a sleep or a
    /// plain future nothing else references is kept for reuse. False for a loop, which the
    /// collector must then make let go of its cycles.
    @inline(__always) func recycle(_ o: inout PyObject) -> Bool {
        let type = ObjectIdentifier(Swift.type(of: o))
        // Unique before the casts: a cast's reference would count.
        if type == ObjectIdentifier(SleepCoroutine.self) {
            if isKnownUniquelyReferenced(&o) { recycled.keep(unsafeDowncast(o, to: SleepCoroutine.self)) }
        } else if type == ObjectIdentifier(FutureObject.self) {
            if isKnownUniquelyReferenced(&o) {
                recycled.keep(unsafeDowncast(o, to: FutureObject.self), futureType: asyncTypes.future)
            }
        } else if type == ObjectIdentifier(EventLoopObject.self) {
            return false
        }
        return true
    }

    func newSleep(delay: Value, result: Value) -> Value {
        guard let s = recycled.sleeps.popLast() else {
            return register(SleepCoroutine(delay: delay, result: result, vm: self))
        }
        if let next = recycled.sleeps.last { schedviz_prefetch_lines(memoryAddress(next), 2) }
        s.renew(delay: delay, result: result)
        recycled.reused += 1
        return register(s)
    }

    private func register(_ s: SleepCoroutine) -> Value {
        let v = alloc(s)
        s.slot = Int32(truncatingIfNeeded: v.objectIndex)
        freshSleep = (currentFrameRef.map { UnsafeRawPointer($0.toOpaque()) }, v.bits)
        return v
    }

    /// Called after a CALL instruction in the current frame returned `v`, the sleep
    /// `asyncio.sleep` made during it: when the next instruction awaits it, that `await` holds
    /// the only reference (the builtin keeps none, and no Python code ran between), so the
    /// sleep can be freed when it returns, as CPython's reference counting frees it. (The
    /// frame is read from `currentFrameRef`: passing the interpreter's frame would retain it.)
    func noteAwaitedSleep(_ v: Value, next: UInt32) {
        defer { freshSleep.bits = .max }
        guard UInt8(truncatingIfNeeded: next) == Op.getAwaitable.rawValue,
              freshSleep.frame == currentFrameRef.map({ UnsafeRawPointer($0.toOpaque()) }),
              let s = heap[v.objectIndex] as? SleepCoroutine, s.phase == .created else { return }
        s.owned = true
        recycled.ownedSleeps += 1
    }

    /// A program reached an awaited object (`cr_await`, `gi_yieldfrom`): it may keep it.
    func noteEscape(_ v: Value) {
        guard v.tag == .object, let s = heap[v.objectIndex] as? SleepCoroutine else { return }
        s.owned = false
    }

    /// An owned sleep returned: it and (when only it and a task's step held it) its future
    /// leave the heap now and serve the next sleep, instead of waiting for the collector.
    func releaseAwaitedSleep(_ s: SleepCoroutine, future: FutureObject?) {
        s.owned = false
        heap.free(s.slot)
        recycled.keep(s)
        if let f = future, f.selfValue.tag == .object {
            heap.free(Int32(truncatingIfNeeded: f.selfValue.objectIndex))
            recycled.keep(f, futureType: asyncTypes.future)
        }
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
