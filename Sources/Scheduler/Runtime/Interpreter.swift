/// The dispatch loop. One call runs a frame until it returns or yields.
import BigInt

extension VM {
    /// Runs `entry` from its saved position until it returns (`entry.returned`) or yields.
    /// With `throwing`, the exception is raised at the instruction the frame is suspended on.
    ///
    /// A `for` loop over a plain generator runs the generator's frame inside this same loop
    /// (no Swift call per item, as CPython 3.11 does): `f` is then the generator's frame, its
    /// `back` the loop's frame, and a yield, return or uncaught exception switches back.
    func run(_ entry: Frame, throwing: PyRaise? = nil) throws(PyRaise) -> Value {
        depth &+= 1
        if depth > recursionLimit {
            depth -= 1
            throw error(.RecursionError, "maximum recursion depth exceeded")
        }
        let saved = currentFrameRef
        // Through the guaranteed reference: `takeUnretainedValue()` would retain (atomically).
        if let saved { saved._withUnsafeGuaranteedRef { entry.back = $0 } } else { entry.back = nil }
        currentFrameRef = .passUnretained(entry)
        defer { currentFrameRef = saved; depth &-= 1 }

        unowned(unsafe) var f = entry
        let entrySlots = entry.slots
        var slots = f.slots
        var pc = f.instructions + f.ip        // the next instruction
        var sp = f.sp
        var pending = throwing

        /// Calls the Python function `fv` in this loop (see `VM.ready`): the running frame
        /// saves its position, and a frame for `fv`, given `first` (unless unbound) and `count`
        /// arguments from `args`, becomes the running one; its result goes to `base`.
        @inline(__always) func enter(_ fv: Value, _ first: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int,
                                     returnTo base: Int, _ action: ReturnAction) {
            f.ip = ip(); f.sp = sp
            let callee = frame(for: fv)
            ready(callee, first, args, count, returnTo: base, action)
            callee._withUnsafeGuaranteedRef { c in
                c.back = f
                depth &+= 1
                f = c
                currentFrameRef = callee
                slots = c.slots; pc = c.instructions + c.ip; sp = c.sp
            }
        }
        /// Makes `to` the running frame: the locals the loop keeps in registers.
        @inline(__always) func switchTo(_ to: Frame) {
            f = to
            currentFrameRef = .passUnretained(to)
            slots = to.slots; pc = to.instructions + to.ip; sp = to.sp
        }
        /// One step of a `for` loop (`forWord` is its `forIter`/`forIterStore`, `pc` just after
        /// it): the next item, the end of the loop, or, for a plain generator, its frame
        /// entered in this loop (true: the loop now runs the generator).
        @inline(__always) func forStep(_ forWord: UInt32) throws(PyRaise) -> Bool {
            let it = slots[sp &- 1]
            // Objects are checked here, not in functions: passing one on would retain it.
            unowned(unsafe) let o = heap[it.objectIndex]
            let item: Value
            if o.kind == .iterator && unsafeDowncast(o, to: IteratorObject.self).iterKind == .range {
                // `range`, the commonest loop, calls nothing: the frame need not be saved.
                unowned(unsafe) let r = unsafeDowncast(o, to: IteratorObject.self)
                let cur = r.index
                if r.step > 0 ? cur >= r.end : cur <= r.end {
                    sp &-= 1; pc = f.instructions + Int(forWord >> 8)
                    return false
                }
                r.index = cur &+ r.step
                item = .int(cur)
            } else {
                f.ip = ip(); f.sp = sp
                // A generator runs inside this loop when plain, not running, not finished, no
                // tracer watches its resumptions, and the recursion limit leaves room
                // (`inlineDepthLimit`).
                if o.kind == .generator {
                    unowned(unsafe) let g = unsafeDowncast(o, to: GeneratorObject.self)
                    if g.state.rawValue <= GenState.suspended.rawValue && !g.isCoroutine && depth < inlineDepthLimit {
                        let started = g.state == .suspended
                        g.state = .running
                        stepCount &+= 1
                        depth &+= 1
                        unowned(unsafe) let gf = g.frame
                        gf.back = f
                        switchTo(gf)
                        if started { resumeWithNone() }
                        return true
                    }
                }
                guard let v = try iterNextFast(it) else {
                    sp &-= 1; pc = f.instructions + Int(forWord >> 8)
                    return false
                }
                item = v
            }
            if UInt8(truncatingIfNeeded: forWord) == Op.forIterStore.rawValue {
                let target = Int(pc.pointee >> 8)
                let old = slots[target]
                slots[target] = item; pc += 1
                released(old)
            } else {
                slots[sp] = item; sp &+= 1
            }
            return false
        }
        /// A loop's back edge: counted, so a loop that never yields cannot hang the run.
        @inline(__always) func countBackEdge() throws(PyRaise) {
            edgesToCheckpoint &-= 1
            if edgesToCheckpoint < 0 {
                f.ip = ip(); f.sp = sp
                try backEdgeCheckpoint(f, safePoint: true)
            }
        }
        /// A name let go of `old` (a store over it, a `del`): once cleanup-capable generators
        /// exist, one only `old` held is closed now, as CPython's refcount would.
        @inline(__always) func released(_ old: Value) {
            if old.tag == .object && mayDropCleanup { f.ip = ip(); f.sp = sp; closeIfDropped(old) }
        }
        /// A suspended generator resumed by `next()`: None is sent in, and a `yield`
        /// statement pops it at once.
        @inline(__always) func resumeWithNone() {
            if UInt8(truncatingIfNeeded: pc.pointee) == Op.pop.rawValue { pc += 1 } else { slots[sp] = .none; sp &+= 1 }
        }
        /// `storeLoadFast` with its stored value `v` (`pc` at the load's word, then past it).
        @inline(__always) func storeThenLoad(_ v: Value, into target: Int) throws(PyRaise) {
            slots[target] = v
            let second = Int(pc.pointee >> 8)
            pc += 1
            let w = slots[second]
            if w.tag == .unbound { throw unboundLocal(f.code.localNames[second]) }
            slots[sp] = w; sp &+= 1
        }
        /// The second half of a fused load and binary op: the op in the word at `pc` (then
        /// skipped) on the top of the stack and `b`, the loaded value.
        @inline(__always) func binaryOnTop(_ b: Value) throws(PyRaise) {
            let opWord = pc.pointee
            pc += 1
            let a = slots[sp &- 1]
            if a.tag == .int && b.tag == .int, let r = intFast(Int(opWord >> 8), a.intValue, b.intValue) {
                slots[sp &- 1] = r
            } else {
                f.ip = ip()
                slots[sp &- 1] = try binaryOp(opWord, a, b)
            }
        }
        /// The index of the next instruction, as frames and handler tables count.
        @inline(__always) func ip() -> Int { (Int(bitPattern: pc) &- Int(bitPattern: f.instructions)) &>> 2 }
        while true {
            do throws(PyRaise) {
                if let p = pending { pending = nil; throw p }
                while true {
                    let word = pc.pointee
                    pc += 1
                    var arg = Int(word >> 8)
                    switch unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Op.self) {
                    case .nop, .returnGenerator:
                        break
                    case .pop:
                        sp &-= 1
                        if arg == Instruction.droppedCall && slots[sp].tag == .object {
                            f.ip = ip(); f.sp = sp
                            warnIfNeverAwaited(slots[sp])
                        }
                    case .popIter:
                        sp &-= 1
                        if slots[sp].tag == .object { f.ip = ip(); f.sp = sp; droppedLoopIterator(slots[sp]) }
                    case .dup:
                        slots[sp] = slots[sp &- 1]; sp &+= 1
                    case .dup2:
                        slots[sp] = slots[sp &- 2]; slots[sp &+ 1] = slots[sp &- 1]; sp &+= 2
                    case .rot2:
                        let t = slots[sp &- 1]; slots[sp &- 1] = slots[sp &- 2]; slots[sp &- 2] = t
                    case .rot3:
                        let t = slots[sp &- 1]; slots[sp &- 1] = slots[sp &- 2]; slots[sp &- 2] = slots[sp &- 3]; slots[sp &- 3] = t
                    case .rot4:
                        let t = slots[sp &- 1]; slots[sp &- 1] = slots[sp &- 2]; slots[sp &- 2] = slots[sp &- 3]
                        slots[sp &- 3] = slots[sp &- 4]; slots[sp &- 4] = t
                    case .loadConst:
                        slots[sp] = f.constants[arg]; sp &+= 1
                    case .loadSmallInt:
                        slots[sp] = .int(arg - (1 << 22)); sp &+= 1
                    case .loadNone:
                        slots[sp] = .none; sp &+= 1
                    case .loadFast:
                        let v = slots[arg]
                        if v.tag == .unbound { throw unboundLocal(f.code.localNames[arg]) }
                        slots[sp] = v; sp &+= 1
                    case .loadFastPair:
                        let v = slots[arg]
                        if v.tag == .unbound { throw unboundLocal(f.code.localNames[arg]) }
                        let second = Int(pc.pointee >> 8)
                        pc += 1
                        let w = slots[second]
                        if w.tag == .unbound { throw unboundLocal(f.code.localNames[second]) }
                        slots[sp] = v; slots[sp &+ 1] = w; sp &+= 2
                    case .storeLoadFast:
                        sp &-= 1
                        let old = slots[arg]
                        try storeThenLoad(slots[sp], into: arg)
                        released(old)
                    case .storeFast:
                        sp &-= 1
                        let old = slots[arg]
                        slots[arg] = slots[sp]
                        released(old)
                    case .deleteFast:
                        let old = slots[arg]
                        if old.tag == .unbound { throw unboundLocal(f.code.localNames[arg]) }
                        slots[arg] = .unbound
                        released(old)
                    case .loadGlobal:
                        var v = globals[arg]
                        if v.tag == .unbound { v = try loadBuiltin(arg) }
                        slots[sp] = v; sp &+= 1
                    case .storeGlobal:
                        sp &-= 1
                        let old = globals[arg]
                        globals[arg] = slots[sp]
                        released(old)
                    case .deleteGlobal:
                        let old = globals[arg]
                        if old.tag == .unbound { throw nameError(globalNames[arg]) }
                        globals[arg] = .unbound
                        released(old)
                    case .loadDeref:
                        let v = (heap[slots[f.code.localCount + arg].objectIndex] as! CellObject).value
                        if v.tag == .unbound { throw unboundDeref(f.code, arg) }
                        slots[sp] = v; sp &+= 1
                    case .storeDeref:
                        sp &-= 1
                        (heap[slots[f.code.localCount + arg].objectIndex] as! CellObject).value = slots[sp]
                    case .deleteDeref:
                        let cell = heap[slots[f.code.localCount + arg].objectIndex] as! CellObject
                        if cell.value.tag == .unbound { throw unboundDeref(f.code, arg) }
                        cell.value = .unbound
                    case .loadClosure:
                        slots[sp] = slots[f.code.localCount + arg]; sp &+= 1
                    case .makeCell:
                        sp = try opMakeCell(f, slots, sp, arg)
                    case .binary, .inplace:
                        let b = slots[sp &- 1], a = slots[sp &- 2]
                        sp &-= 1
                        if a.tag == .int && b.tag == .int, let r = intFast(arg, a.intValue, b.intValue) {
                            slots[sp &- 1] = r
                        } else if a.tag == .object && depth < recursionLimit, let fv = forwardDunder(word, a, b) {
                            // `a`'s `__op__` runs in this loop; `a` and `b` stay on the stack for the return.
                            sp &+= 1
                            enter(fv, .unbound, slots + (sp &- 2), 2, returnTo: sp &- 2, .binary)
                            continue
                        } else {
                            f.ip = ip()
                            slots[sp &- 1] = try binaryOp(word, a, b)
                        }
                    case .binarySmallInt:
                        try binaryOnTop(.int(arg - (1 << 22)))
                    case .loadFastBinary:
                        let b = slots[arg]
                        if b.tag == .unbound { throw unboundLocal(f.code.localNames[arg]) }
                        try binaryOnTop(b)
                    case .compareSmallIntJumpIfFalse:
                        // The small int, then the compare (its operand in the next word, its
                        // errors reported there), then the jump after it.
                        let b = Value.int(arg - (1 << 22))
                        let op = Int(pc.pointee >> 8)
                        pc += 1
                        sp &-= 1
                        let a = slots[sp]
                        let r: Bool
                        if a.tag == .int && op <= 5 {
                            r = intCompare(op, a.intValue, b.intValue)
                        } else {
                            f.ip = ip()
                            r = try compareOp(CompareOp(rawValue: UInt8(op))!, a, b)
                        }
                        if r { pc += 1 } else { pc = f.instructions + Int(pc.pointee >> 8) }
                    case .compare:
                        let b = slots[sp &- 1], a = slots[sp &- 2]
                        sp &-= 1
                        if a.tag == .int && b.tag == .int && arg <= 5 {
                            slots[sp &- 1] = .bool(intCompare(arg, a.intValue, b.intValue))
                        } else if a.tag == .object && arg <= 5 && depth < recursionLimit, let fv = forwardCompare(arg, a, b) {
                            // `a`'s `__eq__` (or another) runs in this loop; `a` and `b` stay for the return.
                            sp &+= 1
                            enter(fv, .unbound, slots + (sp &- 2), 2, returnTo: sp &- 2, .compare)
                            continue
                        } else {
                            f.ip = ip()
                            slots[sp &- 1] = try compareValue(CompareOp(rawValue: UInt8(arg))!, a, b)
                        }
                    case .compareJumpIfFalse:
                        let b = slots[sp &- 1], a = slots[sp &- 2]
                        sp &-= 2
                        let r: Bool
                        if a.tag == .int && b.tag == .int && arg <= 5 {
                            r = intCompare(arg, a.intValue, b.intValue)
                        } else if a.tag == .object && arg <= 5 && depth < recursionLimit, let fv = forwardCompare(arg, a, b) {
                            sp &+= 2
                            enter(fv, .unbound, slots + (sp &- 2), 2, returnTo: sp &- 2, .compareJump)
                            continue
                        } else {
                            f.ip = ip()
                            r = try compareOp(CompareOp(rawValue: UInt8(arg))!, a, b)
                        }
                        if r { pc += 1 } else { pc = f.instructions + Int(pc.pointee >> 8) }
                    case .unary:
                        slots[sp &- 1] = try unaryOp(arg, slots[sp &- 1])

                    case .jump:
                        if arg < ip() { try countBackEdge() }
                        pc = f.instructions + arg
                    case .popJumpIfFalse:
                        sp &-= 1
                        let v = slots[sp]
                        let t = v.tag == .bool ? v.bits != 0 : try truthy(v)
                        if !t { pc = f.instructions + arg }
                    case .popJumpIfTrue:
                        sp &-= 1
                        let v = slots[sp]
                        let t = v.tag == .bool ? v.bits != 0 : try truthy(v)
                        if t { pc = f.instructions + arg }
                    case .jumpIfFalseOrPop:
                        if try !truthy(slots[sp &- 1]) { pc = f.instructions + arg } else { sp &-= 1 }
                    case .jumpIfTrueOrPop:
                        if try truthy(slots[sp &- 1]) { pc = f.instructions + arg } else { sp &-= 1 }

                    case .getIter:
                        slots[sp &- 1] = try getIter(slots[sp &- 1])
                    case .forIter, .forIterStore:
                        if try forStep(word) { continue }
                    case .jumpForIter:
                        // A loop's back jump straight into its `for` step (see Superinstructions).
                        try countBackEdge()
                        pc = f.instructions + arg
                        let forWord = pc.pointee
                        pc += 1
                        if try forStep(forWord) { continue }

                    case .buildList:
                        let items = Array(UnsafeBufferPointer(start: slots + sp - arg, count: arg))
                        sp &-= arg
                        slots[sp] = makeList(items); sp &+= 1
                    case .buildTuple:
                        let items = Array(UnsafeBufferPointer(start: slots + sp - arg, count: arg))
                        sp &-= arg
                        slots[sp] = makeTuple(items); sp &+= 1
                    case .buildDict:
                        sp = try opBuildDict(f, slots, sp, arg)
                    case .listAppend:
                        sp &-= 1
                        (heap[slots[sp - arg].objectIndex] as! ListObject).items.append(slots[sp])
                    case .dictSet:
                        sp &-= 2
                        try dictSet(heap[slots[sp - arg].objectIndex] as! DictObject, slots[sp], slots[sp &+ 1])
                    case .listExtend:
                        sp = try opListExtend(f, slots, sp, arg)
                    case .dictUpdate:
                        sp = try opDictUpdate(f, slots, sp, arg)
                    case .listToTuple:
                        slots[sp &- 1] = makeTuple((heap[slots[sp &- 1].objectIndex] as! ListObject).items)
                    case .buildSlice:
                        let step: Value = arg == 3 ? slots[sp &- 1] : .none
                        let start = slots[sp - arg], stop = slots[sp - arg + 1]
                        sp &-= arg
                        slots[sp] = alloc(SliceObject(start: start, stop: stop, step: step)); sp &+= 1
                    case .unpackSequence:
                        sp = try opUnpackSequence(f, slots, sp, arg)
                    case .unpackEx:
                        sp = try opUnpackEx(f, slots, sp, arg)
                    case .formatValue:
                        var spec: Value = .none
                        if arg & 4 != 0 { sp &-= 1; spec = slots[sp] }
                        f.ip = ip()
                        slots[sp &- 1] = try formatValue(slots[sp &- 1], conversion: arg & 3, spec: spec)
                    case .buildString:
                        sp = try opBuildString(f, slots, sp, arg)
                    case .loadFastAttr:
                        // `self.x`: the load, then the attribute read of the next word, run here.
                        let v = slots[arg]
                        if v.tag == .unbound { throw unboundLocal(f.code.localNames[arg]) }
                        slots[sp] = v; sp &+= 1
                        arg = Int(pc.pointee >> 8)
                        pc += 1
                        fallthrough
                    case .loadAttr:
                        let recv = slots[sp &- 1]
                        let sym = f.names[arg], site = f.sites + arg
                        if recv.tag == .object && heap.kind(recv.objectIndex) == .instance {
                            // The commonest hit (an own attribute or slot) inline; the others out of line.
                            if let v = siteEntry(site, recv, sym) {
                                slots[sp &- 1] = v
                                continue
                            }
                            let hit = heap.unmanaged(recv.objectIndex)._withUnsafeGuaranteedRef { siteLoad(site, recv, $0, sym) }
                            if let hit {
                                if hit.tag != .unbound { slots[sp &- 1] = hit; continue }
                                // A property: its getter takes the instance where it is, on the stack.
                                if depth < recursionLimit {
                                    enter(site.pointee.value, .unbound, slots + (sp &- 1), 1, returnTo: sp &- 1, .push)
                                    continue
                                }
                            }
                        }
                        f.ip = ip()
                        slots[sp &- 1] = try getAttr(recv, sym)
                        fillReadSite(site, recv, sym)
                    case .storeAttr:
                        let recv = slots[sp &- 1]
                        let sym = f.names[arg], site = f.sites + arg
                        let value = slots[sp &- 2]
                        if recv.tag == .object && heap.kind(recv.objectIndex) == .instance && siteStore(site, recv, sym, value) {
                            sp &-= 2
                            continue
                        }
                        f.ip = ip()
                        try setAttr(recv, sym, slots[sp &- 2])
                        fillWriteSite(site, recv, sym)
                        sp &-= 2
                    case .deleteAttr:
                        f.ip = ip()
                        sp = try opDeleteAttr(f, slots, sp, arg)
                    case .loadMethod:
                        let recv = slots[sp &- 1]
                        let sym = f.names[arg], site = f.sites + arg
                        if recv.tag == .object && heap.kind(recv.objectIndex) == .instance {
                            if siteMethodHit(site, recv, sym) {
                                // A class's function called through an instance: no bound method is made.
                                slots[sp &- 1] = site.pointee.value
                                slots[sp] = recv; sp &+= 1
                                continue
                            }
                            f.ip = ip()
                            let attr = try getAttr(recv, sym)
                            fillReadSite(site, recv, sym)
                            if siteMethodHit(site, recv, sym) {
                                slots[sp &- 1] = site.pointee.value
                                slots[sp] = recv
                            } else {
                                slots[sp &- 1] = Value(tag: .kwNull, bits: 0)
                                slots[sp] = attr
                            }
                            sp &+= 1
                            continue
                        }
                        if let attr = knownModuleAttribute(recv, sym) {
                            slots[sp &- 1] = Value(tag: .kwNull, bits: 0)
                            slots[sp] = attr
                        } else if hasMethod(recv, sym) {
                            slots[sp &- 1] = Value(tag: .method, bits: UInt64(UInt32(bitPattern: sym)))
                            slots[sp] = recv
                        } else {
                            f.ip = ip()
                            let attr = try getAttr(recv, sym)
                            slots[sp &- 1] = Value(tag: .kwNull, bits: 0)
                            slots[sp] = attr
                        }
                        sp &+= 1
                    case .pushNull:
                        slots[sp] = Value(tag: .kwNull, bits: 0); sp &+= 1
                    case .getItem:
                        sp &-= 1
                        f.ip = ip()
                        slots[sp &- 1] = try getItem(slots[sp &- 1], slots[sp])
                    case .storeSubscript:
                        f.ip = ip()
                        try setItem(slots[sp &- 2], slots[sp &- 1], slots[sp &- 3])
                        sp &-= 3
                    case .deleteSubscript:
                        f.ip = ip()
                        try delItem(slots[sp &- 2], slots[sp &- 1])
                        sp &-= 2

                    case .kwNames:
                        kwNames = f.code.constants[arg]
                    case .call:
                        let callBase = sp - arg - 2
                        let marker = slots[callBase]
                        if kwNames.tag == .none && marker.tag != .method && depth < recursionLimit,
                           case let first = marker.tag == .object ? callBase &+ 1 : callBase &+ 2,
                           case let fv = marker.tag == .object ? marker : slots[callBase &+ 1],
                           fv.tag == .object && heap.kind(fv.objectIndex) == .function,
                           heap.unmanaged(fv.objectIndex)._withUnsafeGuaranteedRef({ unsafeDowncast($0, to: FunctionObject.self).plainArity }) == sp &- first {
                            // A Python function whose arguments bind by copying runs in this loop, as
                            // CPython 3.11 runs Python-to-Python calls. For `obj.method(...)` the
                            // marker slot holds the function and the instance is the first argument.
                            enter(fv, .unbound, slots + first, sp &- first, returnTo: callBase, .push)
                            continue
                        }
                        if kwNames.tag == .none && marker.tag != .method && depth < recursionLimit,
                           case let first = marker.tag == .object ? callBase &+ 1 : callBase &+ 2,
                           let (fn, instance, action) = plainCallee(marker.tag == .object ? marker : slots[callBase &+ 1],
                                                                    sp &- first, slots + first) {
                            // A class whose `__init__` is such a function, `len` of an instance whose
                            // `__len__` is one.
                            if action == .initialize { slots[callBase] = instance }  // kept for the return, where the null marker was
                            enter(fn, instance, slots + first, sp &- first, returnTo: callBase, action)
                            continue
                        }
                        let kw = kwNames
                        kwNames = .none
                        freshNative.bits = .max
                        f.ip = ip(); f.sp = sp
                        let args = UnsafeBufferPointer(start: slots + callBase + 2, count: arg)
                        let result: Value
                        if marker.tag == .method {
                            result = try callMethod(slots[callBase + 1], Int32(truncatingIfNeeded: marker.bits), args, kw)
                        } else if marker.tag == .object {
                            result = try call(marker, UnsafeBufferPointer(start: slots + callBase + 1, count: arg + 1), kw)
                        } else {
                            result = try call(slots[callBase + 1], args, kw)
                        }
                        sp = callBase
                        if mayDropCleanup {
                            // The callee and arguments leave the stack: CPython closes a generator they held last.
                            f.sp = sp
                            closeIfDropped(UnsafeBufferPointer(start: slots + callBase, count: arg + 2), keeping: result)
                        }
                        if result.bits == freshNative.bits && result.tag == .object {
                            noteAwaitedFresh(result, next: pc.pointee)
                        }
                        slots[sp] = result; sp &+= 1
                    case .callEx:
                        f.ip = ip()
                        sp = try opCallEx(f, slots, sp, arg)
                    case .makeFunction:
                        sp = try opMakeFunction(f, slots, sp, arg)
                    case .returnValue:
                        sp &-= 1
                        f.returned = true
                        f.ip = ip(); f.sp = f.stackBase
                        if slots != entrySlots {
                            if f.inlined {
                                // Back to the caller's loop, which drops the call's values and
                                // pushes what its instruction makes of the result.
                                let result = slots[sp]
                                let done = Unmanaged<Frame>.passUnretained(f)
                                let base = f.returnSP, action = f.returnAction
                                depth &-= 1
                                switchTo(f.back.unsafelyUnwrapped)
                                let dropped = sp &- base
                                sp = base
                                let value = try finishInlined(done, result, action, slots + base, next: pc)
                                if mayDropCleanup {
                                    // The callee and arguments leave the stack: CPython closes a generator they held last.
                                    f.sp = sp
                                    closeIfDropped(UnsafeBufferPointer(start: slots + base, count: dropped), keeping: value)
                                }
                                if action == .compareJump {
                                    if value.boolValue { pc += 1 } else { pc = f.instructions + Int(pc.pointee >> 8) }
                                    continue
                                }
                                if value.bits == freshNative.bits && value.tag == .object { noteAwaitedFresh(value, next: pc.pointee) }
                                slots[sp] = value; sp &+= 1
                                continue
                            }
                            // A generator run by `for` returned: the loop ends (its value is dropped).
                            f.owner.unsafelyUnwrapped.state = .closed
                            if mayDropCleanup { closeDroppedGenerators(.passUnretained(f)) }
                            depth &-= 1
                            switchTo(f.back.unsafelyUnwrapped)
                            sp &-= 1
                            pc = f.instructions + Int((pc - 1).pointee >> 8)
                            continue
                        }
                        return slots[sp]
                    case .loadFastYield:
                        // `yield x`: the load, then the yield below with `pc` past it.
                        let v = slots[arg]
                        if v.tag == .unbound { throw unboundLocal(f.code.localNames[arg]) }
                        slots[sp] = v; sp &+= 1
                        pc += 1
                        fallthrough
                    case .yieldValue:
                        sp &-= 1
                        f.delegating = word == Instruction.delegatingYield
                        f.returned = false
                        f.ip = ip(); f.sp = sp
                        if slots != entrySlots {
                            // A generator run by `for` yielded: the value is the loop's next item.
                            let v = slots[sp]
                            f.owner.unsafelyUnwrapped.state = .suspended
                            depth &-= 1
                            switchTo(f.back.unsafelyUnwrapped)
                            // The loop resumes at its target's store, mostly fused with a load
                            // (`for x in g: ... x`): done here, without a dispatch.
                            let next = pc.pointee
                            if UInt8(truncatingIfNeeded: next) == Op.storeLoadFast.rawValue {
                                pc += 1
                                let old = slots[Int(next >> 8)]
                                try storeThenLoad(v, into: Int(next >> 8))
                                released(old)
                            } else {
                                slots[sp] = v; sp &+= 1
                            }
                            continue
                        }
                        if sumSlots == entrySlots && sumTakes(slots[sp]) {
                            // `sum` added the item: the generator goes on, as after `next()`.
                            resumeWithNone()
                            continue
                        }
                        return slots[sp]
                    case .getYieldFromIter:
                        slots[sp &- 1] = try yieldFromIter(slots[sp &- 1], in: f.code)
                    case .getAwaitable:
                        slots[sp &- 1] = try awaitable(slots[sp &- 1])
                    case .send:
                        f.ip = ip(); f.sp = sp
                        let (yielded, v) = try sendTo(slots[sp &- 2], slots[sp &- 1])
                        if yielded {
                            slots[sp &- 1] = v
                        } else {
                            sp &-= 1
                            slots[sp &- 1] = v
                            pc = f.instructions + arg
                        }

                    case .raise:
                        f.ip = ip()
                        sp = try opRaise(f, slots, sp, arg)
                    case .reraise:
                        throw PyRaise(slots[sp &- 1], keepTraceback: true)
                    case .pushExcInfo:
                        f.excStack.append(slots[sp &- 1])
                    case .popExcept:
                        released(f.excStack.removeLast())
                    case .checkExcMatch:
                        if arg == 0 {
                            slots[sp &- 1] = .bool(try exceptionMatches(slots[sp &- 2], slots[sp &- 1]))
                        } else {
                            f.ip = ip(); f.sp = sp
                            sp = try exceptStar(f, slots, sp, arg)
                        }
                    case .loadAssertionError:
                        slots[sp] = typeValue(.AssertionError); sp &+= 1

                    case .beforeWith, .beforeAsyncWith:
                        let isAsync = UInt8(truncatingIfNeeded: word) == Op.beforeAsyncWith.rawValue
                        let cm = slots[sp &- 1]
                        f.ip = ip(); f.sp = sp
                        let (exit, entered) = try enterContext(cm, isAsync: isAsync)
                        slots[sp &- 1] = exit
                        slots[sp] = entered; sp &+= 1
                    case .withExit:
                        f.ip = ip(); f.sp = sp
                        slots[sp &- 1] = try callExit(slots[sp &- 1], exc: .none)
                    case .withExceptStart:
                        f.ip = ip(); f.sp = sp
                        slots[sp] = try callExit(slots[sp &- 2], exc: slots[sp &- 1]); sp &+= 1

                    case .loadName:
                        f.ip = ip()
                        slots[sp] = try opLoadName(f, arg); sp &+= 1
                    case .storeName:
                        sp &-= 1
                        f.ip = ip()
                        try opStoreName(f, arg, slots[sp])
                    case .deleteName:
                        f.ip = ip()
                        try opDeleteName(f, arg)
                    case .loadBuildClass:
                        slots[sp] = buildClassFunction(); sp &+= 1
                    case .importName:
                        slots[sp] = try importModule(f.code.names[arg]); sp &+= 1
                    case .importFrom:
                        f.ip = ip()
                        slots[sp] = try importFrom(slots[sp &- 1], f.code.names[arg]); sp &+= 1
                    }
                }
            } catch let e {
                let exc = e.exc
                if isStop(e) {
                    f.ip = ip(); f.sp = f.stackBase; f.returned = true
                    // Every generator frame this loop entered for a `for` is closed on the way out.
                    while f.slots != entrySlots {
                        let done = Unmanaged<Frame>.passUnretained(f)
                        if f.inlined { f.inlined = false } else { f.owner.unsafelyUnwrapped.state = .closed }
                        depth -= 1
                        f = f.back.unsafelyUnwrapped
                        f.sp = f.stackBase; f.returned = true
                        if done._withUnsafeGuaranteedRef({ $0.owner == nil }) { done.release() }
                    }
                    throw e
                }
                let here = ip()
                f.ip = here         // where it raised, for what unwinding drops (`dropGenerators`)
                noteRaised(e, in: f, next: here)
                let h = here > 0 ? Int(f.code.handlerAt[here - 1]) : -1
                if h < 0 {
                    if unawaitedCoroutines > 0 { holdUnawaitedLocals(f, raised: exc) }
                    if sp > f.stackBase { dropGenerators(slots, from: f.stackBase, to: sp, frame: f, raised: exc) }
                    f.ip = here; f.sp = f.stackBase
                    f.returned = true
                    if slots != entrySlots && f.inlined {
                        // Out of a call this loop entered: raised again at the caller's `call`.
                        pending = PyRaise(propagating: exc)
                        let done = Unmanaged<Frame>.passUnretained(f)
                        f.inlined = false
                        depth -= 1
                        switchTo(f.back.unsafelyUnwrapped)
                        done.release()
                        continue
                    }
                    if slots != entrySlots {
                        // Out of a generator run by `for`: raised again at the loop's `forIter`.
                        pending = generatorRaised(f.owner.unsafelyUnwrapped, PyRaise(propagating: exc))
                        depth -= 1
                        switchTo(f.back.unsafelyUnwrapped)
                        continue
                    }
                    throw PyRaise(propagating: exc)
                }
                let handler = f.code.handlers[h]
                let cut = f.stackBase + handler.stackDepth
                if sp > cut { dropGenerators(slots, from: cut, to: sp, frame: f, raised: exc) }
                sp = cut
                if f.excStack.count > handler.excDepth { f.excStack.removeLast(f.excStack.count - handler.excDepth) }
                slots[sp] = exc; sp &+= 1
                pc = f.instructions + handler.target
            }
        }
    }

    /// The general path of a `binary`/`inplace` instruction `word`.
    func binaryOp(_ word: UInt32, _ a: Value, _ b: Value) throws(PyRaise) -> Value {
        try binaryOp(BinaryOp(rawValue: UInt8(truncatingIfNeeded: word >> 8))!, a, b,
                     inplace: UInt8(truncatingIfNeeded: word) == Op.inplace.rawValue)
    }

    /// `==`, `!=`, `<`, `<=`, `>`, `>=` (compare operands 0...5) on two small ints.
    @inline(__always) func intCompare(_ op: Int, _ x: Int64, _ y: Int64) -> Bool {
        switch op {
        case 0: return x == y
        case 1: return x != y
        case 2: return x < y
        case 3: return x <= y
        case 4: return x > y
        default: return x >= y
        }
    }

    @inline(__always) func intFast(_ op: Int, _ x: Int64, _ y: Int64) -> Value? {
        switch op {
        case 0: let (r, o) = x.addingReportingOverflow(y); return o ? nil : .int(r)
        case 1: let (r, o) = x.subtractingReportingOverflow(y); return o ? nil : .int(r)
        case 2: let (r, o) = x.multipliedReportingOverflow(by: y); return o ? nil : .int(r)
        case 4:
            if y > 0 { let q = x / y; return .int((x % y != 0 && x < 0) ? q - 1 : q) }
            return nil
        case 5:
            if y > 0 { let m = x % y; return .int(m < 0 ? m + y : m) }
            return nil
        default: return nil
        }
    }

    func unboundLocal(_ name: String) -> PyRaise {
        error(.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func unboundDeref(_ code: CodeObject, _ i: Int) -> PyRaise {
        if i < code.cellNames.count { return unboundLocal(code.cellNames[i]) }
        let name = code.freeNames[i - code.cellNames.count]
        return error(.NameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    func loadBuiltin(_ slot: Int) throws(PyRaise) -> Value {
        let cached = builtinCache[slot]
        if cached.tag != .unbound { return cached }
        var name = globalNames[slot]
        var v: Value?
        if let sep = name.firstIndex(of: "\u{0}") {
            let module = name[..<sep]
            name = String(name[name.index(after: sep)...])
            // The asyncio prelude's names, or a source module's natives.
            v = module == "asyncio" ? try runtimeExtension.moduleAttribute(name) : sourceModuleNative(String(module), name)
        }
        if v == nil { v = builtinValue(name) }
        guard let v else {
            throw nameError(name)
        }
        builtinCache[slot] = v
        return v
    }

    /// The exception being handled, as `sys.exc_info()` would see it from `f`.
    func handledException(from f: Frame?) -> Value? {
        var cur = f
        while let fr = cur {
            if let e = fr.excStack.last { return e }
            cur = fr.back
        }
        return nil
    }
}
