/// Calling a type: `int("3")`, `list(gen)`, `ValueError("x")`, `range(3)`.
import BigInt

extension VM {
    func callType(_ index: Int, _ args: Args, _ kwNames: Value) throws(PyRaise) -> Value {
        if typeObject(Int32(index)).isUser { return try callUserType(Int32(index), args, kwNames) }
        let a = BuiltinArgs(self, args, kwNames)
        guard let t = BT(rawValue: Int32(index)) else { return try callNativeType(Int32(index), a) }
        if t == .BaseExceptionGroup || t == .ExceptionGroup {
            let g = try newExceptionGroup(t.rawValue, a.positional)
            try noKeywords(typeName(g), a)
            return g
        }
        if t.isException {
            if let k = a.keywords.first { throw typeError("\(t)() takes no keyword arguments"); _ = k }
            return alloc(ExceptionObject(type: t.rawValue, args: a.positional))
        }
        switch t {
        case .int: return try intConstructor(a)
        case .float:
            try argCount("float", a, min: 0, max: 1)
            if a.count == 0 { return .float(0) }
            return .float(try floatValue(of: a[0]))
        case .str:
            try argCount("str", a, min: 0, max: 1)
            if a.count == 0 { return internString("") }
            return str(try strOf(a[0]))
        case .bool:
            try argCount("bool", a, min: 0, max: 1)
            return .bool(a.count == 1 ? try truthy(a[0]) : false)
        case .list:
            try argCount("list", a, min: 0, max: 1)
            return makeList(a.count == 0 ? [] : try iterateToArray(a[0]))
        case .tuple:
            try argCount("tuple", a, min: 0, max: 1)
            if a.count == 1 && kind(a[0]) == .tuple { return a[0] }
            return makeTuple(a.count == 0 ? [] : try iterateToArray(a[0]))
        case .dict:
            let d = DictObject()
            if a.count > 1 { throw typeError("dict expected at most 1 argument, got \(a.count)") }
            if a.count == 1 { try dictUpdate(d, a[0]) }
            for (k, v) in a.keywords { try dictSet(d, str(k), v) }
            return alloc(d)
        case .set, .frozenset:
            let frozen = t == .frozenset
            try noKeywords("\(t)", a)
            try argCount("\(t)", a, min: 0, max: 1)
            // A frozenset of a frozenset is that frozenset.
            if frozen && a.count == 1, let s = setObject(a[0]), s.isFrozen { return a[0] }
            return alloc(try makeSet(a.count == 1 ? a[0] : nil, frozen: frozen))
        case .range:
            return try rangeConstructor(a)
        case .enumerate:
            guard a.count >= 1 else { throw typeError("enumerate() missing required argument 'iterable' (pos 1)") }
            let it = IteratorObject(.enumerate, source: a.count > 1 ? a[1] : (a.keyword("start") ?? .int(0)))
            it.extra = [try getIter(a[0])]
            return alloc(it)
        case .zip:
            let it = IteratorObject(.zip, source: .none)
            for v in a.positional { it.extra.append(try getIter(v)) }
            return alloc(it)
        case .filter:
            guard a.count == 2 else { throw typeError("filter expected 2 arguments, got \(a.count)") }
            let it = IteratorObject(.filter, source: .none)
            it.extra = [a[0], try getIter(a[1])]
            return alloc(it)
        case .map:
            guard a.count >= 2 else { throw typeError("map() must have at least two arguments.") }
            let it = IteratorObject(.map, source: .none)
            it.extra = [a[0]]
            for v in a.positional.dropFirst() { it.extra.append(try getIter(v)) }
            return alloc(it)
        case .type:
            if a.count == 3 {
                // type(name, bases, namespace): a class made without a class statement.
                guard kind(a[0]) == .str else { throw typeError("type.__new__() argument 1 must be str, not \(typeName(a[0]))") }
                guard kind(a[1]) == .tuple else { throw typeError("type.__new__() argument 2 must be tuple, not \(typeName(a[1]))") }
                guard kind(a[2]) == .dict else { throw typeError("type.__new__() argument 3 must be dict, not \(typeName(a[2]))") }
                var bases: [Int32] = []
                for b in (heap[a[1].objectIndex] as! TupleObject).items {
                    guard kind(b) == .type else { throw typeError("bases must be types") }
                    bases.append(Int32(b.objectIndex))
                }
                let ns = DictObject()
                for (k, v) in dictObject(a[2]).dict.pairs { try dictSet(ns, k, v) }
                if try dictGet(ns, internString("__module__")) == nil { try dictSet(ns, internString("__module__"), internString("__main__")) }
                if try dictGet(ns, internString("__qualname__")) == nil { try dictSet(ns, internString("__qualname__"), a[0]) }
                return try makeClass(name: strValue(a[0]), bases: bases, ns: ns, keywords: a.keywords)
            }
            if a.count != 1 { throw typeError("type() takes 1 or 3 arguments") }
            return .object(typeIndex(a[0]))
        case .object:
            return alloc(NativeObject(type: BT.object.rawValue))
        case .slice:
            try argCount("slice", a, min: 1, max: 3)
            if a.count == 1 { return alloc(SliceObject(start: .none, stop: a[0], step: .none)) }
            return alloc(SliceObject(start: a[0], stop: a[1], step: a.count == 3 ? a[2] : .none))
        default:
            throw typeError("cannot create '\(t)' instances")
        }
    }

    func floatValue(of v: Value) throws(PyRaise) -> Double {
        if let d = try toDouble(v) { return d }
        if kind(v) == .str {
            let s = (heap[v.objectIndex] as! StrObject).value
            if let d = VM.parseFloat(s) { return d }
            throw valueError("could not convert string to float: \(VM.quote(s))")
        }
        if let d = try userFloat(v) { return d }
        throw typeError("float() argument must be a string or a real number, not '\(typeName(v))'")
    }

    static func parseFloat(_ raw: String) -> Double? {
        let s = raw.trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}").replacingOccurrences(of: "_", with: "")
        switch s.lowercased() {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        guard !s.isEmpty, s.allSatisfy({ "0123456789.eE+-".contains($0) }) else { return nil }
        return Double(s)
    }

    private func intConstructor(_ a: BuiltinArgs) throws(PyRaise) -> Value {
        if a.count == 0 { return .int(0) }
        let v = a[0]
        let baseArg = a.count > 1 ? a[1] : a.keyword("base")
        if let baseArg {
            guard kind(v) == .str else { throw typeError("int() can't convert non-string with explicit base") }
            guard let base = bigValue(baseArg) else { throw typeError("'\(typeName(baseArg))' object cannot be interpreted as an integer") }
            return try parseInt((heap[v.objectIndex] as! StrObject).value, base: Int(exactly: base) ?? -1)
        }
        if v.tag == .int { return v }
        if v.tag == .bool { return .int(v.intValue) }
        if kind(v) == .bigInt { return v }
        if v.tag == .float {
            let d = v.floatValue
            if d.isNaN { throw valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw error(.OverflowError, "cannot convert float infinity to integer") }
            return makeInt(BigInt(d.rounded(.towardZero)))
        }
        if kind(v) == .str { return try parseInt((heap[v.objectIndex] as! StrObject).value, base: 10) }
        if let i = try userInt(v) { return i }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(v))'")
    }

    func parseInt(_ raw: String, base: Int) throws(PyRaise) -> Value {
        guard base == 0 || (2...36).contains(base) else { throw valueError("int() base must be >= 2 and <= 36, or 0") }
        var s = Substring(raw.trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}"))
        var negative = false
        if s.first == "-" || s.first == "+" { negative = s.first == "-"; s = s.dropFirst() }
        var b = base
        let lower = s.lowercased()
        var prefixed = true
        if (b == 16 || b == 0) && lower.hasPrefix("0x") { s = s.dropFirst(2); b = 16 }
        else if (b == 8 || b == 0) && lower.hasPrefix("0o") { s = s.dropFirst(2); b = 8 }
        else if (b == 2 || b == 0) && lower.hasPrefix("0b") { s = s.dropFirst(2); b = 2 }
        else { prefixed = false }
        if prefixed && s.hasPrefix("_") { s = s.dropFirst() }
        let invalid = valueError("invalid literal for int() with base \(base): \(VM.quote(raw))")
        guard !s.isEmpty, !s.hasPrefix("_"), !s.hasSuffix("_"), !s.contains("__") else { throw invalid }
        if b == 0 {
            // Base 0 reads a literal: no leading zeros except in zero itself.
            b = 10
            if s.first == "0" && s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        if b & (b - 1) != 0 {
            let digits = s.unicodeScalars.reduce(0) { $1 == "_" ? $0 : $0 + 1 }
            if digits > VM.maxStrDigits { throw valueError(VM.digitsLimitMessage(has: digits)) }
        }
        var v = BigInt(0)
        var chunk: Int64 = 0, scale: Int64 = 1
        for c in s.unicodeScalars where c != "_" {
            let d: Int64
            switch c.value {
            case 48...57: d = Int64(c.value - 48)
            case 97...122: d = Int64(c.value - 87)
            case 65...90: d = Int64(c.value - 55)
            default:
                guard c.properties.numericType == .decimal, let n = c.properties.numericValue else { throw invalid }
                d = Int64(n)
            }
            guard d < b else { throw invalid }
            chunk = chunk * Int64(b) + d
            scale *= Int64(b)
            if scale >= 1 << 48 { v = v * BigInt(scale) + BigInt(chunk); chunk = 0; scale = 1 }
        }
        v = v * BigInt(scale) + BigInt(chunk)
        return makeInt(negative ? -v : v)
    }

    private func rangeConstructor(_ a: BuiltinArgs) throws(PyRaise) -> Value {
        if a.count == 0 { throw typeError("range expected at least 1 argument, got 0") }
        if a.count > 3 { throw typeError("range expected at most 3 arguments, got \(a.count)") }
        var parts: [Int64] = []
        for arg in a.positional {
            let v = isUserInstance(arg) ? (try userIndex(arg) ?? arg) : arg
            guard v.tag == .int || v.tag == .bool else {
                if kind(v) == .bigInt { throw error(.OverflowError, "Python int too large to convert to C ssize_t") }
                throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
            }
            parts.append(v.intValue)
        }
        let (start, stop, step): (Int64, Int64, Int64)
        switch parts.count {
        case 1: (start, stop, step) = (0, parts[0], 1)
        case 2: (start, stop, step) = (parts[0], parts[1], 1)
        default: (start, stop, step) = (parts[0], parts[1], parts[2])
        }
        if step == 0 { throw valueError("range() arg 3 must not be zero") }
        return alloc(RangeObject(start: start, stop: stop, step: step))
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let scalars = Set(set.unicodeScalars)
        var s = Substring(self)
        while let f = s.unicodeScalars.first, scalars.contains(f) { s = Substring(s.unicodeScalars.dropFirst()) }
        while let l = s.unicodeScalars.last, scalars.contains(l) { s = Substring(s.unicodeScalars.dropLast()) }
        return String(s)
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        guard !target.isEmpty else { return nil }
        var i = startIndex
        let first = target.first!
        while i < endIndex {
            if self[i] == first && self[i...].hasPrefix(target) {
                return i..<index(i, offsetBy: target.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
