/// A growable table of values at a stable address between appends: the globals, read and
/// written by the dispatch loop without an array's uniqueness and bounds checks (a store to a
/// global was two dozen instructions, the module-level loops' commonest). The VM owns it and
/// frees it in its deinit.
struct ValueTable: RandomAccessCollection, MutableCollection {
    private var base = UnsafeMutablePointer<Value>.allocate(capacity: 64)
    private var capacity = 64
    private(set) var count = 0

    @inline(__always) var startIndex: Int { 0 }
    @inline(__always) var endIndex: Int { count }

    @inline(__always) subscript(i: Int) -> Value {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    mutating func append(_ v: Value) {
        if count == capacity { doubleBuffer(&base, count: count, capacity: &capacity) }
        (base + count).initialize(to: v)
        count += 1
    }

    func deallocate() { base.deallocate() }
}

/// Moves the `count` items at `base` to a buffer twice the size (the tables that keep their
/// own storage: the globals, the heap's slots and free list).
func doubleBuffer<T>(_ base: inout UnsafeMutablePointer<T>, count: Int, capacity: inout Int) {
    let bigger = UnsafeMutablePointer<T>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity *= 2
}
