// PyFormat.swift — CPython 3.11 compatible number and string formatting.
//
// Pure Swift standard library (no Foundation).  Covers:
//   * repr()/str() of floats (shortest round-trip digits, CPython layout)
//   * format(x, spec) / f-string format specs for float, int (any size) and str
//   * printf-style `str % args`
//   * round(x, n) for floats (correctly rounded, half-even on the exact value)
//
// Correct rounding for fixed-precision output is done on the *exact* value of the
// binary double, as CPython's dtoa does, so e.g. '%.2f' % 2.675 == '2.67':
// a 128-bit integer fast path (x * 10^p when it fits) and otherwise the full
// decimal expansion with big-number arithmetic on base-1e9 limbs.
// repr() reuses Swift's shortest round-trip digits (Double.description) and only
// re-lays them out where Swift's notation thresholds differ from Python's.

/// A Python exception raised by formatting: `type` is the exception class name
/// ("ValueError", "TypeError", "OverflowError"), `message` is `str(exc)`.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    public var type: String
    public var message: String

    public init(type: String, message: String) {
        self.type = type
        self.message = message
    }

    public var description: String { "\(type): \(message)" }

    static func value(_ m: String) -> FormatError { FormatError(type: "ValueError", message: m) }
    static func typeError(_ m: String) -> FormatError { FormatError(type: "TypeError", message: m) }
    static func overflow(_ m: String) -> FormatError { FormatError(type: "OverflowError", message: m) }
}

/// One argument of printf-style formatting (`fmt % args`).
public enum PercentArg {
    /// An int: sign and a closure returning the absolute value's digits in radix 2/8/10/16 (lowercase).
    case int(negative: Bool, magnitude: (Int) -> String)
    case float(Double)
    /// A str value: its str() (the string itself) and its repr().
    case string(str: String, repr: String)
    /// A bool (an int subclass whose str() is 'True'/'False').
    case bool(Bool)
    /// Any other object: its type name (for error messages), str() and repr().
    case other(typeName: String, str: String, repr: String)
}

public enum PyFormat {

    // MARK: - Format spec

    /// A parsed standard format specifier:
    /// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
    /// Fields are nil when not given; `fill` is only set by the two-character `fill+align` form,
    /// `zeroPad` is the '0' flag in front of the width (only recognised when no explicit fill).
    public struct Spec: Equatable, Sendable {
        public var fill: Unicode.Scalar?
        public var align: Character?        // '<' '>' '=' '^'
        public var sign: Character?         // '+' '-' ' '
        public var noNegZero: Bool          // 'z'
        public var alternate: Bool          // '#'
        public var zeroPad: Bool            // '0'
        public var width: Int?
        public var grouping: Character?     // ',' or '_'
        public var precision: Int?
        public var type: Character?

        public init(fill: Unicode.Scalar? = nil, align: Character? = nil, sign: Character? = nil,
                    noNegZero: Bool = false, alternate: Bool = false, zeroPad: Bool = false,
                    width: Int? = nil, grouping: Character? = nil, precision: Int? = nil,
                    type: Character? = nil) {
            self.fill = fill
            self.align = align
            self.sign = sign
            self.noNegZero = noNegZero
            self.alternate = alternate
            self.zeroPad = zeroPad
            self.width = width
            self.grouping = grouping
            self.precision = precision
            self.type = type
        }
    }

    /// Parses a format spec as CPython's `parse_internal_render_format_spec`.
    /// `typeName` is only used in the "Invalid format specifier" message.
    /// (The grouping/type compatibility check, which CPython also does while parsing, is done
    /// by the `format` functions since it depends on the object's default type.)
    public static func parseSpec(_ s: String, typeName: String = "object") throws(FormatError) -> Spec {
        var spec = Spec()
        if s.isEmpty { return spec }
        let u = s.unicodeScalars
        let end = u.endIndex
        var pos = u.startIndex
        @inline(__always) func isAlign(_ c: Unicode.Scalar) -> Bool {
            c == "<" || c == ">" || c == "=" || c == "^"
        }
        let second = u.index(after: pos)
        if second < end && isAlign(u[second]) {
            spec.align = Character(u[second])
            spec.fill = u[pos]
            pos = u.index(after: second)
        } else if isAlign(u[pos]) {
            spec.align = Character(u[pos])
            pos = second
        }
        if pos < end && (u[pos] == "+" || u[pos] == "-" || u[pos] == " ") {
            spec.sign = Character(u[pos])
            u.formIndex(after: &pos)
        }
        if pos < end && u[pos] == "z" {
            spec.noNegZero = true
            u.formIndex(after: &pos)
        }
        if pos < end && u[pos] == "#" {
            spec.alternate = true
            u.formIndex(after: &pos)
        }
        if spec.fill == nil && pos < end && u[pos] == "0" {
            spec.zeroPad = true
            u.formIndex(after: &pos)
        }
        let (w, wn) = try getInteger(u, &pos)
        if wn > 0 { spec.width = w }
        if pos < end && u[pos] == "," {
            spec.grouping = ","
            u.formIndex(after: &pos)
        }
        if pos < end && u[pos] == "_" {
            if spec.grouping != nil { throw .value("Cannot specify both ',' and '_'.") }
            spec.grouping = "_"
            u.formIndex(after: &pos)
        }
        if pos < end && u[pos] == "," && spec.grouping == "_" {
            throw .value("Cannot specify both ',' and '_'.")
        }
        if pos < end && u[pos] == "." {
            u.formIndex(after: &pos)
            let (p, pn) = try getInteger(u, &pos)
            if pn == 0 { throw .value("Format specifier missing precision") }
            spec.precision = p
        }
        if pos < end {
            if u.index(after: pos) < end {
                throw .value("Invalid format specifier '\(s)' for object of type '\(typeName)'")
            }
            spec.type = Character(u[pos])
        }
        return spec
    }

    private static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v >= 48 && v <= 57 { return Int(v - 48) }
        if v < 128 { return nil }
        let p = c.properties
        if p.numericType == .decimal, let nv = p.numericValue { return Int(nv) }
        return nil
    }

    private static func getInteger(_ u: String.UnicodeScalarView, _ pos: inout String.Index) throws(FormatError) -> (Int, Int) {
        var acc = 0
        var n = 0
        while pos < u.endIndex, let d = decimalValue(u[pos]) {
            if acc > (Int.max - d) / 10 { throw .value("Too many decimal digits in format string") }
            acc = acc * 10 + d
            u.formIndex(after: &pos)
            n += 1
        }
        return (acc, n)
    }

    @inline(__always) private static func typeCode(_ c: Character?) -> UInt32 {
        guard let c = c else { return 0 }
        if let a = c.asciiValue { return UInt32(a) }
        return c.unicodeScalars.first!.value
    }

    private static func codeDescription(_ t: UInt32) -> String {
        if t > 32 && t < 128 { return String(Character(Unicode.Scalar(UInt8(t)))) }
        return "\\x" + String(t, radix: 16)
    }

    private static func unknownCode(_ t: UInt32, _ typeName: String) -> FormatError {
        .value("Unknown format code '\(codeDescription(t))' for object of type '\(typeName)'")
    }

    /// CPython's grouping/type validation. Returns the group size (3 or 4) when grouping is on.
    private static func validateGrouping(_ spec: Spec, _ t: UInt32) throws(FormatError) -> Int {
        guard let g = spec.grouping else { return 0 }
        switch t {
        case 0, 0x64 /*d*/, 0x65 /*e*/, 0x66 /*f*/, 0x67 /*g*/, 0x45 /*E*/, 0x47 /*G*/, 0x25 /*%*/, 0x46 /*F*/:
            return 3
        case 0x62 /*b*/, 0x6F /*o*/, 0x78 /*x*/, 0x58 /*X*/:
            if g == "_" { return 4 }
        default:
            break
        }
        throw .value("Cannot specify '\(g)' with '\(codeDescription(t))'.")
    }

    // MARK: - Layout helpers (calc_number_widths / fill_number)

    private struct Resolved {
        var fill: Unicode.Scalar
        var align: UInt8
        var width: Int
    }

    private static func resolve(_ spec: Spec, defaultAlign: UInt8) -> Resolved {
        let fill: Unicode.Scalar = spec.fill ?? (spec.zeroPad ? "0" : " ")
        var align = defaultAlign
        if let a = spec.align {
            align = a.asciiValue ?? 0x3E
        } else if spec.zeroPad && defaultAlign == UInt8(ascii: ">") {
            align = UInt8(ascii: "=")
        }
        return Resolved(fill: fill, align: align, width: spec.width ?? -1)
    }

    @inline(__always) private static func appendScalar(_ out: inout [UInt8], _ c: Unicode.Scalar, _ n: Int) {
        if n <= 0 { return }
        if c.value < 128 {
            let b = UInt8(c.value)
            for _ in 0..<n { out.append(b) }
        } else {
            let enc = Array(String(Character(c)).utf8)
            for _ in 0..<n { out.append(contentsOf: enc) }
        }
    }

    /// Digits with thousands separators / zero padding, as CPython's
    /// `_PyUnicode_InsertThousandsGrouping` (group repeats forever).
    private static func groupDigits(_ digits: ArraySlice<UInt8>, minWidth mw: Int, sep: UInt8, size: Int) -> [UInt8] {
        var minWidth = max(0, mw)
        var remaining = digits.count
        var rev: [UInt8] = []
        rev.reserveCapacity(max(remaining, minWidth) + remaining / 3 + 2)
        var pos = digits.endIndex
        if size == 0 {
            let len = max(max(remaining, minWidth), 1)
            let zeros = max(0, len - remaining)
            var out = [UInt8](repeating: UInt8(ascii: "0"), count: zeros)
            out.append(contentsOf: digits)
            return out
        }
        var useSep = false
        while true {
            let len = min(size, max(max(remaining, minWidth), 1))
            let zeros = max(0, len - remaining)
            let chars = max(0, min(remaining, len))
            if useSep { rev.append(sep) }
            for _ in 0..<chars {
                pos -= 1
                rev.append(digits[pos])
            }
            for _ in 0..<zeros { rev.append(UInt8(ascii: "0")) }
            useSep = true
            remaining -= chars
            minWidth -= len
            if remaining <= 0 && minWidth <= 0 { break }
            minWidth -= 1
        }
        rev.reverse()
        return rev
    }

    /// Assembles `<lpad><sign><prefix><spad><grouped digits><decimal+remainder><rpad>`.
    /// `remainder` includes the decimal point when `hasDecimal`; `remainderLen` is its length in code points.
    private static func layoutNumber(signChar: UInt8?, prefix: [UInt8], digits: ArraySlice<UInt8>,
                                     remainder: ArraySlice<UInt8>, remainderLen: Int,
                                     spec: Spec, res: Resolved, groupSep: UInt8, groupSize: Int) -> String {
        var sign: UInt8? = nil
        switch spec.sign?.asciiValue {
        case 0x2B: sign = signChar ?? UInt8(ascii: "+")
        case 0x20: sign = signChar ?? UInt8(ascii: " ")
        default: sign = signChar
        }
        let nSign = sign == nil ? 0 : 1
        let nonDigit = nSign + prefix.count + remainderLen
        let minWidth = (res.fill == "0" && res.align == UInt8(ascii: "=")) ? res.width - nonDigit : 0
        // without separators the grouping step is just zero padding up to minWidth
        let plainZeros = digits.isEmpty ? 0 : max(0, max(minWidth, 1) - digits.count)
        let grouped: [UInt8] = (digits.isEmpty || groupSize == 0) ? []
            : groupDigits(digits, minWidth: minWidth, sep: groupSep, size: groupSize)
        let groupedCount = groupSize == 0 ? digits.count + plainZeros : grouped.count
        let padding = res.width - (nonDigit + groupedCount)
        var lpad = 0, spad = 0, rpad = 0
        if padding > 0 {
            switch res.align {
            case UInt8(ascii: "<"): rpad = padding
            case UInt8(ascii: "^"): lpad = padding / 2; rpad = padding - lpad
            case UInt8(ascii: "="): spad = padding
            default: lpad = padding
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(max(res.width, 0) + groupedCount + remainder.count + 4)
        appendScalar(&out, res.fill, lpad)
        if let s = sign { out.append(s) }
        out.append(contentsOf: prefix)
        appendScalar(&out, res.fill, spad)
        if groupSize == 0 {
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: plainZeros))
            out.append(contentsOf: digits)
        } else {
            out.append(contentsOf: grouped)
        }
        out.append(contentsOf: remainder)
        appendScalar(&out, res.fill, rpad)
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Exact decimal expansion

    private static let pow5: [UInt64] = {
        var a: [UInt64] = [1]
        for _ in 1...13 { a.append(a.last! * 5) }
        return a
    }()

    @inline(__always) private static func mulSmall(_ limbs: inout [UInt32], _ f: UInt64) {
        var carry: UInt64 = 0
        for i in 0..<limbs.count {
            let p = UInt64(limbs[i]) &* f &+ carry
            carry = p / 1_000_000_000
            limbs[i] = UInt32(truncatingIfNeeded: p &- carry &* 1_000_000_000)
        }
        while carry > 0 {
            let q = carry / 1_000_000_000
            limbs.append(UInt32(truncatingIfNeeded: carry &- q &* 1_000_000_000))
            carry = q
        }
    }

    /// Appends the decimal digits of `v` as raw values 0...9 (not ASCII).
    @inline(__always) private static func appendDecimal(_ v: UInt64, to digits: inout [UInt8], minCount: Int = 1) {
        var n = 1
        var t = v
        while t >= 10 {
            t /= 10
            n += 1
        }
        n = max(n, minCount)
        let start = digits.count
        digits.append(contentsOf: repeatElement(0, count: n))
        t = v
        var i = start + n - 1
        while i >= start {
            digits[i] = UInt8(truncatingIfNeeded: t % 10)
            t /= 10
            i -= 1
        }
    }

    private static let pow10: [UInt64] = {
        var a: [UInt64] = [1]
        for _ in 1...19 { a.append(a.last! * 10) }
        return a
    }()

    /// round-half-even(a × 10^p) computed exactly with 128-bit arithmetic, when it fits in UInt64.
    /// Returns nil when the fast path does not apply (the caller then uses `exactDecimal`).
    private static func scaledRoundFast(_ a: Double, _ p: Int) -> UInt64? {
        guard p >= 0 && p <= 19 else { return nil }
        let bits = a.bitPattern
        let be = Int((bits >> 52) & 0x7FF)
        let k = 1075 - be                       // a = m × 2^-k
        guard be != 0 && k > 0 && k < 128 else { return nil }
        let m = (bits & 0x000F_FFFF_FFFF_FFFF) | (1 << 52)
        let (hi, lo) = m.multipliedFullWidth(by: pow10[p])
        var q: UInt64
        var cmp: Int                             // remainder compared with one half
        if k >= 64 {
            let s = k - 64
            q = hi >> UInt64(s)
            if s == 0 {
                cmp = lo > (1 << 63) ? 1 : (lo == (1 << 63) ? 0 : -1)
            } else {
                let remHi = hi & ((1 << UInt64(s)) - 1)
                let halfHi: UInt64 = 1 << UInt64(s - 1)
                cmp = remHi > halfHi ? 1 : (remHi < halfHi ? -1 : (lo == 0 ? 0 : 1))
            }
        } else {
            guard hi >> UInt64(k) == 0 else { return nil }
            q = (k == 0 ? 0 : hi << UInt64(64 - k)) | (lo >> UInt64(k))
            let rem = lo & ((1 << UInt64(k)) - 1)
            let half: UInt64 = 1 << UInt64(k - 1)
            cmp = rem > half ? 1 : (rem < half ? -1 : 0)
        }
        if cmp > 0 || (cmp == 0 && q & 1 == 1) {
            guard q != UInt64.max else { return nil }
            q += 1
        }
        return q
    }

    /// Digits (trailing zeros stripped) and decpt of round(a, p places), dtoa mode 3 style.
    private static func fixedDigits(_ a: Double, _ p: Int) -> (digits: [UInt8], decpt: Int) {
        // a < 2^(exponent+1) <= 16^-(p+1) < 0.5 * 10^-p: rounds to zero
        if p >= 0 && Int(a.exponent) < -4 * (p + 1) - 1 { return ([], -p) }
        if let q = scaledRoundFast(a, p) {
            if q == 0 { return ([], -p) }
            var d: [UInt8] = []
            d.reserveCapacity(20)
            appendDecimal(q, to: &d)
            let decpt = d.count - p
            while let last = d.last, last == 0 { d.removeLast() }
            return (d, decpt)
        }
        var (d, decpt) = exactDecimal(a)
        roundDigits(&d, &decpt, keep: decpt + p)
        if d.isEmpty { decpt = -p }
        return (d, decpt)
    }

    /// Digits and decpt of `a` rounded to `n` significant digits (dtoa mode 2), trailing zeros stripped.
    private static func significantDigits(_ a: Double, _ n: Int) -> (digits: [UInt8], decpt: Int) {
        if n >= 1 && n <= 19 && a.isNormal {
            // estimate of the decimal exponent, corrected below (off by at most one)
            var d = Int((Double(Int(a.exponent)) * 0.30102999566398120).rounded(.down)) + 1
            for _ in 0..<4 {
                guard let q = scaledRoundFast(a, n - d) else { break }
                if n < 19 && q >= pow10[n] {
                    d += 1
                    continue
                }
                if q < pow10[n - 1] {
                    d -= 1
                    continue
                }
                if n == 19 && q >= 10_000_000_000_000_000_000 {
                    d += 1
                    continue
                }
                var digits: [UInt8] = []
                digits.reserveCapacity(20)
                appendDecimal(q, to: &digits)
                let decpt = d + digits.count - n
                while let last = digits.last, last == 0 { digits.removeLast() }
                return (digits, decpt)
            }
        }
        var (digits, decpt) = exactDecimal(a)
        roundDigits(&digits, &decpt, keep: n)
        return (digits, decpt)
    }

    /// The exact decimal value of a positive finite double: digits (no leading/trailing zeros)
    /// and `decpt` such that value = 0.d1d2d3... × 10^decpt.
    static func exactDecimal(_ a: Double) -> (digits: [UInt8], decpt: Int) {
        let bits = a.bitPattern
        var m = bits & 0x000F_FFFF_FFFF_FFFF
        let be = Int((bits >> 52) & 0x7FF)
        var e: Int
        if be == 0 { e = -1074 } else { m |= 1 << 52; e = be - 1075 }
        if m == 0 { return ([0], 1) }
        let tz = m.trailingZeroBitCount
        m >>= UInt64(tz)
        e += tz
        var digits: [UInt8] = []
        var fracDigits = 0
        if e >= 0 && e <= 10 {
            appendDecimal(m << UInt64(e), to: &digits)
        } else {
            var limbs: [UInt32] = []
            limbs.reserveCapacity(e > 0 ? e / 29 + 3 : (-e * 7) / 90 + 4)
            var t = m
            while t > 0 {
                limbs.append(UInt32(t % 1_000_000_000))
                t /= 1_000_000_000
            }
            if e > 0 {
                var k = e
                while k > 0 {
                    let s = min(k, 32)
                    mulSmall(&limbs, UInt64(1) << UInt64(s))
                    k -= s
                }
            } else {
                var k = -e
                fracDigits = k
                while k > 0 {
                    let s = min(k, 13)
                    mulSmall(&limbs, pow5[s])
                    k -= s
                }
            }
            digits.reserveCapacity(limbs.count * 9)
            appendDecimal(UInt64(limbs[limbs.count - 1]), to: &digits)
            var i = limbs.count - 2
            while i >= 0 {
                appendDecimal(UInt64(limbs[i]), to: &digits, minCount: 9)
                i -= 1
            }
        }
        let decpt = digits.count - fracDigits
        while let last = digits.last, last == 0 { digits.removeLast() }
        return (digits, decpt)
    }

    /// Keeps the first `keep` digits, rounding half-even on the exact value (digits are exact).
    /// Result has no trailing zeros; may be empty (value rounded to zero).
    private static func roundDigits(_ d: inout [UInt8], _ decpt: inout Int, keep: Int) {
        if keep >= d.count { return }
        if keep < 0 { d.removeAll(); return }
        let first = d[keep]
        let up: Bool
        if first > 5 {
            up = true
        } else if first < 5 {
            up = false
        } else {
            // digits carry no trailing zeros, so anything after the 5 is nonzero
            up = d.count > keep + 1 || (keep > 0 && d[keep - 1] & 1 == 1)
        }
        d.removeSubrange(keep...)
        if up {
            var i = keep - 1
            while i >= 0 && d[i] == 9 {
                d[i] = 0
                i -= 1
            }
            if i < 0 {
                d.removeAll()
                d.append(1)
                decpt += 1
            } else {
                d[i] += 1
            }
        }
        while let last = d.last, last == 0 { d.removeLast() }
    }

    /// Shortest round-trip digits (repr) of a positive finite double, via Swift's description.
    static func shortestDigits(_ a: Double) -> (digits: [UInt8], decpt: Int) {
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var point = -1
        var exp = 0
        var expNeg = false
        var inExp = false
        for b in a.description.utf8 {
            if inExp {
                if b == UInt8(ascii: "-") { expNeg = true } else if b >= 48 && b <= 57 { exp = exp * 10 + Int(b - 48) }
            } else if b == UInt8(ascii: ".") {
                point = digits.count
            } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                inExp = true
            } else if b >= 48 && b <= 57 {
                digits.append(b - 48)
            }
        }
        var decpt = (point < 0 ? digits.count : point) + (expNeg ? -exp : exp)
        var lead = 0
        while lead < digits.count - 1 && digits[lead] == 0 { lead += 1 }
        if lead > 0 {
            digits.removeFirst(lead)
            decpt -= lead
        }
        while digits.count > 1, let last = digits.last, last == 0 { digits.removeLast() }
        return (digits, decpt)
    }

    // MARK: - PyOS_double_to_string

    /// CPython's `PyOS_double_to_string` + `format_float_short`. `code` is one of e E f F g G r.
    static func doubleToString(_ val: Double, code: UInt8, precision: Int, alt: Bool = false,
                               addDot0: Bool = false, noNegZero: Bool = false, alwaysSign: Bool = false) -> [UInt8] {
        var c = code
        var upper = false
        if c == UInt8(ascii: "E") || c == UInt8(ascii: "F") || c == UInt8(ascii: "G") {
            upper = true
            c += 32
        }
        var prec = precision
        if c == UInt8(ascii: "e") { prec += 1 }
        if c == UInt8(ascii: "g") && prec == 0 { prec = 1 }
        var out: [UInt8] = []
        if val.isNaN {
            if alwaysSign { out.append(UInt8(ascii: "+")) }
            out.append(contentsOf: upper ? Array("NAN".utf8) : Array("nan".utf8))
            return out
        }
        var neg = val.sign == .minus
        if val.isInfinite {
            if neg { out.append(UInt8(ascii: "-")) } else if alwaysSign { out.append(UInt8(ascii: "+")) }
            out.append(contentsOf: upper ? Array("INF".utf8) : Array("inf".utf8))
            return out
        }
        let a = abs(val)
        var digits: [UInt8]
        var decpt: Int
        if a == 0 {
            digits = [0]
            decpt = 1
        } else if c == UInt8(ascii: "r") {
            (digits, decpt) = shortestDigits(a)
        } else {
            if c == UInt8(ascii: "f") {
                (digits, decpt) = fixedDigits(a, prec)
            } else {
                (digits, decpt) = significantDigits(a, prec)
            }
        }
        if noNegZero && neg && (digits.isEmpty || (digits.count == 1 && digits[0] == 0)) { neg = false }
        let n = digits.count
        var useExp = false
        var vEnd = n
        switch c {
        case UInt8(ascii: "e"):
            useExp = true
            vEnd = prec
        case UInt8(ascii: "f"):
            vEnd = decpt + prec
        case UInt8(ascii: "g"):
            if decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec) { useExp = true }
            if alt { vEnd = prec }
        default: // 'r'
            if decpt <= -4 || decpt > 16 { useExp = true }
        }
        var exp = 0
        if useExp {
            exp = decpt - 1
            decpt = 1
        }
        let vStart = decpt <= 0 ? decpt - 1 : 0
        if !useExp && addDot0 {
            vEnd = max(vEnd, decpt + 1)
        } else {
            vEnd = max(vEnd, decpt)
        }
        out.reserveCapacity(vEnd - vStart + 8)
        let zero = UInt8(ascii: "0")
        let dot = UInt8(ascii: ".")
        if neg { out.append(UInt8(ascii: "-")) } else if alwaysSign { out.append(UInt8(ascii: "+")) }
        if decpt <= 0 {
            for _ in 0..<(decpt - vStart) { out.append(zero) }
            out.append(dot)
            for _ in 0..<(-decpt) { out.append(zero) }
        } else {
            for _ in 0..<(-vStart) { out.append(zero) }
        }
        if 0 < decpt && decpt <= n {
            for i in 0..<decpt { out.append(digits[i] + zero) }
            out.append(dot)
            for i in decpt..<n { out.append(digits[i] + zero) }
        } else {
            for i in 0..<n { out.append(digits[i] + zero) }
        }
        if n < decpt {
            for _ in 0..<(decpt - n) { out.append(zero) }
            out.append(dot)
            for _ in 0..<max(0, vEnd - decpt) { out.append(zero) }
        } else {
            for _ in 0..<max(0, vEnd - n) { out.append(zero) }
        }
        if out.last == dot && !alt { out.removeLast() }
        if useExp {
            out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let ae = abs(exp)
            if ae >= 100 { out.append(UInt8(ae / 100) + zero) }
            out.append(UInt8(ae / 10 % 10) + zero)
            out.append(UInt8(ae % 10) + zero)
        }
        return out
    }

    // MARK: - repr

    /// repr(x) / str(x) for a float, exactly as CPython.
    public static func floatRepr(_ x: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buf in
            let n = writeFloatRepr(x, to: buf.baseAddress!)
            return String(decoding: UnsafeBufferPointer(rebasing: buf[..<n]), as: UTF8.self)
        }
    }

    /// Writes repr(x) as UTF-8 to `p`, which has room for 32 bytes, and returns its length.
    /// No String is made: the trace export formats a float or two an event, straight into
    /// its cache (`FloatReprCache`).
    static func writeFloatRepr(_ x: Double, to p: UnsafeMutablePointer<UInt8>) -> Int {
        if x.isNaN {
            p[0] = UInt8(ascii: "n"); p[1] = UInt8(ascii: "a"); p[2] = UInt8(ascii: "n")
            return 3
        }
        // Swift's shortest round-trip digits, the same as Python's repr. Swift 6.2's
        // formatter leaves the zeros it needs unwritten, expecting a buffer of "0"s (as
        // `description` passes it; later runtimes fill it themselves).
        p.initialize(repeating: UInt8(ascii: "0"), count: 32)
        let n = Int(swiftFloat64ToString(p, 32, x, false))
        if x.isInfinite || x == 0 { return n }
        // Swift: fixed notation for 1e-4 <= |x| < 2^53, exponent otherwise; same exponent
        // syntax as Python ('1e+16', '1.5e-05').  Python: fixed for 1e-4 <= |x| < 1e16.
        var hasE = false
        for i in 0..<n where p[i] == UInt8(ascii: "e") { hasE = true; break }
        let a = abs(x)
        if hasE == (a < 1e-4 || a >= 1e16) { return n }
        let fixed = doubleToString(x, code: UInt8(ascii: "r"), precision: 0, addDot0: true)
        for (i, b) in fixed.enumerated() { p[i] = b }
        return fixed.count
    }

    // MARK: - format(float)

    /// format(x, spec) for a float.
    public static func format(_ x: Double, _ spec: Spec) throws(FormatError) -> String {
        let t = typeCode(spec.type)
        let groupSize = try validateGrouping(spec, t)
        switch t {
        case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E /*n*/, 0x25:
            return try formatFloatInternal(x, spec, t, groupSize)
        default:
            throw unknownCode(t, "float")
        }
    }

    /// format(x, spec) for a float, parsing the spec string.
    public static func format(_ x: Double, spec: String) throws(FormatError) -> String {
        if spec.isEmpty { return floatRepr(x) }
        return try format(x, parseSpec(spec, typeName: "float"))
    }

    private static func formatFloatInternal(_ x: Double, _ spec: Spec, _ t0: UInt32, _ groupSize: Int) throws(FormatError) -> String {
        if let p = spec.precision, p > Int(Int32.max) { throw .value("precision too big") }
        var t = t0
        var addDot0 = false
        var defaultPrecision = 6
        if t == 0 {
            addDot0 = true
            t = UInt32(UInt8(ascii: "r"))
            defaultPrecision = 0
        }
        if t == 0x6E { t = 0x67 }
        var val = x
        var addPct = false
        if t == 0x25 {
            t = 0x66
            val *= 100
            addPct = true
        }
        var precision = defaultPrecision
        if let p = spec.precision {
            precision = p
            if t == UInt32(UInt8(ascii: "r")) { t = 0x67 }
        }
        let signCode = spec.sign?.asciiValue ?? 0
        let fast = signCode != 0x2B && signCode != 0x20 && spec.width == nil && t0 != 0x6E && spec.grouping == nil
        var buf: [UInt8]
        if t == UInt32(UInt8(ascii: "r")) && !spec.alternate {
            // repr layout (type '' without precision) is exactly repr()
            let r = (spec.noNegZero && val == 0) ? "0.0" : floatRepr(val)
            if fast { return r }
            buf = Array(r.utf8)
        } else {
            buf = doubleToString(val, code: UInt8(t), precision: precision, alt: spec.alternate,
                                 addDot0: addDot0, noNegZero: spec.noNegZero)
            if addPct { buf.append(UInt8(ascii: "%")) }
            if fast { return String(decoding: buf, as: UTF8.self) }
        }
        var idx = 0
        var signChar: UInt8? = nil
        if buf.first == UInt8(ascii: "-") {
            signChar = UInt8(ascii: "-")
            idx = 1
        }
        var dEnd = idx
        while dEnd < buf.count && buf[dEnd] >= 48 && buf[dEnd] <= 57 { dEnd += 1 }
        let res = resolve(spec, defaultAlign: UInt8(ascii: ">"))
        let sep: UInt8 = spec.grouping?.asciiValue == 0x5F ? UInt8(ascii: "_") : UInt8(ascii: ",")
        return layoutNumber(signChar: signChar, prefix: [], digits: buf[idx..<dEnd],
                            remainder: buf[dEnd...], remainderLen: buf.count - dEnd,
                            spec: spec, res: res, groupSep: sep, groupSize: t0 == 0x6E ? 0 : groupSize)
    }

    // MARK: - format(int)

    /// format(n, spec) for an int of any size. `magnitude(radix)` returns |n| in radix 2/8/10/16, lowercase.
    /// `typeName` is used in error messages ('int', 'bool', ...).
    public static func format(integerNegative negative: Bool, magnitude: (Int) -> String, _ spec: Spec,
                              typeName: String = "int") throws(FormatError) -> String {
        let t = spec.type == nil ? 0x64 : typeCode(spec.type)
        let groupSize = try validateGrouping(spec, t)
        switch t {
        case 0x62, 0x63, 0x64, 0x6F, 0x78, 0x58, 0x6E:
            break
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25:
            let d = try intToDouble(negative: negative, magnitude: magnitude)
            return try formatFloatInternal(d, spec, t, groupSize)
        default:
            throw unknownCode(t, typeName)
        }
        if spec.precision != nil { throw .value("Precision not allowed in integer format specifier") }
        if spec.noNegZero { throw .value("Negative zero coercion (z) not allowed in integer format specifier") }
        let res = resolve(spec, defaultAlign: UInt8(ascii: ">"))
        if t == 0x63 {
            if spec.sign != nil { throw .value("Sign not allowed with integer format specifier 'c'") }
            if spec.alternate { throw .value("Alternate form (#) not allowed with integer format specifier 'c'") }
            let scalar = try charFromInt(negative: negative, magnitude: magnitude, cLong: true)
            let rem = Array(String(Character(scalar)).utf8)
            return layoutNumber(signChar: nil, prefix: [], digits: ArraySlice<UInt8>(), remainder: rem[...], remainderLen: 1,
                                spec: spec, res: res, groupSep: 0, groupSize: 0)
        }
        let radix: Int
        var prefix: [UInt8] = []
        switch t {
        case 0x62: radix = 2
        case 0x6F: radix = 8
        case 0x78, 0x58: radix = 16
        default: radix = 10
        }
        var digits = Array(magnitude(radix).utf8)
        if t == 0x58 {
            for i in 0..<digits.count where digits[i] >= 0x61 && digits[i] <= 0x7A { digits[i] -= 32 }
        }
        if spec.alternate && radix != 10 { prefix = [0x30, UInt8(truncatingIfNeeded: t)] }
        let sep: UInt8 = spec.grouping?.asciiValue == 0x5F ? UInt8(ascii: "_") : UInt8(ascii: ",")
        return layoutNumber(signChar: negative ? UInt8(ascii: "-") : nil, prefix: prefix, digits: digits[...],
                            remainder: ArraySlice<UInt8>(), remainderLen: 0, spec: spec, res: res,
                            groupSep: sep, groupSize: t == 0x6E ? 0 : groupSize)
    }

    /// format(n, spec) for an int, parsing the spec string (empty spec = str(n)).
    public static func format(integerNegative negative: Bool, magnitude: (Int) -> String, spec: String,
                              typeName: String = "int") throws(FormatError) -> String {
        if spec.isEmpty { return (negative ? "-" : "") + magnitude(10) }
        return try format(integerNegative: negative, magnitude: magnitude, parseSpec(spec, typeName: typeName),
                          typeName: typeName)
    }

    /// Convenience for machine integers.
    public static func format(_ n: Int, spec: String) throws(FormatError) -> String {
        let m = n.magnitude
        return try format(integerNegative: n < 0, magnitude: { String(m, radix: $0) }, spec: spec)
    }

    /// int -> float conversion as float(n) (correctly rounded; OverflowError when too large).
    static func intToDouble(negative: Bool, magnitude: (Int) -> String) throws(FormatError) -> Double {
        let s = magnitude(10)
        guard let d = Double(s), d.isFinite else { throw .overflow("int too large to convert to float") }
        return negative ? -d : d
    }

    /// chr() for '%c' / format(n, 'c').  format() converts to a C long first (`cLong`), so values
    /// outside the int64 range give a different OverflowError there than in printf-style.
    private static func charFromInt(negative: Bool, magnitude: (Int) -> String, cLong: Bool = false) throws(FormatError) -> Unicode.Scalar {
        let s = magnitude(10)
        guard !negative, s.utf8.count <= 8, let v = UInt32(s), v <= 0x10FFFF else {
            if cLong {
                let m = s.utf8.count <= 19 ? UInt64(s) : nil
                if m == nil || m! > UInt64(Int64.max) + (negative ? 1 : 0) {
                    throw .overflow("Python int too large to convert to C long")
                }
            }
            throw .overflow("%c arg not in range(0x110000)")
        }
        return Unicode.Scalar(v) ?? "\u{FFFD}"   // lone surrogates are not representable in Swift strings
    }

    // MARK: - format(str)

    /// format(s, spec) for a str.
    public static func format(string s: String, _ spec: Spec) throws(FormatError) -> String {
        let t = spec.type == nil ? 0x73 : typeCode(spec.type)
        _ = try validateGrouping(spec, t)
        if t != 0x73 { throw unknownCode(t, "str") }
        if let sg = spec.sign {
            throw .value(sg == " " ? "Space not allowed in string format specifier"
                                   : "Sign not allowed in string format specifier")
        }
        if spec.noNegZero { throw .value("Negative zero coercion (z) not allowed in string format specifier") }
        if spec.alternate { throw .value("Alternate form (#) not allowed in string format specifier") }
        let res = resolve(spec, defaultAlign: UInt8(ascii: "<"))
        if res.align == UInt8(ascii: "=") { throw .value("'=' alignment not allowed in string format specifier") }
        if spec.width == nil && spec.precision == nil { return s }
        var len = s.unicodeScalars.count
        if (res.width <= len) && (spec.precision == nil || spec.precision! >= len) { return s }
        var body = s
        if let p = spec.precision, len >= p {
            len = p
            body = String(String.UnicodeScalarView(s.unicodeScalars.prefix(p)))
        }
        let total = max(res.width, len)
        let lpad: Int
        switch res.align {
        case UInt8(ascii: ">"): lpad = total - len
        case UInt8(ascii: "^"): lpad = (total - len) / 2
        default: lpad = 0
        }
        let rpad = total - len - lpad
        if lpad == 0 && rpad == 0 { return body }
        var out: [UInt8] = []
        out.reserveCapacity(total + body.utf8.count)
        appendScalar(&out, res.fill, lpad)
        out.append(contentsOf: body.utf8)
        appendScalar(&out, res.fill, rpad)
        return String(decoding: out, as: UTF8.self)
    }

    /// format(s, spec) for a str, parsing the spec string.
    public static func format(string s: String, spec: String) throws(FormatError) -> String {
        if spec.isEmpty { return s }
        return try format(string: s, parseSpec(spec, typeName: "str"))
    }

    // MARK: - round

    /// round(x, n) for a float, as CPython's float.__round__ with an ndigits argument
    /// (n may be negative).  Throws OverflowError("rounded value too large to represent").
    public static func round(_ x: Double, digits n: Int) throws(FormatError) -> Double {
        if !x.isFinite { return x }
        if n > 323 { return x }
        if n < -308 { return 0.0 * x }
        if x == 0 { return x }
        let (digits, decpt) = fixedDigits(abs(x), n)
        let neg = x.sign == .minus
        if digits.isEmpty { return neg ? -0.0 : 0.0 }
        var s = neg ? "-" : ""
        s.reserveCapacity(digits.count + 8)
        for d in digits { s.unicodeScalars.append(Unicode.Scalar(d + 48)) }
        s += "e" + String(decpt - digits.count)
        let r = Double(s) ?? 0
        if r.isInfinite { throw .overflow("rounded value too large to represent") }
        return r
    }

    /// round(x) with no ndigits: nearest integral value, ties to even (caller converts to int).
    public static func roundHalfEven(_ x: Double) -> Double {
        x.rounded(.toNearestOrEven)
    }

    // MARK: - printf-style formatting

    private static let F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16

    /// `format % args` (printf-style).  `args` are the tuple items (a single non-tuple argument is a
    /// one-element array).  When the right operand is a mapping (anything with __getitem__ that is
    /// not a tuple or str), pass it as the single element of `args` and give `mapping`, which looks up
    /// `%(key)s` keys (throwing the KeyError itself); "not all arguments converted" is then not raised.
    /// A width or precision that would make the result larger than `maxBytes` throws a "MemoryError".
    public static func percent(format: String, args: [PercentArg],
                               mapping: ((String) throws(FormatError) -> PercentArg)? = nil,
                               maxBytes: Int = Int.max) throws(FormatError) -> String {
        let f = Array(format.utf8)
        let n = f.count
        var out: [UInt8] = []
        out.reserveCapacity(n + 16)
        // argument cursor with CPython's semantics (arglen -1: a single, non-tuple argument)
        var arglen = mapping == nil ? args.count : -1
        var argidx = mapping == nil ? 0 : -2
        var single: PercentArg? = mapping == nil ? nil : args.first
        func nextArg() throws(FormatError) -> PercentArg {
            if argidx < arglen {
                let i = argidx
                argidx += 1
                if arglen < 0 {
                    if let s = single { return s }
                    throw .typeError("not enough arguments for format string")
                }
                return args[i]
            }
            throw .typeError("not enough arguments for format string")
        }
        let incomplete = FormatError.value("incomplete format")
        var i = 0
        var litStart = 0
        while i < n {
            if f[i] != 0x25 /* % */ {
                i += 1
                continue
            }
            if i > litStart { out.append(contentsOf: f[litStart..<i]) }
            i += 1
            if i < n && f[i] == 0x25 {
                out.append(0x25)
                i += 1
                litStart = i
                continue
            }
            if i < n && f[i] == 0x28 /* ( */ {
                guard let lookup = mapping else { throw .typeError("format requires a mapping") }
                var j = i + 1
                var pcount = 1
                while pcount > 0 && j < n {
                    if f[j] == 0x29 { pcount -= 1 } else if f[j] == 0x28 { pcount += 1 }
                    j += 1
                }
                if pcount > 0 { throw .value("incomplete format key") }
                single = try lookup(String(decoding: f[(i + 1)..<(j - 1)], as: UTF8.self))
                arglen = -1
                argidx = -2
                i = j
            }
            var flags = 0
            flagLoop: while i < n {
                switch f[i] {
                case 0x2D: flags |= F_LJUST
                case 0x2B: flags |= F_SIGN
                case 0x20: flags |= F_BLANK
                case 0x23: flags |= F_ALT
                case 0x30: flags |= F_ZERO
                default: break flagLoop
                }
                i += 1
            }
            if i >= n { throw incomplete }
            var ch = f[i]
            i += 1
            var width = -1
            var prec = -1
            if ch == 0x2A /* * */ {
                width = try starValue(try nextArg(), isWidth: true)
                if width < 0 {
                    flags |= F_LJUST
                    width = width == Int.min ? Int.max : -width
                }
                if i >= n { throw incomplete }
                ch = f[i]
                i += 1
            } else if ch >= 0x30 && ch <= 0x39 {
                width = Int(ch - 0x30)
                while true {
                    if i >= n { throw incomplete }
                    ch = f[i]
                    i += 1
                    if ch < 0x30 || ch > 0x39 { break }
                    let d = Int(ch - 0x30)
                    if width > (Int.max - d) / 10 { throw .value("width too big") }
                    width = width * 10 + d
                }
            }
            if ch == 0x2E /* . */ {
                prec = 0
                if i >= n { throw incomplete }
                ch = f[i]
                i += 1
                if ch == 0x2A {
                    prec = max(0, try starValue(try nextArg(), isWidth: false))
                    if i >= n { throw incomplete }
                    ch = f[i]
                    i += 1
                } else if ch >= 0x30 && ch <= 0x39 {
                    prec = Int(ch - 0x30)
                    while true {
                        if i >= n { throw incomplete }
                        ch = f[i]
                        i += 1
                        if ch < 0x30 || ch > 0x39 { break }
                        let d = Int(ch - 0x30)
                        if prec > (Int(Int32.max) - d) / 10 { throw .value("precision too big") }
                        prec = prec * 10 + d
                    }
                }
            }
            if ch == 0x68 || ch == 0x6C || ch == 0x4C /* h l L */ {
                if i >= n { throw incomplete }
                ch = f[i]
                i += 1
            }
            let v = try nextArg()
            if !isConversion(ch) {
                // report the full code point and its index in code points
                var end = i
                while end < n && f[end] & 0xC0 == 0x80 { end += 1 }
                let scalar = String(decoding: f[(i - 1)..<end], as: UTF8.self).unicodeScalars.first!
                var index = 0
                for b in f[0..<(i - 1)] where b & 0xC0 != 0x80 { index += 1 }
                let shown = (scalar.value >= 31 && scalar.value <= 126) ? Character(scalar) : "?"
                throw .value("unsupported format character '\(shown)' (0x\(String(scalar.value, radix: 16))) at index \(index)")
            }
            if max(width, prec) > maxBytes - out.count { throw FormatError(type: "MemoryError", message: "") }
            try percentOne(v, ch: ch, flags: flags, width: width, prec: prec, into: &out)
            litStart = i
        }
        if n > litStart { out.append(contentsOf: f[litStart..<n]) }
        if argidx < arglen && mapping == nil {
            throw .typeError("not all arguments converted during string formatting")
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func isConversion(_ c: UInt8) -> Bool {
        switch c {
        case 0x73, 0x72, 0x61, 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x63:
            return true   // s r a d i u o x X e E f F g G c
        default:
            return false
        }
    }

    private static func starValue(_ v: PercentArg, isWidth: Bool) throws(FormatError) -> Int {
        switch v {
        case .bool(let b):
            return b ? 1 : 0
        case .int(let neg, let mag):
            let s = mag(10)
            let limit: UInt64 = isWidth ? UInt64(Int.max) : UInt64(Int32.max)
            guard s.utf8.count <= 19, let m = UInt64(s), m <= limit + (neg ? 1 : 0) else {
                throw .overflow(isWidth ? "Python int too large to convert to C ssize_t"
                                        : "Python int too large to convert to C int")
            }
            if neg { return m == limit + 1 ? (isWidth ? Int.min : Int(Int32.min)) : -Int(m) }
            return Int(m)
        default:
            throw .typeError("* wants int")
        }
    }

    private static func typeName(_ v: PercentArg) -> String {
        switch v {
        case .int: return "int"
        case .float: return "float"
        case .string: return "str"
        case .bool: return "bool"
        case .other(let t, _, _): return t
        }
    }

    private static func strOf(_ v: PercentArg) -> String {
        switch v {
        case .int(let neg, let mag): return neg ? "-" + mag(10) : mag(10)
        case .float(let d): return floatRepr(d)
        case .string(let s, _): return s
        case .bool(let b): return b ? "True" : "False"
        case .other(_, let s, _): return s
        }
    }

    private static func reprOf(_ v: PercentArg) -> String {
        switch v {
        case .string(_, let r): return r
        case .other(_, _, let r): return r
        default: return strOf(v)
        }
    }

    /// ascii(): repr with non-ASCII code points backslash-escaped.
    public static func asciiOf(_ repr: String) -> String {
        var out = ""
        for c in repr.unicodeScalars {
            if c.value < 128 {
                out.unicodeScalars.append(c)
                continue
            }
            let h = String(c.value, radix: 16)
            if c.value < 0x100 {
                out += "\\x" + String(repeating: "0", count: 2 - h.count) + h
            } else if c.value < 0x10000 {
                out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
            } else {
                out += "\\U" + String(repeating: "0", count: 8 - h.count) + h
            }
        }
        return out
    }

    private static func percentOne(_ v: PercentArg, ch: UInt8, flags: Int, width: Int, prec: Int,
                                   into out: inout [UInt8]) throws(FormatError) {
        switch ch {
        case 0x73, 0x72, 0x61: // s r a
            let body = ch == 0x73 ? strOf(v) : (ch == 0x72 ? reprOf(v) : asciiOf(reprOf(v)))
            percentOutput(Array(body.utf8), ch: ch, flags: flags, width: width, prec: prec, numeric: false, into: &out)
        case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58: // d i u o x X
            let body: [UInt8]
            let alt = flags & F_ALT != 0
            switch v {
            case .int(let neg, let mag):
                body = formatLongPercent(negative: neg, digits: mag(ch == 0x6F ? 8 : (ch == 0x78 || ch == 0x58) ? 16 : 10),
                                         type: ch, alt: alt, prec: prec)
            case .bool(let b):
                body = formatLongPercent(negative: false, digits: b ? "1" : "0", type: ch, alt: alt, prec: prec)
            case .float(let d):
                if ch == 0x6F || ch == 0x78 || ch == 0x58 {
                    throw .typeError("%\(Character(Unicode.Scalar(ch))) format: an integer is required, not float")
                }
                if d.isNaN { throw .value("cannot convert float NaN to integer") }
                if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
                let tr = d.rounded(.towardZero)
                body = formatLongPercent(negative: tr < 0, digits: integralDigits(abs(tr)), type: ch, alt: alt, prec: prec)
            default:
                if ch == 0x6F || ch == 0x78 || ch == 0x58 {
                    throw .typeError("%\(Character(Unicode.Scalar(ch))) format: an integer is required, not \(typeName(v))")
                }
                throw .typeError("%\(Character(Unicode.Scalar(ch))) format: a real number is required, not \(typeName(v))")
            }
            percentOutput(body, ch: ch, flags: flags, width: width, prec: prec, numeric: true, into: &out)
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47: // e E f F g G
            let d: Double
            switch v {
            case .float(let x): d = x
            case .int(let neg, let mag): d = try intToDouble(negative: neg, magnitude: mag)
            case .bool(let b): d = b ? 1 : 0
            default: throw .typeError("must be real number, not \(typeName(v))")
            }
            let body = doubleToString(d, code: ch, precision: prec < 0 ? 6 : prec, alt: flags & F_ALT != 0)
            percentOutput(body, ch: ch, flags: flags, width: width, prec: prec, numeric: true, into: &out)
        default: // c
            let scalar: Unicode.Scalar
            switch v {
            case .string(let s, _):
                var it = s.unicodeScalars.makeIterator()
                guard let first = it.next(), it.next() == nil else { throw .typeError("%c requires int or char") }
                scalar = first
            case .int(let neg, let mag):
                scalar = try charFromInt(negative: neg, magnitude: mag)
            case .bool(let b):
                scalar = Unicode.Scalar(UInt8(b ? 1 : 0))
            default:
                throw .typeError("%c requires int or char")
            }
            percentOutput(Array(String(Character(scalar)).utf8), ch: ch, flags: flags, width: width, prec: prec,
                          numeric: false, into: &out)
        }
    }

    /// Decimal digits of a nonnegative integral double.
    private static func integralDigits(_ a: Double) -> String {
        if a < 9.2e18 { return String(UInt64(a)) }
        let (d, decpt) = exactDecimal(a)
        var s = ""
        s.reserveCapacity(decpt)
        for x in d { s.unicodeScalars.append(Unicode.Scalar(x + 48)) }
        if decpt > d.count { s += String(repeating: "0", count: decpt - d.count) }
        return s
    }

    /// `_PyUnicode_FormatLong`: "-"? ("0x"|"0X"|"0o")? digits, zero-filled to `prec` digits.
    private static func formatLongPercent(negative: Bool, digits: String, type: UInt8, alt: Bool, prec: Int) -> [UInt8] {
        var out: [UInt8] = []
        let d = digits.utf8
        out.reserveCapacity(d.count + 4 + max(0, prec))
        if negative { out.append(0x2D) }
        if alt && (type == 0x6F || type == 0x78 || type == 0x58) {
            out.append(0x30)
            out.append(type)
        }
        if prec > d.count {
            for _ in 0..<(prec - d.count) { out.append(0x30) }
        }
        if type == 0x58 {
            for b in d { out.append(b >= 0x61 && b <= 0x7A ? b - 32 : b) }
        } else {
            out.append(contentsOf: d)
        }
        return out
    }

    /// CPython's `unicode_format_arg_output`; `body` is UTF-8 (ASCII when `numeric`).
    private static func percentOutput(_ body: [UInt8], ch: UInt8, flags: Int, width w: Int, prec: Int,
                                      numeric: Bool, into out: inout [UInt8]) {
        var width = w
        let fill: UInt8 = (numeric && flags & F_ZERO != 0) ? 0x30 : 0x20
        var len = 0
        for b in body where b & 0xC0 != 0x80 { len += 1 }
        if (width == -1 || width <= len) && (prec == -1 || prec >= len) && flags & (F_SIGN | F_BLANK) == 0 {
            out.append(contentsOf: body)
            return
        }
        if ch == 0x73 || ch == 0x72 || ch == 0x61 {
            if prec >= 0 && len > prec { len = prec }
        }
        var pindex = 0
        var sign = numeric
        var signchar: UInt8 = 0x20
        if sign {
            let c = body[0]
            if c == 0x2D || c == 0x2B {
                signchar = c
                len -= 1
                pindex = 1
            } else if flags & F_SIGN != 0 {
                signchar = 0x2B
            } else if flags & F_BLANK != 0 {
                signchar = 0x20
            } else {
                sign = false
            }
        }
        if width < len { width = len }
        if sign {
            if fill != 0x20 { out.append(signchar) }
            if width > len { width -= 1 }
        }
        let altPrefix = flags & F_ALT != 0 && (ch == 0x78 || ch == 0x58 || ch == 0x6F)
        if altPrefix {
            if fill != 0x20 {
                out.append(0x30)
                out.append(ch)
                pindex += 2
            }
            width = max(0, width - 2)
            len -= 2
        }
        if width > len && flags & F_LJUST == 0 {
            out.append(contentsOf: repeatElement(fill, count: width - len))
            width = len
        }
        if fill == 0x20 {
            if sign { out.append(signchar) }
            if altPrefix {
                out.append(0x30)
                out.append(ch)
                pindex += 2
            }
        }
        if len > 0 {
            // copy `len` code points starting at byte `pindex`
            var end = pindex
            var count = 0
            while end < body.count {
                if body[end] & 0xC0 != 0x80 {
                    if count == len { break }
                    count += 1
                }
                end += 1
            }
            out.append(contentsOf: body[pindex..<end])
        }
        if width > len {
            out.append(contentsOf: repeatElement(0x20, count: width - len))
        }
    }
}

/// The runtime's formatter behind `Double.description`, writing into a 32-byte buffer.
@_silgen_name("swift_float64ToString")
private func swiftFloat64ToString(_ buffer: UnsafeMutablePointer<UInt8>, _ length: UInt, _ value: Double, _ debug: Bool) -> UInt64
