/// The importable modules: random, time, datetime, types; asyncio comes from the Loop layer
/// (`RuntimeExtension`).
import BigInt

extension VM {
    func importModule(_ sym: Int32) throws(PyRaise) -> Value {
        if let m = modules[sym] { return m }
        let name = symbols[sym]
        guard VM.moduleNames.contains(name) else {
            throw error(.ModuleNotFoundError, "No module named '\(name)'")
        }
        let m = alloc(ModuleObject(name: name))
        modules[sym] = m
        if let text = VM.sourceModuleText(name) {
            do { try loadSourceModule(name, text) } catch let e { modules[sym] = nil; throw e }
        }
        return m
    }

    func importFrom(_ module: Value, _ sym: Int32) throws(PyRaise) -> Value {
        let m = heap[module.objectIndex] as! ModuleObject
        if let v = try moduleAttribute(m, sym) { return v }
        throw error(.ImportError, "cannot import name '\(symbols[sym])' from '\(m.name)' (unknown location)")
    }

    /// `module.name` when the module already holds it (`asyncio.sleep` after its first use):
    /// the interpreter's shortcut past method lookup and `getAttr`.
    @inline(__always) func knownModuleAttribute(_ v: Value, _ sym: Int32) -> Value? {
        guard v.tag == .object else { return nil }
        let o = heap[v.objectIndex]
        guard o.kind == .module else { return nil }
        return unsafeDowncast(o, to: ModuleObject.self).attributes[sym]
    }

    func moduleAttribute(_ m: ModuleObject, _ sym: Int32) throws(PyRaise) -> Value? {
        if let v = m.attributes[sym] { return v }
        let name = symbols[sym]
        var v: Value?
        switch m.name {
        case "sys" where name == "stdout" || name == "stderr":
            // Read live: `redirect_stdout` swaps the stream.
            let target = name == "stdout" ? streams.stdout : streams.stderr
            return target.tag == .unbound || target.identical(streams.real) ? sourceModuleAttribute("sys", name) : target
        case "sys" where name == "__stdout__" || name == "__stderr__":
            v = sourceModuleAttribute("sys", name == "__stdout__" ? "stdout" : "stderr")
        case "sys":
            v = sourceModuleAttribute("sys", name) ?? (name.hasPrefix("_") ? nil : sysNative(name))
        case "random" where VM.randomSourceNames.contains(name):
            if !randomSourceLoaded {
                randomSourceLoaded = true
                try loadSourceModule("random", randomSource)
            }
            v = sourceModuleAttribute("random", name)
        case "random":
            let table: [String: Builtin] = ["seed": .randomSeed, "random": .randomRandom, "randint": .randomRandint,
                "randrange": .randomRandrange, "choice": .randomChoice, "shuffle": .randomShuffle,
                "uniform": .randomUniform, "getrandbits": .randomGetrandbits, "sample": .randomSample]
            v = table[name].map { builtinFunction($0) }
        case "time":
            let table: [String: Builtin] = ["time": .timeTime, "monotonic": .timeMonotonic, "sleep": .timeSleep,
                "perf_counter": .timePerfCounter, "ctime": .timeCtime]
            v = table[name].map { builtinFunction($0) } ?? sourceModuleAttribute("time", name)
        case "types":
            switch name {
            case "coroutine": v = builtinFunction(.typesCoroutine)
            case "GeneratorType": v = typeValue(.generator)
            case "CoroutineType": v = typeValue(.coroutine)
            case "FunctionType": v = typeValue(.function)
            default: break
            }
        case "contextvars":
            v = contextvarsAttribute(name)
        case "math":
            v = mathAttribute(name)
        case "asyncio":
            v = try runtimeExtension.moduleAttribute(name)
        default:
            v = sourceModuleAttribute(m.name, name)
        }
        if let v { m.attributes[sym] = v }
        return v
    }

    // MARK: - random

    func callRandom(_ fn: Builtin, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        switch fn {
        case .randomSeed:
            try argCount("seed", a, min: 0, max: 2)
            let s = a.count > 0 ? a[0] : .none
            if s.isNone { random.seed(magnitude: []); return .none }
            if s.tag == .float { throw typeError("schedviz seeds random with integers only (got float)") }
            guard let b = bigValue(s) else {
                throw typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            }
            random.seed(magnitude: VM.words(b.magnitude))
            return .none
        case .randomRandom:
            try argCount("random", a, min: 0, max: 0)
            return .float(random.random())
        case .randomGetrandbits:
            try argCount("getrandbits", a, min: 1, max: 1)
            let k = try sizeArg(a[0], cInt: true)
            if k < 0 { throw valueError("number of bits must be non-negative") }
            try checkIntBits(k)
            return makeInt(BigInt(VM.fromWords(random.getrandbits(k))))
        case .randomRandint:
            try argCount("randint", a, min: 2, max: 2)
            guard let lo = bigValue(a[0]), let hi = bigValue(a[1]) else { throw typeError("'\(typeName(a[0]))' object cannot be interpreted as an integer") }
            return try randrange(lo, hi + 1, 1, "randint")
        case .randomRandrange:
            try argCount("randrange", a, min: 1, max: 3)
            var vals: [BigInt] = []
            for v in a.positional {
                guard let b = bigValue(v) else {
                    if v.tag == .float { throw typeError("'float' object cannot be interpreted as an integer") }
                    throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
                }
                vals.append(b)
            }
            if vals.count == 1 {
                if vals[0] <= 0 { throw valueError("empty range for randrange()") }
                return makeInt(randbelow(vals[0]))
            }
            return try randrange(vals[0], vals[1], vals.count == 3 ? vals[2] : 1, "randrange")
        case .randomChoice:
            try argCount("choice", a, min: 1, max: 1)
            let n = try length(a[0])
            if n == 0 { throw error(.IndexError, "Cannot choose from an empty sequence") }
            return try getItem(a[0], makeInt(randbelow(BigInt(n))))
        case .randomShuffle:
            try argCount("shuffle", a, min: 1, max: 1)
            guard let l = heap[a[0].objectIndex] as? ListObject else { throw typeError("'\(typeName(a[0]))' object does not support item assignment") }
            var i = l.items.count - 1
            while i > 0 {
                let j = Int(random.randbelow(UInt64(i + 1)))
                l.items.swapAt(i, j)
                i -= 1
            }
            return .none
        case .randomUniform:
            try argCount("uniform", a, min: 2, max: 2)
            guard let x = try toDouble(a[0]), let y = try toDouble(a[1]) else { throw typeError("must be real number, not \(typeName(a[0]))") }
            return .float(x + (y - x) * random.random())
        case .randomSample:
            try argCount("sample", a, min: 2, max: 2)
            let pool = try iterateToArray(a[0])
            guard let kb = bigValue(a[1]) else { throw typeError("'\(typeName(a[1]))' object cannot be interpreted as an integer") }
            let n = pool.count, k = Int(kb)
            if k < 0 || k > n { throw valueError("Sample larger than population or is negative") }
            // CPython picks the pool algorithm for small k relative to n, else a set-based one.
            var setsize = 21
            if k > 5 { var e = 1; var p = 4; while p < 3 * k { p *= 4; e += 1 }; setsize += p; _ = e }
            var result: [Value] = []
            if n <= setsize {
                var p = pool
                for i in 0..<k {
                    let j = Int(random.randbelow(UInt64(n - i)))
                    result.append(p[j])
                    p[j] = p[n - i - 1]
                }
            } else {
                var selected = Set<Int>()
                for _ in 0..<k {
                    var j = Int(random.randbelow(UInt64(n)))
                    while selected.contains(j) { j = Int(random.randbelow(UInt64(n))) }
                    selected.insert(j)
                    result.append(pool[j])
                }
            }
            return makeList(result)
        default:
            throw typeError("unsupported random function")
        }
    }

    private func randrange(_ start: BigInt, _ stop: BigInt, _ step: BigInt, _ name: String) throws(PyRaise) -> Value {
        let width = stop - start
        if step == 1 {
            if width <= 0 { throw valueError("empty range for randrange() (\(start), \(stop), \(width))") }
            return makeInt(start + randbelow(width))
        }
        if step == 0 { throw valueError("zero step for randrange()") }
        let n = step > 0 ? (width + step - 1) / step : (width + step + 1) / step
        if n <= 0 { throw valueError("empty range for randrange()") }
        return makeInt(start + step * randbelow(n))
    }

    func randbelow(_ n: BigInt) -> BigInt {
        if let small = UInt64(exactly: n) { return BigInt(random.randbelow(small)) }
        return BigInt(VM.fromWords(random.randbelow(words: VM.words(n.magnitude))))
    }

    /// `m` as little-endian 32-bit words without high zero words (none for 0). Word by word:
    /// shifting the whole number 32 bits at a time was quadratic (getrandbits(10**5) took seconds).
    static func words(_ m: BigUInt) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(m.words.count * 2)
        for w in m.words { out.append(UInt32(truncatingIfNeeded: w)); out.append(UInt32(truncatingIfNeeded: w >> 32)) }
        while out.last == 0 { out.removeLast() }
        return out
    }

    static func fromWords(_ w: [UInt32]) -> BigUInt {
        var words: [UInt] = []
        words.reserveCapacity((w.count + 1) / 2)
        var i = 0
        while i < w.count {
            words.append(UInt(w[i]) | (i + 1 < w.count ? UInt(w[i + 1]) << 32 : 0))
            i += 2
        }
        return BigUInt(words: words)
    }
}
