/// The VM's object table: slots, the free list, allocation, and the collector's sweep and
/// counters (the marking, which needs the VM's roots, is in GC.swift). A struct stored in
/// the VM, so `heap[i]` and `alloc` compile to the array access they were, with no object
/// of its own to reach first.
import CPrefetch

/// What a freed heap slot holds; touching it through a stale value traps rather than corrupts.
final class FreedObject: PyObject {
    init() { super.init(kind: .cell) }
}

struct Heap: RandomAccessCollection {
    private var objects = ContiguousArray<PyObject>()
    private var freeSlots: [Int32] = []
    let freedObject = FreedObject()
    /// Built-in types and singletons below this index live forever.
    var firstCollectable = 0
    private(set) var liveAfterLastGC = 0
    private(set) var gcCount = 0
    /// Collect at every safe point (SCHEDVIZ_GC_STRESS, and tests).
    var gcStress = false

    @inline(__always) var startIndex: Int { 0 }
    @inline(__always) var endIndex: Int { objects.count }
    @inline(__always) var count: Int { objects.count }

    @inline(__always) subscript(i: Int) -> PyObject {
        get { objects[i] }
        set { objects[i] = newValue; remap() }
    }

    @inline(__always) mutating func alloc(_ o: PyObject) -> Value {
        if let slot = freeSlots.popLast() {
            // The slots come back in sweep order, scattered over the heap: ask for the next
            // one's line now, as storing into a cold one stalled every sleep.
            if let next = freeSlots.last { prefetch(next) }
            objects[Int(slot)] = o
            remap()     // a write moves the storage if anything ever shared it
            return .object(slot)
        }
        objects.append(o)
        remap()
        return .object(Int32(objects.count - 1))
    }

    /// Frees slot `i` now, for an object known to have no other reference (see Recycle.swift).
    mutating func free(_ i: Int32) {
        objects[Int(i)] = freedObject
        remap()
        freeSlots.append(i)
    }

    // `prefetch`, `withUnsafeBufferPointer` and `needsCollection` are mutating only so that
    // callers reach the heap in place: a non-mutating call on the VM's stored struct that runs
    // code the optimizer cannot see copies it, retaining and releasing each of its references
    // (1.7% of swarm's instructions).

    /// The entry for `slot` (an index that may since have been freed: harmless).
    @inline(__always) mutating func prefetch(_ slot: Int32) {
        objects.withUnsafeBufferPointer { schedviz_prefetch($0.baseAddress! + Int(slot)) }
    }

    @inline(__always) mutating func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<PyObject>) throws -> R) rethrows -> R {
        try objects.withUnsafeBufferPointer(body)
    }

    /// The table's storage, for `unmanaged`, taken again after every write that could move it.
    private var base: UnsafeRawPointer?

    @inline(__always) private mutating func remap() {
        base = objects.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    /// The object in slot `i` with no reference counted: for the dispatch loop's fast paths,
    /// which reach it through `_withUnsafeGuaranteedRef` (a strong or `unowned(unsafe)`
    /// reference passed to a function was an atomic retain and a release).
    @inline(__always) func unmanaged(_ i: Int) -> Unmanaged<PyObject> {
        base.unsafelyUnwrapped.load(fromByteOffset: i &* MemoryLayout<PyObject>.stride, as: Unmanaged<PyObject>.self)
    }

    /// Empties the table: the objects go (at the end of a run; see Teardown.swift).
    mutating func removeAll() {
        objects.removeAll()
        base = nil
        freeSlots.removeAll()
    }

    // MARK: - Collection

    /// When the heap holds four times what survived the last collection, and at least 50,000
    /// objects (always, under stress). The factor trades memory for time: a collection marks
    /// everything live, so collecting at 2x cost swarm-10k a quarter of its time, and 4x saves
    /// about a tenth of 3x's for 10 MB more.
    var needsCollection: Bool {
        @inline(__always) mutating get {
            let live = objects.count - freeSlots.count
            return gcStress || live > Swift.max(50_000, liveAfterLastGC * 4)
        }
    }

    /// A table of marks indexed like the heap, the permanent objects marked (the caller
    /// deallocates it). Marks live beside the objects, not in them: a collection at 10,000
    /// tasks spent half its time on the objects' cache lines when they did.
    func newMarks() -> UnsafeMutableBufferPointer<Bool> {
        let marks = UnsafeMutableBufferPointer<Bool>.allocate(capacity: objects.count)
        marks.initialize(repeating: false)
        for i in 0..<firstCollectable { marks[i] = true }
        return marks
    }

    /// Each object not marked moves out of its slot (no reference counting for the move) into
    /// `freed` when it is a native one, which may keep it; the slot joins the free list.
    @inline(__always) mutating func sweep(_ marks: UnsafeMutableBufferPointer<Bool>, freed native: (inout PyObject) -> Void) {
        let freed = freedObject, start = firstCollectable
        var slots = freeSlots
        freeSlots = []
        objects.withUnsafeMutableBufferPointer { buf in
            let base = buf.baseAddress!
            for i in start..<buf.count where !marks[i] {
                if base[i] === freed { continue }
                var o = (base + i).move()
                (base + i).initialize(to: freed)
                slots.append(Int32(truncatingIfNeeded: i))
                if o.kind == .native { native(&o) }
            }
        }
        freeSlots = slots
        remap()
        liveAfterLastGC = objects.count - freeSlots.count
        gcCount += 1
    }
}
