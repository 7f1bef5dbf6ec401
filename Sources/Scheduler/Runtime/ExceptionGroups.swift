/// Exception groups (PEP 654) as CPython 3.11 builds them (`Objects/exceptions.c`): the
/// constructor's checks, `split`, `subgroup` and `derive`, and exception notes.

extension VM {
    func isExceptionGroup(_ v: Value) -> Bool {
        guard v.tag == .object, heap[v.objectIndex].kind == .exception else { return false }
        return isSubtype(unsafeDowncast(heap[v.objectIndex], to: ExceptionObject.self).type, of: BT.BaseExceptionGroup.rawValue)
    }

    /// A group's sub-exceptions, in order.
    func groupItems(_ v: Value) -> [Value] {
        let e = unsafeDowncast(heap[v.objectIndex], to: ExceptionObject.self)
        guard e.groupExceptions.tag == .object else { return [] }
        return (heap[e.groupExceptions.objectIndex] as! TupleObject).items
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)`: a plain `BaseExceptionGroup` of
    /// `Exception`s only is an `ExceptionGroup`; an `ExceptionGroup` (or a subclass that is an
    /// `Exception`) cannot hold a `BaseException`.
    func newExceptionGroup(_ cls: Int32, _ args: [Value]) throws(PyRaise) -> Value {
        guard args.count == 2 else { throw typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count) given)") }
        guard kind(args[0]) == .str else { throw typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(typeName(args[0]))") }
        guard isSequence(args[1]) else { throw typeError("second argument (exceptions) must be a sequence") }
        let items = try iterateToArray(args[1])
        if items.isEmpty { throw valueError("second argument (exceptions) must be a non-empty sequence") }
        var nestsBase = false
        for (i, x) in items.enumerated() {
            guard kind(x) == .exception else { throw valueError("Item \(i) of second argument (exceptions) is not an exception") }
            if !isInstance(x, .Exception) { nestsBase = true }
        }
        var type = cls
        if cls == BT.ExceptionGroup.rawValue {
            if nestsBase { throw typeError("Cannot nest BaseExceptions in an ExceptionGroup") }
        } else if cls == BT.BaseExceptionGroup.rawValue {
            if !nestsBase { type = BT.ExceptionGroup.rawValue }
        } else if nestsBase && isSubtype(cls, of: BT.Exception.rawValue) {
            throw typeError("Cannot nest BaseExceptions in '\(typeObject(cls).name)'")
        }
        let e = ExceptionObject(type: type, args: args)
        e.groupMessage = args[0]
        e.groupExceptions = makeTuple(items)
        return alloc(e)
    }

    /// CPython's `PySequence_Check`: what the group constructor accepts (not sets, dicts or iterators).
    private func isSequence(_ v: Value) -> Bool {
        switch kind(v) {
        case .list, .tuple, .str, .range: return true
        case .instance: return lookupSpecial(v, Sym.__getitem__.rawValue) != nil
        default: return false
        }
    }

    // MARK: - split and subgroup

    /// What `split` and `subgroup` select by: exception types, a predicate, or (for `except*`'s
    /// re-raise) the identities of leaf exceptions.
    enum GroupMatcher {
        case types(Value)
        case predicate(Value)
        case leaves(Set<Int>)
    }

    func groupMatcher(_ v: Value) throws(PyRaise) -> GroupMatcher {
        if kind(v) != .type && isCallable(v) { return .predicate(v) }
        func isExceptionClass(_ x: Value) -> Bool { kind(x) == .type && isSubtype(Int32(x.objectIndex), of: BT.BaseException.rawValue) }
        if isExceptionClass(v) { return .types(v) }
        if kind(v) == .tuple, (heap[v.objectIndex] as! TupleObject).items.allSatisfy(isExceptionClass) { return .types(v) }
        throw typeError("expected a function, exception type or tuple of exception types")
    }

    private func groupMatches(_ exc: Value, _ m: GroupMatcher) throws(PyRaise) -> Bool {
        switch m {
        case .types(let spec): return try exceptionMatches(exc, spec)
        case .predicate(let f): return try truthy(try call(f, [exc]))
        case .leaves(let ids): return !isExceptionGroup(exc) && ids.contains(exc.objectIndex)
        }
    }

    /// The parts of `exc` that match and (with `rest`) those that do not, nil for an empty
    /// part; a group whose every leaf matches is returned itself, a partial one rebuilt by `derive`.
    func splitGroup(_ exc: Value, _ m: GroupMatcher, rest: Bool) throws(PyRaise) -> (match: Value?, rest: Value?) {
        if try groupMatches(exc, m) { return (exc, nil) }
        guard isExceptionGroup(exc) else { return (nil, rest ? exc : nil) }
        if depth >= recursionLimit { throw error(.RecursionError, "maximum recursion depth exceeded in exceptiongroup_split_recursive") }
        depth += 1
        defer { depth -= 1 }
        var matched: [Value] = [], others: [Value] = []
        for x in groupItems(exc) {
            let (m1, r1) = try splitGroup(x, m, rest: rest)
            if let m1 { matched.append(m1) }
            if let r1 { others.append(r1) }
        }
        return (try subset(of: exc, matched), rest ? try subset(of: exc, others) : nil)
    }

    /// `orig.derive(excs)` with `orig`'s traceback, cause, context and a copy of its notes.
    private func subset(of orig: Value, _ excs: [Value]) throws(PyRaise) -> Value? {
        if excs.isEmpty { return nil }
        let g = try callMethod(orig, Sym.derive.rawValue, [makeList(excs)])
        guard isExceptionGroup(g) else { throw typeError("derive must return an instance of BaseExceptionGroup") }
        let from = unsafeDowncast(heap[orig.objectIndex], to: ExceptionObject.self)
        let to = unsafeDowncast(heap[g.objectIndex], to: ExceptionObject.self)
        to.traceback = from.traceback
        to.context = from.context
        to.cause = from.cause
        to.suppressContext = true      // PyException_SetCause sets it, whatever the cause
        if let notes = try? getAttr(orig, Sym.__notes__.rawValue), isSequence(notes) {
            try setAttr(g, Sym.__notes__.rawValue, makeList(try iterateToArray(notes)))
        }
        return g
    }

    // MARK: - Notes

    /// `BaseException.add_note(note)`: appends to `__notes__`, making the list the first time.
    func addNote(_ exc: Value, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        try argCount("BaseException.add_note", a, min: 1, max: 1)
        guard kind(a[0]) == .str else { throw typeError("note must be a str, not '\(typeName(a[0]))'") }
        let notes: Value
        if let existing = try? getAttr(exc, Sym.__notes__.rawValue) {
            notes = existing
        } else {
            notes = makeList([])
            try setAttr(exc, Sym.__notes__.rawValue, notes)
        }
        guard let list = heap[notes.objectIndex] as? ListObject, kind(notes) == .list else {
            throw typeError("Cannot add note: __notes__ is not a list")
        }
        list.items.append(a[0])
        return .none
    }

    // MARK: - Registration

    func registerExceptionGroupMethods() {
        methods(for: BT.BaseExceptionGroup.rawValue) { m in
            m.add(.derive) { vm, recv, a throws(PyRaise) in
                try vm.noKeywords("BaseExceptionGroup.derive", a)
                guard a.count == 1 else { throw vm.typeError("function takes exactly 1 argument (\(a.count) given)") }
                let e = unsafeDowncast(vm.heap[recv.objectIndex], to: ExceptionObject.self)
                return try vm.newExceptionGroup(BT.BaseExceptionGroup.rawValue, [e.groupMessage, a[0]])
            }
            for (sym, keepRest) in [(Sym.split, true), (.subgroup, false)] {
                let name = symbols[sym.rawValue]
                m.add(sym) { vm, recv, a throws(PyRaise) in
                    try vm.noKeywords("BaseExceptionGroup.\(name)", a)
                    guard a.count == 1 else { throw vm.typeError("\(name) expected 1 argument, got \(a.count)") }
                    let (match, rest) = try vm.splitGroup(recv, try vm.groupMatcher(a[0]), rest: keepRest)
                    if !keepRest { return match ?? .none }
                    return vm.makeTuple([match ?? .none, rest ?? .none])
                }
            }
        }
    }
}

// MARK: - except*

extension VM {
    /// `checkExcMatch`'s `except*` forms. `exceptStarMatch`: [rest, T] → [rest', match, matched?],
    /// the match becoming the handled exception; `exceptStarReraise`: [caught, raised] →
    /// [what to raise or None, anything?].
    @inline(never) func exceptStar(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ sp: Int, _ arg: Int) throws(PyRaise) -> Int {
        if arg == Instruction.exceptStarMatch {
            try checkStarSpec(slots[sp &- 1])
            let (match, rest) = try starMatch(slots[sp &- 2], slots[sp &- 1])
            slots[sp &- 2] = rest
            slots[sp &- 1] = match
            slots[sp] = .bool(!match.isNone)
            if !match.isNone { f.excStack[f.excStack.count - 1] = match }
            return sp &+ 1
        }
        let raised = (heap[slots[sp &- 1].objectIndex] as! ListObject).items
        let result = try reraiseStar(slots[sp &- 2], raised)
        slots[sp &- 2] = result ?? .none
        slots[sp &- 1] = .bool(result != nil)
        return sp
    }

    /// An `except*` clause's type: exception classes, and no exception group among them.
    private func checkStarSpec(_ spec: Value) throws(PyRaise) {
        let types = kind(spec) == .tuple ? (heap[spec.objectIndex] as! TupleObject).items : [spec]
        for t in types where !(kind(t) == .type && isSubtype(Int32(t.objectIndex), of: BT.BaseException.rawValue)) {
            throw typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        if types.contains(where: { isSubtype(Int32($0.objectIndex), of: BT.BaseExceptionGroup.rawValue) }) {
            throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
    }

    /// What one clause takes out of `exc` (None when nothing), and what it leaves. A naked
    /// exception that matches is wrapped in `ExceptionGroup('', [exc])`.
    private func starMatch(_ exc: Value, _ spec: Value) throws(PyRaise) -> (match: Value, rest: Value) {
        if exc.isNone { return (.none, .none) }
        if try exceptionMatches(exc, spec) {
            if isExceptionGroup(exc) { return (exc, .none) }
            return (try newExceptionGroup(BT.BaseExceptionGroup.rawValue, [internString(""), makeTuple([exc])]), .none)
        }
        guard isExceptionGroup(exc) else { return (.none, exc) }
        let pair = try callMethod(exc, Sym.split.rawValue, [spec])
        guard kind(pair) == .tuple, case let items = (heap[pair.objectIndex] as! TupleObject).items, items.count == 2 else {
            throw typeError("split must return a tuple of two items, not \(typeName(pair))")
        }
        return (items[0], items[1])
    }

    /// `_PyExc_PrepReraiseStar`: what the clauses raised, with the parts of `caught` that were
    /// re-raised or left unmatched kept in `caught`'s nesting; nil when nothing is left.
    private func reraiseStar(_ caught: Value, _ excs: [Value]) throws(PyRaise) -> Value? {
        guard let first = excs.first else { return nil }
        // A naked exception: one clause at most ran.
        if !isExceptionGroup(caught) { return first.isNone ? nil : first }
        var raised: [Value] = [], kept: [Value] = []
        for e in excs where !e.isNone {
            if sameMetadata(e, caught) { kept.append(e) } else { raised.append(e) }
        }
        var leaves = Set<Int>()
        for e in kept { try collectLeaves(e, &leaves) }
        let keptGroup = try splitGroup(caught, .leaves(leaves), rest: false).match
        if raised.isEmpty { return keptGroup }
        if let keptGroup { raised.append(keptGroup) }
        if raised.count == 1 { return raised[0] }
        return try newExceptionGroup(BT.BaseExceptionGroup.rawValue, [internString(""), makeList(raised)])
    }

    /// A part of `caught` re-raised as it was (same traceback, cause and context) rather than raised anew.
    private func sameMetadata(_ a: Value, _ b: Value) -> Bool {
        let x = unsafeDowncast(heap[a.objectIndex], to: ExceptionObject.self)
        let y = unsafeDowncast(heap[b.objectIndex], to: ExceptionObject.self)
        return x.traceback == y.traceback && x.cause.identical(y.cause) && x.context.identical(y.context)
    }

    private func collectLeaves(_ exc: Value, _ into: inout Set<Int>) throws(PyRaise) {
        guard isExceptionGroup(exc) else { into.insert(exc.objectIndex); return }
        if depth >= recursionLimit { throw error(.RecursionError, "maximum recursion depth exceeded in collect_exception_group_leaf_ids") }
        depth += 1
        defer { depth -= 1 }
        for x in groupItems(exc) { try collectLeaves(x, &into) }
    }
}
