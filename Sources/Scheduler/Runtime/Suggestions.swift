/// "Did you mean": CPython 3.11 ends the traceback line of a NameError or AttributeError with
/// the closest name it can find (`NameError: name 'coutn' is not defined. Did you mean:
/// 'count'?`): the frame's locals, then its globals, then the builtins for a name; `dir(obj)`
/// for an attribute. The distance is CPython's: a Levenshtein distance over UTF-8 bytes where
/// a change of case costs 1 and any other edit 2, within a third of the characters involved.
/// Worked out only when a traceback is printed; `dir()` is here too.

extension VM {
    /// A NameError that knows its name and the code it was looked up from. Never inlined: the
    /// dispatch loop raises it, and inlined it cost every instruction there registers.
    @inline(never) func nameError(_ name: String) -> PyRaise {
        let r = error(.NameError, "name '\(name)' is not defined")
        if let e = heap[r.exc.objectIndex] as? ExceptionObject {
            e.missingName = name
            e.missingIn = currentFrame?.code
        }
        return r
    }

    /// An AttributeError that knows its name and object (`e.name`, `e.obj` in CPython).
    @inline(never) func attributeError(_ v: Value, _ sym: Int32, _ message: String) -> PyRaise {
        let r = error(.AttributeError, message)
        if let e = heap[r.exc.objectIndex] as? ExceptionObject {
            e.missingName = symbols[sym]
            e.missingFrom = v
        }
        return r
    }

    /// `. Did you mean: 'count'?`, or "" when nothing is close enough.
    func suggestionText(_ exc: Value) -> String {
        guard let e = heap[exc.objectIndex] as? ExceptionObject, let name = e.missingName else { return "" }
        var found: String?
        if e.type == BT.NameError.rawValue {
            for candidates in nameCandidates(e.missingIn) {
                found = VM.closest(to: name, in: candidates)
                if found != nil { break }
            }
        } else if isInstance(exc, .AttributeError), e.missingFrom.tag != .unbound {
            found = VM.closest(to: name, in: dirNames(e.missingFrom))
        }
        guard let found else { return "" }
        return ". Did you mean: \(VM.quote(found))?"
    }

    /// The frame's locals, its module's globals, the builtins: in CPython's order.
    private func nameCandidates(_ code: CodeObject?) -> [[String]] {
        var lists: [[String]] = []
        if let code, code.name != "<module>" { lists.append(code.localNames) }
        var globalsList = VM.scriptGlobals
        for (i, n) in globalNames.enumerated() where !n.contains("\u{0}") && globals[i].tag != .unbound {
            globalsList.append(n)
        }
        lists.append(globalsList)
        lists.append(VM.builtinsOrder.filter { !VM.sandboxRemoved.contains($0) })
        return lists
    }

    static let scriptGlobals = ["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
                                "__builtins__", "__file__", "__cached__"]

    /// `builtins.__dict__` in CPython 3.11's order (ties go to the first).
    static let builtinsOrder: [String] = """
        __name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin \
        breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex \
        id input isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round \
        setattr sorted sum vars None Ellipsis NotImplemented False True bool memoryview bytearray bytes \
        classmethod complex dict enumerate filter float frozenset property int list map object range reversed \
        set slice staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup Exception \
        GeneratorExit KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError BufferError \
        EOFError ImportError LookupError MemoryError NameError OSError ReferenceError RuntimeError \
        StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError Warning \
        FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning \
        FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning \
        UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError FileExistsError \
        FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError \
        ProcessLookupError TimeoutError IndentationError IndexError KeyError ModuleNotFoundError \
        NotImplementedError RecursionError UnboundLocalError UnicodeError BrokenPipeError \
        ConnectionAbortedError ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError \
        UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit \
        copyright credits license help
        """.split(separator: " ").map(String.init)

    /// The builtins the sandbox leaves out (the harness's `REMOVED`): never suggested.
    static let sandboxRemoved: Set<String> = ["open", "eval", "exec", "compile", "input", "breakpoint", "help",
        "globals", "locals", "__import__", "__loader__", "__spec__", "exit", "quit", "copyright", "credits",
        "license", "memoryview"]

    private static let moveCost = 2, caseCost = 1

    /// The candidate nearest `name` (the first of equals), nil past CPython's limits.
    static func closest(to name: String, in candidates: [String]) -> String? {
        if candidates.count >= 750 { return nil }
        let a = Array(name.utf8)
        var best: String?
        var bestDistance = Int.max
        for item in candidates where item != name {
            let b = Array(item.utf8)
            var maxDistance = (a.count + b.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = distance(a, b, maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance { best = item; bestDistance = d }
        }
        return best
    }

    private static func substitutionCost(_ x: UInt8, _ y: UInt8) -> Int {
        if x & 31 != y & 31 { return moveCost }
        if x == y { return 0 }
        let lx = x >= 65 && x <= 90 ? x + 32 : x, ly = y >= 65 && y <= 90 ? y + 32 : y
        return lx == ly ? caseCost : moveCost
    }

    private static func distance(_ a0: [UInt8], _ b0: [UInt8], _ maxCost: Int) -> Int {
        if a0 == b0 { return 0 }
        var a = a0[...], b = b0[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > 40 || b.count > 40 { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let av = Array(a)
        var buffer = (0..<av.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (bi, code) in b.enumerated() {
            var dist = bi * moveCost
            result = dist
            var minimum = Int.max
            for i in 0..<av.count {
                let substitute = dist + substitutionCost(code, av[i])
                dist = buffer[i]
                let insertDelete = min(result, dist) + moveCost
                result = min(insertDelete, substitute)
                buffer[i] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }

    /// `dir(v)`: the sorted names of its attributes, its class's and their bases'.
    func dirNames(_ v: Value) -> [String] {
        registerSubclassDunders()
        var names = Set<String>()
        func add(_ a: Attributes) { for e in a.entries { names.insert(symbols[e.sym]) } }
        func addType(_ t: Int32) {
            for c in typeObject(t).mro {
                let ct = typeObject(c)
                add(ct.attributes)
                if ct.isUser {
                    names.formUnion(["__module__", "__doc__"])
                    if ct.slotNames == nil { names.formUnion(["__dict__", "__weakref__"]) }
                }
            }
        }
        switch kind(v) {
        case .module:
            // A module's names are made on first read: CPython's public names are tried, and
            // a source module's own.
            let m = unsafeDowncast(heap[v.objectIndex], to: ModuleObject.self)
            var tried = VM.nativeModuleNames[m.name] ?? []
            let prefix = m.name + "\u{0}"
            for n in globalNames where n.hasPrefix(prefix) { tried.append(String(n.dropFirst(prefix.count))) }
            for n in tried where !n.hasPrefix("_") {
                if (try? moduleAttribute(m, symbols.intern(n))) != nil { names.insert(n) }
            }
            for s in m.attributes.keys { names.insert(symbols[s]) }
            names.formUnion(["__doc__", "__loader__", "__name__", "__package__", "__spec__"])
            return names.sorted()
        case .type:
            addType(Int32(v.objectIndex))
        default:
            if v.tag != .object {
                // An int, float, bool or None: its type's names only.
            } else if let o = heap[v.objectIndex] as? InstanceObject {
                if o.attributes.dict.tag == .object {
                    for k in dictObject(o.attributes.dict).dict.liveKeys where kind(k) == .str { names.insert(strValue(k)) }
                } else {
                    add(o.attributes)
                }
            } else if let e = heap[v.objectIndex] as? ExceptionObject {
                add(e.attributes)
            }
            addType(typeIndex(v))
        }
        // Numbers' data attributes are read by name (`NumberAttributes.swift`), not kept in a namespace.
        let t = typeIndex(v)
        if isSubtype(t, of: BT.int.rawValue) { names.formUnion(["numerator", "denominator", "real", "imag"]) }
        if isSubtype(t, of: BT.float.rawValue) { names.formUnion(["real", "imag"]) }
        names.formUnion(VM.objectDunders)
        return names.sorted()
    }

    /// CPython 3.11's public names of the modules schedviz writes in Swift (which make each
    /// name on its first read): the names `dir()` tries.
    static let nativeModuleNames: [String: [String]] = [
        "math": """
            acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist e erf erfc exp
            exp2 expm1 fabs factorial floor fmod frexp fsum gamma gcd hypot inf isclose isfinite isinf isnan
            isqrt lcm ldexp lgamma log log10 log1p log2 modf nan nextafter perm pi pow prod radians remainder
            sin sinh sqrt tan tanh tau trunc ulp
            """,
        "time": """
            CLOCK_BOOTTIME CLOCK_MONOTONIC CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME CLOCK_TAI
            CLOCK_THREAD_CPUTIME_ID altzone asctime clock_getres clock_gettime clock_gettime_ns clock_settime
            clock_settime_ns ctime daylight get_clock_info gmtime localtime mktime monotonic monotonic_ns
            perf_counter perf_counter_ns process_time process_time_ns pthread_getcpuclockid sleep strftime
            strptime struct_time thread_time thread_time_ns time time_ns timezone tzname tzset
            """,
        "types": """
            AsyncGeneratorType BuiltinFunctionType BuiltinMethodType CellType ClassMethodDescriptorType CodeType
            CoroutineType DynamicClassAttribute EllipsisType FrameType FunctionType GeneratorType GenericAlias
            GetSetDescriptorType LambdaType MappingProxyType MemberDescriptorType MethodDescriptorType
            MethodType MethodWrapperType ModuleType NoneType NotImplementedType SimpleNamespace TracebackType
            UnionType WrapperDescriptorType coroutine new_class prepare_class resolve_bases
            """,
        "contextvars": """
            Context ContextVar Token copy_context
            """,
        "datetime": """
            MAXYEAR MINYEAR UTC date datetime datetime_CAPI sys time timedelta timezone tzinfo
            """,
        "random": """
            BPF LOG4 NV_MAGICCONST RECIP_BPF Random SG_MAGICCONST SystemRandom TWOPI betavariate choice choices
            expovariate gammavariate gauss getrandbits getstate lognormvariate normalvariate paretovariate
            randbytes randint random randrange sample seed setstate shuffle triangular uniform vonmisesvariate
            weibullvariate
            """,
        "asyncio": """
            ALL_COMPLETED AbstractChildWatcher AbstractEventLoop AbstractEventLoopPolicy AbstractServer Barrier
            BaseEventLoop BaseProtocol BaseTransport BoundedSemaphore BrokenBarrierError BufferedProtocol
            CancelledError Condition DatagramProtocol DatagramTransport DefaultEventLoopPolicy Event
            FIRST_COMPLETED FIRST_EXCEPTION FastChildWatcher Future Handle IncompleteReadError InvalidStateError
            LifoQueue LimitOverrunError Lock MultiLoopChildWatcher PidfdChildWatcher PriorityQueue Protocol
            Queue QueueEmpty QueueFull ReadTransport Runner SafeChildWatcher SelectorEventLoop Semaphore
            SendfileNotAvailableError Server StreamReader StreamReaderProtocol StreamWriter SubprocessProtocol
            SubprocessTransport Task TaskGroup ThreadedChildWatcher Timeout TimeoutError TimerHandle Transport
            WriteTransport all_tasks as_completed base_events base_futures base_subprocess base_tasks constants
            coroutines create_subprocess_exec create_subprocess_shell create_task current_task ensure_future
            events exceptions format_helpers futures gather get_child_watcher get_event_loop
            get_event_loop_policy get_running_loop iscoroutine iscoroutinefunction isfuture locks log mixins
            new_event_loop open_connection open_unix_connection protocols queues run run_coroutine_threadsafe
            runners selector_events set_child_watcher set_event_loop set_event_loop_policy shield sleep sslproto
            staggered start_server start_unix_server streams subprocess sys taskgroups tasks threads timeout
            timeout_at timeouts to_thread transports trsock unix_events wait wait_for wrap_future
            """,
    ].mapValues { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }

    static let objectDunders = ["__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__",
        "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__"]
}
