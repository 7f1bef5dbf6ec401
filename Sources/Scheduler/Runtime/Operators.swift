/// Arithmetic, comparison and truth, with CPython's results and error messages.
import BigInt

extension VM {
    // MARK: - Numbers

    /// The integer value of an int, bool or big int.
    func bigValue(_ v: Value) -> BigInt? {
        switch v.tag {
        case .int, .bool: return BigInt(v.intValue)
        case .object: return (heap[v.objectIndex] as? BigIntObject)?.value
        default: return nil
        }
    }

    func isIntLike(_ v: Value) -> Bool {
        v.tag == .int || v.tag == .bool || (v.tag == .object && heap[v.objectIndex].kind == .bigInt)
    }

    func toDouble(_ v: Value) throws(PyRaise) -> Double? {
        switch v.tag {
        case .float: return v.floatValue
        case .int, .bool: return Double(v.intValue)
        case .object:
            guard let b = (heap[v.objectIndex] as? BigIntObject)?.value else { return nil }
            let d = VM.bigToDouble(b)
            if !d.isFinite { throw error(.OverflowError, "int too large to convert to float") }
            return d
        default: return nil
        }
    }

    /// Correctly rounded conversion (the top 64 bits with a sticky bit, then one rounding).
    static func bigToDouble(_ b: BigInt) -> Double {
        let m = b.magnitude
        let bits = m.bitWidth
        if bits <= 64 { let d = Double(UInt64(m)); return b < 0 ? -d : d }
        let shift = bits - 64
        var top = UInt64(m >> shift)
        if m & ((BigUInt(1) << shift) - 1) != 0 { top |= 1 }
        let d = Double(top) * Double(sign: .plus, exponent: shift, significand: 1.0)
        return b < 0 ? -d : d
    }

    static let opSymbols = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]

    /// CPython's message; an augmented assignment names its own operator (`+=`, `**=`).
    func unsupported(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool = false) -> PyRaise {
        let sym = VM.opSymbols[Int(op.rawValue)] + (inplace ? "=" : "")
        if op == .pow && !inplace { return typeError("unsupported operand type(s) for ** or pow(): '\(typeName(a))' and '\(typeName(b))'") }
        return typeError("unsupported operand type(s) for \(sym): '\(typeName(a))' and '\(typeName(b))'")
    }

    func binaryOp(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool = false) throws(PyRaise) -> Value {
        if isIntLike(a) && isIntLike(b) {
            if op == .matMul { throw unsupported(op, a, b, inplace: inplace) }
            return try intOp(op, bigValue(a)!, bigValue(b)!, a, b)
        }
        if (a.tag == .float || isIntLike(a)) && (b.tag == .float || isIntLike(b)) {
            // Floats have no bitwise operators; the message names both operands' types.
            if op.rawValue >= BinaryOp.lshift.rawValue { throw unsupported(op, a, b, inplace: inplace) }
            return try floatOp(op, try toDouble(a)!, try toDouble(b)!)
        }
        guard a.tag == .object || b.tag == .object else { throw unsupported(op, a, b, inplace: inplace) }
        if isUserInstance(a) || isUserInstance(b) {
            if let r = try userBinary(op, a, b, inplace: inplace) { return r }
            // `[0] + stack`, `"x" + name`: the built-in left side takes its subclass as itself.
            if !isUserInstance(a), let nb = subclassValue(b) { return try binaryOp(op, a, nb, inplace: inplace) }
            // What's left is the built-in side's: `"ab" * n` with `__index__`, `lst += obj`, their messages.
            if !isBuiltinSequence(a) && !isBuiltinSequence(b) { throw unsupported(op, a, b, inplace: inplace) }
        }
        let ka = kind(a), kb = kind(b)
        switch op {
        case .add:
            if ka == .str {
                guard kb == .str else { throw typeError("can only concatenate str (not \"\(typeName(b))\") to str") }
                let x = (heap[a.objectIndex] as! StrObject).value, y = (heap[b.objectIndex] as! StrObject).value
                try reserve(x.utf8.count + y.utf8.count, itemBytes: 1)
                return str(x + y)
            }
            if ka == .list {
                if inplace {
                    let items = try iterateToArray(b)
                    try reserve((heap[a.objectIndex] as! ListObject).items.count + items.count, itemBytes: 16)
                    (heap[a.objectIndex] as! ListObject).items.append(contentsOf: items)
                    return a
                }
                guard kb == .list else { throw typeError("can only concatenate list (not \"\(typeName(b))\") to list") }
                let x = (heap[a.objectIndex] as! ListObject).items, y = (heap[b.objectIndex] as! ListObject).items
                try reserve(x.count + y.count, itemBytes: 16)
                return makeList(x + y)
            }
            if ka == .tuple {
                guard kb == .tuple else { throw typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple") }
                let x = (heap[a.objectIndex] as! TupleObject).items, y = (heap[b.objectIndex] as! TupleObject).items
                try reserve(x.count + y.count, itemBytes: 16)
                return makeTuple(x + y)
            }
            if let r = try nativeBinary(op, a, b) { return r }
        case .mul:
            if let (seq, n) = try sequenceRepeat(a, b) { return try repeatSequence(seq, n) }
            if let (seq, n) = try sequenceRepeat(b, a) { return try repeatSequence(seq, n) }
            if ka == .str || ka == .list || ka == .tuple || kb == .str || kb == .list || kb == .tuple {
                let other = (ka == .str || ka == .list || ka == .tuple) ? b : a
                throw typeError("can't multiply sequence by non-int of type '\(typeName(other))'")
            }
        case .mod:
            if ka == .str { return try percentFormat((heap[a.objectIndex] as! StrObject).value, b) }
        default:
            if let r = try nativeBinary(op, a, b) { return r }
        }
        if let r = try nativeBinary(op, a, b) { return r }
        if ka == .set, let r = try setOperator(op, a, b, inplace: inplace) { return r }
        if op == .bitOr, ka == .dict, let r = try dictUnion(a, b, inplace: inplace) { return r }
        if op == .bitOr, (ka == .type || a.tag == .none) && (kb == .type || b.tag == .none) {
            return try call(try typingHelper("_type_or"), [a, b])   // `int | None`: a types.UnionType
        }
        throw unsupported(op, a, b, inplace: inplace)
    }

    private func sequenceRepeat(_ s: Value, _ n: Value) throws(PyRaise) -> (Value, BigInt)? {
        guard isBuiltinSequence(s) else { return nil }
        if let count = bigValue(n) { return (s, count) }
        guard let i = try userIndex(n) else { return nil }
        return (s, bigValue(i)!)
    }

    private func isBuiltinSequence(_ v: Value) -> Bool {
        guard let k = kind(v) else { return false }
        return k == .str || k == .list || k == .tuple
    }

    private func repeatSequence(_ s: Value, _ n: BigInt) throws(PyRaise) -> Value {
        let count = n < 0 ? 0 : Int(clamping: n)
        switch heap[s.objectIndex] {
        case let o as StrObject:
            try reserve(count, itemBytes: o.value.utf8.count)
            return str(String(repeating: o.value, count: count))
        case let o as ListObject:
            try reserve(count, itemBytes: o.items.count * 16)
            return makeList(Array([[Value]](repeating: o.items, count: count).joined()))
        case let o as TupleObject:
            try reserve(count, itemBytes: o.items.count * 16)
            return makeTuple(Array([[Value]](repeating: o.items, count: count).joined()))
        default: return s
        }
    }

    private func intOp(_ op: BinaryOp, _ x: BigInt, _ y: BigInt, _ a: Value, _ b: Value) throws(PyRaise) -> Value {
        // Limb by limb: products and quotients cost the product of the sizes, the rest their sum.
        let wx = (x.magnitude.bitWidth + 63) >> 6, wy = (y.magnitude.bitWidth + 63) >> 6
        switch op {
        case .mul, .floorDiv, .mod, .div: try charge((wx * wy) >> 4)
        case .pow: break    // charged below, by the size of its result
        default: try charge((wx + wy) >> 4)
        }
        switch op {
        case .add: return makeInt(x + y)
        case .sub: return makeInt(x - y)
        case .mul:
            try checkIntBits(x.magnitude.bitWidth + y.magnitude.bitWidth)
            return makeInt(x * y)
        case .div:
            if y == 0 { throw error(.ZeroDivisionError, "division by zero") }
            if let xd = Double(exactly: x), let yd = Double(exactly: y) { return .float(xd / yd) }
            return .float(try bigTrueDivide(x, y))
        case .floorDiv:
            if y == 0 { throw error(.ZeroDivisionError, "integer division or modulo by zero") }
            return makeInt(floorDiv(x, y))
        case .mod:
            if y == 0 { throw error(.ZeroDivisionError, "integer modulo by zero") }
            return makeInt(x - floorDiv(x, y) * y)
        case .pow:
            if y < 0 {
                if x == 0 { throw error(.ZeroDivisionError, "0.0 cannot be raised to a negative power") }
                return try floatOp(.pow, try toDouble(a)!, try toDouble(b)!)
            }
            if x.magnitude <= 1 {   // 0, 1 and -1 stay small whatever the exponent
                if x == 0 { return .int(y == 0 ? 1 : 0) }
                return .int(x == 1 || y.words[0] & 1 == 0 ? 1 : -1)
            }
            try reserve(y.bitWidth > 64 ? Int.max : Int(y), itemBytes: max(1, (x.magnitude.bitWidth + 7) / 8))
            // The result has about y·log2|x| bits (2 ** 150000 has 150,001, not 300,000).
            let width = x.magnitude.bitWidth
            let log2x = width <= 53 ? log2(Double(x.magnitude)) : Double(width)
            let bits = Double(y) * log2x
            try checkIntBits(y.bitWidth > 40 || bits > 1e15 ? Int.max : Int(bits.rounded(.up)))
            // Squaring up to the result's size costs about its limbs squared.
            let limbs = Int(bits / 64) + 1
            try charge(limbs * limbs >> 4)
            return makeInt(x.power(Int(y)))
        case .lshift:
            if y < 0 { throw valueError("negative shift count") }
            if x == 0 { return .int(0) }
            try checkIntBits(y.bitWidth > 40 ? Int.max : x.magnitude.bitWidth + Int(y))
            return makeInt(x << Int(y))
        case .rshift:
            if y < 0 { throw valueError("negative shift count") }
            if y > 1 << 24 { return .int(x < 0 ? -1 : 0) }
            // BigInt shifts the magnitude; Python floors: -7 >> 1 is -4.
            if x < 0 { return makeInt(-((-x - 1) >> Int(y)) - 1) }
            return makeInt(x >> Int(y))
        case .bitAnd: return a.tag == .bool && b.tag == .bool ? .bool(a.bits & b.bits != 0) : makeInt(x & y)
        case .bitOr: return a.tag == .bool && b.tag == .bool ? .bool(a.bits | b.bits != 0) : makeInt(x | y)
        case .bitXor: return a.tag == .bool && b.tag == .bool ? .bool(a.bits ^ b.bits != 0) : makeInt(x ^ y)
        case .matMul: throw unsupported(op, a, b)
        }
    }

    /// `int / int` rounded once, as CPython's `long_true_divide`: a quotient of 55 or 56
    /// significant bits (fewer for a subnormal result), a sticky bit for what the division and
    /// shift dropped, round-half-even to the double's precision, then scale.
    private func bigTrueDivide(_ x: BigInt, _ y: BigInt) throws(PyRaise) -> Double {
        let negative = (x.sign == .minus) != (y.sign == .minus)
        let a = x.magnitude, b = y.magnitude
        if a == 0 { return negative ? -0.0 : 0.0 }
        let diff = a.bitWidth - b.bitWidth
        let maxExp = 1024, minExp = -1021, mantissa = 53
        if diff > maxExp { throw error(.OverflowError, "integer division result too large for a float") }
        if diff < minExp - mantissa - 1 { return negative ? -0.0 : 0.0 }
        let shift = max(diff, minExp) - mantissa - 2
        var inexact = false
        let scaled: BigUInt
        if shift <= 0 {
            scaled = a << -shift
        } else {
            scaled = a >> shift
            inexact = a & ((BigUInt(1) << shift) - 1) != 0
        }
        var (q, r) = scaled.quotientAndRemainder(dividingBy: b)
        if r != 0 { inexact = true }
        let qBits = q.bitWidth
        let extra = max(qBits, minExp - shift) - mantissa
        let mask = BigUInt(1) << (extra - 1)
        let low = (q & ((BigUInt(1) << (extra + 1)) - 1)) | (inexact ? 1 : 0)   // with the bit that decides ties
        if low & mask != 0 && low & (3 * mask - 1) != 0 { q += mask }
        q = (q >> extra) << extra
        let dq = Double(UInt64(q))   // exact: at most 53 significant bits remain
        if shift + qBits >= maxExp && (shift + qBits > maxExp || dq == Double(sign: .plus, exponent: qBits, significand: 1)) {
            throw error(.OverflowError, "integer division result too large for a float")
        }
        let result = Double(sign: .plus, exponent: shift, significand: dq)
        return negative ? -result : result
    }

    func floorDiv(_ x: BigInt, _ y: BigInt) -> BigInt {
        let (q, r) = x.quotientAndRemainder(dividingBy: y)
        return (r != 0 && (r < 0) != (y < 0)) ? q - 1 : q
    }

    func floatOp(_ op: BinaryOp, _ x: Double, _ y: Double) throws(PyRaise) -> Value {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw error(.ZeroDivisionError, "float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw error(.ZeroDivisionError, "float floor division by zero") }
            return .float(floatDivmod(x, y).0)
        case .mod:
            if y == 0 { throw error(.ZeroDivisionError, "float modulo") }
            return .float(floatDivmod(x, y).1)
        case .pow:
            if x == 0 && y < 0 { throw error(.ZeroDivisionError, "0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() { throw valueError("complex results are not supported") }
            let r = Foundation_pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw error(.OverflowError, "(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            throw typeError("unsupported operand type(s) for \(VM.opSymbols[Int(op.rawValue)]): 'float' and 'float'")
        }
    }

    /// CPython's float divmod (Objects/floatobject.c).
    func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = vx.truncatingRemainder(dividingBy: wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) { mod += wx; div -= 1.0 }
        } else {
            mod = (0.0 as Double).sign == wx.sign ? 0.0 : -0.0
            if wx < 0 { mod = -0.0 } else { mod = 0.0 }
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = (vx / wx) < 0 || ((vx / wx) == 0 && (vx / wx).sign == .minus) ? -0.0 : 0.0
        }
        return (floordiv, mod)
    }

    func unaryOp(_ op: Int, _ v: Value) throws(PyRaise) -> Value {
        switch op {
        case 3: return .bool(!(try truthy(v)))
        case 0:
            if v.tag == .int || v.tag == .bool {
                if v.intValue == Int64.min { return makeInt(-BigInt(v.intValue)) }
                return .int(-v.intValue)
            }
            if v.tag == .float { return .float(-v.floatValue) }
            if let b = bigValue(v) { return makeInt(-b) }
            if let r = try userUnary(.__neg__, v) { return r }
            throw typeError("bad operand type for unary -: '\(typeName(v))'")
        case 1:
            if v.tag == .bool { return .int(v.intValue) }
            if v.tag == .int || v.tag == .float || bigValue(v) != nil { return v }
            if let r = try userUnary(.__pos__, v) { return r }
            throw typeError("bad operand type for unary +: '\(typeName(v))'")
        default:
            if let b = bigValue(v) { return makeInt(~b) }
            if let r = try userUnary(.__invert__, v) { return r }
            throw typeError("bad operand type for unary ~: '\(typeName(v))'")
        }
    }

    // MARK: - Truth and comparison

    func truthy(_ v: Value) throws(PyRaise) -> Bool {
        switch v.tag {
        case .none, .unbound: return false
        case .bool, .int: return v.bits != 0
        case .float: return v.floatValue != 0
        case .object:
            let o = heap[v.objectIndex]
            switch o.kind {
            case .str: return !(o as! StrObject).value.isEmpty
            case .list: return !(o as! ListObject).items.isEmpty
            case .tuple: return !(o as! TupleObject).items.isEmpty
            case .dict: return (o as! DictObject).dict.count > 0
            case .set: return unsafeDowncast(o, to: SetObject.self).count > 0
            case .bigInt: return (o as! BigIntObject).value != 0
            case .range: return (o as! RangeObject).count > 0
            case .native: return try nativeTruth(v) ?? true
            case .instance, .type: return try userTruth(v)
            case .exception: return isUserInstance(v) ? try userTruth(v) : true
            default: return true
            }
        default: return true
        }
    }

    func equals(_ a: Value, _ b: Value) throws(PyRaise) -> Bool {
        if a.tag == .int && b.tag == .int { return a.bits == b.bits }
        if a.identical(b) && a.tag != .float { return true }
        if isIntLike(a) && isIntLike(b) { return bigValue(a)! == bigValue(b)! }
        if (a.tag == .float || isIntLike(a)) && (b.tag == .float || isIntLike(b)) {
            if a.tag == .float && b.tag == .float { return a.floatValue == b.floatValue }
            let (f, i) = a.tag == .float ? (a.floatValue, b) : (b.floatValue, a)
            if i.tag == .int && i.intValue.magnitude < (1 << 53) { return f == Double(i.intValue) }
            guard f.isFinite, f == f.rounded() else { return false }
            return BigInt(exactly: f) == bigValue(i)!
        }
        if isUserInstance(a) || isUserInstance(b) { return try richCompare(.eq, a, b) }
        guard let ka = kind(a), let kb = kind(b), ka == kb else { return false }
        switch ka {
        case .str:
            let x = (heap[a.objectIndex] as! StrObject).value
            try charge(x.utf8.count >> 8)
            // Code points, as Python compares: Swift's `==` equates canonically equivalent strings.
            return ExactString.sameCodePoints(x, (heap[b.objectIndex] as! StrObject).value)
        case .list:
            try enterComparison(); defer { depth -= 1 }
            return try sequencesEqual((heap[a.objectIndex] as! ListObject).items, (heap[b.objectIndex] as! ListObject).items)
        case .tuple:
            try enterComparison(); defer { depth -= 1 }
            return try sequencesEqual((heap[a.objectIndex] as! TupleObject).items, (heap[b.objectIndex] as! TupleObject).items)
        case .dict:
            try enterComparison(); defer { depth -= 1 }
            let x = (heap[a.objectIndex] as! DictObject).dict, y = heap[b.objectIndex] as! DictObject
            guard x.count == y.dict.count else { return false }
            for (k, v) in x.pairs {
                guard let i = try dictFind(y, k), try equals(v, y.dict.value(at: i)) else { return false }
            }
            return true
        case .range:
            return (heap[a.objectIndex] as! RangeObject).sameItems(heap[b.objectIndex] as! RangeObject)
        case .set:
            try enterComparison(); defer { depth -= 1 }
            return try setsEqual(setObject(a)!, setObject(b)!)
        case .native: return try nativeEquals(a, b) ?? false
        case .boundMethod:
            // The same function bound to the same object (`callbacks.remove(obj.method)`).
            let x = unsafeDowncast(heap[a.objectIndex], to: BoundMethodObject.self), y = unsafeDowncast(heap[b.objectIndex], to: BoundMethodObject.self)
            return x.function.identical(y.function) && x.receiver.identical(y.receiver)
        default: return false
        }
    }

    /// Comparing containers recurses in Swift on their items (self-referential lists never end):
    /// as in CPython, each level counts against the recursion limit.
    func enterComparison() throws(PyRaise) {
        if depth >= recursionLimit { throw error(.RecursionError, "maximum recursion depth exceeded in comparison") }
        depth += 1
    }

    private func sequencesEqual(_ x: [Value], _ y: [Value]) throws(PyRaise) -> Bool {
        guard x.count == y.count else { return false }
        try charge(x.count >> 4)
        for i in x.indices where !(x[i].identical(y[i]) && x[i].tag != .float) {
            if !(try equals(x[i], y[i])) { return false }
        }
        return true
    }

    /// `a < b` (and friends through `compareOp`), raising CPython's TypeError for unorderable pairs.
    /// `reflected`: this answers `b > a` (`sym`), whose message names `b` first.
    func lessThan(_ a: Value, _ b: Value, _ sym: String = "<", reflected: Bool = false) throws(PyRaise) -> Bool {
        if a.tag == .int && b.tag == .int { return a.intValue < b.intValue }
        if isIntLike(a) && isIntLike(b) { return bigValue(a)! < bigValue(b)! }
        if (a.tag == .float || isIntLike(a)) && (b.tag == .float || isIntLike(b)) {
            if a.tag == .float && b.tag == .float { return a.floatValue < b.floatValue }
            // An int of at most 53 bits converts to a double exactly: compare as doubles.
            if a.tag == .float && b.tag == .int && b.intValue.magnitude < (1 << 53) { return a.floatValue < Double(b.intValue) }
            if b.tag == .float && a.tag == .int && a.intValue.magnitude < (1 << 53) { return Double(a.intValue) < b.floatValue }
            return try compareMixed(a, b) < 0
        }
        if isUserInstance(a) || isUserInstance(b) { return try richCompare(.lt, a, b) }
        if let ka = kind(a), let kb = kind(b), ka == kb {
            switch ka {
            case .str:
                return (heap[a.objectIndex] as! StrObject).value.unicodeScalars.lexicographicallyPrecedes((heap[b.objectIndex] as! StrObject).value.unicodeScalars)
            case .list:
                try enterComparison(); defer { depth -= 1 }
                return try sequenceLess((heap[a.objectIndex] as! ListObject).items, (heap[b.objectIndex] as! ListObject).items, sym, reflected)
            case .tuple:
                try enterComparison(); defer { depth -= 1 }
                return try sequenceLess((heap[a.objectIndex] as! TupleObject).items, (heap[b.objectIndex] as! TupleObject).items, sym, reflected)
            case .set:
                // A proper subset; `<=` adds equality (see `compareOp`).
                let x = setObject(a)!, y = setObject(b)!
                try enterComparison(); defer { depth -= 1 }
                if x.count >= y.count { return false }
                return try setIsSubset(x, y)
            case .native:
                if let r = try nativeLess(a, b) { return r }
            default: break
            }
        }
        let (left, right) = reflected ? (b, a) : (a, b)
        throw typeError("'\(sym)' not supported between instances of '\(typeName(left))' and '\(typeName(right))'")
    }

    /// Exact comparison of a float with an int (or two mixed numbers): -1, 0, 1. NaN compares unordered as 2.
    private func compareMixed(_ a: Value, _ b: Value) throws(PyRaise) -> Int {
        func parts(_ v: Value) -> (Double?, BigInt?) { v.tag == .float ? (v.floatValue, nil) : (nil, bigValue(v)) }
        let (fa, ia) = parts(a), (fb, ib) = parts(b)
        if let f = fa ?? fb, f.isNaN { return 2 }
        if let f = fa, !f.isFinite { return f < 0 ? -1 : 1 }
        if let f = fb, !f.isFinite { return f < 0 ? 1 : -1 }
        // Compare floor and fraction exactly.
        let x: (BigInt, Double) = fa.map { (BigInt($0.rounded(.down)), $0 - $0.rounded(.down)) } ?? (ia!, 0)
        let y: (BigInt, Double) = fb.map { (BigInt($0.rounded(.down)), $0 - $0.rounded(.down)) } ?? (ib!, 0)
        if x.0 != y.0 { return x.0 < y.0 ? -1 : 1 }
        if x.1 != y.1 { return x.1 < y.1 ? -1 : 1 }
        return 0
    }

    private func sequenceLess(_ x: [Value], _ y: [Value], _ sym: String, _ reflected: Bool) throws(PyRaise) -> Bool {
        for i in 0..<min(x.count, y.count) where !(try equals(x[i], y[i])) {
            return try lessThan(x[i], y[i], sym, reflected: reflected)
        }
        return x.count < y.count
    }

    /// `a op b` as an expression's value: a user class's comparison returns what it likes.
    func compareValue(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyRaise) -> Value {
        if (a.tag == .object || b.tag == .object) && op.rawValue <= CompareOp.ge.rawValue && (isUserInstance(a) || isUserInstance(b)) {
            return try richCompareValue(op, a, b)
        }
        return .bool(try compareOp(op, a, b))
    }

    func compareOp(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyRaise) -> Bool {
        if (a.tag == .object || b.tag == .object) && op.rawValue <= CompareOp.ge.rawValue && (isUserInstance(a) || isUserInstance(b)) {
            return try richCompare(op, a, b)
        }
        switch op {
        case .eq: return try equals(a, b)
        case .ne: return !(try equals(a, b))
        case .lt: return try lessThan(a, b, "<")
        case .gt: return try lessThan(b, a, ">", reflected: true)
        case .le:
            if (a.tag == .float && a.floatValue.isNaN) || (b.tag == .float && b.floatValue.isNaN) { return false }
            if try lessThan(a, b, "<=") { return true }
            return try equals(a, b)
        case .ge:
            if (a.tag == .float && a.floatValue.isNaN) || (b.tag == .float && b.floatValue.isNaN) { return false }
            if try lessThan(b, a, ">=", reflected: true) { return true }
            return try equals(a, b)
        case .is: return a.identical(b)
        case .isNot: return !a.identical(b)
        case .in: return try contains(b, a)
        case .notIn: return !(try contains(b, a))
        }
    }

    func contains(_ container: Value, _ item: Value) throws(PyRaise) -> Bool {
        guard let k = kind(container) else {
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        }
        switch k {
        case .str:
            if let n = subclassValue(item) { return try contains(container, n) }
            guard kind(item) == .str else {
                throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            let needle = (heap[item.objectIndex] as! StrObject).value
            let hay = (heap[container.objectIndex] as! StrObject).value
            try charge(hay.utf8.count >> 6)
            return StrSearch.contains(hay, needle)
        case .list:
            let items = (heap[container.objectIndex] as! ListObject).items
            try charge(items.count >> 4)
            for v in items where try equals(v, item) { return true }
            return false
        case .tuple:
            let items = (heap[container.objectIndex] as! TupleObject).items
            try charge(items.count >> 4)
            for v in items where try equals(v, item) { return true }
            return false
        case .dict:
            return try dictGet(heap[container.objectIndex] as! DictObject, item) != nil
        case .set:
            return try setContains(unsafeDowncast(heap[container.objectIndex], to: SetObject.self), item)
        case .range:
            let r = heap[container.objectIndex] as! RangeObject
            guard item.tag == .int || item.tag == .bool else {
                for v in try iterateToArray(container) where try equals(v, item) { return true }
                return false
            }
            return r.contains(item.intValue)
        case .instance, .exception, .type:
            if let r = try userContains(container, item) { return r }
            throw typeError("argument of type '\(typeName(container))' is not iterable")
        default:
            if k == .native, let n = nativeObject(container), let f = nativeTypeAttribute(n.typeIndex, Sym.__contains__.rawValue) {
                return try truthy(try call(f, [container, item]))      // a Swift type's own (contextvars.Context)
            }
            for v in try iterateToArray(container) where try equals(v, item) { return true }
            return false
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@inline(__always) func Foundation_pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
