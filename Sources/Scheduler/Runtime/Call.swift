/// Calling things: Python functions (binding arguments as CPython does), builtins, types, bound methods.

typealias Args = UnsafeBufferPointer<Value>

extension VM {
    /// Calls `callee` with positional+keyword arguments laid out as CPython's vectorcall: the last
    /// `kwNames.count` values of `args` are keyword values.
    func call(_ callee: Value, _ args: Args, _ kwNames: Value) throws(PyRaise) -> Value {
        guard callee.tag == .object else { throw notCallable(callee) }
        let o = heap[callee.objectIndex]
        switch o.kind {
        case .function:
            return try callFunction(unsafeDowncast(o, to: FunctionObject.self), args, kwNames)
        case .builtin:
            let b = unsafeDowncast(o, to: BuiltinObject.self)
            if b.fn == .boundMethod { return try callMethod(b.receiver, b.symbol, args, kwNames) }
            return try callBuiltin(b.fn, receiver: b.receiver, args, kwNames)
        case .boundMethod:
            let m = unsafeDowncast(o, to: BoundMethodObject.self)
            return try withPrefixed(m.receiver, args) { (p) throws(PyRaise) in try call(m.function, p, kwNames) }
        case .type:
            return try callType(callee.objectIndex, args, kwNames)
        case .instance, .exception:
            guard let f = lookupSpecial(callee, Sym.__call__.rawValue) else { throw notCallable(callee) }
            let fn = try bindAttribute(f, instance: .none, owner: .object(typeIndex(callee)))
            return try withPrefixed(callee, args) { (p) throws(PyRaise) in try call(fn, p, kwNames) }
        default:
            throw notCallable(callee)
        }
    }

    /// Calls `body` with `first` followed by `args`, laid out on the stack (a bound method's
    /// call was an array allocation each time).
    @inline(__always) func withPrefixed(_ first: Value, _ args: Args, _ body: (Args) throws(PyRaise) -> Value) throws(PyRaise) -> Value {
        let result: Result<Value, PyRaise> = withUnsafeTemporaryAllocation(of: Value.self, capacity: args.count + 1) { buf in
            buf[0] = first
            for i in 0..<args.count { buf[i + 1] = args[i] }
            do throws(PyRaise) { return .success(try body(UnsafeBufferPointer(buf))) } catch { return .failure(error) }
        }
        return try result.get()
    }

    func call(_ callee: Value, _ args: [Value]) throws(PyRaise) -> Value {
        try args.withUnsafeBufferPointer { (p) throws(PyRaise) -> Value in try call(callee, p, .none) }
    }

    /// How CPython names a callable in argument errors: `__main__.f` for functions, `print` for builtins.
    func callableName(_ v: Value) -> String {
        guard v.tag == .object else { return typeName(v) }
        switch heap[v.objectIndex] {
        case let f as FunctionObject: return "__main__.\(f.code.qualname)"
        case let b as BuiltinObject:
            if b.fn == .native, let n = heap[b.receiver.objectIndex] as? NativeFunction { return n.name }
            if b.fn == .boundMethod { return symbols[b.symbol] }
            return b.fn.pythonName
        case let t as TypeObject: return t.name
        case let m as BoundMethodObject: return callableName(m.function)
        default: return typeName(v)
        }
    }

    func isIterable(_ v: Value) -> Bool { (try? getIter(v)) != nil }

    func notCallable(_ v: Value) -> PyRaise { typeError("'\(typeName(v))' object is not callable") }

    /// `f(*args, **kwargs)` and friends.
    func callWithCollections(marker: Value, callee: Value, _ positional: [Value], _ kwargs: Value) throws(PyRaise) -> Value {
        // A class's function loaded through an instance (`obj.m(*args)`): the marker slot holds
        // the function and the callee slot the instance, its first argument.
        let plainMethod = marker.tag == .object
        var all = plainMethod ? [callee] + positional : positional
        var kw: Value = .none
        if kwargs.tag == .object, let d = heap[kwargs.objectIndex] as? DictObject, d.dict.count > 0 {
            var names: [Value] = []
            for (k, v) in d.dict.pairs {
                names.append(k); all.append(v)
            }
            kw = makeTuple(names)
        }
        return try all.withUnsafeBufferPointer { (p) throws(PyRaise) -> Value in
            if marker.tag == .method { return try callMethod(callee, Int32(truncatingIfNeeded: marker.bits), p, kw) }
            return try call(plainMethod ? marker : callee, p, kw)
        }
    }

    func kwNameStrings(_ kwNames: Value) -> [String] {
        guard kwNames.tag == .object else { return [] }
        return (heap[kwNames.objectIndex] as! TupleObject).items.map { (heap[$0.objectIndex] as! StrObject).value }
    }

    // MARK: - Python functions

    func callFunction(_ fn: FunctionObject, _ args: Args, _ kwNames: Value) throws(PyRaise) -> Value {
        let code = fn.code
        var frame = Frame.make(code, fn)
        if kwNames.tag == .none && args.count == fn.plainArity {
            for i in 0..<args.count { frame.slots[i] = args[i] }
            let result = try run(frame)
            if mayDropCleanup { closeDroppedGenerators(frame, keeping: result) }
            if isKnownUniquelyReferenced(&frame) { frame.recycle() }
            return result
        }
        if kwNames.tag == .none && args.count == code.argCount && code.kwOnlyCount == 0
            && !code.flags.contains(.varArgs) && !code.flags.contains(.varKeywords) {
            for i in 0..<args.count { frame.slots[i] = args[i] }
        } else {
            try bindArguments(fn, frame, args, kwNames)
        }
        if code.isGenerator || code.isCoroutine {
            let isAsyncGen = code.isGenerator && code.isCoroutine
            if isAsyncGen {
                if asyncGenTypes.generator < 0 { registerAsyncGenTypes() }
                // Dropping one unfinished calls the loop's finalizer hook, with or without cleanup.
                enableDropCleanup()
            }
            let g = GeneratorObject(frame: frame, isCoroutine: code.isCoroutine && !isAsyncGen,
                                    iterableCoroutine: fn.iterableCoroutine, name: fn.name, qualname: fn.qualname,
                                    isAsyncGen: isAsyncGen)
            g.serial = generatorsMade
            generatorsMade &+= 1
            let v = alloc(g)
            traced { $0.generatorCreated(g) }
            if g.isCoroutine { noteIfUnawaited(g) }
            else if code.yieldsInsideHandler { enableDropCleanup() }
            return v
        }
        let result = try run(frame)
        if mayDropCleanup { closeDroppedGenerators(frame, keeping: result) }
        if isKnownUniquelyReferenced(&frame) { frame.recycle() }
        return result
    }

    private func bindArguments(_ fn: FunctionObject, _ frame: Frame, _ args: Args, _ kwNames: Value) throws(PyRaise) {
        let code = fn.code
        let slots = frame.slots
        let names = kwNameStrings(kwNames)
        let nPositional = args.count - names.count
        let nParams = code.argCount
        let name = code.qualname
        var next = code.argCount + code.kwOnlyCount
        let varArgsSlot = code.flags.contains(.varArgs) ? next : -1
        if varArgsSlot >= 0 { next += 1 }
        let varKwSlot = code.flags.contains(.varKeywords) ? next : -1

        for i in 0..<min(nPositional, nParams) { slots[i] = args[i] }
        if nPositional > nParams {
            if varArgsSlot >= 0 {
                slots[varArgsSlot] = makeTuple(Array(args[nParams..<nPositional]))
            } else {
                let takes = describeArity(fn)
                let given = nPositional
                throw typeError("\(name)() takes \(takes) positional argument\(takes == "1" ? "" : "s") but \(given) \(given == 1 ? "was" : "were") given")
            }
        } else if varArgsSlot >= 0 {
            slots[varArgsSlot] = emptyTuple
        }
        var extra: DictObject?
        if varKwSlot >= 0 { extra = DictObject() }
        for (k, kwName) in names.enumerated() {
            let value = args[nPositional + k]
            if let i = code.localNames.prefix(code.argCount + code.kwOnlyCount).firstIndex(of: kwName) {
                if slots[i].tag != .unbound {
                    throw typeError("\(name)() got multiple values for argument '\(kwName)'")
                }
                slots[i] = value
            } else if let d = extra {
                try dictSet(d, str(kwName), value)
            } else {
                throw typeError("\(name)() got an unexpected keyword argument '\(kwName)'")
            }
        }
        if let d = extra { slots[varKwSlot] = alloc(d) }
        // Defaults for the last positional parameters.
        let firstDefault = nParams - fn.defaults.count
        var missing: [String] = []
        for i in 0..<nParams where slots[i].tag == .unbound {
            if i >= firstDefault { slots[i] = fn.defaults[i - firstDefault] } else { missing.append(code.localNames[i]) }
        }
        if !missing.isEmpty { throw missingArguments(name, missing, kind: "positional") }
        var missingKw: [String] = []
        for j in 0..<code.kwOnlyCount where slots[nParams + j].tag == .unbound {
            let d = j < fn.kwDefaults.count ? fn.kwDefaults[j] : .unbound
            if d.tag != .unbound { slots[nParams + j] = d } else { missingKw.append(code.localNames[nParams + j]) }
        }
        if !missingKw.isEmpty { throw missingArguments(name, missingKw, kind: "keyword-only") }
    }

    private func describeArity(_ fn: FunctionObject) -> String {
        let n = fn.code.argCount
        let d = fn.defaults.count
        return d == 0 ? "\(n)" : "from \(n - d) to \(n)"
    }

    private func missingArguments(_ name: String, _ missing: [String], kind: String) -> PyRaise {
        let quoted = missing.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        return typeError("\(name)() missing \(missing.count) required \(kind) argument\(missing.count == 1 ? "" : "s"): \(list)")
    }
}

/// Argument parsing for builtins: positional values plus keyword values by name.
/// Reads the caller's argument buffer in place: no copy unless `positional` is asked for.
struct BuiltinArgs {
    let args: Args
    let count: Int                    // positional arguments
    /// nil without keywords: most calls have none, and even an empty array is reference
    /// counted at every copy of the arguments.
    private let keywordNames: [String]?

    init(_ vm: VM, _ args: Args, _ kwNames: Value) {
        self.args = args
        if kwNames.tag == .none {
            keywordNames = nil
            count = args.count
        } else {
            let names = vm.kwNameStrings(kwNames)
            keywordNames = names
            count = args.count - names.count
        }
    }

    private init(args: Args, count: Int, keywordNames: [String]?) {
        self.args = args; self.count = count; self.keywordNames = keywordNames
    }

    /// The same call without its first positional argument (`type.__new__(mcls, …)`'s rest).
    func droppingFirst() -> BuiltinArgs {
        BuiltinArgs(args: Args(rebasing: args[1...]), count: count - 1, keywordNames: keywordNames)
    }

    /// The keyword names as a call passes them (a tuple of strings), `.none` without keywords.
    func kwNames(_ vm: VM) -> Value {
        guard let keywordNames else { return .none }
        return vm.makeTuple(keywordNames.map { vm.internString($0) })
    }

    var positional: [Value] { Array(args[0..<count]) }
    var keywords: [(String, Value)] {
        (keywordNames ?? []).enumerated().map { ($0.element, args[count + $0.offset]) }
    }

    func keyword(_ name: String) -> Value? {
        guard let i = keywordNames?.firstIndex(of: name) else { return nil }
        return args[count + i]
    }

    @inline(__always) subscript(i: Int) -> Value { args[i] }
}
