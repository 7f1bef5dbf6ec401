/// `property`, `classmethod`, `staticmethod`, `super` and the read-only view of a class's
/// namespace, and the methods of `object` and `BaseException` that user classes inherit.

/// The heap indices of the object model's built-in types.
struct ObjectModelTypes {
    var property: Int32 = -1
    var classmethod: Int32 = -1
    var staticmethod: Int32 = -1
    var superType: Int32 = -1
    var mappingproxy: Int32 = -1
    var notImplementedType: Int32 = -1
    var memberDescriptor: Int32 = -1
}

final class PropertyObject: NativeClass {
    let fget: Value, fset: Value, fdel: Value, doc: Value
    var name: String?     // the attribute name its class gave it
    init(vm: VM, fget: Value, fset: Value, fdel: Value, doc: Value) {
        self.fget = fget; self.fset = fset; self.fdel = fdel; self.doc = doc
        super.init(type: vm.objectModel.property)
    }
    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        switch Sym(rawValue: sym) {
        case .fget: return fget
        case .fset: return fset
        case .fdel: return fdel
        case .__doc__:
            if doc.isNone, kind(vm, fget) == .function { return try vm.getAttr(fget, Sym.__doc__.rawValue) }
            return doc
        default: return nil
        }
    }
    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(fget); visit(fset); visit(fdel); visit(doc) }
    private func kind(_ vm: VM, _ v: Value) -> ObjKind? { vm.kind(v) }
}

/// `classmethod(f)` and `staticmethod(f)`: a function wrapped to bind to the class, or not at all.
class WrappedFunction: NativeClass {
    let function: Value
    private let noun: String
    init(_ function: Value, type: Int32, noun: String) {
        self.function = function; self.noun = noun
        super.init(type: type)
    }
    override func repr(_ vm: VM) throws(PyRaise) -> String? { "<\(noun)(\(try vm.repr(function)))>" }
    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        if sym == Sym.__func__.rawValue || sym == Sym.__wrapped__.rawValue { return function }
        if sym == Sym.__name__.rawValue || sym == Sym.__qualname__.rawValue || sym == Sym.__doc__.rawValue { return try vm.getAttr(function, sym) }
        return nil
    }
    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(function) }
}

final class ClassMethodObject: WrappedFunction {
    init(vm: VM, _ function: Value) { super.init(function, type: vm.objectModel.classmethod, noun: "classmethod") }
}

final class StaticMethodObject: WrappedFunction {
    init(vm: VM, _ function: Value) { super.init(function, type: vm.objectModel.staticmethod, noun: "staticmethod") }
}

/// `super(C, obj)`: attribute lookups start after `C` in the MRO of `obj`'s class.
final class SuperObject: NativeClass {
    let start: Int32
    let object: Value
    let objectType: Int32     // obj's class, or obj itself when obj is a class
    init(vm: VM, start: Int32, object: Value, objectType: Int32) {
        self.start = start; self.object = object; self.objectType = objectType
        super.init(type: vm.objectModel.superType)
    }
    override func repr(_ vm: VM) throws(PyRaise) -> String? {
        "<super: <class '\(vm.typeObject(start).name)'>, <\(vm.typeObject(objectType).name) object>>"
    }
    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        if sym == Sym.__class__.rawValue { return .object(vm.objectModel.superType) }
        let mro = vm.typeObject(objectType).mro
        guard let i = mro.firstIndex(of: start) else { return nil }
        let isClass = vm.kind(object) == .type
        for c in mro[(i + 1)...] {
            guard let a = vm.typeObject(c).attributes[sym] else { continue }
            return try vm.bindAttribute(a, instance: isClass ? .none : object, owner: .object(objectType))
        }
        return nil
    }
    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(object) }
}

/// `C.__dict__`: a read-only view of a class's namespace.
final class MappingProxyObject: NativeClass {
    let dict: Value
    init(vm: VM, _ dict: Value) { self.dict = dict; super.init(type: vm.objectModel.mappingproxy) }
    override func repr(_ vm: VM) throws(PyRaise) -> String? { "mappingproxy(\(try vm.repr(dict)))" }
    override func getItem(_ vm: VM, _ key: Value) throws(PyRaise) -> Value? { try vm.getItem(dict, key) }
    override func iter(_ vm: VM, _ selfValue: Value) throws(PyRaise) -> Value? { try vm.getIter(dict) }
    override func length(_ vm: VM) throws(PyRaise) -> Int64? { Int64(vm.dictObject(dict).dict.count) }
    override func forEachValue(_ vm: VM, _ visit: (Value) -> Void) { visit(dict) }
}

extension VM {
    /// Registers the object model's types and the inherited methods of `object` and `BaseException`.
    func registerObjectModel() {
        binaryDunderSymbols = VM.binaryDunders.map { (symbols.intern($0.0), symbols.intern($0.1), symbols.intern($0.2)) }
        objectModel.property = registerType("property") { vm, a throws(PyRaise) in
            let names = ["fget", "fset", "fdel", "doc"]
            var v: [Value] = [.none, .none, .none, .none]
            if a.count > 4 { throw vm.typeError("property() takes at most 4 arguments (\(a.count) given)") }
            for i in 0..<a.count { v[i] = a[i] }
            for (k, x) in a.keywords {
                guard let i = names.firstIndex(of: k) else { throw vm.typeError("property() got an unexpected keyword argument '\(k)'") }
                v[i] = x
            }
            return vm.alloc(PropertyObject(vm: vm, fget: v[0], fset: v[1], fdel: v[2], doc: v[3]))
        }
        objectModel.classmethod = registerType("classmethod") { vm, a throws(PyRaise) in
            try vm.argCount("classmethod", a, min: 1, max: 1)
            return vm.alloc(ClassMethodObject(vm: vm, a[0]))
        }
        objectModel.staticmethod = registerType("staticmethod") { vm, a throws(PyRaise) in
            try vm.argCount("staticmethod", a, min: 1, max: 1)
            return vm.alloc(StaticMethodObject(vm: vm, a[0]))
        }
        objectModel.superType = registerType("super") { vm, a throws(PyRaise) in try vm.makeSuper(a) }
        objectModel.mappingproxy = registerType("mappingproxy")
        objectModel.notImplementedType = registerType("NotImplementedType")
        objectModel.memberDescriptor = registerType("member_descriptor")
        notImplemented = alloc(NativeObject(type: objectModel.notImplementedType))
        for t in [objectModel.property, objectModel.classmethod, objectModel.staticmethod, objectModel.superType,
                  objectModel.mappingproxy, objectModel.notImplementedType] { finishBuiltinType(t) }
        registerDescriptorMethods()

        extraBuiltins["__build_class__"] = function("__build_class__") { vm, a throws(PyRaise) in try vm.buildClass(a) }
        extraBuiltins["NotImplemented"] = notImplemented
        extraBuiltins[".StopAsyncIteration"] = typeValue(.StopAsyncIteration)
        registerAsyncIterationBuiltins()
        for t in [objectModel.property, objectModel.classmethod, objectModel.staticmethod, objectModel.superType] {
            extraBuiltins[typeObject(t).name] = .object(t)
        }
        extraBuiltins["setattr"] = function("setattr") { vm, a throws(PyRaise) in
            try vm.argCount("setattr", a, min: 3, max: 3)
            let name = try vm.stringArg(a[1], "attribute name must be string, not '\(vm.typeName(a[1]))'")
            try vm.setAttr(a[0], vm.symbols.intern(name), a[2])
            return .none
        }
        extraBuiltins["delattr"] = function("delattr") { vm, a throws(PyRaise) in
            try vm.argCount("delattr", a, min: 2, max: 2)
            let name = try vm.stringArg(a[1], "attribute name must be string, not '\(vm.typeName(a[1]))'")
            try vm.delAttr(a[0], vm.symbols.intern(name))
            return .none
        }
        extraBuiltins["dir"] = function("dir") { vm, a throws(PyRaise) in
            try vm.argCount("dir", a, min: 1, max: 1)
            if let f = vm.lookupSpecial(a[0], vm.symbols.intern("__dir__")) {
                let names = try vm.iterateToArray(try vm.callBound(f, a[0]))
                return try vm.call(vm.builtinFunction(.sorted), [vm.makeList(names)])
            }
            return vm.makeList(vm.dirNames(a[0]).map { vm.str($0) })
        }
        extraBuiltins["vars"] = function("vars") { vm, a throws(PyRaise) in
            try vm.argCount("vars", a, min: 1, max: 1)
            do throws(PyRaise) { return try vm.getAttr(a[0], Sym.__dict__.rawValue) } catch let e {
                guard vm.isInstance(e.exc, .AttributeError) else { throw e }
                throw vm.typeError("vars() argument must have __dict__ attribute")
            }
        }
        let object = typeObject(BT.object.rawValue)
        // Extra arguments are an error unless the class overrides the other of __new__ and __init__.
        method(object, "__init__") { vm, a throws(PyRaise) in
            if a.count > 1 || !a.keywords.isEmpty {
                let t = vm.typeIndex(a[0])
                if vm.userSpecial(t, Sym.__init__.rawValue) != nil {
                    throw vm.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
                }
                if vm.userSpecial(t, Sym.__new__.rawValue) == nil {
                    throw vm.typeError("\(vm.typeObject(t).name).__init__() takes exactly one argument (the instance to initialize)")
                }
            }
            return .none
        }
        method(object, "__new__") { vm, a throws(PyRaise) in
            guard a.count >= 1, vm.kind(a[0]) == .type else { throw vm.typeError("object.__new__(X): X is not a type object") }
            let t = Int32(a[0].objectIndex)
            // `super().__new__(cls, value)` in a `str` or `tuple` subclass.
            if VM.nativeLayouts.contains(vm.typeObject(t).layout) {
                return try vm.newNativeBacked(t, Array(a.positional.dropFirst()), a.keywords)
            }
            if vm.typeObject(t).isUser && (a.count > 1 || !a.keywords.isEmpty) {
                if vm.userSpecial(t, Sym.__new__.rawValue) != nil {
                    throw vm.typeError("object.__new__() takes exactly one argument (the type to instantiate)")
                }
                if vm.userSpecial(t, Sym.__init__.rawValue) == nil { throw vm.typeError("\(vm.typeObject(t).name)() takes no arguments") }
            }
            if vm.typeObject(t).isUser { return vm.newInstance(t, a.args, .none) }
            return try vm.callType(Int(t), UnsafeBufferPointer(rebasing: a.args[1...]), .none)
        }
        method(object, "__repr__") { vm, a throws(PyRaise) in vm.str(vm.defaultRepr(a[0])) }
        method(object, "__str__") { vm, a throws(PyRaise) in vm.str(try vm.repr(a[0])) }
        method(object, "__eq__") { vm, a throws(PyRaise) in
            try vm.argCount("__eq__", a, min: 2, max: 2)
            return a[0].identical(a[1]) ? .true : vm.notImplemented
        }
        method(object, "__ne__") { vm, a throws(PyRaise) in
            try vm.argCount("__ne__", a, min: 2, max: 2)
            return .bool(!(try vm.equals(a[0], a[1])))
        }
        method(object, "__hash__") { vm, a throws(PyRaise) in
            // By identity: a class that says `__hash__ = object.__hash__` must not come back here.
            if vm.isUserInstance(a[0]) { return .int(vm.identityNumber(a[0]) >> 4) }
            return .int(try vm.hashValue(a[0]))
        }
        method(object, "__format__") { vm, a throws(PyRaise) in
            try vm.argCount("__format__", a, min: 2, max: 2)
            let spec = try vm.stringArg(a[1], "__format__() argument must be str, not \(vm.typeName(a[1]))")
            if !spec.isEmpty { throw vm.typeError("unsupported format string passed to \(vm.typeName(a[0])).__format__") }
            return vm.str(try vm.strOf(a[0]))
        }
        method(object, "__setattr__") { vm, a throws(PyRaise) in
            try vm.argCount("__setattr__", a, min: 3, max: 3)
            let name = try vm.stringArg(a[1], "attribute name must be string, not '\(vm.typeName(a[1]))'")
            try vm.rawSetAttr(a[0], vm.symbols.intern(name), a[2])
            return .none
        }
        method(object, "__getattribute__") { vm, a throws(PyRaise) in
            try vm.argCount("__getattribute__", a, min: 2, max: 2)
            let name = try vm.stringArg(a[1], "attribute name must be string, not '\(vm.typeName(a[1]))'")
            return try vm.rawGetAttr(a[0], vm.symbols.intern(name))
        }
        method(object, "__delattr__") { vm, a throws(PyRaise) in
            try vm.argCount("__delattr__", a, min: 2, max: 2)
            let name = try vm.stringArg(a[1], "attribute name must be string, not '\(vm.typeName(a[1]))'")
            let v = a[0]
            guard v.tag == .object, vm.isUserInstance(v) else { throw vm.noAttribute(v, vm.symbols.intern(name)) }
            try vm.genericDelAttr(v, vm.heap[v.objectIndex], vm.typeIndex(v), vm.symbols.intern(name))
            return .none
        }
        for cmp in ["__lt__", "__le__", "__gt__", "__ge__"] {
            method(object, cmp) { vm, _ throws(PyRaise) in vm.notImplemented }
        }
        // dict.fromkeys(iterable, value=None): a classmethod of the built-in type.
        typeObject(BT.dict.rawValue).attributes[Sym.fromkeys.rawValue] = alloc(ClassMethodObject(vm: self, function("fromkeys") { vm, a throws(PyRaise) in
            guard a.keywords.isEmpty else { throw vm.typeError("dict.fromkeys() takes no keyword arguments") }
            guard a.count >= 2 else { throw vm.typeError("fromkeys expected at least 1 argument, got \(a.count - 1)") }
            guard a.count <= 3 else { throw vm.typeError("fromkeys expected at most 2 arguments, got \(a.count - 1)") }
            let d = DictObject()
            let value = a.count == 3 ? a[2] : Value.none
            for k in try vm.iterateToArray(a[1]) { try vm.dictSet(d, k, value) }
            return vm.alloc(d)
        }))
        object.attributes[Sym.__init_subclass__.rawValue] = alloc(ClassMethodObject(vm: self, function("__init_subclass__") { vm, a throws(PyRaise) in
            if !a.keywords.isEmpty, a.count >= 1, vm.kind(a[0]) == .type {
                throw vm.typeError("\(vm.typeObject(Int32(a[0].objectIndex)).name).__init_subclass__() takes no keyword arguments")
            }
            return .none
        }))
        let base = typeObject(BT.BaseException.rawValue)
        method(base, "__init__") { vm, a throws(PyRaise) in
            if a.count >= 1, let e = vm.heap[a[0].objectIndex] as? ExceptionObject { e.args = Array(a.positional.dropFirst()) }
            return .none
        }
        method(base, "__str__") { vm, a throws(PyRaise) in
            guard a.count == 1, let e = vm.heap[a[0].objectIndex] as? ExceptionObject else { throw vm.typeError("descriptor '__str__' requires a 'BaseException' object") }
            return vm.str(try vm.exceptionStr(e))
        }
        method(base, "__repr__") { vm, a throws(PyRaise) in
            guard a.count == 1, let e = vm.heap[a[0].objectIndex] as? ExceptionObject else { throw vm.typeError("descriptor '__repr__' requires a 'BaseException' object") }
            return vm.str(try vm.exceptionRepr(e))
        }
        method(base, "__new__") { vm, a throws(PyRaise) in
            guard a.count >= 1, vm.kind(a[0]) == .type else { throw vm.typeError("BaseException.__new__(X): X is not a type object") }
            return vm.alloc(ExceptionObject(type: Int32(a[0].objectIndex), args: Array(a.positional.dropFirst())))
        }
        let group = typeObject(BT.BaseExceptionGroup.rawValue)
        method(group, "__new__") { vm, a throws(PyRaise) in
            guard a.count >= 1, vm.kind(a[0]) == .type else { throw vm.typeError("BaseExceptionGroup.__new__(X): X is not a type object") }
            let cls = Int32(a[0].objectIndex)
            guard vm.isSubtype(cls, of: BT.BaseExceptionGroup.rawValue) else {
                let name = vm.typeObject(cls).name
                throw vm.typeError("BaseExceptionGroup.__new__(\(name)): \(name) is not a subtype of BaseExceptionGroup")
            }
            return try vm.newExceptionGroup(cls, Array(a.positional.dropFirst()))
        }
        method(group, "__init__") { vm, a throws(PyRaise) in
            guard a.count >= 1, let e = vm.heap[a[0].objectIndex] as? ExceptionObject else { throw vm.typeError("descriptor '__init__' requires a 'BaseExceptionGroup' object") }
            try vm.noKeywords(vm.typeName(a[0]), a)
            e.args = Array(a.positional.dropFirst())
            return .none
        }
    }

    private func registerDescriptorMethods() {
        methods(for: objectModel.property) { m in
            m.add(.__get__, PropertyObject.self) { vm, p, a throws(PyRaise) in
                try vm.argCount("__get__", a, min: 1, max: 2)
                return a[0].isNone ? vm.alloc(p) : try vm.call(p.fget, [a[0]])
            }
            // Each returns a copy with one accessor replaced.
            for (sym, replaced) in [(Sym.getter, 0), (.setter, 1), (.deleter, 2)] {
                let name = symbols[sym.rawValue]
                m.add(sym, PropertyObject.self) { vm, p, a throws(PyRaise) in
                    try vm.argCount(name, a, min: 1, max: 1)
                    var f = [p.fget, p.fset, p.fdel]
                    f[replaced] = a[0]
                    let copy = PropertyObject(vm: vm, fget: f[0], fset: f[1], fdel: f[2], doc: p.doc)
                    copy.name = p.name
                    return vm.alloc(copy)
                }
            }
        }
        // A read-only view answers the dict's reading methods (positional arguments only).
        methods(for: objectModel.mappingproxy) { m in
            for name in [Sym.get, .keys, .values, .items, .copy] {
                m.add(name, MappingProxyObject.self) { vm, p, a throws(PyRaise) in try vm.callMethod(p.dict, name.rawValue, Array(a.args)) }
            }
        }
        registerMemberDescriptorMethods()
    }

    func method(_ t: TypeObject, _ name: String, _ body: @escaping (VM, BuiltinArgs) throws(PyRaise) -> Value) {
        let f = NativeFunction(vm: self, name: name, body: body)
        f.isMethod = true
        t.attributes[symbols.intern(name)] = alloc(BuiltinObject(fn: .native, receiver: alloc(f)))
    }

    /// `super()` / `super(C, obj)`.
    func makeSuper(_ a: BuiltinArgs) throws(PyRaise) -> Value {
        var start: Value, obj: Value
        if a.count == 0 {
            guard let f = currentFrame, f.code.argCount + (f.code.flags.contains(.varArgs) ? 1 : 0) > 0 else {
                throw error(.RuntimeError, "super(): no arguments")
            }
            obj = f.slots[0]
            if let c = f.code.cellOfLocal.firstIndex(of: 0) {
                obj = (heap[f.slots[f.code.localCount + c].objectIndex] as! CellObject).value
            }
            guard let i = f.code.freeNames.firstIndex(of: "__class__") else { throw error(.RuntimeError, "super(): __class__ cell not found") }
            start = (heap[f.slots[f.code.localCount + f.code.cellNames.count + i].objectIndex] as! CellObject).value
            if start.tag == .unbound { throw error(.RuntimeError, "super(): empty __class__ cell") }
            if obj.tag == .unbound { throw error(.RuntimeError, "super(): arg[0] deleted") }
        } else {
            try argCount("super", a, min: 1, max: 2)
            start = a[0]
            guard kind(start) == .type else { throw typeError("super() argument 1 must be a type, not \(typeName(start))") }
            guard a.count == 2 else { throw error(.NotImplementedError, "schedviz does not support unbound super objects") }
            obj = a[1]
        }
        let s = Int32(start.objectIndex)
        let objType: Int32
        if kind(obj) == .type && isSubtype(Int32(obj.objectIndex), of: s) { objType = Int32(obj.objectIndex) }
        else if isSubtype(typeIndex(obj), of: s) { objType = typeIndex(obj) }
        else { throw typeError("super(type, obj): obj must be an instance or subtype of type") }
        return alloc(SuperObject(vm: self, start: s, object: obj, objectType: objType))
    }

    /// `<__main__.C object at 0x…>`.
    func defaultRepr(_ v: Value) -> String {
        let t = typeObject(typeIndex(v))
        let module = t.isUser ? t.module + "." : ""
        return "<\(module)\(t.qualname) object at \(address(v))>"
    }
}
