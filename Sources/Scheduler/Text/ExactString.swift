#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A String as a dictionary key compared by its code points (its UTF-8 bytes), as Python
/// compares strings. Swift's own `==` and hashing treat canonically equivalent strings
/// (`"é"` and `"e\u{301}"`, `"Å"` and the Ångström sign) as one key.
public struct ExactString: Hashable, Sendable {
    public let value: String
    public init(_ value: String) { self.value = value }

    public static func == (a: ExactString, b: ExactString) -> Bool { sameCodePoints(a.value, b.value) }

    /// Python's string equality: the same code points, compared as UTF-8 bytes with memcmp.
    public static func sameCodePoints(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }

    public func hash(into h: inout Hasher) {
        var s = value
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
