/// The generator protocol (PEP 255/342/380/479) as CPython's genobject.c runs it:
/// one `resume` entry point; `send`, `throw`, `close` are thin wrappers.

public enum GenResult { case yielded(Value), returned(Value) }

extension VM {
    @inline(__always) func gen(_ v: Value) -> GeneratorObject? {
        guard v.tag == .object else { return nil }
        let o = heap[v.objectIndex]     // strong: unowned(unsafe) would retain atomically to return it
        return o.kind == .generator ? unsafeDowncast(o, to: GeneratorObject.self) : nil
    }

    /// Resumes `g` sending `value`, or raising `exc` at its suspension point.
    public func resume(_ g: GeneratorObject, send value: Value, throwing exc: Value? = nil) throws(PyRaise) -> GenResult {
        switch g.state {
        case .running:
            throw valueError("\(g.noun) already executing")
        case .closed:
            if let exc { throw PyRaise(exc) }
            if g.isCoroutine { throw error(.RuntimeError, "cannot reuse already awaited coroutine") }
            return .returned(.none)
        case .created:
            if exc == nil && value.tag != .none {
                throw typeError("can't send non-None value to a just-started \(g.noun)")
            }
        case .suspended:
            break
        }
        let f = g.frame
        if exc == nil && g.state == .suspended { f.send(value) }
        if let exc, g.state == .created {
            // Throwing into a just-started generator raises before its first line and closes it.
            g.state = .closed
            if isInstance(exc, .StopIteration) { throw pep479(g, exc) }
            throw PyRaise(exc)
        }
        g.state = .running
        stepCount += 1
        if tracer != nil {
            let delegated = inDelegation
            inDelegation = false
            traced { $0.resumed(g, sent: value, thrown: exc, delegated: delegated) }
        }
        let result: Value
        do {
            result = try run(f, throwing: exc.map { PyRaise($0) })
        } catch let e {
            throw generatorRaised(g, e)
        }
        if f.returned {
            g.state = .closed
            traced { $0.returned(g, result) }
            if mayDropCleanup { closeDroppedGenerators(f, keeping: result) }
            return .returned(result)
        }
        g.state = .suspended
        traced { $0.yielded(g, result) }
        return .yielded(result)
    }

    /// Calls `body` with each item of the iterator `it` until it is exhausted or `body`
    /// returns false: what native consumers (`sum`, `list()`, ...) do. A plain generator is
    /// resumed directly (`nextDirect`).
    func forEachItem(_ it: Value, _ body: (Value) throws(PyRaise) -> Bool) throws(PyRaise) {
        if let g = directGenerator(it) {
            while g.state != .closed, let v = try nextDirect(g) {
                if try !body(v) { return }
            }
            return
        }
        while let v = try iterNext(it) {
            if try !body(v) { return }
        }
    }

    /// `it` as a generator a native loop may resume itself: plain, not running, and no
    /// tracer watching its resumptions.
    func directGenerator(_ it: Value) -> GeneratorObject? {
        guard tracer == nil, let g = gen(it), !g.isCoroutine, g.state != .running else { return nil }
        return g
    }

    /// The next item of a direct generator (not closed), or nil when it returns: the steps
    /// of `resume(g, send: None)` less the checks that cannot change between two items.
    @inline(__always) func nextDirect(_ g: GeneratorObject) throws(PyRaise) -> Value? {
        let f = g.frame
        if g.state == .suspended { f.send(.none) }
        g.state = .running
        stepCount += 1
        let v: Value
        do {
            v = try run(f)
        } catch let e {
            throw generatorRaised(g, e)
        }
        if f.returned {
            g.state = .closed
            if mayDropCleanup { closeDroppedGenerators(f, keeping: v) }
            return nil
        }
        g.state = .suspended
        return v
    }

    /// An exception left `g`'s body: `g` is closed, and what its resumer sees is returned
    /// (a run's ending as it is; StopIteration as RuntimeError, PEP 479).
    func generatorRaised(_ g: GeneratorObject, _ e: PyRaise) -> PyRaise {
        g.state = .closed
        if isStop(e) { return e }
        traced { $0.raised(g, e.exc) }
        if isInstance(e.exc, .StopIteration) { return pep479(g, e.exc) }
        if g.isAsyncGen && isInstance(e.exc, .StopAsyncIteration) { return pep479(g, e.exc, "StopAsyncIteration") }
        return e
    }

    /// PEP 479: a StopIteration escaping a generator's body becomes RuntimeError (and so
    /// does a StopAsyncIteration escaping an async generator's, PEP 525).
    private func pep479(_ g: GeneratorObject, _ exc: Value, _ name: String = "StopIteration") -> PyRaise {
        let rt = makeException(.RuntimeError, "\(g.noun) raised \(name)")
        let ro = heap[rt.objectIndex] as! ExceptionObject
        ro.cause = exc; ro.context = exc; ro.suppressContext = true
        return PyRaise(rt)
    }

    /// `gen.send(v)`: the value yielded, or StopIteration carrying the return value.
    func genSend(_ g: GeneratorObject, _ value: Value) throws(PyRaise) -> Value {
        switch try resume(g, send: value) {
        case .yielded(let v): return v
        case .returned(let v): throw stopIteration(v)
        }
    }

    /// `gen.throw(exc)`, delegating to the sub-iterator of a suspended `yield from` first.
    func genThrow(_ g: GeneratorObject, _ exc: Value) throws(PyRaise) -> GenResult {
        let f = g.frame
        if g.state == .suspended && f.delegating {
            let sub = f.delegate
            if isInstance(exc, .GeneratorExit) {
                // Close the delegate first; an error from it replaces GeneratorExit.
                do { try closeIterator(sub) } catch let e {
                    f.sp -= 1
                    f.delegating = false
                    return try resume(g, send: .none, throwing: e.exc)
                }
                f.sp -= 1
                f.delegating = false
                return try resume(g, send: .none, throwing: exc)
            }
            var outcome: GenResult
            do throws(PyRaise) {
                if let sg = gen(sub) {
                    outcome = try genThrow(sg, exc)
                } else if let r = try throwIntoNative(sub, exc) {
                    outcome = r
                } else {
                    f.sp -= 1
                    f.delegating = false
                    return try resume(g, send: .none, throwing: exc)
                }
            } catch let e {
                f.sp -= 1
                f.delegating = false
                if isInstance(e.exc, .StopIteration) {
                    outcome = .returned(stopIterationValue(e.exc))
                } else {
                    return try resume(g, send: .none, throwing: e.exc)
                }
                return try finishDelegation(g, outcome)
            }
            switch outcome {
            case .yielded(let v):
                return .yielded(v)
            case .returned:
                f.sp -= 1
                f.delegating = false
                return try finishDelegation(g, outcome)
            }
        }
        return try resume(g, send: .none, throwing: exc)
    }

    /// The delegate returned during a throw: continue after the `yield from` loop with its value.
    private func finishDelegation(_ g: GeneratorObject, _ outcome: GenResult) throws(PyRaise) -> GenResult {
        guard case .returned(let v) = outcome else { return outcome }
        let f = g.frame
        // The frame is suspended just after `yieldValue 1`; next comes `jump top`, and `top` is `send exit`.
        let jump = f.code.code[f.ip]
        let send = f.code.code[Instruction.arg(jump)]
        f.ip = Instruction.arg(send)
        return try resume(g, send: v)
    }

    /// `gen.close()`.
    func genClose(_ g: GeneratorObject) throws(PyRaise) {
        if g.state == .created || g.state == .closed { g.state = .closed; return }
        do throws(PyRaise) {
            let r = try genThrow(g, makeException(.GeneratorExit, nil))
            if case .yielded = r {
                throw error(.RuntimeError, "\(g.noun) ignored GeneratorExit")
            }
        } catch let e {
            if isInstance(e.exc, .GeneratorExit) || isInstance(e.exc, .StopIteration) {
                // The exception goes, and with its traceback the frame's locals.
                if mayDropCleanup { closeDroppedGenerators(g.frame, keeping: .none) }
                return
            }
            throw e
        }
    }

    func closeIterator(_ v: Value) throws(PyRaise) {
        if let g = gen(v) { try genClose(g); return }
        if hasMethod(v, Sym.close.rawValue) {
            _ = try callMethod(v, Sym.close.rawValue, Args(start: nil, count: 0), .none)
        }
    }

    func stopIterationValue(_ exc: Value) -> Value {
        guard let e = heap[exc.objectIndex] as? ExceptionObject, let first = e.args.first else { return .none }
        return first
    }

    /// One step of `yield from`/`await`: send `value` into `it`. Returns (true, yielded) or (false, result).
    func sendTo(_ it: Value, _ value: Value) throws(PyRaise) -> (Bool, Value) {
        if let g = gen(it) {
            if tracer != nil { inDelegation = true }
            switch try resume(g, send: value) {
            case .yielded(let v): return (true, v)
            case .returned(let v): return (false, v)
            }
        }
        if let r = try sendToNative(it, value) { return r }
        do {
            let v: Value
            if value.isNone {
                guard let n = try iterNext(it) else { return (false, .none) }
                v = n
            } else {
                v = try callMethod(it, Sym.send.rawValue, [value])
            }
            return (true, v)
        } catch let e {
            if isInstance(e.exc, .StopIteration) { return (false, stopIterationValue(e.exc)) }
            throw e
        }
    }

    /// `yield from x`: generators as they are; coroutines only inside coroutine-flavoured generators.
    func yieldFromIter(_ v: Value, in code: CodeObject) throws(PyRaise) -> Value {
        if let g = gen(v) {
            if g.isCoroutine && !(code.isCoroutine || currentFrameIsIterableCoroutine()) {
                throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
            }
            return v
        }
        if let it = try nativeAwaitIterator(v) { return it }
        return try getIter(v)
    }

    private func currentFrameIsIterableCoroutine() -> Bool {
        guard let f = currentFrame, let fn = f.function else { return false }
        return fn.iterableCoroutine
    }

    /// `await x`.
    func awaitable(_ v: Value) throws(PyRaise) -> Value {
        if let g = gen(v) {
            if g.isCoroutine {
                if g.state == .suspended && g.frame.delegating {
                    throw error(.RuntimeError, "coroutine is being awaited already")
                }
                return v
            }
            if g.iterableCoroutine { return v }
        }
        if let it = try nativeAwaitIterator(v) { return it }
        if isUserInstance(v), let it = try userAwait(v) { return it }
        if gen(v) != nil {
            throw typeError("object generator can't be used in 'await' expression")
        }
        throw typeError("object \(typeName(v)) can't be used in 'await' expression")
    }
}

// MARK: - Methods

extension VM {
    /// A generator's methods, and a coroutine's: the same `send`, `throw` and `close`, which a
    /// native coroutine (asyncio.sleep) answers through its coroutine slots.
    func registerGeneratorMethods() {
        methods(for: BT.generator.rawValue) { m in
            m.add(.send, GeneratorObject.self) { vm, g, a throws(PyRaise) in try vm.genSendMethod(g, a) }
            m.add(.throw, GeneratorObject.self) { vm, g, a throws(PyRaise) in try vm.genThrowMethod(g, a) }
            m.add(.close, GeneratorObject.self) { vm, g, _ throws(PyRaise) in
                try vm.genClose(g)
                return .none
            }
            m.add(.__next__, GeneratorObject.self) { vm, g, _ throws(PyRaise) in try vm.genSend(g, .none) }
            m.add(.__iter__) { _, recv, _ in recv }
        }
        methods(for: BT.coroutine.rawValue) { m in
            m.add(.send) { vm, recv, a throws(PyRaise) in
                if let g = vm.gen(recv) { return try vm.genSendMethod(g, a) }
                return try vm.yieldedOrStop(try vm.native(recv)!.send(vm, a.count > 0 ? a[0] : .none)!)
            }
            m.add(.throw) { vm, recv, a throws(PyRaise) in
                if let g = vm.gen(recv) { return try vm.genThrowMethod(g, a) }
                _ = try vm.native(recv)!.throwInto(vm, try vm.exceptionInstance(a[0]))
                return .none
            }
            m.add(.close) { vm, recv, _ throws(PyRaise) in
                if let g = vm.gen(recv) { try vm.genClose(g) } else { try vm.native(recv)!.close(vm) }
                return .none
            }
            m.add(.__await__) { vm, recv, _ in vm.coroutineWrapper(recv) }
        }
    }

    private func genSendMethod(_ g: GeneratorObject, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        try argCount("send", a, min: 1, max: 1)
        return try genSend(g, a[0])
    }

    /// `gen.throw(exc)`, `gen.throw(type, value)`.
    private func genThrowMethod(_ g: GeneratorObject, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        try argCount("throw", a, min: 1, max: 3)
        var exc = a[0]
        if kind(exc) == .type {
            guard isSubtype(Int32(exc.objectIndex), of: BT.BaseException.rawValue) else {
                throw typeError("exceptions must be classes or instances deriving from BaseException, not type")
            }
            // PyErr_NormalizeException: an instance of the type is thrown as it is.
            let value = a.count > 1 ? a[1] : .none
            if kind(value) == .exception && isSubtype(typeIndex(value), of: Int32(exc.objectIndex)) {
                exc = value
            } else {
                let args = value.isNone ? [] : kind(value) == .tuple ? (heap[value.objectIndex] as! TupleObject).items : [value]
                exc = try exceptionInstance(try call(exc, args))
            }
        } else if kind(exc) != .exception {
            throw typeError("exceptions must be classes or instances deriving from BaseException, not \(typeName(exc))")
        } else if a.count > 1 && !a[1].isNone {
            throw typeError("instance exception may not have a separate value")
        }
        switch try genThrow(g, exc) {
        case .yielded(let v): return v
        case .returned(let v): throw stopIteration(v)
        }
    }
}
