/// The `math` module: CPython 3.11's functions over glibc's libm (the library CPython's own
/// build calls, so results agree to the bit), with its argument checks, its "math domain
/// error"/"math range error" rules and its exact integer functions. Made on first import.
import BigInt
#if canImport(Glibc)
import Glibc
#endif

extension VM {
    func mathAttribute(_ name: String) -> Value? {
        switch name {
        case "pi": return .float(Double.pi)
        case "e": return .float(M_E)
        case "tau": return .float(2 * Double.pi)
        case "inf": return .float(.infinity)
        case "nan": return .float(.nan)
        default: break
        }
        if name == "log2" || name == "log10" {
            let fn: @Sendable (Double) -> Double = name == "log2" ? Glibc.log2 : Glibc.log10
            return function(name) { vm, a throws(PyRaise) in
                try vm.exactlyOne("math.\(name)", a)
                return .float(try vm.logHelper(a[0], fn))
            }
        }
        if let f = VM.mathUnary[name] { return unaryMath(name, f.fn, f.domain) }
        return mathFunction(name)
    }

    /// Functions of one float whose result must be finite for a finite argument (else
    /// "math range error") and which say "math domain error" outside `domain`.
    private static let mathUnary: [String: (fn: @Sendable (Double) -> Double, domain: @Sendable (Double) -> Bool)] = [
        "sqrt": (Glibc.sqrt, { $0 >= 0 || $0.isNaN }),
        "exp": (Glibc.exp, { _ in true }), "exp2": (Glibc.exp2, { _ in true }), "expm1": (Glibc.expm1, { _ in true }),
        "log1p": (Glibc.log1p, { $0 > -1 || $0.isNaN }),
        "sin": (Glibc.sin, { !$0.isInfinite }), "cos": (Glibc.cos, { !$0.isInfinite }), "tan": (Glibc.tan, { !$0.isInfinite }),
        "asin": (Glibc.asin, { abs($0) <= 1 || $0.isNaN }), "acos": (Glibc.acos, { abs($0) <= 1 || $0.isNaN }),
        "atan": (Glibc.atan, { _ in true }),
        "sinh": (Glibc.sinh, { _ in true }), "cosh": (Glibc.cosh, { _ in true }), "tanh": (Glibc.tanh, { _ in true }),
        "asinh": (Glibc.asinh, { _ in true }), "acosh": (Glibc.acosh, { $0 >= 1 || $0.isNaN }),
        "atanh": (Glibc.atanh, { abs($0) < 1 || $0.isNaN }),
        "erf": (Glibc.erf, { _ in true }), "erfc": (Glibc.erfc, { _ in true }),
        "gamma": (Lanczos.gamma, { !($0 <= 0 && $0 == $0.rounded(.down)) && $0 != -.infinity }),
        "lgamma": (Lanczos.logGamma, { $0.isInfinite || !($0 <= 0 && $0 == $0.rounded(.down)) }),
        "fabs": (Swift.abs, { _ in true }),
        "degrees": ({ $0 * (180.0 / Double.pi) }, { _ in true }), "radians": ({ $0 * (Double.pi / 180.0) }, { _ in true }),
        "cbrt": (Glibc.cbrt, { _ in true }),
    ]

    private func unaryMath(_ name: String, _ fn: @escaping @Sendable (Double) -> Double, _ domain: @escaping @Sendable (Double) -> Bool) -> Value {
        function(name) { vm, a throws(PyRaise) in
            try vm.exactlyOne("math.\(name)", a)
            let x = try vm.realArg(a[0])
            if !domain(x) { throw vm.error(.ValueError, "math domain error") }
            let r = fn(x)
            if r.isNaN && !x.isNaN { throw vm.error(.ValueError, "math domain error") }
            if r.isInfinite && x.isFinite { throw vm.error(.OverflowError, "math range error") }
            return .float(r)
        }
    }

    func exactlyOne(_ name: String, _ a: BuiltinArgs) throws(PyRaise) {
        if a.count != 1 { throw typeError("\(name)() takes exactly one argument (\(a.count) given)") }
        if !a.keywords.isEmpty { throw typeError("\(name)() takes no keyword arguments") }
    }

    private func arguments(_ name: String, _ a: BuiltinArgs, _ n: Int) throws(PyRaise) {
        if a.count != n { throw typeError("\(name) expected \(n) arguments, got \(a.count)") }
    }

    /// A float from an int or a float (or an object with `__float__`/`__index__`): "must be real number".
    func realArg(_ v: Value) throws(PyRaise) -> Double {
        if let d = try toDouble(v) { return d }
        if let f = lookupSpecial(v, symbols.intern("__float__")) {
            let r = try callBound(f, v)
            if r.tag == .float { return r.floatValue }
        }
        if let f = lookupSpecial(v, symbols.intern("__index__")), let d = try toDouble(try callBound(f, v)) { return d }
        throw typeError("must be real number, not \(typeName(v))")
    }

    /// An integer argument: "'float' object cannot be interpreted as an integer".
    func integerArg(_ v: Value) throws(PyRaise) -> BigInt {
        if let b = bigValue(v) { return b }
        if let f = lookupSpecial(v, symbols.intern("__index__")), let b = bigValue(try callBound(f, v)) { return b }
        throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }

    private func mathFunction(_ name: String) -> Value? {
        switch name {
        case "floor", "ceil", "trunc":
            return function(name) { vm, a throws(PyRaise) in
                try vm.exactlyOne("math.\(name)", a)
                return try vm.roundToInt(a[0], name)
            }
        case "factorial":
            return function(name) { vm, a throws(PyRaise) in
                try vm.exactlyOne("math.factorial", a)
                let n = try vm.integerArg(a[0])
                if n < 0 { throw vm.error(.ValueError, "factorial() not defined for negative values") }
                if n > 100_000 { throw vm.error(.OverflowError, "schedviz computes factorial() up to 100000") }
                var r = BigInt(1)
                var i = BigInt(2)
                while i <= n { r *= i; i += 1 }
                return vm.makeInt(r)
            }
        case "gcd", "lcm":
            return function(name) { vm, a throws(PyRaise) in
                if !a.keywords.isEmpty { throw vm.typeError("math.\(name)() takes no keyword arguments") }
                var r = BigInt(name == "gcd" ? 0 : 1)
                for v in a.positional {
                    let x = try vm.integerArg(v).magnitude
                    if name == "gcd" {
                        r = BigInt(r.magnitude.greatestCommonDivisor(with: x))
                    } else {
                        if x == 0 || r == 0 { r = 0; continue }
                        r = BigInt(r.magnitude / r.magnitude.greatestCommonDivisor(with: x) * x)
                    }
                }
                return vm.makeInt(r)
            }
        case "isqrt":
            return function(name) { vm, a throws(PyRaise) in
                try vm.exactlyOne("math.isqrt", a)
                let n = try vm.integerArg(a[0])
                if n < 0 { throw vm.error(.ValueError, "isqrt() argument must be nonnegative") }
                return vm.makeInt(BigInt(n.magnitude.squareRoot()))
            }
        case "comb", "perm":
            return function(name) { vm, a throws(PyRaise) in
                if name == "perm" && a.count == 1 {
                    let n = try vm.integerArg(a[0])
                    if n < 0 { throw vm.error(.ValueError, "n must be a non-negative integer") }
                    return try vm.callMathFunction("factorial", [a[0]])
                }
                try vm.arguments(name, a, 2)
                let n = try vm.integerArg(a[0])
                if name == "perm" && a[1].isNone { return try vm.callMathFunction("factorial", [a[0]]) }
                let k = try vm.integerArg(a[1])
                if n < 0 { throw vm.error(.ValueError, "n must be a non-negative integer") }
                if k < 0 { throw vm.error(.ValueError, "k must be a non-negative integer") }
                if k > n { return .int(0) }
                let steps = name == "comb" ? min(k, n - k) : k
                if steps > 100_000 { throw vm.error(.OverflowError, "schedviz computes \(name)() up to k=100000") }
                var r = BigInt(1)
                var i = BigInt(0)
                while i < steps {
                    r *= n - i
                    i += 1
                    if name == "comb" { r /= i }
                }
                return vm.makeInt(r)
            }
        case "log":
            return function(name) { vm, a throws(PyRaise) in
                if a.count < 1 || a.count > 2 { throw vm.typeError("math.log requires 1 to 2 arguments") }
                let x = try vm.logHelper(a[0], Glibc.log)
                if a.count == 1 { return .float(x) }
                let b = try vm.logHelper(a[1], Glibc.log)
                if b == 0 { throw vm.error(.ZeroDivisionError, "float division by zero") }
                return .float(x / b)
            }
        case "pow", "atan2", "fmod", "copysign", "remainder", "nextafter":
            return function(name) { vm, a throws(PyRaise) in
                try vm.arguments(name, a, 2)
                let x = try vm.realArg(a[0]), y = try vm.realArg(a[1])
                return .float(try vm.binaryMath(name, x, y))
            }
        case "ldexp":
            return function(name) { vm, a throws(PyRaise) in
                try vm.arguments(name, a, 2)
                let x = try vm.realArg(a[0])
                guard let e = vm.bigValue(a[1]) else { throw vm.typeError("Expected an int as second argument to ldexp.") }
                if x == 0 || !x.isFinite { return .float(x) }
                let exp = e > 100_000 ? 100_000 : e < -100_000 ? -100_000 : Int(e)
                let r = Glibc.ldexp(x, Int32(exp))
                if r.isInfinite { throw vm.error(.OverflowError, "math range error") }
                return .float(r)
            }
        case "frexp":
            return function(name) { vm, a throws(PyRaise) in
                try vm.exactlyOne("math.frexp", a)
                let x = try vm.realArg(a[0])
                if x == 0 || !x.isFinite { return vm.makeTuple([.float(x), .int(0)]) }
                var e: Int32 = 0
                let m = Glibc.frexp(x, &e)
                return vm.makeTuple([.float(m), .int(Int64(e))])
            }
        case "modf":
            return function(name) { vm, a throws(PyRaise) in
                try vm.exactlyOne("math.modf", a)
                let x = try vm.realArg(a[0])
                if x.isInfinite { return vm.makeTuple([.float(Double(signOf: x, magnitudeOf: 0)), .float(x)]) }
                var i = 0.0
                let f = Glibc.modf(x, &i)
                return vm.makeTuple([.float(f), .float(i)])
            }
        case "isfinite", "isinf", "isnan":
            return function(name) { vm, a throws(PyRaise) in
                try vm.exactlyOne("math.\(name)", a)
                let x = try vm.realArg(a[0])
                return .bool(name == "isfinite" ? x.isFinite : name == "isinf" ? x.isInfinite : x.isNaN)
            }
        case "ulp":
            return function(name) { vm, a throws(PyRaise) in
                try vm.exactlyOne("math.ulp", a)
                let x = abs(try vm.realArg(a[0]))
                if !x.isFinite { return .float(x) }
                if x == .greatestFiniteMagnitude { return .float(x - x.nextDown) }
                return .float(x.nextUp - x)
            }
        case "isclose": return isCloseFunction()
        case "hypot":
            return function(name) { vm, a throws(PyRaise) in
                var xs: [Double] = []
                for v in a.positional { xs.append(try vm.realArg(v)) }
                return .float(VM.hypot(xs))
            }
        case "dist":
            return function(name) { vm, a throws(PyRaise) in
                try vm.arguments("dist", a, 2)
                let p = try vm.iterateToArray(a[0]), q = try vm.iterateToArray(a[1])
                if p.count != q.count { throw vm.error(.ValueError, "both points must have the same number of dimensions") }
                var d: [Double] = []
                for i in p.indices { d.append(try vm.realArg(p[i]) - vm.realArg(q[i])) }
                return .float(VM.hypot(d))
            }
        case "fsum":
            return function(name) { vm, a throws(PyRaise) in
                try vm.exactlyOne("math.fsum", a)
                var xs: [Double] = []
                try vm.forEachItem(try vm.getIter(a[0])) { (v) throws(PyRaise) -> Bool in xs.append(try vm.realArg(v)); return true }
                return .float(try vm.fsum(xs))
            }
        case "prod":
            return function(name) { vm, a throws(PyRaise) in
                if a.count != 1 { throw vm.typeError("prod() takes exactly 1 positional argument (\(a.count) given)") }
                var r = a.keyword("start") ?? .int(1)
                try vm.forEachItem(try vm.getIter(a[0])) { (v) throws(PyRaise) -> Bool in
                    r = try vm.binaryOp(.mul, r, v)
                    return true
                }
                return r
            }
        default:
            return nil
        }
    }

    private func callMathFunction(_ name: String, _ args: [Value]) throws(PyRaise) -> Value {
        try call(mathFunction(name)!, args)
    }

    /// floor, ceil, trunc: an int's own value, a float's rounding as an int, or `__floor__`...
    private func roundToInt(_ v: Value, _ name: String) throws(PyRaise) -> Value {
        if let b = bigValue(v) { return makeInt(b) }
        if v.tag != .float, let f = lookupSpecial(v, symbols.intern("__\(name)__")) { return try callBound(f, v) }
        if v.tag != .float && name == "trunc" {
            throw typeError("type \(typeName(v)) doesn't define __trunc__ method")
        }
        let x = try realArg(v)
        if x.isNaN { throw error(.ValueError, "cannot convert float NaN to integer") }
        if x.isInfinite { throw error(.OverflowError, "cannot convert float infinity to integer") }
        let r = name == "floor" ? x.rounded(.down) : name == "ceil" ? x.rounded(.up) : x.rounded(.towardZero)
        if let i = Int64(exactly: r) { return .int(i) }
        return makeInt(BigInt(r))
    }

    /// CPython's loghelper: an int too large for a float is m * 2**e, its log fn(m) + fn(2) * e.
    func logHelper(_ v: Value, _ fn: (Double) -> Double) throws(PyRaise) -> Double {
        if let b = bigValue(v) {
            if b <= 0 { throw error(.ValueError, "math domain error") }
            let d = VM.bigToDouble(b)
            if d.isFinite { return fn(d) }
            let m = b.magnitude, e = m.bitWidth, shift = e - 64
            var top = BigInt(m >> shift)
            if m & ((BigUInt(1) << shift) - 1) != 0 { top |= 1 }
            return fn(Glibc.ldexp(VM.bigToDouble(top), -64)) + fn(2.0) * Double(e)
        }
        let x = try realArg(v)
        if x.isNaN || x == .infinity { return x }
        if x <= 0 { throw error(.ValueError, "math domain error") }
        return fn(x)
    }

    private func binaryMath(_ name: String, _ x: Double, _ y: Double) throws(PyRaise) -> Double {
        switch name {
        case "pow":
            if x == 0 && y < 0 && y.isFinite { throw error(.ValueError, "math domain error") }
            if x < 0 && x.isFinite && y.isFinite && y != y.rounded(.down) { throw error(.ValueError, "math domain error") }
            let r = Glibc.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw error(.OverflowError, "math range error") }
            return r
        case "atan2": return Glibc.atan2(x, y)
        case "fmod":
            if y == 0 && !x.isNaN || x.isInfinite { throw error(.ValueError, "math domain error") }
            return Glibc.fmod(x, y)
        case "remainder":
            if (y == 0 && !x.isNaN) || (x.isInfinite && !y.isNaN) { throw error(.ValueError, "math domain error") }
            return Glibc.remainder(x, y)
        case "nextafter": return Glibc.nextafter(x, y)
        default: return Glibc.copysign(x, y)
        }
    }

    private func isCloseFunction() -> Value {
        function("isclose") { vm, a throws(PyRaise) in
            if a.count < 2 {
                throw vm.typeError("isclose() missing required argument '\(a.count == 0 ? "a" : "b")' (pos \(a.count + 1))")
            }
            if a.count > 2 { throw vm.typeError("isclose() takes exactly 2 positional arguments (\(a.count) given)") }
            let x = try vm.realArg(a[0]), y = try vm.realArg(a[1])
            var rel = 1e-09, absTol = 0.0
            for (k, v) in a.keywords {
                switch k {
                case "rel_tol": rel = try vm.realArg(v)
                case "abs_tol": absTol = try vm.realArg(v)
                default: throw vm.typeError("isclose() got an unexpected keyword argument '\(k)'")
                }
            }
            if rel < 0 || absTol < 0 { throw vm.error(.ValueError, "tolerances must be non-negative") }
            if x == y { return .true }
            if x.isInfinite || y.isInfinite { return .false }
            let diff = abs(y - x)
            return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
        }
    }

    /// CPython 3.11's vector_norm: scaled by a power of two near the largest magnitude,
    /// squared and summed exactly in double-length pieces, one correction of the root.
    static func hypot(_ xs: [Double]) -> Double {
        var maxv = 0.0, foundNaN = false
        let v = xs.map { abs($0) }
        for m in v { if m.isNaN { foundNaN = true } else if m > maxv { maxv = m } }
        return norm(v, maxv, foundNaN)
    }

    private static func norm(_ v: [Double], _ maxv: Double, _ foundNaN: Bool) -> Double {
        if maxv.isInfinite { return maxv }
        if foundNaN { return .nan }
        if maxv == 0 || v.count <= 1 { return maxv }
        var e: Int32 = 0
        _ = Glibc.frexp(maxv, &e)
        if e < -1023 {
            let m = Double.leastNormalMagnitude
            return m * norm(v.map { $0 / m }, maxv / m, false)
        }
        let scale = Glibc.ldexp(1.0, -e)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for x0 in v {
            let x = x0 * scale
            let pr = mul(x, x)
            let sm = fastSum(csum, pr.hi)
            csum = sm.hi
            frac1 += pr.lo
            frac2 += sm.lo
        }
        var h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
        let pr = mul(-h, h)
        let sm = fastSum(csum, pr.hi)
        csum = sm.hi
        frac1 += pr.lo
        frac2 += sm.lo
        let x = csum - 1.0 + (frac1 + frac2)
        h += x / (2.0 * h)
        return h / scale
    }

    /// Dekker's exact product as a double-length (hi, lo) pair.
    private static func mul(_ x: Double, _ y: Double) -> (hi: Double, lo: Double) {
        func split(_ a: Double) -> (Double, Double) {
            let t = a * 134217729.0
            let hi = t - (t - a)
            return (hi, a - hi)
        }
        let (xh, xl) = split(x), (yh, yl) = split(y)
        let p = xh * yh
        let q = xh * yl + xl * yh
        let z = p + q
        return (z, p - z + q + xl * yl)
    }

    private static func fastSum(_ a: Double, _ b: Double) -> (hi: Double, lo: Double) {
        let x = a + b
        return (x, (a - x) + b)
    }

    /// Shewchuk's exact partial sums, rounded once at the end (CPython's math_fsum).
    private func fsum(_ xs: [Double]) throws(PyRaise) -> Double {
        var partials: [Double] = []
        var special = 0.0, infSum = 0.0
        for var x in xs {
            if !x.isFinite {
                if x.isInfinite { infSum += x }
                special += x
                continue
            }
            var i = 0
            for var y in partials {
                if abs(x) < abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 { partials[i] = lo; i += 1 }
                x = hi
            }
            if !x.isFinite { throw error(.OverflowError, "intermediate overflow in fsum") }
            partials.removeSubrange(i...)
            partials.append(x)
        }
        if special != 0 {
            if infSum.isNaN { throw error(.ValueError, "-inf + inf in fsum") }
            return special
        }
        var hi = 0.0
        var n = partials.count
        if n > 0 {
            n -= 1
            hi = partials[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = partials[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                if y == x - hi { hi = x }
            }
        }
        return hi
    }
}

/// Gamma and its logarithm as CPython computes them (not libm's): Lanczos' approximation
/// with N=13 and g≈6.0247 as a rational function, a correction for the rounding of x+g-0.5,
/// the reflection formula below zero, exact factorials for small integers.
enum Lanczos {
    static let g = 6.024680040776729583740234375
    static let gMinusHalf = 5.524680040776729583740234375
    static let numerator: [Double] = [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    /// x*(x+1)*...*(x+11), expanded.
    static let denominator: [Double] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
    static let logPi = 1.144729885849400174143427351353058711647

    static func sum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5.0 {
            for i in stride(from: numerator.count - 1, through: 0, by: -1) {
                num = num * x + numerator[i]
                den = den * x + denominator[i]
            }
        } else {
            // In 1/x, so that large x cannot overflow.
            for i in numerator.indices {
                num = num / x + numerator[i]
                den = den / x + denominator[i]
            }
        }
        return num / den
    }

    /// sin(pi*x), exact at the integers and half-integers.
    static func sinPi(_ x: Double) -> Double {
        let y = Glibc.fmod(abs(x), 2.0)
        let r: Double
        switch Int((2.0 * y).rounded(.toNearestOrAwayFromZero)) {
        case 0: r = Glibc.sin(Double.pi * y)
        case 1: r = Glibc.cos(Double.pi * (y - 0.5))
        case 2: r = Glibc.sin(Double.pi * (1.0 - y))
        case 3: r = -Glibc.cos(Double.pi * (y - 1.5))
        default: r = Glibc.sin(Double.pi * (y - 2.0))
        }
        return Glibc.copysign(1.0, x) * r
    }

    @Sendable static func gamma(_ x: Double) -> Double {
        if !x.isFinite { return x.isNaN || x > 0 ? x : .nan }
        if x == 0 { return Glibc.copysign(.infinity, x) }
        if x == x.rounded(.down) {
            if x < 0 { return .nan }
            if x <= 23 {
                var f = 1.0
                var i = 2.0
                while i < x { f *= i; i += 1 }
                return f
            }
        }
        let absx = abs(x)
        if absx < 1e-20 { return 1.0 / x }
        if absx > 200 { return x < 0 ? 0.0 / sinPi(x) : .infinity }
        let y = absx + gMinusHalf
        var z = absx > gMinusHalf ? (y - absx) - gMinusHalf : (y - gMinusHalf) - absx
        z = z * g / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinPi(absx) / absx * Glibc.exp(y) / sum(absx)
            r -= z * r
            if absx < 140 {
                r /= Glibc.pow(y, absx - 0.5)
            } else {
                let half = Glibc.pow(y, absx / 2.0 - 0.25)
                r /= half
                r /= half
            }
        } else {
            r = sum(absx) / Glibc.exp(y)
            r += z * r
            if absx < 140 {
                r *= Glibc.pow(y, absx - 0.5)
            } else {
                let half = Glibc.pow(y, absx / 2.0 - 0.25)
                r *= half
                r *= half
            }
        }
        return r
    }

    @Sendable static func logGamma(_ x: Double) -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2 { return x <= 0 ? .infinity : 0.0 }
        let absx = abs(x)
        if absx < 1e-20 { return -Glibc.log(absx) }
        var r = Glibc.log(sum(absx)) - g
        r += (absx - 0.5) * (Glibc.log(absx + g - 0.5) - 1)
        if x < 0 { r = logPi - Glibc.log(abs(sinPi(absx))) - Glibc.log(absx) - r }
        return r
    }
}
