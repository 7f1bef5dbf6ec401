/// The virtual machine: the heap, globals, modules and the output sink.
/// Execution lives in `Interpreter.swift`, calls in `Call.swift`.
import BigInt
#if canImport(Glibc)
import Glibc
#endif

/// A Python exception travelling through Swift code.
public struct PyRaise: Error {
    public let exc: Value
    /// Re-raised by `reraise`: its traceback already has this frame.
    var keepTraceback = false
    /// Leaving a frame that did not raise it: CPython sets `__context__` only where it is raised.
    var propagating = false
    init(_ exc: Value, keepTraceback: Bool = false) { self.exc = exc; self.keepTraceback = keepTraceback }
    init(propagating exc: Value) { self.exc = exc; propagating = true }
}

public final class VM {
    var heap = Heap()
    /// The object a native function made during the current CALL instruction (asyncio's
    /// sleep), its value's bits and the frame it was called from (see `noteAwaitedFresh`);
    /// each CALL clears the bits. Here rather than in the extension: every CALL writes it.
    var freshNative: (frame: UnsafeRawPointer?, bits: UInt64, object: Unmanaged<NativeClass>?) = (nil, .max, nil)
    /// asyncio, installed by `Program` (a plain VM has none): reached through its hooks.
    var runtimeExtension = RuntimeExtension()
    /// The `#@` lines of stand-ins for CPython's Python library, by file (see `StdlibFrames`).
    var stdlibLines: [String: [Int32: StdlibLine]] = [:]
    /// The stand-in modules' sources, read for their `#@` annotations only when a traceback
    /// first prints one of their frames (scanning them at every load cost asyncio programs 2%).
    var stdlibSources: [String: (source: String, directory: String)] = [:]
    var codeObjects: [CodeObject] = []
    public let symbols = Symbols()
    public var file = "<string>"
    public var sourceLines: [Substring] = []

    // Globals: one module; slots assigned at compile time.
    var globalNames: [String] = []
    var globalIndex: [String: Int] = [:]
    var globals = ValueTable()
    var builtinCache: [Value] = []

    var strings: [ExactString: Value] = [:]      // interned constants, by code points
    var modules: [Int32: Value] = [:]
    public var ellipsis: Value = .none
    var emptyTuple: Value = .none

    /// Where `print` writes. Defaults to an in-memory buffer the caller drains.
    public var output: (String) -> Void = { _ in }
    var nativeTypes: [Int32: NativeType] = [:]
    /// property, classmethod, staticmethod, super… (Descriptors.swift).
    var objectModel = ObjectModelTypes()
    public internal(set) var notImplemented: Value = .none
    /// Bumped whenever a class's namespace changes: the MRO lookup caches check it.
    var classVersion = 0
    /// `InstanceObject.measureInlineOffset()`, for the attribute sites' reads in place.
    let inlineOffset = InstanceObject.measureInlineOffset()
    /// The collector's work stack, kept between collections.
    var markStack: [Int32] = []
    var attrCache = AttrCache()
    /// `VM.binaryDunders` as symbols: (`__add__`, `__radd__`, `__iadd__`) per operator.
    var binaryDunderSymbols: [(Int32, Int32, Int32)] = []
    /// Builtins of the object model (`super`, `property`, `__build_class__`…), by name.
    var extraBuiltins: [String: Value] = [:]
    /// The native methods of every type (MethodTable.swift).
    var methodTable = MethodTable()
    var builtinFunctionCache: [Builtin: Value] = [:]
    var reprActive = Set<Int>()
    /// contextvars' types and the current context (ContextVars.swift).
    var contexts = ContextState()
    /// Where "coroutine ... was never awaited" was already printed (file:line:name).
    var warnedNeverAwaited = Set<String>()
    var streams = StreamTargets()
    /// `sys.argv`: the scenario's, or the program's file name.
    public var argv: [String] = []
    /// `sys.stdout.flush()`: the CLI writes out what it buffered.
    public var outputFlush: () -> Void = {}
    /// The module has returned and its globals are being cleared: CPython has flushed stdout
    /// by then, and what it reports comes after everything printed (see `schedviz run`).
    public internal(set) var shuttingDown = false
    /// What the program wrote to stderr that is not a traceback (loop exception handler output,
    /// "Exception ignored" reports), unless `errorSink` takes it as it is written.
    public var stderrText = ""
    public var errorSink: ((String) -> Void)?
    var stopSentinel: Value = .none
    var kwNames: Value = .none
    /// Set when the run must end without a Python exception (idle, deadlock, limit).
    public var pendingStop: RunStop?                    // set by `kwNames`, consumed by the next `call`
    var depth = 0                                 // Python call depth, for RecursionError
    var nativeDepth = 0                           // nesting of Swift recursion on user data (zip of zip, hash of tuples)
    var recursionLimit = 1000 { didSet { updateInlineDepthLimit() } }
    /// The running frame. Unmanaged: the interpreter sets it on every call and frame switch,
    /// and the recorder reads it for every event, neither retaining it (see `currentFrame`).
    var currentFrameRef: Unmanaged<Frame>?
    /// The running frame, retained, for the paths that are not per instruction or per event.
    var currentFrame: Frame? { currentFrameRef?.takeUnretainedValue() }
    public var stepCount = 0
    /// Some generator made so far (not a coroutine: those are not closed when dropped) can
    /// be suspended inside a try/with/except: from then on calls, returns, rebinds and
    /// `del`s look for generators they drop (see Finalize.swift).
    var mayDropCleanup = false
    /// `mayDropCleanup` for good (a generator with cleanup, a failed task held), not only
    /// while `unawaitedCoroutines` is above zero.
    var dropCleanupForGood = false
    var unawaitedCoroutines = 0
    /// Generators and coroutines made so far (`GeneratorObject.serial`).
    var generatorsMade = 0
    /// How many times a dropped generator's check had to mark the whole heap (for tests).
    var dropMarks = 0
    /// Where in a list the last dropped generator's check found it (Finalize.swift's `contains`).
    var dropHint = 0
    /// The type of `coro.__await__()`'s iterator, registered on first use.
    var coroutineWrapperType: Int32 = -1
    /// `async_generator` and its awaitables' types, registered with the first one made.
    var asyncGenTypes = (generator: Int32(-1), asend: Int32(-1), athrow: Int32(-1), anext: Int32(-1))
    /// The frame slots of the generator `sum` is running, and its running total while a
    /// small int (see `sumTakes`).
    var sumSlots: UnsafeMutablePointer<Value>?
    var sumTotal: Value = .none
    /// Loop back edges to go before the next budget checkpoint (see Budgets.swift): counted
    /// down, so the hot path is one decrement and a sign test.
    var edgesToCheckpoint = 0
    var edgeCheckpoint = 0                        // see Budgets.swift
    /// Loop back edges so far.
    var backEdges: Int { edgeCheckpoint &- edgesToCheckpoint }
    var budget = BudgetState()
    public var tracer: RuntimeTracer? {
        didSet { tracerRef = tracer.map { .passUnretained($0) }; updateInlineDepthLimit() }
    }
    private var tracerRef: Unmanaged<RuntimeTracer>?
    /// Calls the tracer, if any, without retaining it (`tracer` holds it).
    @inline(__always) func traced(_ body: (RuntimeTracer) -> Void) {
        tracerRef?._withUnsafeGuaranteedRef(body)
    }
    /// How deep a `for` may run a generator inside the caller's dispatch loop: the recursion
    /// limit, or 0 while a tracer watches every resumption (then each goes through `resume`).
    private(set) var inlineDepthLimit = 1000
    private func updateInlineDepthLimit() { inlineDepthLimit = tracer == nil ? recursionLimit : 0 }
    /// True while `yield from`/`await` (the `send` instruction) is resuming a delegate.
    var inDelegation = false
    public var random = MersenneTwister()
    /// The Python half of `random` (RandomSource.swift) is compiled.
    var randomSourceLoaded = false
    /// The built-in types' slot-wrapper dunders (`list.__len__`) exist once a program reaches for
    /// one or subclasses a built-in (`BuiltinSubclasses.swift`): start-up does not pay for them.
    var subclassDundersRegistered = false
    public var clock = VirtualClock()
    public var limits = RunLimits()
    /// Read when a loop is made (`EventLoopObject.fifo`).
    var tiebreak = Tiebreak.fifo

    static let moduleNames: Set<String> = ["asyncio", "random", "datetime", "time", "types", "contextlib", "contextvars", "math", "json", "string", "copy", "textwrap", "collections", "functools", "itertools", "operator", "heapq", "bisect", "typing", "dataclasses", "abc", "sys", "statistics", "pprint", "logging", "enum", "re"]

    public init() {
        for t in BT.allCases {
            let base = t.base.map { $0.rawValue } ?? -1
            _ = alloc(TypeObject(name: t.caseName, base: base))
        }
        for t in BT.allCases { finishBuiltinType(t.rawValue) }
        ellipsis = alloc(NativeObject(type: BT.ellipsis.rawValue))
        emptyTuple = alloc(TupleObject([]))
        stopSentinel = alloc(ExceptionObject(type: BT.BaseException.rawValue, args: []))
        heap.gcStress = getenv("SCHEDVIZ_GC_STRESS") != nil
        registerBuiltinMethods()
        registerObjectModel()
        heap.firstCollectable = heap.count
    }

    deinit { attrCache.deallocate(); globals.deallocate(); heap.deallocate() }

    // MARK: - Heap

    @inline(__always) func alloc(_ o: PyObject) -> Value { heap.alloc(o) }

    @inline(__always) func obj(_ v: Value) -> PyObject { heap[v.objectIndex] }

    @inline(__always) func kind(_ v: Value) -> ObjKind? { v.tag == .object ? heap[v.objectIndex].kind : nil }

    func internString(_ s: String) -> Value {
        if let v = strings[ExactString(s)] { return v }
        let v = alloc(StrObject(s))
        strings[ExactString(s)] = v
        return v
    }

    @inline(__always) func str(_ s: String) -> Value { alloc(StrObject(s)) }
    func makeTuple(_ items: [Value]) -> Value { items.isEmpty ? emptyTuple : alloc(TupleObject(items)) }
    func makeList(_ items: [Value]) -> Value { alloc(ListObject(items)) }

    func makeInt(_ b: BigInt) -> Value {
        if let i = Int64(exactly: b) { return .int(i) }
        return alloc(BigIntObject(b))
    }

    func typeValue(_ t: BT) -> Value { .object(t.rawValue) }

    // MARK: - Type of a value

    func typeIndex(_ v: Value) -> Int32 {
        switch v.tag {
        case .none, .unbound, .method, .kwNull: return BT.NoneType.rawValue
        case .bool: return BT.bool.rawValue
        case .int: return BT.int.rawValue
        case .float: return BT.float.rawValue
        case .object:
            let o = heap[v.objectIndex]
            switch o.kind {
            case .type: return unsafeDowncast(o, to: TypeObject.self).metaclass
            case .str: return BT.str.rawValue
            case .bigInt: return BT.int.rawValue
            case .list: return BT.list.rawValue
            case .tuple: return BT.tuple.rawValue
            case .dict: return BT.dict.rawValue
            case .function: return BT.function.rawValue
            case .builtin: return BT.builtin_function_or_method.rawValue
            case .boundMethod: return BT.method.rawValue
            case .generator: return (o as! GeneratorObject).isCoroutine ? BT.coroutine.rawValue : BT.generator.rawValue
            case .asyncGenerator: return asyncGenTypes.generator
            case .cell: return BT.cell.rawValue
            case .exception: return (o as! ExceptionObject).type
            case .module: return BT.module.rawValue
            case .range: return BT.range.rawValue
            case .slice: return BT.slice.rawValue
            case .iterator: return iteratorType((o as! IteratorObject).iterKind).rawValue
            case .native: return (o as! NativeObject).typeIndex
            case .instance: return unsafeDowncast(o, to: InstanceObject.self).type
            case .set: return unsafeDowncast(o, to: SetObject.self).isFrozen ? BT.frozenset.rawValue : BT.set.rawValue
            }
        }
    }

    private func iteratorType(_ k: IteratorKind) -> BT {
        switch k {
        case .list: return .list_iterator
        case .tuple: return .tuple_iterator
        case .range, .rangeEdge: return .range_iterator
        case .str: return .str_iterator
        case .dictKeys: return .dict_keyiterator
        case .dictValues: return .dict_valueiterator
        case .dictItems: return .dict_itemiterator
        case .enumerate: return .enumerate
        case .zip: return .zip
        case .map: return .map
        case .filter: return .filter
        case .reversedList: return .list_reverseiterator
        case .callable: return .callable_iterator
        case .sequence: return .iterator
        case .set: return .set_iterator
        }
    }

    /// The type at `index` (type indices only ever name types).
    @inline(__always) func typeObject(_ index: Int32) -> TypeObject { unsafeDowncast(heap[Int(index)], to: TypeObject.self) }
    func typeName(_ v: Value) -> String {
        let t = typeObject(typeIndex(v))
        // The classes standing in for C types of datetime and time are named with their module, as tp_name is.
        if t.isUser && (t.module == "datetime" || t.module == "time") { return t.module + "." + t.name }
        return t.name
    }

    func isSubtype(_ t: Int32, of base: Int32) -> Bool {
        t == base || typeObject(t).mro.contains(base)
    }

    func isInstance(_ v: Value, _ t: BT) -> Bool { isSubtype(typeIndex(v), of: t.rawValue) }

    // MARK: - Globals

    func globalSlot(_ name: String) -> Int {
        if let i = globalIndex[name] { return i }
        globalNames.append(name)
        globals.append(.unbound)
        builtinCache.append(.unbound)
        globalIndex[name] = globalNames.count - 1
        return globalNames.count - 1
    }

    // MARK: - Errors

    func makeException(_ t: BT, _ message: String?) -> Value {
        let args = message.map { [str($0)] } ?? []
        return alloc(ExceptionObject(type: t.rawValue, args: args))
    }

    func error(_ t: BT, _ message: String) -> PyRaise { PyRaise(makeException(t, message)) }
    func typeError(_ message: String) -> PyRaise { error(.TypeError, message) }
    func valueError(_ message: String) -> PyRaise { error(.ValueError, message) }

    func stopIteration(_ value: Value) -> PyRaise {
        PyRaise(alloc(ExceptionObject(type: BT.StopIteration.rawValue, args: value.isNone ? [] : [value])))
    }

    /// A delegate's step as `send()` and `__next__()` return it: the yielded value, or
    /// StopIteration carrying the result.
    func yieldedOrStop(_ step: (yielded: Bool, value: Value)) throws(PyRaise) -> Value {
        if step.yielded { return step.value }
        throw stopIteration(step.value)
    }
}


/// The virtual clock every time source reads.
public struct VirtualClock: Sendable {
    /// The wall clock at virtual time 0 when a scenario gives no `start`.
    public static let defaultStart = CivilDateTime(year: 2015, month: 11, day: 13, hour: 10)
    public var now: Double = 0
    public var start = defaultStart
    public init() {}
}
