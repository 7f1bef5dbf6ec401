/// The interpreter's rare, bulky instructions, kept out of the dispatch loop so its
/// hot registers are not spilled around their code (see `run`).
import BigInt

extension VM {
    /// `makeCell`: the cells of a function that captured variables, and its free variables.
    @inline(never) func opMakeCell(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        let sp = spIn
        for i in 0..<f.code.cellNames.count {
            let local = f.code.cellOfLocal[i]
            slots[f.code.localCount + i] = alloc(CellObject(local >= 0 ? slots[Int(local)] : .unbound))
        }
        if let fn = f.function {
            for (j, c) in fn.cells.enumerated() { slots[f.code.localCount + f.code.cellNames.count + j] = c }
        }
        return sp
    }

    /// `buildDict`: a dict display from `arg` key/value pairs, or a set display of the items
    /// below (with `Instruction.buildSet`), added in order.
    @inline(never) func opBuildDict(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        var sp = spIn
        let value: Value
        if arg & Instruction.buildSet != 0 {
            let count = arg ^ Instruction.buildSet
            let s = SetObject(frozen: false)
            for i in (sp &- count)..<sp { try setAdd(s, slots[i]) }
            sp &-= count
            value = alloc(s)
        } else {
            let d = DictObject()
            var i = sp &- 2 * arg
            while i < sp { try dictSet(d, slots[i], slots[i + 1]); i += 2 }
            sp &-= 2 * arg
            value = alloc(d)
        }
        slots[sp] = value; sp &+= 1
        return sp
    }

    /// `listExtend`: `[*x]` and `f(*x)`.
    @inline(never) func opListExtend(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        var sp = spIn
        sp &-= 1
        let depth = arg & 0xFF
        let items: [Value]
        do { items = try iterateToArray(slots[sp]) } catch let e {
            if isInstance(e.exc, .TypeError) && !isIterable(slots[sp]) {
                // f(*x) names the function; [*x] says "Value".
                let what = arg & 0x100 != 0 ? "\(callableName(slots[sp - depth - 1]))() argument" : "Value"
                throw typeError("\(what) after * must be an iterable, not \(typeName(slots[sp]))")
            }
            throw e
        }
        (heap[slots[sp - depth].objectIndex] as! ListObject).items.append(contentsOf: items)
        return sp
    }

    /// `dictUpdate`: `{**x}` and `f(**x)`; with `Instruction.setAdd`, a set comprehension's
    /// item, and with `Instruction.setUpdate`, `{*x}`. Into the dict or set `arg & 0xFF` below.
    @inline(never) func opDictUpdate(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        var sp = spIn
        sp &-= 1
        let depth = arg & 0xFF
        if arg & (Instruction.setAdd | Instruction.setUpdate) != 0 {
            let s = unsafeDowncast(heap[slots[sp - depth].objectIndex], to: SetObject.self)
            if arg & Instruction.setAdd != 0 { try setAdd(s, slots[sp]) } else { try setUpdate(s, slots[sp]) }
            return sp
        }
        let target = heap[slots[sp - depth].objectIndex] as! DictObject
        if arg & 0x100 != 0 {
            try dictUpdate(target, slots[sp], forCall: true, callee: callableName(slots[sp - depth - 2]))
        } else {
            try dictUpdate(target, slots[sp], mappingOnly: true)
        }
        return sp
    }

    /// `unpackSequence`: `a, b = x`.
    @inline(never) func opUnpackSequence(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        var sp = spIn
        sp &-= 1
        let items = try unpack(slots[sp], count: arg)
        for (i, v) in items.enumerated() { slots[sp + arg - 1 - i] = v }
        sp &+= arg
        return sp
    }

    /// `unpackEx`: `a, *b, c = x`.
    @inline(never) func opUnpackEx(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        var sp = spIn
        sp &-= 1
        let before = arg & 0xFF, after = arg >> 8
        let all = try iterateToArray(slots[sp])
        if all.count < before + after {
            throw valueError("not enough values to unpack (expected at least \(before + after), got \(all.count))")
        }
        var items = Array(all[0..<before])
        items.append(makeList(Array(all[before..<(all.count - after)])))
        items += all[(all.count - after)...]
        for (i, v) in items.enumerated() { slots[sp + items.count - 1 - i] = v }
        sp &+= items.count
        return sp
    }

    /// `buildString`: an f-string from its parts.
    @inline(never) func opBuildString(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        var sp = spIn
        var s = ""
        for i in (sp - arg)..<sp { s += (heap[slots[i].objectIndex] as! StrObject).value }
        sp &-= arg
        slots[sp] = str(s); sp &+= 1
        return sp
    }

    /// `deleteAttr`: attributes cannot be deleted.
    @inline(never) func opDeleteAttr(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        var sp = spIn
        sp &-= 1
        try delAttr(slots[sp], f.code.names[arg])
        return sp
    }

    @inline(never) func buildClassFunction() -> Value { extraBuiltins["__build_class__"]! }

    /// A class body's name: its namespace, then the globals, then the builtins.
    @inline(never) func opLoadName(_ f: Frame, _ arg: Int) throws(PyRaise) -> Value {
        let slot = f.code.nameSlots[arg]
        if f.namespace.tag == .object, let v = try dictGet(dictObject(f.namespace), internString(symbols[slot.symbol])) { return v }
        let v = globals[Int(slot.global)]
        if v.tag != .unbound { return v }
        return try loadBuiltin(Int(slot.global))
    }

    @inline(never) func opStoreName(_ f: Frame, _ arg: Int, _ value: Value) throws(PyRaise) {
        let slot = f.code.nameSlots[arg]
        guard f.namespace.tag == .object else { globals[Int(slot.global)] = value; return }
        try dictSet(dictObject(f.namespace), internString(symbols[slot.symbol]), value)
    }

    @inline(never) func opDeleteName(_ f: Frame, _ arg: Int) throws(PyRaise) {
        let slot = f.code.nameSlots[arg]
        let name = symbols[slot.symbol]
        guard f.namespace.tag == .object, try dictRemove(dictObject(f.namespace), internString(name)) != nil else {
            throw nameError(name)
        }
    }

    /// `del obj.name`.
    func delAttr(_ v: Value, _ sym: Int32) throws(PyRaise) {
        if v.tag == .object {
            let o = heap[v.objectIndex]
            if isUserInstance(v) { return try userDelAttr(v, o, typeIndex(v), sym) }
            if o.kind == .type { return try classDelAttr(unsafeDowncast(o, to: TypeObject.self), sym) }
            if o.kind == .function || o.kind == .exception {
                if try deleteOwnAttribute(o, sym) { return }
                throw noAttribute(v, sym)
            }
        }
        throw cannotSet(v, sym)
    }

    /// `callEx`: a call with `*args` or `**kwargs`.
    @inline(never) func opCallEx(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        var sp = spIn
        var kwargs: Value = .none
        if arg & 1 != 0 { sp &-= 1; kwargs = slots[sp] }
        sp &-= 1
        let positional = (heap[slots[sp].objectIndex] as! TupleObject).items
        sp &-= 2
        f.sp = sp
        let result = try callWithCollections(marker: slots[sp], callee: slots[sp &+ 1], positional, kwargs)
        slots[sp] = result; sp &+= 1
        return sp
    }

    /// `makeFunction`: a function object from a child code object.
    @inline(never) func opMakeFunction(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        var sp = spIn
        var closure: [Value] = [], kwDefaults: [Value] = [], defaults: [Value] = []
        if arg & 4 != 0 { sp &-= 1; closure = (heap[slots[sp].objectIndex] as! TupleObject).items }
        if arg & 2 != 0 { sp &-= 1; kwDefaults = (heap[slots[sp].objectIndex] as! TupleObject).items }
        if arg & 1 != 0 { sp &-= 1; defaults = (heap[slots[sp].objectIndex] as! TupleObject).items }
        let child = f.code.children[arg >> 3]
        if kwDefaults.isEmpty { kwDefaults = Array(repeating: .unbound, count: child.kwOnlyCount) }
        slots[sp] = alloc(FunctionObject(code: child, defaults: defaults, kwDefaults: kwDefaults, cells: closure))
        sp &+= 1
        return sp
    }

    /// `raise`, `raise x`, `raise x from y`.
    @inline(never) func opRaise(_ f: Frame, _ slots: UnsafeMutablePointer<Value>, _ spIn: Int, _ arg: Int) throws(PyRaise) -> Int {
        let sp = spIn
        switch arg {
        case 0:
            guard let exc = handledException(from: f) else {
                throw error(.RuntimeError, "No active exception to reraise")
            }
            throw PyRaise(exc, keepTraceback: true)
        case 1:
            throw PyRaise(try exceptionInstance(slots[sp &- 1]))
        default:
            let exc = try exceptionInstance(slots[sp &- 2])
            try setCause(exc, slots[sp &- 1])
            throw PyRaise(exc)
        }
    }

    /// An exception leaving the instruction before `next` in `f`: its traceback entry,
    /// and the exception being handled there as its context.
    @inline(never) func noteRaised(_ e: PyRaise, in f: Frame, next ip: Int) {
        let exc = e.exc
        if let eo = heap[exc.objectIndex] as? ExceptionObject {
            // Frames of modules standing in for CPython's C code stay out (`hiddenSourceModules`).
            if !e.keepTraceback && !f.code.flags.contains(.hiddenFrame) {
                let at = max(0, ip - 1)
                eo.traceback.append(TracebackEntry(f.code, at: at))
            }
            if !e.propagating && !e.keepTraceback && eo.context.tag == .none, let handled = handledException(from: f), !handled.identical(exc) {
                eo.context = handled
            }
        }
    }
}
