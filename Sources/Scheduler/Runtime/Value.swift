/// A Python value as the VM moves it around: a tag and 64 bits, no references,
/// so copying one costs nothing and the dispatch loop does no reference counting.
/// Heap objects live in `Heap`; `.object` values carry their index there.

public enum Tag: UInt8, Sendable {
    case unbound      // an empty local or global slot (never visible to programs)
    case none
    case bool
    case int          // payload: Int64 bit pattern; larger ints are heap `BigIntObject`s
    case float        // payload: Double bit pattern
    case object       // payload: index into `Heap.objects`
    case method       // LOAD_METHOD marker: payload is a symbol id; the receiver sits above it on the stack
    case kwNull       // LOAD_METHOD marker when the attribute is an ordinary callable
}

public struct Value: Sendable {
    public var tag: Tag
    public var bits: UInt64

    @inline(__always) public init(tag: Tag, bits: UInt64) { self.tag = tag; self.bits = bits }

    public static let none = Value(tag: .none, bits: 0)
    public static let unbound = Value(tag: .unbound, bits: 0)
    public static let `true` = Value(tag: .bool, bits: 1)
    public static let `false` = Value(tag: .bool, bits: 0)

    @inline(__always) public static func int(_ i: Int64) -> Value { Value(tag: .int, bits: UInt64(bitPattern: i)) }
    @inline(__always) public static func int(_ i: Int) -> Value { Value(tag: .int, bits: UInt64(bitPattern: Int64(i))) }
    @inline(__always) public static func float(_ d: Double) -> Value { Value(tag: .float, bits: d.bitPattern) }
    @inline(__always) public static func bool(_ b: Bool) -> Value { Value(tag: .bool, bits: b ? 1 : 0) }
    @inline(__always) public static func object(_ index: Int32) -> Value { Value(tag: .object, bits: UInt64(UInt32(bitPattern: index))) }

    @inline(__always) public var intValue: Int64 { Int64(bitPattern: bits) }
    @inline(__always) public var floatValue: Double { Double(bitPattern: bits) }
    @inline(__always) public var boolValue: Bool { bits != 0 }
    @inline(__always) public var objectIndex: Int { Int(UInt32(truncatingIfNeeded: bits)) }

    @inline(__always) public var isNone: Bool { tag == .none }
    @inline(__always) public var isObject: Bool { tag == .object }

    /// Same object or same immediate: Python's `is`.
    @inline(__always) public func identical(_ other: Value) -> Bool {
        if tag != other.tag { return false }
        if tag == .float { return bits == other.bits }
        return bits == other.bits
    }
}
