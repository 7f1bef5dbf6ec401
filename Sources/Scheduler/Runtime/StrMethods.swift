/// `str` methods, including `str.format`.

extension VM {
    func registerStrMethods() {
        methods(for: BT.str.rawValue) { m in
            /// Nearly every str method reads the whole string, and charges for it first.
            func charging(_ charged: Bool, _ body: @escaping (VM, StrObject, BuiltinArgs) throws(PyRaise) -> Value) -> MethodBody {
                { vm, recv, a throws(PyRaise) in
                    let so = unsafeDowncast(vm.heap[recv.objectIndex], to: StrObject.self)
                    if charged { try vm.charge(so.value.utf8.count >> 5) }
                    return try body(vm, so, a)
                }
            }
            func add(_ name: Sym, charged: Bool = true, _ body: @escaping (VM, StrObject, BuiltinArgs) throws(PyRaise) -> Value) {
                m.add(name, charging(charged, body))
            }
            func add(_ name: String, _ body: @escaping (VM, StrObject, BuiltinArgs) throws(PyRaise) -> Value) {
                m.add(name, charging(true, body))
            }
            add(.format) { vm, so, a throws(PyRaise) in vm.str(try vm.strFormat(so.value, a)) }
            add(.join) { vm, so, a throws(PyRaise) in try vm.strJoin(so.value, a) }
            for (name, fromRight) in [(Sym.split, false), (.rsplit, true)] {
                add(name) { vm, so, a throws(PyRaise) in try vm.strSplit(so.value, a, fromRight: fromRight) }
            }
            for (name, leading, trailing) in [(Sym.strip, true, true), (.lstrip, true, false), (.rstrip, false, true)] {
                add(name) { vm, so, a throws(PyRaise) in
                    let chars = try vm.optionalChars(a, 0) ?? Set(" \t\n\r\u{0B}\u{0C}\u{1C}\u{1D}\u{1E}\u{1F}\u{85}\u{A0}".unicodeScalars)
                    var scalars = Substring(so.value).unicodeScalars[...]
                    if leading { while let f = scalars.first, chars.contains(f) { scalars = scalars.dropFirst() } }
                    if trailing { while let l = scalars.last, chars.contains(l) { scalars = scalars.dropLast() } }
                    return vm.str(String(String.UnicodeScalarView(scalars)))
                }
            }
            add(.upper) { vm, so, _ in vm.str(so.value.uppercased()) }
            add(.lower) { vm, so, _ in vm.str(so.value.lowercased()) }
            add(.swapcase) { vm, so, _ in
                vm.str(String(so.value.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
            }
            add(.title) { vm, so, _ in
                var out = "", prevCased = false
                for c in so.value {
                    out += prevCased ? c.lowercased() : c.uppercased()
                    prevCased = c.isLetter
                }
                return vm.str(out)
            }
            add(.capitalize) { vm, so, _ in
                guard let f = so.value.first else { return vm.str("") }
                return vm.str(f.uppercased() + so.value.dropFirst().lowercased())
            }
            add(.replace) { vm, so, a throws(PyRaise) in
                try vm.argCount("replace", a, min: 2, max: 3)
                let old = try vm.stringArg(a[0], "replace() argument 1 must be str, not \(vm.typeName(a[0]))")
                let new = try vm.stringArg(a[1], "replace() argument 2 must be str, not \(vm.typeName(a[1]))")
                let count = a.count == 3 ? try vm.sizeArg(a[2]) : -1
                try vm.reserveBytes(VM.replacedBytes(so.value, old, new, count: count))
                return vm.str(VM.replace(so.value, old, new, count: count))
            }
            for (sym, atStart) in [(Sym.startswith, true), (.endswith, false)] {
                let name = m.vm.symbols[sym.rawValue]
                add(sym, charged: false) { vm, so, a throws(PyRaise) in try vm.strAffixTest(so, a, name, atStart: atStart) }
            }
            for (sym, query) in [(Sym.find, SubstringQuery.find), (.rfind, .rfind), (.index, .index), (.count, .count)] {
                let name = m.vm.symbols[sym.rawValue]
                add(sym) { vm, so, a throws(PyRaise) in try vm.strFind(so, a, name, query) }
            }
            add("rindex") { vm, so, a throws(PyRaise) in
                let r = try vm.strFind(so, a, "rindex", .rfind)
                if r.intValue < 0 { throw vm.valueError("substring not found") }
                return r
            }
            for (sym, align) in [(Sym.center, PadAlign.center), (.ljust, .left), (.rjust, .right)] {
                let name = m.vm.symbols[sym.rawValue]
                add(sym) { vm, so, a throws(PyRaise) in try vm.strPad(so, a, name, align) }
            }
            add(.zfill) { vm, so, a throws(PyRaise) in
                try vm.argCount("zfill", a, min: 1, max: 1)
                let width = try vm.sizeArg(a[0])
                if width <= so.length { return vm.str(so.value) }
                try vm.reserveBytes(width)
                var body = Substring(so.value)
                var sign = ""
                if let f = body.first, f == "-" || f == "+" { sign = String(f); body = body.dropFirst() }
                return vm.str(sign + String(repeating: "0", count: width - so.length) + body)
            }
            // Which numeric characters each accepts: isdecimal ⊂ isdigit ⊂ isnumeric.
            for (name, digits) in [(Sym.isdecimal, false), (.isdigit, true)] {
                add(name) { _, so, _ in
                    .bool(!so.value.isEmpty && so.value.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal || (digits && $0.properties.numericType == .digit) })
                }
            }
            add(.isnumeric) { _, so, _ in .bool(!so.value.isEmpty && so.value.unicodeScalars.allSatisfy { $0.properties.numericType != nil }) }
            add(.isalpha) { _, so, _ in .bool(!so.value.isEmpty && so.value.allSatisfy { $0.isLetter }) }
            add(.isalnum) { _, so, _ in .bool(!so.value.isEmpty && so.value.allSatisfy { $0.isLetter || $0.isNumber }) }
            add(.isspace) { _, so, _ in .bool(!so.value.isEmpty && so.value.allSatisfy { $0.isWhitespace }) }
            add(.isupper) { _, so, _ in .bool(so.value.contains { $0.isCased } && !so.value.contains { $0.isLowercase }) }
            add(.islower) { _, so, _ in .bool(so.value.contains { $0.isCased } && !so.value.contains { $0.isUppercase }) }
            add(.isidentifier) { _, so, _ in
                guard let f = so.value.unicodeScalars.first, f == "_" || f.properties.isXIDStart else { return .false }
                return .bool(so.value.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
            }
            add("istitle") { _, so, _ in .bool(VM.isTitle(so.value)) }
            add("isascii") { _, so, _ in .bool(so.value.unicodeScalars.allSatisfy { $0.isASCII }) }
            add("casefold") { vm, so, _ in vm.str(so.value.lowercased()) }
            add(.splitlines) { vm, so, a throws(PyRaise) in
                if a.count > 1 { throw vm.typeError("splitlines() takes at most 1 argument (\(a.count) given)") }
                let keep = try vm.truthy(a.count == 1 ? a[0] : a.keyword("keepends") ?? .false)
                return vm.makeList(VM.splitLines(so.value, keepEnds: keep).map { vm.str($0) })
            }
            for (sym, fromRight) in [(Sym.partition, false), (.rpartition, true)] {
                let name = m.vm.symbols[sym.rawValue]
                add(sym) { vm, so, a throws(PyRaise) in try vm.strPartition(so.value, a, name, fromRight: fromRight) }
            }
            for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
                add(name) { vm, so, a throws(PyRaise) in try vm.strRemoveAffix(so.value, a, name, prefix: prefix) }
            }
            add("expandtabs") { vm, so, a throws(PyRaise) in try vm.strExpandTabs(so.value, a) }
        }
    }

    private func strArg(_ a: BuiltinArgs, _ i: Int) throws(PyRaise) -> String {
        try stringArg(a[i], "must be str, not \(typeName(a[i]))")
    }

    /// The characters `strip` and friends remove, when given (and not None).
    private func optionalChars(_ a: BuiltinArgs, _ i: Int) throws(PyRaise) -> Set<Unicode.Scalar>? {
        guard a.count > i, !a[i].isNone else { return nil }
        return Set(try strArg(a, i).unicodeScalars)
    }

    private func strJoin(_ s: String, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        try argCount("join", a, min: 1, max: 1)
        var parts: [String] = []
        var bytes = 0
        let items: [Value]
        do { items = try iterateToArray(a[0]) } catch let e {
            if isInstance(e.exc, .TypeError) && !isIterable(a[0]) { throw typeError("can only join an iterable") }
            throw e
        }
        for (i, item) in items.enumerated() {
            let v = builtinValue(of: item)
            guard kind(v) == .str else { throw typeError("sequence item \(i): expected str instance, \(typeName(v)) found") }
            let part = (heap[v.objectIndex] as! StrObject).value
            bytes &+= part.utf8.count &+ (i > 0 ? s.utf8.count : 0)
            parts.append(part)
        }
        try reserveBytes(bytes)
        return str(parts.joined(separator: s))
    }

    private func strSplit(_ s: String, _ a: BuiltinArgs, fromRight: Bool) throws(PyRaise) -> Value {
        let sep: String? = a.count > 0 && !a[0].isNone ? try strArg(a, 0) : (a.keyword("sep").flatMap { kind($0) == .str ? (heap[$0.objectIndex] as! StrObject).value : nil })
        let maxsplit = a.count > 1 ? a[1].intValue : (a.keyword("maxsplit")?.intValue ?? -1)
        if sep == "" { throw valueError("empty separator") }
        let parts = VM.split(s, sep, maxsplit: Int(maxsplit), fromRight: fromRight)
        return makeList(parts.map { str($0) })
    }

    private func strAffixTest(_ so: StrObject, _ a: BuiltinArgs, _ name: String, atStart: Bool) throws(PyRaise) -> Value {
        try argCount(name, a, min: 1, max: 3)
        var options: [String] = []
        if kind(a[0]) == .tuple {
            for v in (heap[a[0].objectIndex] as! TupleObject).items { options.append(try stringArg(v, "tuple for \(name) must only contain str, not \(typeName(v))")) }
        } else {
            options = [try stringArg(a[0], "\(name) first arg must be str or a tuple of str, not \(typeName(a[0]))")]
        }
        let scalars = so.scalars
        let rawStart = a.count > 1 && !a[1].isNone ? try normalizedIndex(a[1], scalars.count, clamp: false) : 0
        let start = Int(max(0, min(rawStart, Int64(scalars.count))))
        let end = a.count > 2 && !a[2].isNone ? Int(try normalizedIndex(a[2], scalars.count, clamp: true)) : scalars.count
        if rawStart > Int64(scalars.count) || start > end { return .false }
        let window = scalars[start..<end]
        return .bool(options.contains { atStart ? window.starts(with: $0.unicodeScalars) : window.reversed().starts(with: $0.unicodeScalars.reversed()) })
    }

    /// What `find` and its relatives answer.
    private enum SubstringQuery { case find, rfind, index, count }

    private func strFind(_ so: StrObject, _ a: BuiltinArgs, _ name: String, _ query: SubstringQuery) throws(PyRaise) -> Value {
        try argCount(name, a, min: 1, max: 3)
        let needle = Array(try strArg(a, 0).unicodeScalars)
        let hay = so.scalars
        // Python slices the string first: a start past the end finds nothing, not even "".
        let rawStart = a.count > 1 && !a[1].isNone ? try normalizedIndex(a[1], hay.count, clamp: false) : 0
        let start = Int(max(0, min(rawStart, Int64(hay.count))))
        let end = a.count > 2 && !a[2].isNone ? Int(try normalizedIndex(a[2], hay.count, clamp: true)) : hay.count
        let found: Int?
        if rawStart > Int64(hay.count) || start > end || needle.count > end - start {
            if query == .count { return .int(0) }
            found = nil
        } else if needle.isEmpty {
            if query == .count { return .int(end - start + 1) }
            found = query == .rfind ? end : start
        } else {
            let hits = StrSearch.matches(of: needle, in: hay[start..<end], overlapping: query == .rfind,
                                         limit: query == .find || query == .index ? 1 : -1)
            if query == .count { return .int(hits.count) }
            found = query == .rfind ? hits.last : hits.first
        }
        if let found { return .int(found) }
        if query == .index { throw valueError("substring not found") }
        return .int(-1)
    }

    private enum PadAlign { case left, right, center }

    /// `center`, `ljust`, `rjust`.
    private func strPad(_ so: StrObject, _ a: BuiltinArgs, _ name: String, _ align: PadAlign) throws(PyRaise) -> Value {
        try argCount(name, a, min: 1, max: 2)
        let width = try sizeArg(a[0])
        let fill = a.count == 2 ? try strArg(a, 1) : " "
        let s = so.value, n = so.length
        if width <= n { return str(s) }
        let pad = width - n
        try reserve(pad, itemBytes: fill.utf8.count)
        switch align {
        case .left: return str(s + String(repeating: fill, count: pad))
        case .right: return str(String(repeating: fill, count: pad) + s)
        case .center:
            let left = pad / 2 + (pad & width & 1)
            return str(String(repeating: fill, count: left) + s + String(repeating: fill, count: pad - left))
        }
    }

    private func strPartition(_ s: String, _ a: BuiltinArgs, _ name: String, fromRight: Bool) throws(PyRaise) -> Value {
        try argCount(name, a, min: 1, max: 1)
        let sep = try strArg(a, 0)
        if sep.isEmpty { throw valueError("empty separator") }
        let parts = VM.split(s, sep, maxsplit: 1, fromRight: fromRight)
        if parts.count == 1 {
            return fromRight ? makeTuple([str(""), str(""), str(s)]) : makeTuple([str(s), str(""), str("")])
        }
        return makeTuple([str(parts[0]), str(sep), str(parts[1])])
    }

    /// Uppercase letters only after uncased characters, lowercase only after cased ones.
    private static func isTitle(_ s: String) -> Bool {
        var prevCased = false, sawCased = false
        for c in s {
            if c.isUppercase || (c.unicodeScalars.first?.properties.generalCategory == .titlecaseLetter) {
                if prevCased { return false }
                prevCased = true; sawCased = true
            } else if c.isLowercase {
                if !prevCased { return false }
                prevCased = true; sawCased = true
            } else {
                prevCased = false
            }
        }
        return sawCased
    }

    private func strRemoveAffix(_ s: String, _ a: BuiltinArgs, _ name: String, prefix: Bool) throws(PyRaise) -> Value {
        try argCount(name, a, min: 1, max: 1)
        let affix = try stringArg(a[0], "\(name)() argument must be str, not \(typeName(a[0]))")
        let scalars = s.unicodeScalars, affixScalars = affix.unicodeScalars
        if prefix, scalars.starts(with: affixScalars) {
            return str(String(String.UnicodeScalarView(scalars.dropFirst(affixScalars.count))))
        }
        if !prefix, !affix.isEmpty, scalars.reversed().starts(with: affixScalars.reversed()) {
            return str(String(String.UnicodeScalarView(scalars.dropLast(affixScalars.count))))
        }
        return str(s)
    }

    private func strExpandTabs(_ s: String, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        try argCount("expandtabs", a, min: 0, max: 1)
        var size = 8
        if let v = a.count > 0 ? a[0] : a.keyword("tabsize") { size = try sizeArg(v, cInt: true) }
        try reserveBytes(VM.expandedBytes(s, tabSize: size))
        var out = "", column = 0
        for c in s.unicodeScalars {
            if c == "\t" {
                if size > 0 { let n = size - column % size; out += String(repeating: " ", count: n); column += n }
            } else {
                out.unicodeScalars.append(c)
                column = (c == "\n" || c == "\r") ? 0 : column + 1
            }
        }
        return str(out)
    }

    static func split(_ s: String, _ sep: String?, maxsplit: Int, fromRight: Bool) -> [String] {
        if let sep { return StrSearch.split(s, sep, maxsplit: maxsplit, fromRight: fromRight) }
        // Whitespace splitting drops empty strings.
        let words = s.split(whereSeparator: { $0.isWhitespace })
        if maxsplit < 0 || words.count <= maxsplit { return words.map(String.init) }
        if fromRight {
            var out = words.suffix(maxsplit).map(String.init)
            let headEnd = words[words.count - maxsplit - 1].endIndex
            out.insert(String(s[s.startIndex..<headEnd]).trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}"), at: 0)
            return out
        }
        var out = words.prefix(maxsplit).map(String.init)
        let tailStart = words[maxsplit].startIndex
        out.append(String(s[tailStart...]))
        return out
    }

    /// The UTF-8 size of `replace(s, old, new, count:)`, counted before building it.
    static func replacedBytes(_ s: String, _ old: String, _ new: String, count: Int) -> Int {
        let (n, o, w) = (s.utf8.count, old.utf8.count, new.utf8.count)
        if w <= o && !old.isEmpty { return n }
        var hits = old.isEmpty ? s.unicodeScalars.count + 1 : 0
        // A small bound needs no counting pass.
        if !old.isEmpty, case let most = count >= 0 ? min(count, n / o + 1) : n / o + 1, most <= (1 << 20) / (w - o) {
            return n + most * (w - o)
        }
        if !old.isEmpty { hits = StrSearch.count(s, old, limit: count) }
        if count >= 0 { hits = min(hits, count) }
        return hits.multipliedReportingOverflow(by: w - o).overflow ? Int.max : n &+ hits &* (w - o)
    }

    /// The UTF-8 size of `s.expandtabs(tabSize)`, counted before building it.
    static func expandedBytes(_ s: String, tabSize size: Int) -> Int {
        var bytes = 0, column = 0
        for c in s.unicodeScalars {
            if c == "\t" {
                if size > 0 { let n = size - column % size; bytes &+= n; column &+= n }
            } else {
                bytes &+= UTF8.width(c)
                column = (c == "\n" || c == "\r") ? 0 : column &+ 1
            }
            if bytes < 0 { return Int.max }
        }
        return bytes
    }

    static func replace(_ s: String, _ old: String, _ new: String, count: Int) -> String {
        if old.isEmpty {
            var out = ""
            var n = 0
            for c in s.unicodeScalars {
                if count < 0 || n < count { out += new; n += 1 }
                out.unicodeScalars.append(c)
            }
            if count < 0 || n < count { out += new }
            return out
        }
        return StrSearch.replace(s, old, new, count: count)
    }

    // MARK: - str.format

    func strFormat(_ fmt: String, _ a: BuiltinArgs) throws(PyRaise) -> String {
        var autoIndex = 0
        var manual = false
        return try formatFields(fmt, a, &autoIndex, &manual, depth: 2)
    }

    /// Nested fields in a spec (`"{:>{}}"`) share the automatic numbering of the whole format string.
    private func formatFields(_ fmt: String, _ a: BuiltinArgs, _ autoIndex: inout Int, _ manual: inout Bool, depth recursion: Int) throws(PyRaise) -> String {
        if recursion < 0 { throw valueError("Max string recursion exceeded") }
        var out = ""
        let chars = Array(fmt)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw valueError("Single '}' encountered in format string")
            }
            if c != "{" { out.append(c); i += 1; continue }
            if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
            // Parse a replacement field up to its matching brace.
            var depth = 1, j = i + 1
            while j < chars.count && depth > 0 {
                if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1 }
                if depth > 0 { j += 1 }
            }
            if j >= chars.count { throw valueError(depth > 0 && fmt.contains("}") ? "expected '}' before end of string" : "Single '{' encountered in format string") }
            let field = String(chars[(i + 1)..<j])
            i = j + 1
            var name = field, conv: Character?, spec = ""
            if let colon = VM.topLevelIndex(field, ":") {
                name = String(field[..<colon]); spec = String(field[field.index(after: colon)...])
            }
            if let bang = name.firstIndex(of: "!") {
                let rest = name[name.index(after: bang)...]
                guard rest.count == 1 else { throw valueError("expected ':' after conversion specifier") }
                conv = rest.first
                name = String(name[..<bang])
            }
            // The argument: index or keyword, then .attr / [key] parts.
            var head = name
            var tail = ""
            if let k = name.firstIndex(where: { $0 == "." || $0 == "[" }) { head = String(name[..<k]); tail = String(name[k...]) }
            var value: Value
            if head.isEmpty {
                if manual { throw valueError("cannot switch from manual field specification to automatic field numbering") }
                guard autoIndex < a.count else { throw error(.IndexError, "Replacement index \(autoIndex) out of range for positional args tuple") }
                value = a[autoIndex]; autoIndex += 1
            } else if let n = try fieldIndex(head) {
                if autoIndex > 0 { throw valueError("cannot switch from automatic field numbering to manual field specification") }
                manual = true
                guard n < a.count else { throw error(.IndexError, "Replacement index \(n) out of range for positional args tuple") }
                value = a[n]
            } else {
                guard let v = a.keyword(head) else { throw PyRaise(alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [str(head)]))) }
                value = v
            }
            var t = Substring(tail)
            while let f = t.first {
                if f == "." {
                    t = t.dropFirst()
                    let attr = t.prefix { $0 != "." && $0 != "[" }
                    t = t.dropFirst(attr.count)
                    value = try getAttr(value, symbols.intern(String(attr)))
                } else {
                    t = t.dropFirst()
                    let key = t.prefix { $0 != "]" }
                    t = t.dropFirst(key.count + 1)
                    value = try getItem(value, try fieldIndex(key).map { Value.int(Int64($0)) } ?? str(String(key)))
                }
            }
            if spec.contains("{") { spec = try formatFields(spec, a, &autoIndex, &manual, depth: recursion - 1) }
            switch conv {
            case nil: break
            case "s": value = str(try strOf(value))
            case "r": value = str(try repr(value))
            case "a": value = str(VM.asciiOnly(try repr(value)))
            default: throw valueError("Unknown conversion specifier \(conv!)")
            }
            out += try format(value, spec)
        }
        return out
    }

    /// A replacement field's argument name or `[key]` as an index: only when every character
    /// is a decimal digit, as CPython reads it ("-6" and "+1" are names; Swift's `Int("-6")`
    /// made them indices and read before the arguments).
    private func fieldIndex<S: StringProtocol>(_ s: S) throws(PyRaise) -> Int? {
        guard !s.isEmpty else { return nil }
        var n = 0
        for u in s.unicodeScalars {
            guard u.properties.numericType == .decimal, let d = u.properties.numericValue else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (r, o2) = m.addingReportingOverflow(Int(d))
            if o1 || o2 { throw valueError("Too many decimal digits in format string") }
            n = r
        }
        return n
    }

    static func topLevelIndex(_ s: String, _ ch: Character) -> String.Index? {
        var depth = 0
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "[" { depth += 1 } else if c == "]" { depth -= 1 } else if c == ch && depth == 0 { return i }
            i = s.index(after: i)
        }
        return nil
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
