/// The VM's object table: slots, the free list, allocation, and the collector's sweep and
/// counters (the marking, which needs the VM's roots, is in GC.swift). A struct stored in
/// the VM, so `heap[i]` and `alloc` compile to the array access they were, with no object
/// of its own to reach first.
import CPrefetch

/// What a freed heap slot holds; touching it through a stale value traps rather than corrupts.
final class FreedObject: PyObject {
    init() { super.init(kind: .cell) }
}

/// The one marker every heap's freed slots hold (it has no state). A global, so that a copy
/// of a `Heap` retains nothing.
nonisolated(unsafe) let freedMarker = FreedObject()

/// The free list: slot numbers, last freed first (a stack of its own, like the slots).
struct FreeSlots {
    private var base = UnsafeMutablePointer<Int32>.allocate(capacity: 1024)
    private var capacity = 1024
    private(set) var count = 0

    @inline(__always) var last: Int32? { count > 0 ? base[count - 1] : nil }

    @inline(__always) mutating func popLast() -> Int32? {
        guard count > 0 else { return nil }
        count -= 1
        return base[count]
    }

    @inline(__always) mutating func append(_ slot: Int32) {
        if count == capacity { doubleBuffer(&base, count: count, capacity: &capacity) }
        base[count] = slot
        count += 1
    }

    mutating func removeAll() { count = 0 }
    func deallocate() { base.deallocate() }
}

struct Heap: RandomAccessCollection {
    /// The slots: `count` initialized references from `base`, room for `capacity`. Not an
    /// array: an access is a load with no bounds or uniqueness check, and the address only
    /// moves when an append outgrows it (the dispatch loop's fast paths read through it with
    /// no reference counted, see `unmanaged`). The VM frees it (`deallocate`).
    private var base = UnsafeMutablePointer<PyObject>.allocate(capacity: 4096)
    private var capacity = 4096
    private(set) var count = 0
    private var freeSlots = FreeSlots()
    var freedObject: FreedObject { freedMarker }
    /// Built-in types and singletons below this index live forever.
    var firstCollectable = 0
    private(set) var liveAfterLastGC = 0
    private(set) var gcCount = 0
    /// Collect at every safe point (SCHEDVIZ_GC_STRESS, and tests).
    var gcStress = false

    @inline(__always) var startIndex: Int { 0 }
    @inline(__always) var endIndex: Int { count }

    @inline(__always) subscript(i: Int) -> PyObject {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    @inline(__always) mutating func alloc(_ o: PyObject) -> Value {
        if let slot = freeSlots.popLast() {
            // The slots come back in sweep order, scattered over the heap: ask for the next
            // one's line now, as storing into a cold one stalled every sleep.
            if let next = freeSlots.last { prefetch(next) }
            base[Int(slot)] = o
            return .object(slot)
        }
        if count == capacity { doubleBuffer(&base, count: count, capacity: &capacity) }
        (base + count).initialize(to: o)
        count += 1
        return .object(Int32(count - 1))
    }

    /// Frees slot `i` now, for an object known to have no other reference (see Recycle.swift).
    mutating func free(_ i: Int32) {
        base[Int(i)] = freedObject
        freeSlots.append(i)
    }

    /// The entry for `slot` (an index that may since have been freed: harmless).
    @inline(__always) mutating func prefetch(_ slot: Int32) {
        schedviz_prefetch(base + Int(slot))
    }

    @inline(__always) mutating func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<PyObject>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The object in slot `i` with no reference counted: for the dispatch loop's fast paths,
    /// which reach it through `_withUnsafeGuaranteedRef` (a strong or `unowned(unsafe)`
    /// reference passed to a function was an atomic retain and a release).
    @inline(__always) func unmanaged(_ i: Int) -> Unmanaged<PyObject> {
        UnsafeRawPointer(base + i).load(as: Unmanaged<PyObject>.self)
    }

    /// The kind of the object in slot `i`, read with no reference counted.
    @inline(__always) func kind(_ i: Int) -> ObjKind {
        unmanaged(i)._withUnsafeGuaranteedRef { $0.kind }
    }

    /// Empties the table: the objects go (at the end of a run; see Teardown.swift).
    mutating func removeAll() {
        base.deinitialize(count: count)
        count = 0
        freeSlots.removeAll()
    }

    /// Frees the table (the VM's deinit).
    mutating func deallocate() {
        removeAll()
        base.deallocate()
        freeSlots.deallocate()
        marks.deallocate()
    }

    // MARK: - Collection

    /// When the heap holds four times what survived the last collection, and at least 50,000
    /// objects (always, under stress). The factor trades memory for time: a collection marks
    /// everything live, so collecting at 2x cost swarm-10k a quarter of its time, and 4x saves
    /// about a tenth of 3x's for 10 MB more.
    var needsCollection: Bool {
        @inline(__always) mutating get {
            let live = count - freeSlots.count
            return gcStress || live > Swift.max(50_000, liveAfterLastGC * 4)
        }
    }

    /// A table of marks indexed like the heap, the permanent objects marked. Marks live beside the objects, not in them: a collection at 10,000
    /// tasks spent half its time on the objects' cache lines when they did.
    /// One table, kept from collection to collection: allocating it (a large block) made the
    /// allocator merge every small freed block each time, a tenth of an object-making loop.
    mutating func newMarks() -> UnsafeMutableBufferPointer<Bool> {
        if marks.count < count {
            marks.deallocate()
            marks = .allocate(capacity: Swift.max(count, marks.count * 2))
        }
        let m = UnsafeMutableBufferPointer(rebasing: marks[0..<count])
        m.initialize(repeating: false)
        for i in 0..<firstCollectable { m[i] = true }
        return m
    }
    private var marks = UnsafeMutableBufferPointer<Bool>(start: nil, count: 0)

    /// Each object not marked moves out of its slot (no reference counting for the move) into
    /// `freed` when it is a native one, which may keep it; the slot joins the free list.
    @inline(__always) mutating func sweep(_ marks: UnsafeMutableBufferPointer<Bool>, freed native: (inout PyObject) -> Void) {
        let freed = freedObject, start = firstCollectable
        for i in start..<count where !marks[i] {
            if base[i] === freed { continue }
            var o = (base + i).move()
            (base + i).initialize(to: freed)
            freeSlots.append(Int32(truncatingIfNeeded: i))
            if o.kind == .native { native(&o) }
        }
        liveAfterLastGC = count - freeSlots.count
        gcCount += 1
    }
}
