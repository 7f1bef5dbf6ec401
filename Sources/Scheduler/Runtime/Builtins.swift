/// Built-in functions and calls to built-in types.
import BigInt

public enum Builtin: Int32, CaseIterable, Sendable {
    case print, next, iter, len, repr, abs, min, max, sum, round, sorted, isinstance, issubclass
    case callable, any, all, reversed, hash, id, divmod, pow, chr, ord, hex, bin, oct, format
    case getattr, hasattr, boundMethod, typesCoroutine, coroutineWrapper
    case randomSeed, randomRandom, randomRandint, randomRandrange, randomChoice, randomShuffle
    case randomUniform, randomGetrandbits, randomSample, randomGauss
    case timeTime, timeMonotonic, timeSleep, timeStrftime, timePerfCounter, timeCtime
    case datetimeNow, datetimeToday, datetimeCtor, timedeltaCtor
    // asyncio, implemented in the Loop layer
    case native

    var pythonName: String {
        switch self {
        case .randomSeed: return "seed"
        case .randomRandom: return "random"
        case .randomRandint: return "randint"
        case .randomRandrange: return "randrange"
        case .randomChoice: return "choice"
        case .randomShuffle: return "shuffle"
        case .randomUniform: return "uniform"
        case .randomGetrandbits: return "getrandbits"
        case .randomSample: return "sample"
        case .randomGauss: return "gauss"
        case .timeTime: return "time"
        case .timeMonotonic: return "monotonic"
        case .timeSleep: return "sleep"
        case .timeStrftime: return "strftime"
        case .timePerfCounter: return "perf_counter"
        case .timeCtime: return "ctime"
        case .datetimeNow: return "now"
        case .datetimeToday: return "today"
        case .typesCoroutine: return "coroutine"
        default: return caseName
        }
    }

    static let globalNames: [String: Builtin] = {
        var m: [String: Builtin] = [:]
        for b in [Builtin.print, .next, .iter, .len, .repr, .abs, .min, .max, .sum, .round, .sorted, .isinstance,
                  .issubclass, .callable, .any, .all, .reversed, .hash, .id, .divmod, .pow, .chr, .ord, .hex,
                  .bin, .oct, .format, .getattr, .hasattr] {
            m[b.caseName] = b
        }
        return m
    }()
}

extension VM {
    func builtinValue(_ name: String) -> Value? {
        if let b = Builtin.globalNames[name] { return builtinFunction(b) }
        if let t = BT.builtinNames[name] { return typeValue(t) }
        if name == "Ellipsis" { return ellipsis }
        if let v = extraBuiltins[name] { return v }
        if name == "__name__" { return internString("__main__") }
        // The name tracebacks show (the harness sets the same), not CPython's absolute path,
        // so a run prints the same bytes wherever the file lives.
        if name == "__file__" { return internString(file) }
        return nil
    }

    func builtinFunction(_ b: Builtin) -> Value {
        if let v = builtinFunctionCache[b] { return v }
        let v = alloc(BuiltinObject(fn: b))
        builtinFunctionCache[b] = v
        return v
    }

    func argCount(_ name: String, _ a: BuiltinArgs, min: Int, max: Int) throws(PyRaise) {
        if a.count < min || a.count > max {
            if min == max {
                throw typeError("\(name)() takes exactly \(min == 1 ? "one argument" : "\(min) arguments") (\(a.count) given)")
            }
            if a.count < min { throw typeError("\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(a.count)") }
            throw typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(a.count)")
        }
    }

    /// `callable(v)`.
    func isCallable(_ v: Value) -> Bool {
        let k = kind(v)
        if k == .instance || k == .exception { return lookupSpecial(v, Sym.__call__.rawValue) != nil }
        if k == .native, let n = native(v) { return n is NativeFunction || n is ClassMethodObject == false && hasMethod(v, Sym.__call__.rawValue) }
        return k == .function || k == .builtin || k == .boundMethod || k == .type
    }

    func noKeywords(_ name: String, _ a: BuiltinArgs) throws(PyRaise) {
        if let k = a.keywords.first { throw typeError("\(name)() takes no keyword arguments") ; _ = k }
    }

    func callBuiltin(_ fn: Builtin, receiver: Value, _ args: Args, _ kwNames: Value) throws(PyRaise) -> Value {
        let a = BuiltinArgs(self, args, kwNames)
        switch fn {
        case .print:
            if streams.stdout.tag != .unbound || a.keyword("file") != nil { return try printToFile(a) }
            var sep = " ", end = "\n"
            for (k, v) in a.keywords {
                switch k {
                case "sep": if !v.isNone { sep = try stringArg(v, "sep must be None or a string, not \(typeName(v))") }
                case "end": if !v.isNone { end = try stringArg(v, "end must be None or a string, not \(typeName(v))") }
                case "flush", "file": break
                default: throw typeError("'\(k)' is an invalid keyword argument for print()")
                }
            }
            try printToStdout(a, sep: sep, end: end)
            return .none
        case .next:
            try noKeywords("next", a)
            try argCount("next", a, min: 1, max: 2)
            let it = a[0]
            if let f = lookupSpecial(it, Sym.__next__.rawValue) {
                // The StopIteration `__next__` raises goes on as it is (its args and value).
                do { return try callBound(f, it) } catch let e {
                    if a.count == 2 && isInstance(e.exc, .StopIteration) { return a[1] }
                    throw e
                }
            }
            if kind(it) != .generator && kind(it) != .iterator && kind(it) != .native {
                throw typeError("'\(typeName(it))' object is not an iterator")
            }
            if let g = gen(it) {
                if g.isCoroutine { throw typeError("'coroutine' object is not an iterator") }
                switch try resume(g, send: .none) {
                case .yielded(let v): return v
                case .returned(let v):
                    if a.count == 2 { return a[1] }
                    throw stopIteration(v)
                }
            }
            if let v = try iterNext(it) { return v }
            if a.count == 2 { return a[1] }
            throw stopIteration(.none)
        case .iter:
            try argCount("iter", a, min: 1, max: 1)
            return try getIter(a[0])
        case .len:
            try argCount("len", a, min: 1, max: 1)
            return .int(try length(a[0]))
        case .repr:
            try argCount("repr", a, min: 1, max: 1)
            return str(try repr(a[0]))
        case .abs:
            try argCount("abs", a, min: 1, max: 1)
            let v = a[0]
            if v.tag == .float { return .float(Swift.abs(v.floatValue)) }
            if let b = bigValue(v) { return makeInt(b < 0 ? -b : b) }
            if let r = try userUnary(.__abs__, v) { return r }
            throw typeError("bad operand type for abs(): '\(typeName(v))'")
        case .min, .max:
            return try minMax(a, isMin: fn == .min)
        case .sum:
            guard a.count >= 1 && a.count <= 2 else { throw typeError("sum() takes at most 2 arguments (\(a.count) given)") }
            let total = a.count == 2 ? a[1] : (a.keyword("start") ?? .int(0))
            if kind(total) == .str { throw typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            return try sum(try getIter(a[0]), start: total)
        case .round:
            return try roundBuiltin(a)
        case .sorted:
            try argCount("sorted", a, min: 1, max: 1)
            var items = try iterateToArray(a[0])
            try sortValues(&items, key: a.keyword("key") ?? .none, reverse: try truthy(a.keyword("reverse") ?? .false))
            return makeList(items)
        case .isinstance:
            try argCount("isinstance", a, min: 2, max: 2)
            return .bool(try isInstanceOf(a[0], a[1], "isinstance"))
        case .issubclass:
            try argCount("issubclass", a, min: 2, max: 2)
            guard kind(a[0]) == .type else { throw typeError("issubclass() arg 1 must be a class") }
            return .bool(try typeMatches(Int32(a[0].objectIndex), a[1], "issubclass"))
        case .callable:
            try argCount("callable", a, min: 1, max: 1)
            return .bool(isCallable(a[0]))
        case .any, .all:
            try argCount(fn == .any ? "any" : "all", a, min: 1, max: 1)
            let it = try getIter(a[0])
            while let v = try iterNext(it) {
                try nativeIteration()
                let t = try truthy(v)
                if fn == .any && t { return .true }
                if fn == .all && !t { return .false }
            }
            return .bool(fn == .all)
        case .reversed:
            try argCount("reversed", a, min: 1, max: 1)
            return try reversedIterator(a[0])
        case .hash:
            try argCount("hash", a, min: 1, max: 1)
            return .int(try hashValue(a[0]))
        case .id:
            try argCount("id", a, min: 1, max: 1)
            return .int(identityNumber(a[0]))
        case .divmod:
            try argCount("divmod", a, min: 2, max: 2)
            if isIntLike(a[0]) && isIntLike(a[1]) {
                return makeTuple([try binaryOp(.floorDiv, a[0], a[1]), try binaryOp(.mod, a[0], a[1])])
            }
            guard let x = try toDouble(a[0]), let y = try toDouble(a[1]) else { throw typeError("unsupported operand type(s) for divmod(): '\(typeName(a[0]))' and '\(typeName(a[1]))'") }
            if y == 0 { throw error(.ZeroDivisionError, "float divmod()") }
            let (q, r) = floatDivmod(x, y)
            return makeTuple([.float(q), .float(r)])
        case .pow:
            try argCount("pow", a, min: 2, max: 3)
            if a.count == 3 && !a[2].isNone {
                guard let b = bigValue(a[0]), let e = bigValue(a[1]), let m = bigValue(a[2]) else {
                    throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m == 0 { throw valueError("pow() 3rd argument cannot be 0") }
                // As CPython: work modulo |m|, a negative exponent through the base's inverse,
                // and a negative modulus gives a result in (m, 0].
                let mm = BigInt(m.magnitude)
                var base = b % mm
                if base < 0 { base += mm }
                var exponent = e
                if e < 0 {
                    // Modulo 1 everything is 0, invertible or not (BigInt's inverse needs a modulus over 1).
                    if mm > 1 {
                        guard let inverse = base.inverse(mm) else { throw valueError("base is not invertible for the given modulus") }
                        base = inverse
                    }
                    exponent = -e
                }
                var r = mm == 1 ? 0 : base.power(exponent, modulus: mm)
                if m < 0 && r != 0 { r -= mm }
                return makeInt(r)
            }
            return try binaryOp(.pow, a[0], a[1])
        case .chr:
            try argCount("chr", a, min: 1, max: 1)
            guard a[0].tag == .int || a[0].tag == .bool else { throw typeError("'\(typeName(a[0]))' object cannot be interpreted as an integer") }
            guard let u = Unicode.Scalar(UInt32(clamping: max(0, a[0].intValue))), a[0].intValue >= 0, a[0].intValue <= 0x10FFFF else {
                throw valueError("chr() arg not in range(0x110000)")
            }
            return str(String(u))
        case .ord:
            try argCount("ord", a, min: 1, max: 1)
            guard kind(a[0]) == .str else { throw typeError("ord() expected string of length 1, but \(typeName(a[0])) found") }
            let s = (heap[a[0].objectIndex] as! StrObject).value.unicodeScalars
            guard s.count == 1 else { throw typeError("ord() expected a character, but string of length \(s.count) found") }
            return .int(Int64(s.first!.value))
        case .hex, .bin, .oct:
            try argCount(fn.pythonName, a, min: 1, max: 1)
            guard let b = bigValue(a[0]) else { throw typeError("'\(typeName(a[0]))' object cannot be interpreted as an integer") }
            let (radix, prefix) = fn == .hex ? (16, "0x") : (fn == .bin ? (2, "0b") : (8, "0o"))
            return str((b < 0 ? "-" : "") + prefix + String(b.magnitude, radix: radix))
        case .format:
            try argCount("format", a, min: 1, max: 2)
            let spec = a.count == 2 ? try stringArg(a[1], "format() argument 2 must be str, not \(typeName(a[1]))") : ""
            return str(try format(a[0], spec))
        case .getattr:
            try argCount("getattr", a, min: 2, max: 3)
            let name = try stringArg(a[1], "attribute name must be string, not '\(typeName(a[1]))'")
            do { return try getAttr(a[0], symbols.intern(name)) } catch let e {
                if a.count == 3 && isInstance(e.exc, .AttributeError) { return a[2] }
                throw e
            }
        case .hasattr:
            try argCount("hasattr", a, min: 2, max: 2)
            let name = try stringArg(a[1], "attribute name must be string, not '\(typeName(a[1]))'")
            do { _ = try getAttr(a[0], symbols.intern(name)); return .true } catch let e {
                if isInstance(e.exc, .AttributeError) { return .false }
                throw e
            }
        case .boundMethod:
            return try callMethod(receiver, -1, args, kwNames)
        case .typesCoroutine:
            try argCount("coroutine", a, min: 1, max: 1)
            return try typesCoroutine(a[0])
        case .coroutineWrapper:
            let result = try call(receiver, args, kwNames)
            return result
        case .randomSeed, .randomRandom, .randomRandint, .randomRandrange, .randomChoice, .randomShuffle,
             .randomUniform, .randomGetrandbits, .randomSample, .randomGauss:
            return try callRandom(fn, a)
        case .timeTime, .timeMonotonic, .timeSleep, .timeStrftime, .timePerfCounter, .timeCtime,
             .datetimeNow, .datetimeToday, .datetimeCtor, .timedeltaCtor:
            return try callTime(fn, a)
        case .native:
            return try callNativeFunction(receiver, a)
        }
    }

    func stringArg(_ v: Value, _ message: String) throws(PyRaise) -> String {
        guard kind(v) == .str else {
            if let n = subclassValue(v), kind(n) == .str { return strValue(n) }
            throw typeError(message)
        }
        return (heap[v.objectIndex] as! StrObject).value
    }

    func length(_ v: Value) throws(PyRaise) -> Int64 {
        if v.tag == .object {
            let o = heap[v.objectIndex]
            switch o.kind {
            case .str: return Int64((o as! StrObject).length)
            case .list: return Int64((o as! ListObject).items.count)
            case .tuple: return Int64((o as! TupleObject).items.count)
            case .dict: return Int64((o as! DictObject).dict.count)
            case .set: return Int64(unsafeDowncast(o, to: SetObject.self).count)
            case .range:
                let n = (o as! RangeObject).length
                if n > UInt64(Int64.max) { throw error(.OverflowError, "Python int too large to convert to C ssize_t") }
                return Int64(n)
            case .native: if let n = try nativeLength(v) { return n }
            case .instance, .exception: if let n = try userLength(v) { return n }
            default: break
            }
        }
        throw typeError("object of type '\(typeName(v))' has no len()")
    }

    private func minMax(_ a: BuiltinArgs, isMin: Bool) throws(PyRaise) -> Value {
        let name = isMin ? "min" : "max"
        for (k, _) in a.keywords where k != "key" && k != "default" {
            throw typeError("'\(k)' is an invalid keyword argument for \(name)()")
        }
        let key = a.keyword("key") ?? .none
        var items: [Value]
        if a.count == 0 { throw typeError("\(name) expected at least 1 argument, got 0") }
        if a.count == 1 {
            items = try iterateToArray(a[0])
            if items.isEmpty {
                if let d = a.keyword("default") { return d }
                throw valueError("\(name)() arg is an empty sequence")
            }
        } else {
            if a.keyword("default") != nil { throw typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
            items = a.positional
        }
        var best = items[0]
        var bestKey = key.isNone ? best : try call(key, [best])
        for v in items.dropFirst() {
            let k = key.isNone ? v : try call(key, [v])
            // CPython asks `item < best` for min and `item > best` for max (which shows in its messages).
            let better = try compareOp(isMin ? .lt : .gt, k, bestKey)
            if better { best = v; bestKey = k }
        }
        return best
    }

    private func roundBuiltin(_ a: BuiltinArgs) throws(PyRaise) -> Value {
        guard a.count >= 1 && a.count <= 2 else { throw typeError("round() takes at most 2 arguments (\(a.count) given)") }
        let x = a[0]
        let nd = a.count == 2 ? a[1] : (a.keyword("ndigits") ?? .none)
        if isIntLike(x) {
            if nd.isNone { return x.tag == .bool ? .int(x.intValue) : x }
            guard let n = bigValue(nd) else { throw typeError("'\(typeName(nd))' object cannot be interpreted as an integer") }
            if n >= 0 { return x.tag == .bool ? .int(x.intValue) : x }
            let b = bigValue(x)!
            // 10**k > 2|b| once k reaches b's bit width: the result is 0 (and -n may not fit an Int).
            if -n >= BigInt(b.magnitude.bitWidth) { return .int(0) }
            let p = BigInt(10).power(Int(-n))
            var q = floorDiv(b, p)
            let r = b - q * p
            if r * 2 > p || (r * 2 == p && q % 2 != 0) { q += 1 }
            return makeInt(q * p)
        }
        if let f = lookupSpecial(x, symbols.intern("__round__")) {
            return try callBound(f, x, a.count == 2 || a.keyword("ndigits") != nil ? [nd] : [])
        }
        guard x.tag == .float else { throw typeError("type \(typeName(x)) doesn't define __round__ method") }
        let d = x.floatValue
        if nd.isNone {
            if d.isNaN { throw valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw error(.OverflowError, "cannot convert float infinity to integer") }
            return makeInt(BigInt(PyFormat.roundHalfEven(d)))
        }
        guard let n = bigValue(nd) else { throw typeError("'\(typeName(nd))' object cannot be interpreted as an integer") }
        do { return .float(try PyFormat.round(d, digits: Int(clamping: n))) } catch let e { throw formatError(e) }
    }

    func isInstanceOf(_ v: Value, _ spec: Value, _ fname: String) throws(PyRaise) -> Bool {
        try typeMatches(typeIndex(v), spec, fname)
    }

    private func typeMatches(_ t: Int32, _ spec: Value, _ fname: String) throws(PyRaise) -> Bool {
        if kind(spec) == .tuple {
            for s in (heap[spec.objectIndex] as! TupleObject).items where try typeMatches(t, s, fname) { return true }
            return false
        }
        guard kind(spec) == .type else {
            if let args = try unionArguments(spec) { return try typeMatches(t, args, fname) }
            let what = fname == "issubclass" ? "class, a tuple of classes" : "type, a tuple of types"
            throw typeError("\(fname)() arg 2 must be a \(what), or a union")
        }
        return isSubtype(t, of: Int32(spec.objectIndex))
    }

    private func reversedIterator(_ v: Value) throws(PyRaise) -> Value {
        switch kind(v) {
        case .list:
            let it = IteratorObject(.reversedList, source: v, index: Int64((heap[v.objectIndex] as! ListObject).items.count - 1))
            return alloc(it)
        case .tuple, .str, .range, .dict:
            let items = try iterateToArray(v)
            return alloc(IteratorObject(.list, source: makeList(items.reversed())))
        case .native where heap[v.objectIndex] is DictViewObject:
            // `reversed(d.items())` (3.8+): the view's order, backwards.
            let items = try iterateToArray(v)
            return alloc(IteratorObject(.list, source: makeList(items.reversed())))
        case .instance, .exception:
            if let f = lookupSpecial(v, symbols.intern("__reversed__")) {
                if f.isNone { throw typeError("'\(typeName(v))' object is not reversible") }
                return try callBound(f, v)
            }
            // The sequence protocol: `__len__` and `__getitem__`, from the last index down.
            guard lookupSpecial(v, Sym.__getitem__.rawValue) != nil, let n = try userLength(v) else {
                throw typeError("'\(typeName(v))' object is not reversible")
            }
            let it = IteratorObject(.sequence, source: v, index: n - 1)
            it.step = -1
            return alloc(it)
        default:
            throw typeError("'\(typeName(v))' object is not reversible")
        }
    }

    /// A stable merge sort whose comparison may raise.
    func sortValues(_ items: inout [Value], key: Value, reverse: Bool) throws(PyRaise) {
        if items.count < 2 { return }
        try charge(items.count * (Int.bitWidth - items.count.leadingZeroBitCount) >> 1)   // n log n comparisons
        let keys = key.isNone ? items : try items.map { (v) throws(PyRaise) -> Value in try call(key, [v]) }
        var order = Array(0..<items.count)
        var buffer = order
        // reverse keeps stability: CPython reverses, sorts, reverses back, which is a stable
        // descending sort of the original order (equal keys stay in their original order).
        func less(_ i: Int, _ j: Int) throws(PyRaise) -> Bool {
            reverse ? try lessThan(keys[j], keys[i]) : try lessThan(keys[i], keys[j])
        }
        var width = 1
        while width < order.count {
            var lo = 0
            while lo < order.count {
                let mid = min(lo + width, order.count), hi = min(lo + 2 * width, order.count)
                var i = lo, j = mid, k = lo
                while i < mid && j < hi {
                    if try less(order[j], order[i]) { buffer[k] = order[j]; j += 1 } else { buffer[k] = order[i]; i += 1 }
                    k += 1
                }
                while i < mid { buffer[k] = order[i]; i += 1; k += 1 }
                while j < hi { buffer[k] = order[j]; j += 1; k += 1 }
                lo = hi
            }
            swap(&order, &buffer)
            width *= 2
        }
        let original = items
        items = order.map { original[$0] }
    }

    /// `@types.coroutine`: generator functions become awaitable ("iterable coroutines").
    func typesCoroutine(_ f: Value) throws(PyRaise) -> Value {
        guard kind(f) == .function || kind(f) == .builtin || kind(f) == .boundMethod else {
            throw typeError("types.coroutine() expects a callable")
        }
        if let fn = heap[f.objectIndex] as? FunctionObject {
            if fn.code.isCoroutine { return f }
            if fn.code.isGenerator { fn.iterableCoroutine = true; return f }
        }
        return alloc(BuiltinObject(fn: .coroutineWrapper, receiver: f))
    }
}
