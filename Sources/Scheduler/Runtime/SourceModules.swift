/// Standard-library modules written in Python (contextlib): compiled and run on their first
/// import, so start-up does not pay for them. Their globals live in the VM's global table under
/// the prefix `name\0` (as asyncio's prelude does); a name the source leaves unbound is one of the
/// module's natives (`sourceModuleNative`) or a builtin. Frames show as `File "<name>"`.
/// Adding a module: its source text in `sourceModuleText`, its natives in `sourceModuleNative`,
/// its name in `VM.moduleNames` (and in the harness's `MODULES`).

extension VM {
    static func sourceModuleText(_ name: String) -> String? {
        switch name {
        case "contextlib": return contextlibSource
        case "typing": return typingSource
        case "dataclasses": return dataclassesSource
        case "abc": return abcSource
        case "json": return jsonSource
        case "string": return stringSource
        case "copy": return copySource
        case "textwrap": return textwrapSource
        case "collections": return collectionsSource
        case "functools": return functoolsSource
        case "itertools": return itertoolsSource
        case "operator": return operatorSource
        case "heapq": return heapqSource
        case "bisect": return bisectSource
        case "datetime": return datetimeSource
        case "time": return timeSource
        case "enum": return enumSource
        case "sys": return sysSource
        case "logging": return loggingSource
        case "statistics": return statisticsSource
        case "pprint": return pprintSource
        case "re": return reSource
        default: return nil
        }
    }

    /// Modules CPython writes in C (most of them): their frames never show in its tracebacks, so
    /// schedviz leaves theirs out too.
    static let framelessModuleFiles: Set<String> = ["<functools>", "<itertools>", "<operator>", "<heapq>", "<bisect>"]

    /// Compiles and runs the module's source into `m` (its public names are read on demand by
    /// `sourceModuleAttribute`).
    func loadSourceModule(_ name: String, _ text: String) throws(PyRaise) {
        let compiler = Compiler(vm: self, file: "<\(name)>")
        compiler.globalPrefix = name + "\u{0}"
        compiler.moduleName = name
        let code: CodeObject
        do { code = try compiler.compileModule(try Parser.parse(text)) } catch let e {
            fatalError("the \(name) module does not compile: \(e.message) at line \(e.line)")
        }
        if VM.hiddenSourceModules.contains(name) { hideFrames(code) }
        // Lines written as CPython's own library writes them carry `#@ enum.py:712` (StdlibFrames).
        stdlibSources["<\(name)>"] = (text, "")
        _ = try run(Frame(code: code, function: nil))
    }

    /// Modules whose frames CPython has no counterpart for in a traceback: abc's checks and
    /// collections' deque and defaultdict are C code, and the dataclass methods' argument errors
    /// come from the call itself.
    static let hiddenSourceModules: Set<String> = ["abc", "dataclasses", "collections", "datetime", "time", "sys", "re"]

    private func hideFrames(_ code: CodeObject) {
        code.flags.insert(.hiddenFrame)
        for c in code.children { hideFrames(c) }
    }

    /// `module.name` for a public name the module's source defined.
    func sourceModuleAttribute(_ module: String, _ name: String) -> Value? {
        guard !name.hasPrefix("_"), let slot = globalIndex[module + "\u{0}" + name] else { return nil }
        let v = globals[slot]
        return v.tag == .unbound ? nil : v
    }

    /// What a module's source calls but cannot write in Python.
    func sourceModuleNative(_ module: String, _ name: String) -> Value? {
        if module == "datetime" { return datetimeNative(name) }
        if module == "time" { return timeNative(name) }
        if module == "sys" { return sysNative(name) }
        if module == "logging" { return loggingNative(name) }
        switch (module, name) {
        case ("enum", "_mappingproxy"):
            return function(name) { vm, a throws(PyRaise) in vm.alloc(MappingProxyObject(vm: vm, a[0])) }
        case ("random", "_random"): return builtinFunction(.randomRandom)
        case ("random", "_native_seed"): return builtinFunction(.randomSeed)
        case ("random", "_mt_state"):
            return function(name) { vm, _ in vm.makeTuple(vm.random.state.map { .int(Int64($0)) }) }
        case ("random", "_mt_setstate"):
            return function(name) { vm, a throws(PyRaise) in
                guard vm.kind(a[0]) == .tuple else { throw vm.typeError("state vector must be a tuple") }
                let items = try vm.iterateToArray(a[0])
                if items.count != 625 { throw vm.valueError("state vector is the wrong size") }
                var words: [UInt32] = []
                for v in items {
                    guard let b = vm.bigValue(v) else { throw vm.typeError("'\(vm.typeName(v))' object cannot be interpreted as an integer") }
                    guard let w = UInt32(exactly: b) else { throw vm.error(.OverflowError, "Python int too large to convert to C unsigned long") }
                    words.append(w)
                }
                if !vm.random.setState(words) { throw vm.valueError("invalid state") }
                return .none
            }
        case ("contextlib", "_handled"):
            // `sys.exc_info()[1]` as the caller's frame sees it.
            return function(name) { vm, _ throws(PyRaise) in vm.handledException(from: vm.currentFrame) ?? .none }
        case ("contextlib", "_tb_len"):
            return function(name) { vm, a throws(PyRaise) in
                .int(Int64((vm.heap[a[0].objectIndex] as? ExceptionObject)?.traceback.count ?? 0))
            }
        case ("contextlib", "_tb_cut"):
            // `exc.__traceback__ = traceback`: the entries it had when the `with` statement saw it.
            return function(name) { vm, a throws(PyRaise) in
                if let e = vm.heap[a[0].objectIndex] as? ExceptionObject, e.traceback.count > Int(a[1].intValue) {
                    e.traceback.removeLast(e.traceback.count - Int(a[1].intValue))
                }
                return .none
            }
        case ("typing", "_main_global"):
            // A global of the program, for `get_type_hints` to resolve a string annotation.
            return function(name) { vm, a throws(PyRaise) in
                let n = vm.strValue(a[0])
                if let slot = vm.globalIndex[n], vm.globals[slot].tag != .unbound { return vm.globals[slot] }
                if let b = vm.builtinValue(n) { return b }
                throw vm.error(.NameError, "name '\(n)' is not defined")
            }
        case ("contextlib", "_swap_stream"):
            return function(name) { vm, a throws(PyRaise) in
                vm.streams.swap(isStdout: vm.strValue(a[0]) == "stdout", a[1], vm)
            }
        default: return module == "re" ? reNative(name) : nil
        }
    }
}

/// Where `print()` and the program's stderr messages go while `redirect_stdout`/`redirect_stderr`
/// are active: `.unbound` is the real stream.
struct StreamTargets {
    var stdout: Value = .unbound
    var stderr: Value = .unbound
    /// What `_swap_stream` hands out for the real stream (a plain object made once).
    var real: Value = .unbound
    /// `sys.stdout` and `sys.stderr` once `sys` is imported (`print(file=sys.stdout)`).
    var sysStdout: Value = .unbound
    var sysStderr: Value = .unbound

    /// Makes `new` the stream's target and returns the one it replaces.
    mutating func swap(isStdout: Bool, _ new: Value, _ vm: VM) -> Value {
        if real.tag == .unbound { real = vm.alloc(NativeObject(type: BT.object.rawValue)) }
        let target = new.identical(real) ? Value.unbound : new
        let old: Value
        if isStdout { old = stdout; stdout = target } else { old = stderr; stderr = target }
        return old.tag == .unbound ? real : old
    }

    func forEachRoot(_ mark: (Value) -> Void) { mark(stdout); mark(stderr); mark(real); mark(sysStdout); mark(sysStderr) }
}
