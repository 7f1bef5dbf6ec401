/// The `contextvars` module, as Python/context.c defines it: a `Context` maps `ContextVar`s
/// to values; `ContextVar.set` changes the current context and returns a `Token` that
/// `reset` uses once. The current context is a value the VM holds (`contexts.current`):
/// `.none` stands for an empty context no one has set a variable in yet, so programs that
/// never use contextvars never make one, and copying it (a task's creation) costs nothing.

/// The type ids, registered on first import, and the current context.
struct ContextState {
    var context: Int32 = 0, variable: Int32 = 0, token: Int32 = 0, view: Int32 = 0
    var missing: Value = .none          // Token.MISSING
    /// The context the running code reads and sets; `.none` for an empty one not yet made.
    var current: Value = .none
}

/// A context's variables in the order they were first set (CPython iterates its HAMT in
/// the order of the variables' hashes, which come from addresses).
struct ContextMap {
    private(set) var keys: [Value] = []
    private var values: [Int: Value] = [:]      // by the variable's heap index

    var count: Int { keys.count }
    subscript(_ variable: Value) -> Value? { values[variable.objectIndex] }

    mutating func set(_ variable: Value, _ value: Value) {
        if values.updateValue(value, forKey: variable.objectIndex) == nil { keys.append(variable) }
    }

    mutating func remove(_ variable: Value) {
        if values.removeValue(forKey: variable.objectIndex) != nil { keys.removeAll { $0.identical(variable) } }
    }

    func forEachValue(_ visit: (Value) -> Void) {
        for k in keys { visit(k); visit(values[k.objectIndex]!) }
    }
}

final class ContextObject: NativeClass {
    var selfValue: Value = .none
    var vars: ContextMap
    var entered = false
    var previous: Value = .none
    init(_ vars: ContextMap, type: Int32) { self.vars = vars; super.init(type: type) }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { vars.forEachValue(visit); visit(previous) }
    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<_contextvars.Context object at \(vm.address(selfValue))>" }
    override func length(_ vm: VM) throws(PyRaise) -> Int64? { Int64(vars.count) }
    override func truth(_ vm: VM) throws(PyRaise) -> Bool? { vars.count > 0 }
    override func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { try vm.getIter(vm.makeList(vars.keys)) }
    override func getItem(_ vm: VM, _ key: Value) throws(PyRaise) -> Value? {
        try vm.checkContextKey(key)
        guard let v = vars[key] else { throw PyRaise(vm.alloc(ExceptionObject(type: BT.KeyError.rawValue, args: [key]))) }
        return v
    }
    override func equals(_ vm: VM, _ other: Value) throws(PyRaise) -> Bool? {
        guard let o = vm.native(other) as? ContextObject else { return nil }
        if o.vars.count != vars.count { return false }
        for k in vars.keys {
            guard let theirs = o.vars[k], try vm.equals(vars[k]!, theirs) else { return false }
        }
        return true
    }
}

final class ContextVarObject: NativeClass {
    var selfValue: Value = .none
    let name: Value
    let defaultValue: Value            // .unbound: none given
    init(name: Value, defaultValue: Value, type: Int32) { self.name = name; self.defaultValue = defaultValue; super.init(type: type) }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(name); visit(defaultValue) }
    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? { vm.symbols[sym] == "name" ? name : nil }
    override func setAttr(_ vm: VM, _ sym: Int32, _ value: Value) throws(PyRaise) -> Bool {
        if vm.symbols[sym] == "name" { throw vm.error(.AttributeError, "readonly attribute") }
        return false
    }
    override func repr(_ vm: VM) throws(PyRaise) -> String? {
        let shown = defaultValue.tag == .unbound ? "" : " default=\(try vm.repr(defaultValue))"
        return "<ContextVar name=\(try vm.repr(name))\(shown) at \(vm.address(selfValue))>"
    }
}

final class TokenObject: NativeClass {
    var selfValue: Value = .none
    let context: Value, variable: Value
    let oldValue: Value                // Token.MISSING when the variable had no value
    var used = false
    init(context: Value, variable: Value, oldValue: Value, type: Int32) {
        self.context = context; self.variable = variable; self.oldValue = oldValue
        super.init(type: type)
    }

    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(context); visit(variable); visit(oldValue) }
    override func repr(_ vm: VM) throws(PyRaise) -> String? {
        "<Token\(used ? " used" : "") var=\(try vm.repr(variable)) at \(vm.address(selfValue))>"
    }
    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        switch vm.symbols[sym] {
        case "var": return variable
        case "old_value": return oldValue
        default: return nil
        }
    }
    override func setAttr(_ vm: VM, _ sym: Int32, _ value: Value) throws(PyRaise) -> Bool {
        let name = vm.symbols[sym]
        if name == "var" || name == "old_value" { throw vm.error(.AttributeError, "attribute '\(name)' of '_contextvars.Token' objects is not writable") }
        return false
    }
}

/// `Context.keys()`, `values()`, `items()`: what the context held when it was asked.
final class ContextViewObject: NativeClass {
    var selfValue: Value = .none
    let items: Value
    let noun: String
    init(items: Value, noun: String, type: Int32) { self.items = items; self.noun = noun; super.init(type: type) }
    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(items) }
    override func length(_ vm: VM) throws(PyRaise) -> Int64? { try vm.length(items) }
    override func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { try vm.getIter(items) }
    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<\(noun) object at \(vm.address(selfValue))>" }
}

/// `Token.MISSING`.
final class MissingObject: NativeClass {
    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<Token.MISSING>" }
}

extension VM {
    // MARK: - The current context

    /// The current context as an object, made now if it is still the empty `.none`.
    func currentContextObject() -> ContextObject {
        if let c = native(contexts.current) as? ContextObject { return c }
        contexts.current = newContext(ContextMap())
        return native(contexts.current) as! ContextObject
    }

    func newContext(_ vars: ContextMap) -> Value {
        let c = ContextObject(vars, type: contexts.context)
        c.selfValue = alloc(c)
        return c.selfValue
    }

    /// `copy_context()` for tasks and callbacks: `.none` (an empty context) while nothing was set.
    func copyCurrentContext() -> Value {
        guard let c = native(contexts.current) as? ContextObject, c.vars.count > 0 else { return .none }
        return newContext(c.vars)
    }

    /// `Context.run`'s enter and exit around `body`. `context` may be `.none`, an empty
    /// context that is no one's: what the body sets there is dropped with it.
    func runInContext<T>(_ context: Value, _ body: () throws(PyRaise) -> T) throws(PyRaise) -> T {
        let c = native(context) as? ContextObject
        if c == nil && !context.isNone {
            throw error(.AttributeError, "'\(typeName(context))' object has no attribute 'run'")
        }
        if let c {
            if c.entered || contexts.current.identical(context) {
                throw error(.RuntimeError, "cannot enter context: \(try repr(context)) is already entered")
            }
            c.entered = true
            c.previous = contexts.current
        }
        let saved = contexts.current
        contexts.current = context
        defer {
            contexts.current = saved
            if let c { c.entered = false; c.previous = .none }
        }
        return try body()
    }

    func checkContextKey(_ key: Value) throws(PyRaise) {
        if !(native(key) is ContextVarObject) { throw typeError("a ContextVar key was expected, got \(try repr(key))") }
    }

    // MARK: - The module

    func contextvarsAttribute(_ name: String) -> Value? {
        if contexts.context == 0 { registerContextTypes() }
        switch name {
        case "ContextVar": return .object(contexts.variable)
        case "Token": return .object(contexts.token)
        case "Context": return .object(contexts.context)
        case "copy_context":
            return function("copy_context") { vm, a throws(PyRaise) in
                if a.args.count > 0 { throw vm.typeError("_contextvars.copy_context() takes no arguments (\(a.args.count) given)") }
                let vars = (vm.native(vm.contexts.current) as? ContextObject)?.vars ?? ContextMap()
                return vm.newContext(vars)
            }
        default: return nil
        }
    }

    private func registerContextTypes() {
        contexts.context = registerType("Context", qualifiedName: "_contextvars.Context") { vm, a throws(PyRaise) in
            if a.args.count > 0 { throw vm.typeError("Context() does not accept any arguments") }
            return vm.newContext(ContextMap())
        }
        contexts.variable = registerType("ContextVar", qualifiedName: "_contextvars.ContextVar") { vm, a throws(PyRaise) in
            if a.count != 1 {
                if a.count > 1 { throw vm.typeError("ContextVar() takes at most 1 positional argument (\(a.count) given)") }
                throw vm.typeError("ContextVar() takes exactly 1 positional argument (0 given)")
            }
            var defaultValue = Value.unbound
            for (k, v) in a.keywords {
                guard k == "default" else { throw vm.typeError("'\(k)' is an invalid keyword argument for ContextVar()") }
                defaultValue = v
            }
            guard vm.kind(a[0]) == .str else { throw vm.typeError("context variable name must be a str") }
            let v = ContextVarObject(name: a[0], defaultValue: defaultValue, type: vm.contexts.variable)
            v.selfValue = vm.alloc(v)
            return v.selfValue
        }
        contexts.token = registerType("Token", qualifiedName: "_contextvars.Token") { vm, _ throws(PyRaise) in
            throw vm.error(.RuntimeError, "Tokens can only be created by ContextVars")
        }
        contexts.view = registerType("keys", qualifiedName: "keys")
        let missingType = registerType("MISSING", qualifiedName: "Token.MISSING")
        contexts.missing = alloc(MissingObject(type: missingType))
        setTypeAttribute(contexts.token, "MISSING", contexts.missing)
        registerContextMethods()
        registerContextVarMethods()
    }

    private func registerContextMethods() {
        methods(for: contexts.context) { m in
            m.add("run", ContextObject.self) { vm, c, a throws(PyRaise) in
                guard a.count >= 1 else { throw vm.typeError("run() missing 1 required positional argument") }
                let fn = a[0], args = Array(a.positional.dropFirst()), keywords = a.keywords
                                return try vm.runInContext(c.selfValue) { () throws(PyRaise) -> Value in
                    keywords.isEmpty ? try vm.call(fn, args) : try vm.callWithKeywords(fn, args, keywords)
                }
            }
            m.add("copy", ContextObject.self) { vm, c, _ in vm.newContext(c.vars) }
            m.add(.get, ContextObject.self) { vm, c, a throws(PyRaise) in
                try vm.argCount("get", a, min: 1, max: 2)
                try vm.checkContextKey(a[0])
                return c.vars[a[0]] ?? (a.count > 1 ? a[1] : .none)
            }
            m.add(.__contains__, ContextObject.self) { vm, c, a throws(PyRaise) in
                try vm.checkContextKey(a[0])
                return .bool(c.vars[a[0]] != nil)
            }
            m.add(.keys, ContextObject.self) { vm, c, _ in vm.contextView(vm.makeList(c.vars.keys), "keys") }
            m.add(.values, ContextObject.self) { vm, c, _ in vm.contextView(vm.makeList(c.vars.keys.map { c.vars[$0]! }), "values") }
            m.add(.items, ContextObject.self) { vm, c, _ in
                vm.contextView(vm.makeList(c.vars.keys.map { vm.makeTuple([$0, c.vars[$0]!]) }), "items")
            }
        }
    }

    private func contextView(_ items: Value, _ noun: String) -> Value {
        let view = ContextViewObject(items: items, noun: noun, type: contexts.view)
        view.selfValue = alloc(view)
        return view.selfValue
    }

    private func registerContextVarMethods() {
        methods(for: contexts.variable) { m in
            m.add(.get, ContextVarObject.self) { vm, v, a throws(PyRaise) in
                if !a.keywords.isEmpty { throw vm.typeError("ContextVar.get() takes no keyword arguments") }
                try vm.argCount("get", a, min: 0, max: 1)
                let selfValue = v.selfValue
                if let c = vm.native(vm.contexts.current) as? ContextObject, let x = c.vars[selfValue] { return x }
                if a.count == 1 { return a[0] }
                if v.defaultValue.tag != .unbound { return v.defaultValue }
                throw PyRaise(vm.alloc(ExceptionObject(type: BT.LookupError.rawValue, args: [selfValue])))
            }
            m.add("set", ContextVarObject.self) { vm, v, a throws(PyRaise) in
                if a.args.count != 1 { throw vm.typeError("ContextVar.set() takes exactly one argument (\(a.args.count) given)") }
                let selfValue = v.selfValue
                let c = vm.currentContextObject()
                let old = c.vars[selfValue] ?? vm.contexts.missing
                c.vars.set(selfValue, a[0])
                let t = TokenObject(context: vm.contexts.current, variable: selfValue, oldValue: old, type: vm.contexts.token)
                t.selfValue = vm.alloc(t)
                return t.selfValue
            }
            m.add("reset", ContextVarObject.self) { vm, v, a throws(PyRaise) in
                if a.args.count != 1 { throw vm.typeError("ContextVar.reset() takes exactly one argument (\(a.args.count) given)") }
                guard let t = vm.native(a[0]) as? TokenObject else { throw vm.typeError("expected an instance of Token, got \(try vm.repr(a[0]))") }
                let selfValue = v.selfValue
                if t.used { throw vm.error(.RuntimeError, "\(try vm.repr(a[0])) has already been used once") }
                if !t.variable.identical(selfValue) { throw vm.error(.ValueError, "\(try vm.repr(a[0])) was created by a different ContextVar") }
                if !t.context.identical(vm.contexts.current) { throw vm.error(.ValueError, "\(try vm.repr(a[0])) was created in a different Context") }
                t.used = true
                let c = vm.currentContextObject()
                if t.oldValue.identical(vm.contexts.missing) { c.vars.remove(selfValue) } else { c.vars.set(selfValue, t.oldValue) }
                return .none
            }
        }
    }
}

extension VM {
    /// The `context=` keyword of `call_soon`, `create_task`, `add_done_callback`, …: the
    /// context given, else a copy of the current one. CPython takes any object there and
    /// fails when the callback runs (`runInContext`); a task's is checked at once
    /// (`forTask`), where CPython's task would never run.
    func contextArgument(_ a: BuiltinArgs, forTask: Bool = false) throws(PyRaise) -> Value {
        guard let c = a.keyword("context"), !c.isNone else { return copyCurrentContext() }
        if forTask && !(native(c) is ContextObject) {
            throw typeError("schedviz runs a task only in a contextvars.Context, not '\(typeName(c))'")
        }
        return c
    }
}
