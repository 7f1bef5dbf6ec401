/// An output buffer in raw memory for the exports: appending copies bytes with no
/// per-call checks beyond the space left, and full buffers go to the sink a megabyte at a time.
struct ByteWriter: ~Copyable {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0
    private let sink: (UnsafeBufferPointer<UInt8>) -> Void

    init(capacity: Int = 1 << 20, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
        self.sink = sink
    }

    deinit { base.deallocate() }

    mutating func flush() {
        if count > 0 { sink(UnsafeBufferPointer(start: base, count: count)) }
        count = 0
    }

    /// Room for `n` more bytes (flushing first when needed); false if `n` exceeds the whole buffer.
    @inline(__always) private mutating func reserve(_ n: Int) -> Bool {
        if count + n <= capacity { return true }
        flush()
        return n <= capacity
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard reserve(bytes.count) else { flush(); sink(bytes); return }
        if let p = bytes.baseAddress { (base + count).update(from: p, count: bytes.count) }
        count += bytes.count
    }

    @inline(__always) mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always) mutating func append(byte: UInt8) {
        _ = reserve(1)
        base[count] = byte
        count += 1
    }

    /// `n` right-aligned in `width` columns.
    @inline(__always) mutating func append(number n: Int, width: Int) {
        var digits = 1
        var t = n
        while t >= 10 { t /= 10; digits += 1 }
        let total = max(width, digits)
        _ = reserve(total)
        let p = base + count
        for k in 0..<(total - digits) { p[k] = 0x20 }
        var v = n
        var i = total - 1
        repeat { p[i] = UInt8(48 + v % 10); v /= 10; i -= 1 } while v > 0
        count += total
    }
}

/// Python reprs of floats, remembered: a sleep's deadline shows in four or five events.
struct FloatReprCache {
    private var keys = [UInt64](repeating: 0, count: 4096)
    private var values = [[UInt8]](repeating: [], count: 4096)

    private mutating func slot(_ x: Double) -> Int {
        let bits = x.bitPattern
        let slot = Int(truncatingIfNeeded: ((bits ^ (bits >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
        if keys[slot] != bits || values[slot].isEmpty {
            keys[slot] = bits
            values[slot].removeAll(keepingCapacity: true)
            PyFormat.withFloatRepr(x) { values[slot].append(contentsOf: $0) }
        }
        return slot
    }

    mutating func append(_ x: Double, to out: inout [UInt8]) { out.append(contentsOf: values[slot(x)]) }

    mutating func append(_ x: Double, to out: inout ByteWriter) {
        let s = slot(x)
        values.withUnsafeBufferPointer { v in v[s].withUnsafeBufferPointer { out.append($0) } }
    }
}

/// Byte strings stored end to end in one allocation, read without reference counting.
final class ByteTable {
    private var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var used = 0
    private var start: [Int]          // -1: not made yet
    private var length: [Int]
    private let make: ((Int) -> [UInt8])?

    init(_ items: [[UInt8]]) {
        capacity = max(16, items.reduce(0) { $0 + $1.count })
        bytes = .allocate(capacity: capacity)
        start = []; length = []; make = nil
        for b in items { store(b) }
    }

    init(lazyCount: Int, _ make: @escaping (Int) -> [UInt8]) {
        capacity = 4096
        bytes = .allocate(capacity: capacity)
        start = Array(repeating: -1, count: lazyCount); length = Array(repeating: 0, count: lazyCount)
        self.make = make
    }

    deinit { bytes.deallocate() }

    @discardableResult
    private func store(_ b: [UInt8]) -> Int {
        if used + b.count > capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, used + b.count))
            grown.update(from: bytes, count: used)
            bytes.deallocate()
            bytes = grown
            capacity = max(capacity * 2, used + b.count)
        }
        b.withUnsafeBufferPointer { p in if let a = p.baseAddress { (bytes + used).update(from: a, count: b.count) } }
        let at = used
        used += b.count
        if make == nil { start.append(at); length.append(b.count) }
        return at
    }

    subscript(i: Int) -> UnsafeBufferPointer<UInt8> {
        if start[i] < 0, let make {
            let b = make(i)
            start[i] = store(b)
            length[i] = b.count
        }
        return UnsafeBufferPointer(start: bytes + start[i], count: length[i])
    }
}
