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

    /// `n` (not negative) right-aligned in `width` columns. The digits go right to left, two
    /// a division, and the padding is one 16-byte store (`width` is at most 16).
    @inline(__always) mutating func append(number n: Int, width: Int) {
        var digits = 1
        var t = n
        while t >= 100 { t /= 100; digits += 2 }
        if t >= 10 { digits += 1 }
        let total = max(width, digits)
        _ = reserve(total + 16)
        let p = base + count
        UnsafeMutableRawPointer(p).storeBytes(of: SIMD16<UInt8>(repeating: 0x20), as: SIMD16<UInt8>.self)
        var v = n
        var i = total
        while v >= 100 {
            let pair = v % 100
            v /= 100
            i -= 2
            p[i] = UInt8(truncatingIfNeeded: 48 &+ pair / 10)
            p[i + 1] = UInt8(truncatingIfNeeded: 48 &+ pair % 10)
        }
        if v >= 10 {
            i -= 2
            p[i] = UInt8(truncatingIfNeeded: 48 &+ v / 10)
            p[i + 1] = UInt8(truncatingIfNeeded: 48 &+ v % 10)
        } else {
            p[i - 1] = UInt8(truncatingIfNeeded: 48 &+ v)
        }
        count += total
    }
}

/// Python reprs of floats, remembered: a sleep's deadline shows in four or five events.
/// Each of the 4,096 slots (chosen by a hash of the bits) holds one repr in 32 bytes of one
/// allocation, formatted there directly.
struct FloatReprCache: ~Copyable {
    private static let slots = 4096
    private let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: slots)
    private let lengths = UnsafeMutablePointer<UInt8>.allocate(capacity: slots)   // 0: empty
    private let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: slots * 32)

    init() {
        keys.initialize(repeating: 0, count: Self.slots)
        lengths.initialize(repeating: 0, count: Self.slots)
    }

    deinit {
        keys.deallocate()
        lengths.deallocate()
        bytes.deallocate()
    }

    /// repr(x), formatted on a miss.
    private func repr(_ x: Double) -> UnsafeBufferPointer<UInt8> {
        let bits = x.bitPattern
        let slot = Int(truncatingIfNeeded: ((bits ^ (bits >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
        let p = bytes + slot * 32
        if keys[slot] != bits || lengths[slot] == 0 {
            keys[slot] = bits
            lengths[slot] = UInt8(truncatingIfNeeded: PyFormat.writeFloatRepr(x, to: p))
        }
        return UnsafeBufferPointer(start: p, count: Int(lengths[slot]))
    }

    func append(_ x: Double, to out: inout [UInt8]) { out.append(contentsOf: repr(x)) }

    func append(_ x: Double, to out: inout ByteWriter) { out.append(repr(x)) }
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

    @inline(__always) subscript(i: Int) -> UnsafeBufferPointer<UInt8> {
        if start[i] < 0 { makeEntry(i) }
        return UnsafeBufferPointer(start: bytes + start[i], count: length[i])
    }

    @inline(never) private func makeEntry(_ i: Int) {
        guard let make else { return }
        let b = make(i)
        start[i] = store(b)
        length[i] = b.count
    }
}
