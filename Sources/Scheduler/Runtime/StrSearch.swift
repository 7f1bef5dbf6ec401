/// Substring search for `str`: by code points or UTF-8 bytes (the same matches, since UTF-8
/// is self-synchronizing), never by Swift's Characters, which treat canonically equivalent
/// strings (`"é"` and `"e\u{301}"`) as equal where Python does not. Knuth–Morris–Pratt keeps
/// every search linear, however often the needle nearly matches.
enum StrSearch {
    /// Start offsets of `needle` (not empty) in `hay`, as `hay`'s own indices: left to right,
    /// or right to left with `fromRight` (descending). Without `overlapping`, a match resumes
    /// after its end (`count`, `split`, `replace`). At most `limit` of them (negative: all).
    static func matches<C: RandomAccessCollection>(of needle: [C.Element], in hay: C, fromRight: Bool = false,
                                                   overlapping: Bool = false, limit: Int = -1) -> [Int]
    where C.Index == Int, C.Element: Equatable {
        let pattern = fromRight ? Array(needle.reversed()) : needle
        var fail = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in pattern.indices.dropFirst() {
            while k > 0 && pattern[i] != pattern[k] { k = fail[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            fail[i] = k
        }
        var hits: [Int] = []
        if limit == 0 { return hits }
        k = 0
        var i = fromRight ? hay.endIndex - 1 : hay.startIndex
        while fromRight ? i >= hay.startIndex : i < hay.endIndex {
            let c = hay[i]
            while k > 0 && c != pattern[k] { k = fail[k - 1] }
            if c == pattern[k] { k += 1 }
            if k == pattern.count {
                hits.append(fromRight ? i : i - pattern.count + 1)
                if hits.count == limit { break }
                k = overlapping ? fail[k - 1] : 0
            }
            i += fromRight ? -1 : 1
        }
        return hits
    }

    /// `body` over `s`'s UTF-8 bytes, in place when they are contiguous.
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    static func contains(_ hay: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        return withBytes(hay) { !matches(of: Array(needle.utf8), in: $0, limit: 1).isEmpty }
    }

    /// `s.split(sep, maxsplit)` and `rsplit` for a separator that is not empty.
    static func split(_ s: String, _ sep: String, maxsplit: Int, fromRight: Bool) -> [String] {
        let w = sep.utf8.count
        return withBytes(s) { bytes in
            let hits = matches(of: Array(sep.utf8), in: bytes, fromRight: fromRight, limit: maxsplit)
            var parts: [String] = []
            parts.reserveCapacity(hits.count + 1)
            var bounds = fromRight ? hits.reversed() : hits
            bounds.append(bytes.count)
            var from = 0
            for end in bounds {
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<end]), as: UTF8.self))
                from = end + w
            }
            return parts
        }
    }

    /// How many times `old` (not empty) occurs, without overlaps, at most `count` (negative: all).
    static func count(_ s: String, _ old: String, limit: Int) -> Int {
        withBytes(s) { matches(of: Array(old.utf8), in: $0, limit: limit).count }
    }

    /// `s.replace(old, new, count)` for an `old` that is not empty.
    static func replace(_ s: String, _ old: String, _ new: String, count: Int) -> String {
        let w = old.utf8.count
        return withBytes(s) { bytes in
            let hits = matches(of: Array(old.utf8), in: bytes, limit: count)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + hits.count * (new.utf8.count - w))
            var from = 0
            for h in hits {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<h]))
                out.append(contentsOf: new.utf8)
                from = h + w
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<bytes.count]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
