/// Inline caches for attribute sites, as CPython 3.11's specialized LOAD_ATTR, LOAD_METHOD and
/// STORE_ATTR: each `loadAttr`/`loadMethod`/`storeAttr` instruction has its own entry (its
/// operand indexes both `code.names` and the code's sites) remembering what it found on the
/// last instance of a user class it saw. A hit checks the instance's class and the VM's class
/// version, then reads the slot the entry names; anything else takes the general path, which
/// fills the entry again.

struct AttrSite {
    enum Kind: UInt8 {
        case none           // not cacheable (a `__getattribute__`, a user descriptor, dict mode…)
        case entry          // the instance's own attribute or slot, at `pos` in its entries
        case method         // a plain function of the class, not shadowed by the instance
        case property       // a property whose getter is the function `value`
        case classValue     // a class attribute that is no descriptor (an int, a str…)
    }
    var type: Int32 = -1
    var kind = Kind.none
    var pos: Int32 = 0
    var version = -1
    var value: Value = .unbound
}

extension VM {
    /// `o.sym` (`o` an instance) when the site holds the position of one of its own
    /// attributes or slots; nil otherwise.
    /// The in-place attribute entry `i` (0...3) of the instance at `address`.
    @inline(__always) func inlineEntry(_ address: UnsafeMutableRawPointer, _ i: Int) -> UnsafeMutablePointer<Attributes.Entry> {
        (address + inlineOffset).assumingMemoryBound(to: Attributes.Entry.self) + i
    }

    @inline(__always) func siteEntry(_ site: UnsafeMutablePointer<AttrSite>, _ v: Value, _ sym: Int32) -> Value? {
        let u = heap.unmanaged(v.objectIndex)
        let type = u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: InstanceObject.self).type }
        guard site.pointee.type == type && site.pointee.version == classVersion && site.pointee.kind == .entry else { return nil }
        let pos = Int(site.pointee.pos)
        guard pos < 4 else { return u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: InstanceObject.self).attributes.value(at: site.pointee.pos, sym) } }
        // An unused place's symbol matches no name: no count to check.
        let e = inlineEntry(u.toOpaque(), pos)
        return e.pointee.sym == sym ? e.pointee.value : nil
    }

    /// `recv.sym` through the site, if its entry holds for `o` (the object `recv` names): the
    /// value; `.unbound` for a property, whose getter the interpreter calls; nil to take the
    /// general path.
    @inline(never) func siteLoad(_ site: UnsafeMutablePointer<AttrSite>, _ recv: Value, _ o: PyObject, _ sym: Int32) -> Value? {
        guard o.kind == .instance else { return nil }
        let inst = unsafeDowncast(o, to: InstanceObject.self)
        guard site.pointee.type == inst.type && site.pointee.version == classVersion else { return nil }
        switch site.pointee.kind {
        case .entry:
            return inst.attributes.value(at: site.pointee.pos, sym)
        case .method:
            guard !shadowed(inst, sym) else { return nil }
            return alloc(BoundMethodObject(function: site.pointee.value, receiver: recv))
        case .classValue:
            return shadowed(inst, sym) ? nil : site.pointee.value
        case .property:
            return .unbound
        case .none:
            return nil
        }
    }

    /// For `loadMethod` on `v`, an instance: whether the site's entry holds for it and is a
    /// function of its class that no attribute of its own hides (its four places read by
    /// address; one with more attributes, or a `__dict__` of its own, takes the general path).
    @inline(__always) func siteMethodHit(_ site: UnsafeMutablePointer<AttrSite>, _ v: Value, _ sym: Int32) -> Bool {
        let u = heap.unmanaged(v.objectIndex)
        let (type, inPlace) = u._withUnsafeGuaranteedRef { o -> (Int32, Bool) in
            let inst = unsafeDowncast(o, to: InstanceObject.self)
            return (inst.type, inst.attributes.dict.tag != .object && inst.attributes.count <= 4)
        }
        guard site.pointee.type == type && site.pointee.version == classVersion && site.pointee.kind == .method && inPlace else { return false }
        let e = inlineEntry(u.toOpaque(), 0)
        return e[0].sym != sym && e[1].sym != sym && e[2].sym != sym && e[3].sym != sym
    }

    /// `v.sym = value` (`v` an instance) through the site, if its entry holds; false: take
    /// the general path.
    @inline(__always) func siteStore(_ site: UnsafeMutablePointer<AttrSite>, _ v: Value, _ sym: Int32, _ value: Value) -> Bool {
        let u = heap.unmanaged(v.objectIndex)
        let type = u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: InstanceObject.self).type }
        guard site.pointee.type == type && site.pointee.version == classVersion && site.pointee.kind == .entry else { return false }
        let pos = Int(site.pointee.pos)
        if pos < 4 {
            let e = inlineEntry(u.toOpaque(), pos)
            if e.pointee.sym == sym { e.pointee.value = value; return true }
        }
        return u._withUnsafeGuaranteedRef { siteStoreSlow(site, unsafeDowncast($0, to: InstanceObject.self), sym, value) }
    }

    /// The rest of `siteStore`: a place past the four, or the next attribute of a fresh
    /// instance (set in `__init__`'s order, it appends).
    @inline(never) func siteStoreSlow(_ site: UnsafeMutablePointer<AttrSite>, _ inst: InstanceObject, _ sym: Int32, _ value: Value) -> Bool {
        if site.pointee.pos >= 4 && inst.attributes.replace(at: site.pointee.pos, sym, value) { return true }
        guard inst.attributes.dict.tag != .object, Int(site.pointee.pos) == inst.attributes.count,
              inst.attributes.index(sym) == nil else { return false }
        inst.attributes.append(Attributes.Entry(sym: sym, value: value))
        return true
    }

    /// Whether the instance's own attributes might hide a class attribute `sym`.
    @inline(__always) func shadowed(_ inst: InstanceObject, _ sym: Int32) -> Bool {
        inst.attributes.dict.tag == .object || inst.attributes.index(sym) != nil
    }

    /// Fills `site` for reads of `sym` on `recv` (after the general path has read it).
    @inline(never) func fillReadSite(_ site: UnsafeMutablePointer<AttrSite>, _ recv: Value, _ sym: Int32) {
        guard recv.tag == .object, let inst = heap[recv.objectIndex] as? InstanceObject else { return }
        site.pointee = AttrSite(type: inst.type, kind: .none, pos: 0, version: classVersion, value: .unbound)
        guard userSpecial(inst.type, Sym.__getattribute__.rawValue) == nil, inst.attributes.dict.tag != .object else { return }
        let found = lookup(typeObject(inst.type), sym)
        if let ta = found, ta.tag == .object, isDataDescriptor(ta) {
            let d = heap[ta.objectIndex]
            if let m = d as? MemberDescriptor, m.name == sym, let pos = inst.attributes.index(sym) {
                site.pointee.kind = .entry; site.pointee.pos = Int32(pos)
            } else if let p = d as? PropertyObject, isPlainFunction(p.fget, arity: 1),
                      userSpecial(inst.type, Sym.__getattr__.rawValue) == nil {
                // (A getter's AttributeError goes on to `__getattr__`: that class takes the general path.)
                site.pointee.kind = .property; site.pointee.value = p.fget
            }
            return
        }
        if let pos = inst.attributes.index(sym) {
            site.pointee.kind = .entry; site.pointee.pos = Int32(pos)
            return
        }
        guard let ta = found else { return }
        if ta.tag != .object {
            site.pointee.kind = .classValue; site.pointee.value = ta
            return
        }
        switch heap[ta.objectIndex].kind {
        case .function: site.pointee.kind = .method; site.pointee.value = ta
        case .str, .tuple, .bigInt: site.pointee.kind = .classValue; site.pointee.value = ta
        default: break
        }
    }

    /// Fills `site` for writes of `sym` on `recv` (after the general path has written it).
    @inline(never) func fillWriteSite(_ site: UnsafeMutablePointer<AttrSite>, _ recv: Value, _ sym: Int32) {
        guard recv.tag == .object, let inst = heap[recv.objectIndex] as? InstanceObject else { return }
        site.pointee = AttrSite(type: inst.type, kind: .none, pos: 0, version: classVersion, value: .unbound)
        guard userSpecial(inst.type, Sym.__setattr__.rawValue) == nil, inst.attributes.dict.tag != .object,
              sym != Sym.__class__.rawValue, sym != Sym.__dict__.rawValue else { return }
        let t = typeObject(inst.type)
        if let ta = lookup(t, sym), ta.tag == .object, isDataDescriptor(ta) {
            guard let m = heap[ta.objectIndex] as? MemberDescriptor, m.name == sym else { return }
        }
        guard let pos = inst.attributes.index(sym) else { return }
        site.pointee.kind = .entry; site.pointee.pos = Int32(pos)
        site.pointee.value = Value(tag: .int, bits: UInt64(t.instanceSize))
    }
}

// The calls the dispatch loop enters itself (see `VM.run`): `__init__` for `C(...)` and the
// forward method of `a op b`, when they are Python functions whose arguments bind by copying.
extension VM {
    /// A frame for the function `fv` (known to be one), from its code's pool, with the
    /// dispatch loop's reference to it.
    @inline(__always) func frame(for fv: Value) -> Unmanaged<Frame> {
        heap.unmanaged(fv.objectIndex)._withUnsafeGuaranteedRef { o in
            let fn = unsafeDowncast(o, to: FunctionObject.self)
            return Frame.taken(fn.code, fn)
        }
    }

    /// For a call of `v` with the `n` arguments at `args` that can run in the caller's loop:
    /// the Python function to enter, the first argument to put before them (or `.unbound`)
    /// and what the caller makes of its result. A function whose arguments bind by copying;
    /// for `C(...)` its `__init__` and a fresh instance (a user class of plain instances with
    /// no `__new__` of its own); for `len(x)` the `__len__` of `x`'s class. Nil when the call
    /// takes the general path. (Plain functions the interpreter checks first, inline.)
    @inline(__always) func plainCallee(_ v: Value, _ n: Int, _ args: UnsafeMutablePointer<Value>) -> (Value, Value, ReturnAction)? {
        guard v.tag == .object, case let k = heap.kind(v.objectIndex), k == .type || k == .builtin else { return nil }
        return heap.unmanaged(v.objectIndex)._withUnsafeGuaranteedRef { o in
            switch o.kind {
            case .type:
                let t = unsafeDowncast(o, to: TypeObject.self)
                guard t.isUser, t.layout == BT.object.rawValue, t.metaclass == BT.type.rawValue, userSpecial(t.index, Sym.__new__.rawValue) == nil,
                      let i = userSpecial(t.index, Sym.__init__.rawValue), isPlainFunction(i, arity: n &+ 1) else { return nil }
                return (i, alloc(InstanceObject(type: t.index, room: t.instanceSize)), .initialize)
            default:
                guard n == 1, unsafeDowncast(o, to: BuiltinObject.self).fn == .len, args[0].tag == .object,
                      heap.kind(args[0].objectIndex) == .instance,
                      let f = lookupSpecial(args[0], Sym.__len__.rawValue), isPlainFunction(f, arity: 1) else { return nil }
                return (f, .unbound, .length)
            }
        }
    }

    /// Readies `callee` to run in its caller's dispatch loop (the caller links it with `back`):
    /// its arguments are `first` (unless unbound) then `count` values from `args`; its result
    /// goes to `base` on the caller's stack, made into what `action` says. The loop holds one
    /// reference to it until `finishInlined`.
    @inline(__always) func ready(_ frame: Unmanaged<Frame>, _ first: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int,
                                 returnTo base: Int, _ action: ReturnAction) {
        freshNative.bits = .max
        frame._withUnsafeGuaranteedRef { callee in
            var to = callee.slots
            if first.tag != .unbound { to[0] = first; to += 1 }
            for i in 0..<count { to[i] = args[i] }
            callee.inlined = true
            callee.returnSP = base
            callee.returnAction = action
        }
    }

    /// After a frame `ready` made returned `result` and its caller runs again: the frame goes
    /// back to its pool, and the caller's instruction makes the value it pushes from the
    /// result (`values` are the call's, leaving the caller's stack; `next` is the caller's
    /// next instruction).
    @inline(__always) func finishInlined(_ done: Unmanaged<Frame>, _ result: Value, _ action: ReturnAction,
                                         _ values: UnsafeMutablePointer<Value>,
                                         next: UnsafeMutablePointer<UInt32>) throws(PyRaise) -> Value {
        if mayDropCleanup { closeDroppedGenerators(done.takeUnretainedValue(), keeping: result) }
        Frame.recycleInlined(done)
        var value = result
        switch action {
        case .push: break
        case .initialize:
            value = values[0]
            if !result.isNone { throw typeError("__init__() should return None, not '\(typeName(result))'") }
        case .binary:
            if isNotImplemented(result) { value = try binaryAfterForward((next - 1).pointee, values[0], values[1]) }
        case .length:
            // `len(x)`: an int (or bool) of at least 0, as `userLength` checks it.
            guard result.tag == .int || result.tag == .bool else {
                if bigValue(result) != nil { throw error(.OverflowError, "cannot fit 'int' into an index-sized integer") }
                throw typeError("'\(typeName(result))' object cannot be interpreted as an integer")
            }
            if result.intValue < 0 { throw valueError("__len__() should return >= 0") }
            value = .int(result.intValue)
        case .compare, .compareJump:
            if isNotImplemented(result) {
                let op = CompareOp(rawValue: UInt8(truncatingIfNeeded: (next - 1).pointee >> 8))!
                value = try compareAfterForward(op, values[0], values[1])
            }
            if action == .compareJump { value = .bool(try truthy(value)) }
        }
        return value
    }

    @inline(__always) func isPlainFunction(_ v: Value, arity: Int) -> Bool {
        guard v.tag == .object else { return false }
        return heap.unmanaged(v.objectIndex)._withUnsafeGuaranteedRef {
            $0.kind == .function && unsafeDowncast($0, to: FunctionObject.self).plainArity == arity
        }
    }

    /// For the `binary`/`inplace` word `word` on `a` and `b`: `a`'s `__op__` when `a` is an
    /// instance of a user class, the method a plain two-argument function and tried first (no
    /// `__iop__`, and `b`'s class no subclass of `a`'s, whose reflected method would go first).
    @inline(__always) func forwardDunder(_ word: UInt32, _ a: Value, _ b: Value) -> Value? {
        let ta: Int32 = heap.unmanaged(a.objectIndex)._withUnsafeGuaranteedRef {
            $0.kind == .instance ? unsafeDowncast($0, to: InstanceObject.self).type : -1
        }
        guard ta >= 0 else { return nil }
        let names = binaryDunderSymbols[Int(UInt8(truncatingIfNeeded: word >> 8))]
        if UInt8(truncatingIfNeeded: word) == Op.inplace.rawValue && userSpecial(ta, names.2) != nil { return nil }
        guard let f = userSpecial(ta, names.0), isPlainFunction(f, arity: 2) else { return nil }
        if b.tag == .object {
            let tb = typeIndex(b)
            if tb != ta && isSubtype(tb, of: ta) { return nil }
            if let k = kind(b), k == .str || k == .list || k == .tuple { return nil }
        }
        return f
    }

    /// For the comparison `op` (0...5) of `a` and `b`: `a`'s method for it when `a` is an
    /// instance of a user class, the method a plain two-argument function and tried first
    /// (`b`'s class no subclass of `a`'s, whose reflected method would go first).
    @inline(__always) func forwardCompare(_ op: Int, _ a: Value, _ b: Value) -> Value? {
        let ta: Int32 = heap.unmanaged(a.objectIndex)._withUnsafeGuaranteedRef {
            $0.kind == .instance ? unsafeDowncast($0, to: InstanceObject.self).type : -1
        }
        guard ta >= 0, let cop = CompareOp(rawValue: UInt8(op)),
              let f = userSpecial(ta, VM.dunder(cop).rawValue), isPlainFunction(f, arity: 2) else { return nil }
        if b.tag == .object {
            let tb = typeIndex(b)
            if tb != ta && isSubtype(tb, of: ta) { return nil }
        }
        return f
    }

    /// `a op b` after `a`'s `__op__` returned NotImplemented: `b`'s reflected method, else
    /// CPython's error (the cases `forwardDunder` lets through have no built-in fallback).
    func binaryAfterForward(_ word: UInt32, _ a: Value, _ b: Value) throws(PyRaise) -> Value {
        let op = BinaryOp(rawValue: UInt8(truncatingIfNeeded: word >> 8))!
        let inplace = UInt8(truncatingIfNeeded: word) == Op.inplace.rawValue
        if typeIndex(a) != typeIndex(b), let f = lookupSpecial(b, binaryDunderSymbols[Int(op.rawValue)].1) {
            let r = try callBound(f, b, a)
            if !isNotImplemented(r) { return r }
        }
        throw unsupported(op, a, b, inplace: inplace)
    }
}
