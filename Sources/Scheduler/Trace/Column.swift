/// A growable column of plain values that the trace appends to at every event: an array
/// without copy-on-write checks. The owner frees it (`free()`) exactly once.
struct Column<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    @inline(__always) mutating func append(_ e: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: e)
        count += 1
    }

    @inline(never) private mutating func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    @inline(__always) mutating func removeLast() {
        count -= 1
        (base + count).deinitialize(count: 1)
    }

    @inline(__always) subscript(i: Int) -> Element { base[i] }
    var isEmpty: Bool { count == 0 }
    var last: Element? { count > 0 ? base[count - 1] : nil }

    func free() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}

/// A column in fixed-size chunks: appending never copies what is stored (for columns that
/// grow with the trace, where doubling a buffer would copy it over and over).
struct ChunkedColumn<Element> {
    private static var shift: Int { 14 }
    private static var mask: Int { (1 << shift) - 1 }
    private var chunks: [UnsafeMutablePointer<Element>] = []
    /// The chunk being filled, and how full it is (full at first, so the first append allocates).
    private var current = UnsafeMutablePointer<Element>(bitPattern: 64)!
    private var fill = 1 << 14
    private(set) var count = 0

    @inline(__always) mutating func append(_ e: Element) {
        if fill > Self.mask { addChunk() }
        (current + fill).initialize(to: e)
        fill += 1
        count += 1
    }

    @inline(never) private mutating func addChunk() {
        current = .allocate(capacity: 1 << Self.shift)
        chunks.append(current)
        fill = 0
    }

    @inline(__always) subscript(i: Int) -> Element { chunks[i >> Self.shift][i & Self.mask] }
    var capacity: Int { chunks.count << Self.shift }

    func free() {
        for (k, c) in chunks.enumerated() {
            c.deinitialize(count: min(1 << Self.shift, count - (k << Self.shift)))
            c.deallocate()
        }
    }
}
