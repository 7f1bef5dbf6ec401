/// The data attributes of ints and floats (`numerator`, `real`, ...) and the exact ratio of a
/// float, which `statistics` builds its exact sums from.
import BigInt

extension VM {
    func numberAttribute(_ v: Value, _ sym: Int32) -> Value? {
        let isInt = v.tag == .int || v.tag == .bool || (v.tag == .object && heap[v.objectIndex] is BigIntObject)
        guard isInt || v.tag == .float else { return nil }
        let plain: Value = v.tag == .bool ? .int(v.bits != 0 ? 1 : 0) : v
        switch Sym(rawValue: sym) {
        case .real: return plain
        case .imag: return isInt ? .int(0) : .float(0)
        case .numerator where isInt: return plain
        case .denominator where isInt: return .int(1)
        default: return nil
        }
    }

    /// `float.as_integer_ratio()`: the exact value as a fraction in lowest terms.
    func floatRatio(_ x: Double) throws(PyRaise) -> (BigInt, BigInt) {
        if x.isNaN { throw valueError("cannot convert NaN to integer ratio") }
        if x.isInfinite { throw error(.OverflowError, "cannot convert Infinity to integer ratio") }
        if x == 0 { return (0, 1) }
        // x = mantissa * 2^exp with an integer mantissa of at most 53 bits.
        var mantissa = BigInt(Int64(x.significand * 4503599627370496.0))   // 2^52
        var exp = Int(x.exponent) - 52
        if x < 0 { mantissa = -mantissa }
        while exp < 0 && mantissa.magnitude & 1 == 0 { mantissa /= 2; exp += 1 }
        if exp >= 0 { return (mantissa << exp, 1) }
        return (mantissa, BigInt(1) << -exp)
    }
}
