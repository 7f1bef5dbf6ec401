/// `class` statements: `__build_class__`, the C3 method resolution order, lookups along it,
/// and calling a class to make an instance (`__new__`, then `__init__`).

extension VM {
    /// Gives a type made at start-up its MRO: itself, then its base's.
    func finishBuiltinType(_ index: Int32) {
        let t = typeObject(index)
        t.index = index
        if t.base >= 0 && typeObject(t.base).mro.isEmpty { finishBuiltinType(t.base) }
        t.mro = [index] + (t.base >= 0 ? typeObject(t.base).mro : [])
        if index == BT.ExceptionGroup.rawValue {
            // class ExceptionGroup(BaseExceptionGroup, Exception)
            t.bases = [BT.BaseExceptionGroup.rawValue, BT.Exception.rawValue]
            t.mro = [index, BT.BaseExceptionGroup.rawValue, BT.Exception.rawValue, BT.BaseException.rawValue, BT.object.rawValue]
        }
        t.layout = index
        if let b = BT(rawValue: index), b.isException { t.layout = index }
        else if t.base >= 0, t.base != BT.object.rawValue { t.layout = typeObject(t.base).layout }
    }

    /// `__build_class__(body, name, *bases, metaclass=None, **kwds)`.
    func buildClass(_ a: BuiltinArgs) throws(PyRaise) -> Value {
        guard a.count >= 2, kind(a[0]) == .function else { throw typeError("__build_class__: not enough arguments") }
        guard kind(a[1]) == .str else { throw typeError("__build_class__: name is not a string") }
        let body = unsafeDowncast(heap[a[0].objectIndex], to: FunctionObject.self)
        let name = strValue(a[1])
        var bases: [Int32] = []
        let given = Array(a.positional.dropFirst(2))
        for b in given {
            if kind(b) == .type { bases.append(Int32(b.objectIndex)); continue }
            // PEP 560: `class Stack(Generic[T])` takes its bases from the alias's `__mro_entries__`.
            guard let m = try? getAttr(b, symbols.intern("__mro_entries__")) else { throw typeError("bases must be types") }
            let entries = try call(m, [makeTuple(given)])
            guard kind(entries) == .tuple else { throw typeError("__mro_entries__ must return a tuple") }
            for e in (heap[entries.objectIndex] as! TupleObject).items {
                guard kind(e) == .type else { throw typeError("bases must be types") }
                if !bases.contains(Int32(e.objectIndex)) { bases.append(Int32(e.objectIndex)) }
            }
        }
        var keywords = a.keywords
        if let i = keywords.firstIndex(where: { $0.0 == "metaclass" }) {
            let m = keywords.remove(at: i).1
            if let abc = abcBase(forMetaclass: m) {
                if !bases.contains(where: { typeObject($0).mro.contains(abc) }) { bases.append(abc) }
            } else if !(kind(m) == .type && m.objectIndex == Int(BT.type.rawValue)) {
                throw error(.NotImplementedError, "schedviz supports classes whose metaclass is type (not \(try repr(m)))")
            }
        }
        // The body fills a fresh namespace.
        let ns = DictObject()
        let nsValue = alloc(ns)
        if given.contains(where: { kind($0) != .type }) { try dictSet(ns, internString("__orig_bases__"), makeTuple(given)) }
        let frame = Frame(code: body.code, function: body)
        frame.namespace = nsValue
        _ = try run(frame)
        return try makeClass(name: name, bases: bases, ns: ns, keywords: keywords)
    }

    /// `type(name, bases, ns)`: the new class with its MRO and namespace, `__set_name__`
    /// called on its attributes and `__init_subclass__` on its parent.
    func makeClass(name: String, bases given: [Int32], ns: DictObject, keywords: [(String, Value)]) throws(PyRaise) -> Value {
        let bases = given.isEmpty ? [BT.object.rawValue] : given
        for (i, b) in bases.enumerated() where bases[..<i].contains(b) {
            throw typeError("duplicate base class \(typeObject(b).name)")
        }
        let layout = try solidLayout(bases)
        if VM.nativeLayouts.contains(layout) { registerSubclassDunders() }
        let t = TypeObject(name: name, base: bases[0])
        t.bases = bases
        t.isUser = true
        t.layout = layout
        let v = alloc(t)
        let index = Int32(v.objectIndex)
        t.index = index
        classVersion &+= 1     // the slot may have held a class whose lookups are cached
        t.mro = try c3(index, bases)
        var classCell: Value = .none
        for (k, value) in ns.dict.pairs {
            guard kind(k) == .str else { continue }
            let key = strValue(k)
            if key == "__classcell__" { classCell = value; continue }
            t.attributes[symbols.intern(key)] = value
        }
        if let q = t.attributes[Sym.__qualname__.rawValue], kind(q) == .str { t.qualname = strValue(q) }
        if let m = t.attributes[Sym.__module__.rawValue], kind(m) == .str { t.module = strValue(m) }
        t.attributes[Sym.__qualname__.rawValue] = nil
        try addSlotDescriptors(t)
        if let d = t.attributes[Sym.__doc__.rawValue] { t.docValue = d } else { t.attributes[Sym.__doc__.rawValue] = Value.none }
        try noteSlots(t)
        // Defining `__eq__` without `__hash__` makes instances unhashable, as in CPython.
        if t.attributes[Sym.__eq__.rawValue] != nil && t.attributes[Sym.__hash__.rawValue] == nil {
            t.attributes[Sym.__hash__.rawValue] = Value.none
        }
        // A plain function as `__init_subclass__` or `__class_getitem__` is a classmethod.
        for special in ["__init_subclass__", "__class_getitem__"] {
            let s = symbols.intern(special)
            if let f = t.attributes[s], kind(f) == .function { t.attributes[s] = alloc(ClassMethodObject(vm: self, f)) }
        }
        if let f = t.attributes[Sym.__new__.rawValue], kind(f) == .function {
            t.attributes[Sym.__new__.rawValue] = alloc(StaticMethodObject(vm: self, f))
        }
        classVersion &+= 1
        if classCell.tag == .object, let c = heap[classCell.objectIndex] as? CellObject { c.value = v }
        for e in t.attributes.entries {
            if e.value.tag == .object, let p = heap[e.value.objectIndex] as? PropertyObject { p.name = symbols[e.sym] }
            if let setName = lookupSpecial(e.value, Sym.__set_name__.rawValue) {
                try callBound(setName, e.value, v, internString(symbols[e.sym]))
            }
        }
        // The parent's `__init_subclass__`, found after the new class in its MRO.
        let initSubclass = Sym.__init_subclass__.rawValue
        for p in t.mro.dropFirst() {
            guard let f = typeObject(p).attributes[initSubclass] else { continue }
            if typeObject(p).isUser {
                let bound = try bindAttribute(f, instance: .none, owner: v)
                _ = try callWithKeywords(bound, [], keywords)
            } else if let (k, _) = keywords.first {
                throw typeError("\(name).__init_subclass__() takes no keyword arguments")
                _ = k
            }
            break
        }
        return v
    }

    /// The built-in type instances of a class with these bases are laid out as.
    private func solidLayout(_ bases: [Int32]) throws(PyRaise) -> Int32 {
        var layout = BT.object.rawValue
        for b in bases {
            let l = typeObject(b).layout
            if l == BT.object.rawValue { continue }
            // Built-in types other than the exceptions, and asyncio's (Queue, Lock…), keep their
            // state in Swift objects a user class's instances do not have.
            if !(BT(rawValue: l)?.isException ?? false) && !VM.nativeLayouts.contains(l) {
                throw error(.NotImplementedError, "schedviz does not support subclassing '\(typeObject(b).name)' yet (only object, the exception classes, int, float, str, tuple, list, dict, set and frozenset)")
            }
            if layout == BT.object.rawValue || isSubtype(l, of: layout) { layout = l }
            else if !isSubtype(layout, of: l) { throw typeError("multiple bases have instance lay-out conflict") }
        }
        if layout == BT.object.rawValue, let first = bases.first, typeObject(first).layout != BT.object.rawValue { layout = typeObject(first).layout }
        return layout
    }

    /// C3 linearization: the class, then a merge of its bases' MROs and the bases.
    private func c3(_ index: Int32, _ bases: [Int32]) throws(PyRaise) -> [Int32] {
        var seqs = bases.map { typeObject($0).mro }
        seqs.append(bases)
        var out: [Int32] = [index]
        while true {
            seqs.removeAll { $0.isEmpty }
            if seqs.isEmpty { return out }
            var pick: Int32?
            for s in seqs {
                let head = s[0]
                if !seqs.contains(where: { $0.dropFirst().contains(head) }) { pick = head; break }
            }
            guard let p = pick else {
                // CPython names the heads of the sequences it could not merge.
                var heads: [Int32] = []
                for s in seqs where !heads.contains(s[0]) { heads.append(s[0]) }
                let names = heads.map { typeObject($0).name }
                throw typeError("Cannot create a consistent method resolution\norder (MRO) for bases \(names.joined(separator: ", "))")
            }
            out.append(p)
            for i in seqs.indices where seqs[i].first == p { seqs[i].removeFirst() }
        }
    }

    /// `__slots__`: the names instances may have when no class in the MRO gives them a `__dict__`.
    private func noteSlots(_ t: TypeObject) throws(PyRaise) {
        let sym = Sym.__slots__.rawValue
        var names: [Int32] = []
        for c in t.mro {
            let ct = typeObject(c)
            if !ct.isUser { continue }
            guard let s = ct.attributes[sym] else { return }
            let items = kind(s) == .str ? [s] : try iterateToArray(s)
            for item in items {
                guard kind(item) == .str else { throw typeError("__slots__ items must be strings, not '\(typeName(item))'") }
                let n = strValue(item)
                if n == "__dict__" { return }
                names.append(symbols.intern(n))
            }
        }
        t.slotNames = names
    }

    // MARK: - Lookup

    /// `sym` along `t`'s MRO, cached until a class changes.
    @inline(__always) func lookup(_ t: TypeObject, _ sym: Int32) -> Value? {
        if let v = attrCache.find(t.index, sym, classVersion) { return v.tag == .unbound ? nil : v }
        return lookupSlow(t, sym)
    }

    @inline(never) private func lookupSlow(_ t: TypeObject, _ sym: Int32) -> Value? {
        if !subclassDundersRegistered, VM.nativeLayouts.contains(t.layout), symbols[sym].hasPrefix("__") {
            registerSubclassDunders()
        }
        let typeKey = t.index
        var found: Value?
        for c in t.mro {
            if let v = typeObject(c).attributes[sym] { found = v; break }
        }
        attrCache.store(typeKey, sym, classVersion, found ?? .unbound)
        return found
    }

    /// A dunder a user class defines (or inherits from another user class): nil when the
    /// type is built-in or the name resolves to a built-in's, whose behaviour is Swift's.
    @inline(__always) func userSpecial(_ typeIndex: Int32, _ sym: Int32) -> Value? {
        // The cache keeps "user-defined only" answers under negative keys.
        if let v = attrCache.find(typeIndex, -sym - 1, classVersion) { return v.tag == .unbound ? nil : v }
        return userSpecialSlow(typeIndex, sym)
    }

    @inline(never) private func userSpecialSlow(_ typeIndex: Int32, _ sym: Int32) -> Value? {
        let key = -sym - 1
        let t = typeObject(typeIndex)
        var found: Value?
        if t.isUser {
            for c in t.mro {
                let ct = typeObject(c)
                // A list or str subclass's instance takes the built-in's own special methods.
                if let v = ct.attributes[sym] { if ct.isUser || c == t.layout && VM.nativeLayouts.contains(c) { found = v }; break }
            }
        }
        attrCache.store(typeIndex, key, classVersion, found ?? .unbound)
        return found
    }

    /// The special method `sym` of `v`'s class, if a user class defines it.
    @inline(__always) func lookupSpecial(_ v: Value, _ sym: Int32) -> Value? {
        guard v.tag == .object else { return nil }
        unowned(unsafe) let o = heap[v.objectIndex]
        switch o.kind {
        case .instance: return userSpecial(unsafeDowncast(o, to: InstanceObject.self).type, sym)
        case .exception: return userSpecial(unsafeDowncast(o, to: ExceptionObject.self).type, sym)
        default: return nil
        }
    }

    /// Whether `v` is an instance of a class made by a `class` statement.
    @inline(__always) func isUserInstance(_ v: Value) -> Bool {
        guard v.tag == .object else { return false }
        unowned(unsafe) let o = heap[v.objectIndex]
        if o.kind == .instance { return true }
        if o.kind == .exception { return typeObject(unsafeDowncast(o, to: ExceptionObject.self).type).isUser }
        return false
    }

    /// Calls the special method `f` found on `receiver`'s class with `receiver` first.
    @discardableResult
    func callBound(_ f: Value, _ receiver: Value, _ args: [Value]) throws(PyRaise) -> Value {
        try args.withUnsafeBufferPointer { (rest) throws(PyRaise) -> Value in
            try withPrefixed(receiver, rest) { (p) throws(PyRaise) in try callBound(f, p) }
        }
    }

    // The fixed-arity forms the dunders use: the arguments stay on the stack (an array per
    // `a + b` was a fifth of an operator-heavy loop).
    @discardableResult
    func callBound(_ f: Value, _ receiver: Value) throws(PyRaise) -> Value {
        var a = receiver
        return try withUnsafePointer(to: &a) { (p) throws(PyRaise) in try callBound(f, Args(start: p, count: 1)) }
    }

    @discardableResult
    func callBound(_ f: Value, _ receiver: Value, _ x: Value) throws(PyRaise) -> Value {
        var a = (receiver, x)
        return try withUnsafeBytes(of: &a) { (raw) throws(PyRaise) in
            try callBound(f, Args(start: raw.baseAddress!.assumingMemoryBound(to: Value.self), count: 2))
        }
    }

    @discardableResult
    func callBound(_ f: Value, _ receiver: Value, _ x: Value, _ y: Value) throws(PyRaise) -> Value {
        var a = (receiver, x, y)
        return try withUnsafeBytes(of: &a) { (raw) throws(PyRaise) in
            try callBound(f, Args(start: raw.baseAddress!.assumingMemoryBound(to: Value.self), count: 3))
        }
    }

    /// `f` called with `args`, the receiver first: a plain function takes them as they are,
    /// with no bound method in between; anything else is bound first.
    private func callBound(_ f: Value, _ args: Args) throws(PyRaise) -> Value {
        if f.tag == .object, heap[f.objectIndex].kind == .function {
            unowned(unsafe) let fn = unsafeDowncast(heap[f.objectIndex], to: FunctionObject.self)
            return try callFunction(fn, args, .none)
        }
        let callee = try bindAttribute(f, instance: args[0], owner: .object(typeIndex(args[0])))
        return try call(callee, Args(rebasing: args[1...]), .none)
    }

    func callWithKeywords(_ f: Value, _ args: [Value], _ keywords: [(String, Value)]) throws(PyRaise) -> Value {
        if keywords.isEmpty { return try call(f, args) }
        let names = makeTuple(keywords.map { internString($0.0) })
        let all = args + keywords.map { $0.1 }
        return try all.withUnsafeBufferPointer { (p) throws(PyRaise) -> Value in try call(f, p, names) }
    }

    // MARK: - Instances

    /// `C(*args, **kw)` for a user class: `__new__`, then `__init__` if it made a `C`.
    func callUserType(_ index: Int32, _ args: Args, _ kwNames: Value) throws(PyRaise) -> Value {
        let t = typeObject(index)
        let cls = Value.object(index)
        let newFn = userSpecial(index, Sym.__new__.rawValue)
        let initFn = userSpecial(index, Sym.__init__.rawValue)
        let inst: Value
        if let newFn {
            let f = try bindAttribute(newFn, instance: .none, owner: cls)
            inst = try withPrefixed(cls, args) { (p) throws(PyRaise) in try call(f, p, kwNames) }
            if !isSubtype(typeIndex(inst), of: index) { return inst }
        } else if isSubtype(t.layout, of: BT.BaseExceptionGroup.rawValue) {
            inst = try newExceptionGroup(index, BuiltinArgs(self, args, kwNames).positional)
        } else if VM.nativeLayouts.contains(t.layout) {
            let a = BuiltinArgs(self, args, kwNames)
            inst = try newNativeBacked(index, a.positional, a.keywords)
        } else {
            if initFn == nil && !args.isEmpty && t.layout == BT.object.rawValue {
                throw typeError("\(t.name)() takes no arguments")
            }
            inst = newInstance(index, args, kwNames)
            if initFn == nil, kwNames.tag == .object, t.layout != BT.object.rawValue {
                throw typeError("\(t.name)() takes no keyword arguments")
            }
        }
        if let initFn {
            let f = try bindAttribute(initFn, instance: .none, owner: cls)
            let r = try withPrefixed(inst, args) { (p) throws(PyRaise) in try call(f, p, kwNames) }
            if !r.isNone { throw typeError("__init__() should return None, not '\(typeName(r))'") }
        } else if inst.tag == .object, heap[inst.objectIndex].kind == .exception {
            // BaseException.__init__: every positional argument (a `__new__` may have kept fewer), no keywords.
            let a = BuiltinArgs(self, args, kwNames)
            if !a.keywords.isEmpty { throw typeError("\(t.name)() takes no keyword arguments") }
            unsafeDowncast(heap[inst.objectIndex], to: ExceptionObject.self).args = a.positional
        }
        return inst
    }

    /// `object.__new__(C)` or `BaseException.__new__(C, *args)`: a bare instance.
    func newInstance(_ index: Int32, _ args: Args, _ kwNames: Value) -> Value {
        let layout = typeObject(index).layout
        if let bt = BT(rawValue: layout), bt.isException {
            let n = args.count - (kwNames.tag == .object ? (heap[kwNames.objectIndex] as! TupleObject).items.count : 0)
            return alloc(ExceptionObject(type: index, args: Array(args.prefix(n))))
        }
        return alloc(InstanceObject(type: index, room: typeObject(index).instanceSize))
    }
}

/// Lookups along MROs, direct-mapped by (type, name): a hit is a few loads and compares
/// (a dictionary per type hashed every key with SipHash, a tenth of a method-heavy loop).
/// Entries stay valid while the VM's class version is the one they were stored under.
struct AttrCache {
    private struct Entry { var type: Int32 = -1; var sym: Int32 = 0; var version = -1; var value: Value = .unbound }
    private static let size = 4096
    private let entries: UnsafeMutablePointer<Entry>

    init() {
        entries = .allocate(capacity: Self.size)
        entries.initialize(repeating: Entry(), count: Self.size)
    }

    @inline(__always) private static func slot(_ type: Int32, _ sym: Int32) -> Int {
        let h = UInt32(bitPattern: type) &* 0x2545_F491 ^ UInt32(bitPattern: sym) &* 0x9E37_79B1
        return Int(truncatingIfNeeded: h >> 20)
    }

    @inline(__always) func find(_ type: Int32, _ sym: Int32, _ version: Int) -> Value? {
        let e = entries[Self.slot(type, sym)]
        return e.type == type && e.sym == sym && e.version == version ? e.value : nil
    }

    @inline(__always) func store(_ type: Int32, _ sym: Int32, _ version: Int, _ value: Value) {
        entries[Self.slot(type, sym)] = Entry(type: type, sym: sym, version: version, value: value)
    }

    /// Frees the table (the VM's deinit: the tests and the fuzzer make thousands of VMs).
    func deallocate() { entries.deallocate() }
}

extension VM {
    func strValue(_ v: Value) -> String { unsafeDowncast(heap[v.objectIndex], to: StrObject.self).value }
}
