/// Loads the asyncio prelude on first use. Its class statements make ordinary classes (with
/// `__module__` set to asyncio's); its older `Class__method` functions become native types
/// whose instances keep their attributes in a table.

struct PreludeState {
    var classes: [String: Int32] = [:]   // class name -> type index
    var syncLoaded = false
}

/// An instance of a prelude native type (Timeout, TaskGroup).
final class PreludeInstance: NativeClass {
    var attrs: [Int32: Value] = [:]

    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        if let v = attrs[sym] { return v }
        if let m = vm.nativeTypeAttribute(typeIndex, sym), vm.kind(m) == .function {
            return vm.alloc(BoundMethodObject(function: m, receiver: vm.instanceValue(self)))
        }
        return nil
    }

    override func setAttr(_ vm: VM, _ sym: Int32, _ value: Value) throws(PyRaise) -> Bool {
        attrs[sym] = value
        return true
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { for v in attrs.values { visit(v) } }

    override func repr(_ vm: VM) throws(PyRaise) -> String? {
        if let m = vm.nativeTypeAttribute(typeIndex, vm.symbols.intern("__repr__")) {
            return try vm.strOf(try vm.call(m, [vm.instanceValue(self)]))
        }
        return nil
    }

    override func enter(_ vm: VM, _ selfValue: Value, isAsync: Bool) throws(PyRaise) -> (exit: Value, entered: Value)? {
        let enterName = vm.symbols.intern(isAsync ? "__aenter__" : "__enter__")
        let exitName = vm.symbols.intern(isAsync ? "__aexit__" : "__exit__")
        guard let enter = vm.nativeTypeAttribute(typeIndex, enterName), let exit = vm.nativeTypeAttribute(typeIndex, exitName) else { return nil }
        let boundExit = vm.alloc(BoundMethodObject(function: exit, receiver: selfValue))
        return (boundExit, try vm.call(enter, [selfValue]))
    }
}

extension VM {
    func instanceValue(_ o: PreludeInstance) -> Value { o.attrs[-1] ?? .none }
}

extension AsyncioRuntime {
    /// A name from the prelude (compiling and running it the first time, and its
    /// synchronisation part the first time one of that part's names is asked for).
    func preludeAttribute(_ name: String) throws(PyRaise) -> Value? {
        if prelude == nil { try loadPrelude() }
        if let t = prelude?.classes[name] { return .object(t) }
        if !prelude!.syncLoaded && AsyncioRuntime.syncNames.contains(name) {
            prelude!.syncLoaded = true
            try runPrelude(AsyncioRuntime.syncSource, file: "<asyncio-sync>")
        }
        guard let slot = vm.globalIndex[AsyncioRuntime.preludePrefix + name] else { return nil }
        let v = vm.globals[slot]
        return v.tag == .unbound ? nil : v
    }

    static let preludePrefix = "asyncio\u{0}"
    static let preludeClasses: [(String, String)] = [("Timeout", "asyncio.timeouts.Timeout"), ("TaskGroup", "asyncio.taskgroups.TaskGroup")]
    /// Locks, queues, as_completed and Runner: compiled only for the programs that use them,
    /// so that a program of tasks and sleeps starts as fast as before they were added.
    static let syncSource = [asyncioPreludeLocks, asyncioPreludeQueues, asyncioPreludeHelpers].joined(separator: "\n\n")
    static let syncNames: Set<String> = ["Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier",
                                         "BrokenBarrierError", "Queue", "PriorityQueue", "LifoQueue", "as_completed", "Runner"]

    private func loadPrelude() throws(PyRaise) {
        prelude = PreludeState()
        for (name, qualified) in AsyncioRuntime.preludeClasses {
            let t = vm.registerType(name, qualifiedName: qualified) { vm, a throws(PyRaise) in
                try vm.asyncio.instantiate(name, a)
            }
            prelude!.classes[name] = t
        }
        try runPrelude(asyncioPrelude + "\n\n" + asyncioPreludeGroups, file: "<asyncio>")
        for (name, t) in prelude!.classes {
            let prefix = AsyncioRuntime.preludePrefix + name + "__"
            for (i, g) in vm.globalNames.enumerated() where g.hasPrefix(prefix) {
                let method = String(g.dropFirst(prefix.count))
                vm.setTypeAttribute(t, method, vm.globals[i])
            }
        }
    }

    /// Compiles a part of the prelude into asyncio's globals and runs it.
    /// Its `#@` lines name the CPython lines they print as in tracebacks (`StdlibFrames`).
    private func runPrelude(_ source: String, file: String) throws(PyRaise) {
        vm.stdlibSources[file] = (source, "asyncio/")
        let compiler = Compiler(vm: vm, file: file)
        compiler.globalPrefix = AsyncioRuntime.preludePrefix
        let code: CodeObject
        do { code = try compiler.compileModule(try Parser.parse(source)) } catch let e {
            fatalError("asyncio prelude does not compile: \(e.message) at line \(e.line)")
        }
        _ = try vm.run(Frame(code: code, function: nil))
    }

    private func instantiate(_ name: String, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        let t = prelude!.classes[name]!
        let o = PreludeInstance(type: t)
        let v = vm.alloc(o)
        o.attrs[-1] = v
        if let initFn = vm.nativeTypeAttribute(t, vm.symbols.intern("__init__")) {
            var args = [v]
            args.append(contentsOf: a.positional)
            var names: [Value] = []
            for (k, value) in a.keywords { names.append(vm.str(k)); args.append(value) }
            let kw = names.isEmpty ? Value.none : vm.makeTuple(names)
            _ = try args.withUnsafeBufferPointer { (p) throws(PyRaise) -> Value in try vm.call(initFn, p, kw) }
        }
        return v
    }
}
