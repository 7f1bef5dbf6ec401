/// `str()`, `repr()` and `format()` as CPython spells them.
import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension VM {
    func strOf(_ v: Value) throws(PyRaise) -> String {
        if v.tag == .object {
            let o = heap[v.objectIndex]
            if isUserInstance(v), let f = lookupSpecial(v, Sym.__str__.rawValue) {
                return try specialString(f, v, "__str__")
            }
            switch o.kind {
            case .str: return (o as! StrObject).value
            case .exception: return try reprGuarded(v, nil, of: "str") { () throws(PyRaise) -> String in try exceptionStr(o as! ExceptionObject) }
            case .native: if let s = try nativeStr(v) { return s }
            default: break
            }
        }
        return try repr(v)
    }

    /// A deterministic stand-in for CPython's object addresses.
    func address(_ v: Value) -> String {
        let n = 0x7f3a_0000_0000 + UInt64(v.objectIndex) * 0x40
        return "0x" + String(n, radix: 16)
    }

    func repr(_ v: Value) throws(PyRaise) -> String {
        switch v.tag {
        case .none, .unbound, .method, .kwNull: return "None"
        case .bool: return v.bits != 0 ? "True" : "False"
        case .int: return String(v.intValue)
        case .float: return PyFormat.floatRepr(v.floatValue)
        case .object: break
        }
        let o = heap[v.objectIndex]
        if isUserInstance(v) {
            if let f = lookupSpecial(v, Sym.__repr__.rawValue) { return try specialString(f, v, "__repr__") }
            if o.kind == .instance { return defaultRepr(v) }
        }
        switch o.kind {
        case .instance: return defaultRepr(v)
        case .str:
            let s = (o as! StrObject).value
            // A big string's repr is checked before it is built (repr of a repr doubles its backslashes).
            if s.utf8.count > 1 << 20 { try reserveBytes(VM.quotedBytes(s)) }
            return VM.quote(s)
        case .bigInt: return try decimalString((o as! BigIntObject).value)
        case .list:
            return try reprGuarded(v, "[...]") { () throws(PyRaise) -> String in
                "[" + (try reserveJoin(try (o as! ListObject).items.map { (x) throws(PyRaise) -> String in try repr(x) })) + "]"
            }
        case .tuple:
            return try reprGuarded(v, nil) { () throws(PyRaise) -> String in
                let items = (o as! TupleObject).items
                if items.count == 1 { return "(" + (try repr(items[0])) + ",)" }
                return "(" + (try reserveJoin(try items.map { (x) throws(PyRaise) -> String in try repr(x) })) + ")"
            }
        case .dict:
            return try reprGuarded(v, "{...}") { () throws(PyRaise) -> String in
                var parts: [String] = []
                for (k, x) in (o as! DictObject).dict.pairs { parts.append((try repr(k)) + ": " + (try repr(x))) }
                return "{" + (try reserveJoin(parts)) + "}"
            }
        case .set:
            let s = unsafeDowncast(o, to: SetObject.self)
            return try reprGuarded(v, s.isFrozen ? "frozenset(...)" : "set(...)") { () throws(PyRaise) -> String in try setRepr(s) }
        case .type:
            let t = o as! TypeObject
            let bt = BT(rawValue: Int32(v.objectIndex))
            if t.isUser { return "<class '\(t.module).\(t.qualname)'>" }
            return "<class '\(bt?.qualifiedName ?? nativeTypeQualifiedName(Int32(v.objectIndex)) ?? t.name)'>"
        case .function:
            return "<function \((o as! FunctionObject).qualname) at \(address(v))>"
        case .builtin:
            let b = o as! BuiltinObject
            if b.fn == .boundMethod {
                return "<built-in method \(symbols[b.symbol]) of \(typeName(b.receiver)) object at \(address(b.receiver))>"
            }
            if b.fn == .native, let r = try heap[b.receiver.objectIndex].kind == .native ? nativeRepr(b.receiver) : nil { return r }
            return "<built-in function \(b.fn.pythonName)>"
        case .boundMethod:
            let m = o as! BoundMethodObject
            let name = (heap[m.function.objectIndex] as? FunctionObject)?.qualname ?? "?"
            return try reprGuarded(v, nil) { () throws(PyRaise) -> String in "<bound method \(name) of \(try repr(m.receiver))>" }
        case .generator:
            let g = o as! GeneratorObject
            return "<\(g.noun) object \(g.qualname) at \(address(v))>"
        case .asyncGenerator:
            return "<async_generator object \((o as! GeneratorObject).qualname) at \(address(v))>"
        case .cell: return "<cell at \(address(v))>"
        case .exception:
            return try reprGuarded(v, nil) { () throws(PyRaise) -> String in try exceptionRepr(o as! ExceptionObject) }
        case .module: return "<module '\((o as! ModuleObject).name)' (built-in)>"
        case .range:
            let r = o as! RangeObject
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case .slice:
            let s = o as! SliceObject
            return try reprGuarded(v, nil) { () throws(PyRaise) -> String in "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))" }
        case .iterator:
            return "<\(typeName(v)) object at \(address(v))>"
        case .native:
            if v.objectIndex == ellipsis.objectIndex { return "Ellipsis" }
            return try reprGuarded(v, nil) { () throws(PyRaise) -> String in try nativeRepr(v) ?? "<\(typeName(v)) object at \(address(v))>" }
        }
    }

    /// `BaseException.__repr__`: the class name and the args.
    func exceptionRepr(_ e: ExceptionObject) throws(PyRaise) -> String {
        let name = typeObject(e.type).name
        if e.args.count == 1 { return "\(name)(\(try repr(e.args[0])))" }
        return "\(name)(" + (try e.args.map { (x) throws(PyRaise) -> String in try repr(x) }.joined(separator: ", ")) + ")"
    }

    /// Calls a user `__str__`/`__repr__`, which must return a str.
    private func specialString(_ f: Value, _ v: Value, _ name: String) throws(PyRaise) -> String {
        let r = try callBound(f, v)
        guard kind(r) == .str else { throw typeError("\(name) returned non-string (type \(typeName(r)))") }
        return strValue(r)
    }

    /// The repr of a container: `placeholder` when it is already being printed (lists and dicts
    /// can hold themselves), RecursionError past the recursion limit.
    private func reprGuarded(_ v: Value, _ placeholder: String?, of what: String = "repr",
                             _ body: () throws(PyRaise) -> String) throws(PyRaise) -> String {
        if let placeholder, reprActive.contains(v.objectIndex) { return placeholder }
        // Nested containers recurse in Swift: CPython counts them against the recursion limit too.
        if depth >= recursionLimit { throw error(.RecursionError, "maximum recursion depth exceeded while getting the \(what) of an object") }
        depth += 1
        defer { depth -= 1 }
        if placeholder == nil { return try body() }
        reprActive.insert(v.objectIndex)
        defer { reprActive.remove(v.objectIndex) }
        return try body()
    }

    /// Python's string repr: single quotes unless the text has one and no double quote.
    static func quote(_ s: String) -> String {
        let q = quoteMark(s)
        var out = String(q)
        for u in s.unicodeScalars {
            if let e = escaped(u, q) { out += e } else { out.unicodeScalars.append(u) }
        }
        out.unicodeScalars.append(q)
        return out
    }

    /// The UTF-8 size of `quote(s)`, counted before building it.
    static func quotedBytes(_ s: String) -> Int {
        let q = quoteMark(s)
        // ASCII text byte by byte (fast even in debug builds); the rest by code point.
        let ascii: Int? = StrSearch.withBytes(s) { bytes in
            var n = 2
            for b in bytes {
                if b >= 0x80 { return nil }
                switch b {
                case 0x5c, 0x0a, 0x0d, 0x09: n &+= 2
                case UInt8(truncatingIfNeeded: q.value): n &+= 2
                case 0..<0x20, 0x7f: n &+= 4
                default: n &+= 1
                }
            }
            return n
        }
        if let ascii { return ascii }
        var n = 2
        for u in s.unicodeScalars { n &+= escaped(u, q)?.utf8.count ?? UTF8.width(u) }
        return n
    }

    /// Single quotes unless the text has one and no double quote.
    private static func quoteMark(_ s: String) -> Unicode.Scalar {
        let (single, double) = StrSearch.withBytes(s) { bytes -> (Bool, Bool) in
            guard let p = bytes.baseAddress else { return (false, false) }
            return (memchr(p, 0x27, bytes.count) != nil, memchr(p, 0x22, bytes.count) != nil)
        }
        return single && !double ? "\"" : "'"
    }

    /// How repr writes `u` between quotes `q`; nil when as itself.
    @inline(__always) private static func escaped(_ u: Unicode.Scalar, _ q: Unicode.Scalar) -> String? {
        switch u {
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            if u == q { return "\\" + String(q) }
            if u.value < 0x20 || u.value == 0x7f { return "\\x" + hex(u.value, 2) }
            if u.value >= 0x80 && !isPrintable(u) {
                if u.value < 0x100 { return "\\x" + hex(u.value, 2) }
                if u.value < 0x10000 { return "\\u" + hex(u.value, 4) }
                return "\\U" + hex(u.value, 8)
            }
            return nil
        }
    }

    /// `parts` joined by ", " for a container's repr, checked against the memory budget first.
    func reserveJoin(_ parts: [String]) throws(PyRaise) -> String {
        var total = 0
        for p in parts { total &+= p.utf8.count &+ 2 }
        if total > 1 << 20 { try reserveBytes(total) }
        return parts.joined(separator: ", ")
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// An approximation of `str.isprintable` for non-ASCII scalars.
    static func isPrintable(_ u: Unicode.Scalar) -> Bool {
        if (0x80...0xA0).contains(u.value) || u.value == 0xAD { return false }
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    // MARK: - format()

    func formatValue(_ v: Value, conversion: Int, spec: Value) throws(PyRaise) -> Value {
        var value = v
        switch conversion {
        case 1: value = str(try strOf(v))
        case 2: value = str(try repr(v))
        case 3: value = str(VM.asciiOnly(try repr(v)))
        default: break
        }
        let specText = spec.tag == .object ? (heap[spec.objectIndex] as! StrObject).value : ""
        if specText.isEmpty && kind(value) == .str { return value }
        return str(try format(value, specText))
    }

    static func asciiOnly(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x80 { out.unicodeScalars.append(u) }
            else if u.value < 0x100 { out += "\\x" + hex(u.value, 2) }
            else if u.value < 0x10000 { out += "\\u" + hex(u.value, 4) }
            else { out += "\\U" + hex(u.value, 8) }
        }
        return out
    }

    /// `format(value, spec)`.
    func format(_ v: Value, _ specText: String) throws(PyRaise) -> String {
        if isUserInstance(v), let s = try userFormat(v, specText) { return s }
        if specText.isEmpty { return try strOf(v) }
        let spec: PyFormat.Spec
        do { spec = try PyFormat.parseSpec(specText, typeName: typeName(v)) } catch let e { throw formatError(e) }
        // Decimal output of a big integer obeys CPython's digit limit; hex, octal and binary do not.
        if kind(v) == .bigInt, !["x", "X", "o", "b", "e", "E", "f", "F", "g", "G", "%"].contains(specText.last) {
            _ = try decimalString((heap[v.objectIndex] as! BigIntObject).value)
        }
        if let s = try nativeFormat(v, specText) { return s }
        let floaty = spec.type.map { "eEfFgG%".contains($0) } ?? false
        // The width (and a float's precision) sizes the result: check it before padding. The text
        // is built in a byte buffer and then copied into a String, so it needs twice its size.
        try reserve(spec.width ?? 0, itemBytes: 2 * (spec.fill.map { UTF8.width($0) } ?? 1))
        // (Past Int32.max, formatting refuses it first with CPython's "precision too big".)
        if floaty || v.tag == .float, let p = spec.precision, p <= Int32.max { try reserve(p, itemBytes: 2) }
        var number: Double?
        if kind(v) == .bigInt && floaty { number = try toDouble(v) }
        do throws(FormatError) {
            switch v.tag {
            case .float:
                return try PyFormat.format(v.floatValue, spec)
            case .int, .bool:
                if floaty { return try PyFormat.format(Double(v.intValue), spec) }
                let i = v.intValue
                return try PyFormat.format(integerNegative: i < 0, magnitude: { String(i.magnitude, radix: $0) }, spec)
            case .object:
                let o = heap[v.objectIndex]
                if let s = o as? StrObject { return try PyFormat.format(string: s.value, spec) }
                if let b = o as? BigIntObject {
                    if let number { return try PyFormat.format(number, spec) }
                    let m = b.value.magnitude
                    return try PyFormat.format(integerNegative: b.value < 0, magnitude: { String(m, radix: $0) }, spec)
                }
            default: break
            }
        } catch let e { throw formatError(e) }
        throw typeError("unsupported format string passed to \(typeName(v)).__format__")
    }

    func formatError(_ e: FormatError) -> PyRaise {
        if e.type == "MemoryError" { return memoryError() }
        let t: BT = e.type == "TypeError" ? .TypeError : (e.type == "OverflowError" ? .OverflowError : .ValueError)
        return error(t, e.message)
    }

    /// `"..." % args`.
    func percentFormat(_ fmt: String, _ args: Value) throws(PyRaise) -> Value {
        // A tuple subclass (a namedtuple) is the tuple of values, as CPython's tuple check says.
        let args = subclassValue(args).flatMap { kind($0) == .tuple ? $0 : nil } ?? args
        let items = kind(args) == .tuple ? (heap[args.objectIndex] as! TupleObject).items : [args]
        var converted: [PercentArg] = []
        for a in items { converted.append(try percentArg(a)) }
        var mapping: ((String) throws(FormatError) -> PercentArg)?
        if let d = kind(args) == .dict ? heap[args.objectIndex] as? DictObject : nil {
            mapping = { [unowned self] (key: String) throws(FormatError) -> PercentArg in
                guard let v = try? self.dictGet(d, self.str(key)), let arg = try? self.percentArg(v) else {
                    throw FormatError(type: "KeyError", message: VM.quote(key))
                }
                return arg
            }
        }
        do { return str(try PyFormat.percent(format: fmt, args: converted, mapping: mapping, maxBytes: memoryLeft() / 2)) } catch let e {
            if e.type == "KeyError" { throw PyRaise(alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [str(String(e.message.dropFirst().dropLast()))]))) }
            throw formatError(e)
        }
    }

    private func percentArg(_ a: Value) throws(PyRaise) -> PercentArg {
        switch a.tag {
        case .bool: return .bool(a.bits != 0)
        case .int:
            let i = a.intValue
            return .int(negative: i < 0, magnitude: { String(i.magnitude, radix: $0) })
        case .float: return .float(a.floatValue)
        default:
            if kind(a) == .bigInt {
                let b = (heap[a.objectIndex] as! BigIntObject).value
                let m = b.magnitude
                return .int(negative: b < 0, magnitude: { String(m, radix: $0) })
            }
            if kind(a) == .str { return .string(str: (heap[a.objectIndex] as! StrObject).value, repr: try repr(a)) }
            return .other(typeName: typeName(a), str: try strOf(a), repr: try repr(a))
        }
    }
}
