/// Methods and attributes of the built-in types.
import BigInt

extension VM {
    static let strMethods: Set<Int32> = Set([Sym.format, .join, .split, .rsplit, .strip, .lstrip, .rstrip, .upper, .lower,
        .replace, .startswith, .endswith, .find, .rfind, .index, .count, .center, .ljust, .rjust, .zfill, .isdigit,
        .isalpha, .isalnum, .isspace, .isupper, .islower, .title, .capitalize, .splitlines, .partition, .rpartition,
        .swapcase, .isidentifier, .isnumeric, .isdecimal].map(\.rawValue))
    /// str methods without a well-known symbol, dispatched by name (`strExtraMethod`).
    static let strExtraMethods: Set<String> = ["istitle", "removeprefix", "removesuffix", "casefold", "expandtabs", "rindex", "isascii"]
    static let listMethods: Set<Int32> = Set([Sym.append, .extend, .pop, .insert, .remove, .index, .count, .sort, .reverse, .copy, .clear].map(\.rawValue))
    static let dictMethods: Set<Int32> = Set([Sym.get, .keys, .values, .items, .pop, .setdefault, .update, .copy, .clear, .popitem].map(\.rawValue))
    static let tupleMethods: Set<Int32> = Set([Sym.index, .count].map(\.rawValue))
    static let genMethods: Set<Int32> = Set([Sym.send, .throw, .close, .__next__].map(\.rawValue))
    static let exceptionMethods: Set<Int32> = Set([Sym.with_traceback, .add_note].map(\.rawValue))

    /// Whether `recv.sym(...)` can dispatch straight to `callMethod` (no bound-method object).
    func hasMethod(_ recv: Value, _ sym: Int32) -> Bool {
        switch recv.tag {
        case .int, .bool: return sym == Sym.bit_length.rawValue
        case .float: return sym == Sym.is_integer.rawValue
        case .object: break
        default: return false
        }
        unowned(unsafe) let o = heap[recv.objectIndex]
        switch o.kind {
        case .str: return VM.strMethods.contains(sym) || VM.strExtraMethods.contains(symbols[sym])
        case .list: return VM.listMethods.contains(sym)
        case .dict: return VM.dictMethods.contains(sym)
        case .tuple: return VM.tupleMethods.contains(sym)
        case .set: return setHasMethod(unsafeDowncast(o, to: SetObject.self), sym)
        case .generator:
            let g = o as! GeneratorObject
            if sym == Sym.__next__.rawValue || sym == Sym.__iter__.rawValue { return !g.isCoroutine }
            if sym == Sym.__await__.rawValue { return g.isCoroutine }
            return VM.genMethods.contains(sym)
        case .exception: return VM.exceptionMethods.contains(sym)
        case .native: return nativeHasMethod(recv, sym)
        case .bigInt: return sym == Sym.bit_length.rawValue
        case .function: return sym == Sym.__get__.rawValue
        default: return false
        }
    }

    func callMethod(_ recv: Value, _ sym: Int32, _ values: [Value]) throws(PyRaise) -> Value {
        try values.withUnsafeBufferPointer { (p) throws(PyRaise) -> Value in try callMethod(recv, sym, p, .none) }
    }

    func callMethod(_ recv: Value, _ sym: Int32, _ args: Args, _ kwNames: Value) throws(PyRaise) -> Value {
        guard hasMethod(recv, sym) else {
            let attr = try getAttr(recv, sym)
            return try call(attr, args, kwNames)
        }
        let a = BuiltinArgs(self, args, kwNames)
        let name = symbols[sym]
        switch recv.tag {
        case .int, .bool:
            return .int(Int64(recv.intValue.magnitude.bitWidth - recv.intValue.magnitude.leadingZeroBitCount))
        case .float:
            let d = recv.floatValue
            return .bool(d.isFinite && d == d.rounded())
        default: break
        }
        unowned(unsafe) let o = heap[recv.objectIndex]
        switch o.kind {
        case .str:
            // Nearly every str method reads the whole string.
            let so = o as! StrObject
            if sym != Sym.startswith.rawValue && sym != Sym.endswith.rawValue { try charge(so.value.utf8.count >> 5) }
            guard let known = Sym(rawValue: sym) else { return try strExtraMethod(so, name, a) }
            return try strMethod(so, known, name, a)
        case .list: return try listMethod(recv, o as! ListObject, Sym(rawValue: sym)!, name, a)
        case .dict: return try dictMethod(recv, o as! DictObject, Sym(rawValue: sym)!, name, a)
        case .tuple:
            let items = (o as! TupleObject).items
            return try sequenceSearch(items, Sym(rawValue: sym)!, a, "tuple")
        case .set: return try setMethod(recv, unsafeDowncast(o, to: SetObject.self), Sym(rawValue: sym)!, a)
        case .generator: return try generatorMethod(recv, o as! GeneratorObject, Sym(rawValue: sym)!, a)
        case .exception:
            if sym == Sym.with_traceback.rawValue { return recv }
            return .none
        case .native: return try nativeCallMethod(recv, sym, a)
        case .bigInt: return .int(Int64((o as! BigIntObject).value.magnitude.bitWidth))
        case .function:
            // `f.__get__(obj, cls)`: functions are the descriptors methods are made of.
            try argCount("__get__", a, min: 1, max: 2)
            if a[0].isNone && (a.count < 2 || a[1].isNone) { throw typeError("__get__(None, None) is invalid") }
            return a[0].isNone ? recv : alloc(BoundMethodObject(function: recv, receiver: a[0]))
        default: throw error(.AttributeError, "'\(typeName(recv))' object has no attribute '\(name)'")
        }
    }

    // MARK: - Attributes

    func getAttr(_ v: Value, _ sym: Int32) throws(PyRaise) -> Value {
        if v.tag == .object {
            unowned(unsafe) let o = heap[v.objectIndex]
            switch o.kind {
            case .instance: return try instanceGetAttr(v, unsafeDowncast(o, to: InstanceObject.self), sym)
            case .exception:
                let e = unsafeDowncast(o, to: ExceptionObject.self)
                if typeObject(e.type).isUser {
                    if let g = userSpecial(e.type, Sym.__getattribute__.rawValue) { return try callBound(g, v, internString(symbols[sym])) }
                    if let a = try userExceptionGetAttr(v, e, sym) { return a }
                    do { return try rawGetAttr(v, sym) } catch let err {
                        guard isInstance(err.exc, .AttributeError), let g = userSpecial(e.type, Sym.__getattr__.rawValue) else { throw err }
                        return try callBound(g, v, internString(symbols[sym]))
                    }
                }
            case .type:
                if let a = try classGetAttr(v, unsafeDowncast(o, to: TypeObject.self), sym) { return a }
            case .function:
                if let a = try ownAttribute(o, sym) { return a }
                if sym == Sym.__dict__.rawValue { return try ownDict(o)! }
            case .boundMethod:
                let m = unsafeDowncast(o, to: BoundMethodObject.self)
                if sym == Sym.__func__.rawValue { return m.function }
                if sym == Sym.__self__.rawValue { return m.receiver }
                if sym != Sym.__class__.rawValue { return try getAttr(m.function, sym) }
            default: break
            }
        }
        return try rawGetAttr(v, sym)
    }

    /// The built-in attributes of `v` (`object.__getattribute__` for built-in types).
    func rawGetAttr(_ v: Value, _ sym: Int32) throws(PyRaise) -> Value {
        if v.tag == .object, heap[v.objectIndex].kind == .instance {
            if let a = try genericGetAttr(v, unsafeDowncast(heap[v.objectIndex], to: InstanceObject.self), sym) { return a }
            throw noAttribute(v, sym)
        }
        // A module has no methods: its attributes first (`random.random`, `asyncio.sleep`).
        if v.tag == .object, heap[v.objectIndex].kind == .module {
            let m = unsafeDowncast(heap[v.objectIndex], to: ModuleObject.self)
            if let a = try moduleAttribute(m, sym) { return a }
            throw error(.AttributeError, "module '\(m.name)' has no attribute '\(symbols[sym])'")
        }
        if hasMethod(v, sym) { return alloc(BuiltinObject(fn: .boundMethod, receiver: v, symbol: sym)) }
        if v.tag == .object {
            let o = heap[v.objectIndex]
            switch o.kind {
            case .exception:
                let e = o as! ExceptionObject
                switch Sym(rawValue: sym) {
                case .args: return makeTuple(e.args)
                case .value where e.type == BT.StopIteration.rawValue: return e.args.first ?? .none
                case nil where isSubtype(e.type, of: BT.BaseExceptionGroup.rawValue) && e.args.count == 2:
                    if symbols[sym] == "exceptions" { return e.args[1] }
                    if symbols[sym] == "message" { return e.args[0] }
                case .__cause__: return e.cause
                case .__context__: return e.context
                case .__suppress_context__: return .bool(e.suppressContext)
                case .__traceback__: return .none
                case .__class__: return .object(e.type)
                default: break
                }
            case .generator:
                let g = o as! GeneratorObject
                switch Sym(rawValue: sym) {
                case .gi_running, .cr_running: return .bool(g.state == .running)
                case .gi_yieldfrom, .cr_await:
                    guard g.state == .suspended && g.frame.delegating else { return .none }
                    noteEscape(g.frame.delegate)
                    return g.frame.delegate
                case .__name__: return str(g.name)
                case .__qualname__: return str(g.qualname)
                default: break
                }
            case .function:
                let f = o as! FunctionObject
                switch Sym(rawValue: sym) {
                case .__name__: return str(f.name)
                case .__qualname__: return str(f.code.qualname)
                case .__module__: return internString("__main__")
                case .__doc__: return f.code.doc.map { str($0) } ?? .none
                default:
                    if symbols[sym] == "__defaults__" { return f.defaults.isEmpty ? .none : makeTuple(f.defaults) }
                    if symbols[sym] == "__kwdefaults__" { return try keywordDefaults(f) }
                }
            case .builtin:
                let b = unsafeDowncast(o, to: BuiltinObject.self)
                if sym == Sym.__name__.rawValue { return str(builtinName(b)) }
                if sym == Sym.__qualname__.rawValue {
                    if b.fn == .boundMethod { return str("\(typeName(b.receiver)).\(builtinName(b))") }
                    if b.fn == .native, let owner = (heap[b.receiver.objectIndex] as? NativeFunction)?.ownerName { return str("\(owner).\(builtinName(b))") }
                    return str(builtinName(b))
                }
            case .type:
                if sym == Sym.__name__.rawValue || sym == Sym.__qualname__.rawValue { return str((o as! TypeObject).name) }
                if let a = nativeTypeAttribute(Int32(v.objectIndex), sym) { return a }
            case .range:
                let r = o as! RangeObject
                switch Sym(rawValue: sym) {
                case .start: return .int(r.start)
                case .stop: return .int(r.stop)
                case .step: return .int(r.step)
                default: break
                }
            case .native:
                if let a = try nativeGetAttr(v, sym) { return a }
            default: break
            }
        }
        if sym == Sym.__class__.rawValue { return .object(typeIndex(v)) }
        if kind(v) == .type {
            throw error(.AttributeError, "type object '\((heap[v.objectIndex] as! TypeObject).name)' has no attribute '\(symbols[sym])'")
        }
        // What the value's type (and `object`) keep in their namespaces: `{}.fromkeys`, `(1).__eq__`.
        let t = typeIndex(v)
        if let a = lookup(typeObject(t), sym) { return try bindAttribute(a, instance: v, owner: .object(t)) }
        throw error(.AttributeError, "'\(typeName(v))' object has no attribute '\(symbols[sym])'")
    }

    func setAttr(_ v: Value, _ sym: Int32, _ value: Value) throws(PyRaise) {
        if v.tag == .object {
            unowned(unsafe) let o = heap[v.objectIndex]
            if isUserInstance(v) { return try userSetAttr(v, o, typeIndex(v), sym, value) }
        }
        try rawSetAttr(v, sym, value)
    }

    /// `object.__setattr__`: no user `__setattr__` consulted.
    func rawSetAttr(_ v: Value, _ sym: Int32, _ value: Value) throws(PyRaise) {
        if v.tag == .object {
            let o = heap[v.objectIndex]
            if isUserInstance(v) { return try genericSetAttr(v, o, typeIndex(v), sym, value) }
            if o.kind == .type { return try classSetAttr(unsafeDowncast(o, to: TypeObject.self), sym, value) }
            if o.kind == .function, sym != Sym.__name__.rawValue {
                if sym == Sym.__qualname__.rawValue, kind(value) != .str { throw typeError("__qualname__ must be set to a string object") }
                _ = try setOwnAttribute(o, sym, value)
                return
            }
            if let f = o as? FunctionObject, sym == Sym.__name__.rawValue {
                guard kind(value) == .str else { throw typeError("__name__ must be set to a string object") }
                f.name = (heap[value.objectIndex] as! StrObject).value
                return
            }
            if let e = o as? ExceptionObject {
                switch Sym(rawValue: sym) {
                case .__cause__: e.cause = value; e.suppressContext = true; return
                case .__context__: e.context = value; return
                default: break
                }
            }
            if o.kind == .native, try nativeSetAttr(v, sym, value) { return }
        }
        throw cannotSet(v, sym)
    }

    /// Setting or deleting an attribute of an object that has no `__dict__`: CPython calls a
    /// method's name read-only and any other name missing.
    func cannotSet(_ v: Value, _ sym: Int32) -> PyRaise {
        if kind(v) == .boundMethod && (sym == Sym.__func__.rawValue || sym == Sym.__self__.rawValue) {
            return error(.AttributeError, "readonly attribute")
        }
        if isBuiltinInstance(v) && hasMethod(v, sym) {
            return error(.AttributeError, "'\(typeName(v))' object attribute '\(symbols[sym])' is read-only")
        }
        return error(.AttributeError, "'\(typeName(v))' object has no attribute '\(symbols[sym])'")
    }

    /// `f.__kwdefaults__`: the keyword-only parameters that have defaults, or None.
    private func keywordDefaults(_ f: FunctionObject) throws(PyRaise) -> Value {
        let d = DictObject()
        for (i, v) in f.kwDefaults.enumerated() where v.tag != .unbound {
            try dictSet(d, internString(f.code.localNames[f.code.argCount + i]), v)
        }
        return d.dict.count == 0 ? .none : alloc(d)
    }

    private func isBuiltinInstance(_ v: Value) -> Bool {
        guard let k = kind(v) else { return true }
        return k != .function && k != .native
    }

    // MARK: - Generators

    private func generatorMethod(_ recv: Value, _ g: GeneratorObject, _ sym: Sym, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        switch sym {
        case .__iter__: return recv
        case .__await__: return coroutineWrapper(recv)
        case .send:
            try argCount("send", a, min: 1, max: 1)
            return try genSend(g, a[0])
        case .__next__:
            return try genSend(g, .none)
        case .throw:
            try argCount("throw", a, min: 1, max: 3)
            var exc = a[0]
            if kind(exc) == .type {
                guard isSubtype(Int32(exc.objectIndex), of: BT.BaseException.rawValue) else {
                    throw typeError("exceptions must be classes or instances deriving from BaseException, not type")
                }
                exc = alloc(ExceptionObject(type: Int32(exc.objectIndex), args: a.count > 1 && !a[1].isNone ? [a[1]] : []))
            } else if kind(exc) != .exception {
                throw typeError("exceptions must be classes or instances deriving from BaseException, not \(typeName(exc))")
            }
            switch try genThrow(g, exc) {
            case .yielded(let v): return v
            case .returned(let v): throw stopIteration(v)
            }
        case .close:
            try genClose(g)
            return .none
        default:
            throw error(.AttributeError, "'\(g.noun)' object has no attribute '\(sym)'")
        }
    }

    // MARK: - Sequences

    private func sequenceSearch(_ items: [Value], _ sym: Sym, _ a: BuiltinArgs, _ tname: String) throws(PyRaise) -> Value {
        try charge(items.count >> 4)
        if sym == .count {
            try argCount("\(tname).count", a, min: 1, max: 1)
            var n: Int64 = 0
            for v in items where try equals(v, a[0]) { n += 1 }
            return .int(n)
        }
        try argCount("index", a, min: 1, max: 3)
        let start = a.count > 1 ? Int(try normalizedIndex(a[1], items.count, clamp: true)) : 0
        let stop = a.count > 2 ? Int(try normalizedIndex(a[2], items.count, clamp: true)) : items.count
        if start < stop {
            for i in start..<stop where try equals(items[i], a[0]) { return .int(i) }
        }
        throw valueError(tname == "tuple" ? "tuple.index(x): x not in tuple" : "\(try repr(a[0])) is not in list")
    }

    func normalizedIndex(_ v: Value, _ count: Int, clamp: Bool) throws(PyRaise) -> Int64 {
        guard v.tag == .int || v.tag == .bool else {
            if kind(v) == .bigInt { return clamp ? ((heap[v.objectIndex] as! BigIntObject).value < 0 ? 0 : Int64(count)) : Int64.max }
            throw typeError("slice indices must be integers or have an __index__ method")
        }
        var i = v.intValue
        if i < 0 { i += Int64(count) }
        if clamp { i = max(0, min(i, Int64(count))) }
        return i
    }

    private func listMethod(_ recv: Value, _ l: ListObject, _ sym: Sym, _ name: String, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        if (sym == .reverse || sym == .copy || sym == .clear) && a.count > 0 {
            throw typeError("list.\(name)() takes no arguments (\(a.count) given)")
        }
        switch sym {
        case .remove, .copy, .reverse, .clear, .extend: try charge(l.items.count >> 4)
        case .pop where a.count > 0, .insert: try charge(l.items.count >> 4)    // items after the index move
        default: break
        }
        switch sym {
        case .append:
            try argCount("list.append", a, min: 1, max: 1)
            l.items.append(a[0])
        case .extend:
            try argCount("list.extend", a, min: 1, max: 1)
            let items = try iterateToArray(a[0])
            l.items.append(contentsOf: items)
        case .pop:
            try argCount("pop", a, min: 0, max: 1)
            if l.items.isEmpty { throw error(.IndexError, "pop from empty list") }
            if a.count == 0 { return l.items.removeLast() }
            guard a[0].tag == .int || a[0].tag == .bool else { throw typeError("'\(typeName(a[0]))' object cannot be interpreted as an integer") }
            var i = a[0].intValue
            if i < 0 { i += Int64(l.items.count) }
            if i < 0 || i >= l.items.count { throw error(.IndexError, "pop index out of range") }
            return l.items.remove(at: Int(i))
        case .insert:
            if a.count != 2 { throw typeError("insert expected 2 arguments, got \(a.count)") }
            guard a[0].tag == .int || a[0].tag == .bool else { throw typeError("'\(typeName(a[0]))' object cannot be interpreted as an integer") }
            let i = try normalizedIndex(a[0], l.items.count, clamp: true)
            l.items.insert(a[1], at: Int(i))
        case .remove:
            try argCount("list.remove", a, min: 1, max: 1)
            for (i, v) in l.items.enumerated() where try equals(v, a[0]) {
                l.items.remove(at: i)
                return .none
            }
            throw valueError("list.remove(x): x not in list")
        case .index, .count:
            return try sequenceSearch(l.items, sym, a, "list")
        case .sort:
            if a.count > 0 { throw typeError("sort() takes no positional arguments") }
            var items = l.items
            try sortValues(&items, key: a.keyword("key") ?? .none, reverse: try truthy(a.keyword("reverse") ?? .false))
            l.items = items
        case .reverse: l.items.reverse()
        case .copy: return makeList(l.items)
        case .clear: l.items.removeAll()
        default: throw error(.AttributeError, "'list' object has no attribute '\(name)'")
        }
        return .none
    }

    private func dictMethod(_ recv: Value, _ d: DictObject, _ sym: Sym, _ name: String, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        if [.keys, .values, .items, .copy, .clear, .popitem].contains(sym) && a.count > 0 {
            throw typeError("dict.\(name)() takes no arguments (\(a.count) given)")
        }
        switch sym {
        case .get:
            try argCount("get", a, min: 1, max: 2)
            return try dictGet(d, a[0]) ?? (a.count == 2 ? a[1] : .none)
        case .keys: return dictView(recv, .dict_keys)
        case .values: return dictView(recv, .dict_values)
        case .items: return dictView(recv, .dict_items)
        case .pop:
            try argCount("pop", a, min: 1, max: 2)
            if let v = try dictRemove(d, a[0]) { return v }
            if a.count == 2 { return a[1] }
            throw PyRaise(alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [a[0]])))
        case .setdefault:
            try argCount("setdefault", a, min: 1, max: 2)
            if let v = try dictGet(d, a[0]) { return v }
            let v = a.count == 2 ? a[1] : .none
            try dictSet(d, a[0], v)
            return v
        case .update:
            if a.count > 1 { throw typeError("update expected at most 1 argument, got \(a.count)") }
            if a.count == 1 { try dictUpdate(d, a[0]) }
            for (k, v) in a.keywords { try dictSet(d, str(k), v) }
            return .none
        case .copy:
            try charge(d.dict.count >> 4)
            let c = DictObject()
            c.dict = d.dict
            return alloc(c)
        case .clear:
            d.dict.removeAll()
            return .none
        case .popitem:
            guard let (k, v) = d.dict.popLast() else { throw error(.KeyError, "popitem(): dictionary is empty") }
            return makeTuple([k, v])
        default: throw error(.AttributeError, "'dict' object has no attribute '\(name)'")
        }
    }

    /// `d.keys()` and friends: a snapshot list iterable is enough for the subset (no live views).
    private func dictView(_ d: Value, _ t: BT) -> Value {
        let dict = (heap[d.objectIndex] as! DictObject).dict
        let items: [Value]
        switch t {
        case .dict_keys: items = dict.liveKeys
        case .dict_values: items = dict.liveValues
        default: items = dict.pairs.map { makeTuple([$0.0, $0.1]) }
        }
        return alloc(DictViewObject(type: t.rawValue, items: makeList(items), prefix: t == .dict_keys ? "dict_keys" : (t == .dict_values ? "dict_values" : "dict_items")))
    }
}

/// A snapshot of a dict's keys, values or items.
final class DictViewObject: NativeObject {
    let items: Value
    let prefix: String
    init(type: Int32, items: Value, prefix: String) { self.items = items; self.prefix = prefix; super.init(type: type) }
}
