/// Budgets that turn runaway programs into messages: loop iterations in all, loop
/// iterations without yielding, memory, and the size of single results.
///
/// The interpreter counts loop back edges (native loops over iterables count too) down to
/// the next checkpoint and calls `backEdgeCheckpoint` when the count goes below zero, so
/// the hot path stays a decrement and a sign test. The checkpoint runs at least every
/// `checkpointInterval` edges: it notices yields (the resumption counter moved), checks
/// the budgets and sets the next checkpoint.
import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The budget state the VM keeps between checkpoints.
struct BudgetState {
    /// `backEdges` when the running code last yielded (or was found to have yielded).
    var busyStart = 0
    /// `stepCount` at the last checkpoint: a change means something yielded since.
    var seenSteps = -1
    /// Bytes of large results built since resident memory was last checked.
    var reservedSinceCheck = 0
}

extension VM {
    static let checkpointInterval = 1 << 16

    /// Ends the run when a loop budget is spent; otherwise schedules the next checkpoint.
    /// `safePoint`: called from the interpreter's own back edge (not from native work, whose
    /// Swift callers may hold values no root reaches).
    func backEdgeCheckpoint(_ f: Frame, safePoint: Bool = false) throws(PyRaise) {
        let backEdges = backEdges
        if stepCount != budget.seenSteps {
            budget.seenSteps = stepCount
            budget.busyStart = backEdges - 1
        }
        if backEdges > limits.loopIterations {
            throw stop(.limit("iterations"), "schedviz: limit reached: \(limits.loopIterations) loop iterations (limits.iterations; a loop that never ends?)\n")
        }
        // Generators pulled by plain loops never pass through the event loop's own check.
        if stepCount > limits.steps {
            throw stepLimitReached()
        }
        if backEdges - budget.busyStart > limits.busy {
            throw stop(.limit("busy"), busyMessage(f))
        }
        try checkResident(f)
        // Outside an event loop nothing else collects: a back edge of the program's own module
        // code is a safe point too (every live value is in a frame, a global or a root; no
        // Swift caller below holds one).
        if safePoint && runsFromModule(f) { collectIfNeeded() }
        // A loop iteration takes at most a few steps, so the step budget also bounds the next checkpoint.
        edgeCheckpoint = min(backEdges + Self.checkpointInterval, limits.loopIterations, budget.busyStart + limits.busy,
                             backEdges + max(1, limits.steps - stepCount))
        edgesToCheckpoint = edgeCheckpoint - backEdges
    }

    /// Whether `f` is the program's module frame or a call the module's dispatch loop entered
    /// (through calls it entered): then no Swift caller below holds a value the collector
    /// cannot see, and a back edge is a safe point (a loop in a function collects too).
    private func runsFromModule(_ f: Frame) -> Bool {
        var r = f
        while r.inlined, let b = r.back { r = b }
        return r.back == nil && r.code.flags.contains(.module) && !r.code.isLibrary
    }

    /// The run's end when `limits.steps` is spent (event-loop iterations, task steps, resumptions).
    func stepLimitReached() -> PyRaise {
        stop(.limit("steps"), "schedviz: limit reached: \(limits.steps) steps (limits.steps)\n")
    }

    /// Stops the run when resident memory is over `limits.memory`.
    func checkResident(_ f: Frame) throws(PyRaise) {
        budget.reservedSinceCheck = 0
        if limits.checkResident, let rss = Self.residentBytes(), rss > limits.memoryMB << 20 {
            throw stop(.limit("memory"), "schedviz: memory limit reached: the program uses more than \(limits.memoryMB) MB (limits.memory) in \(where_(f)). Look for a container that grows without end, or raise limits.memory.\n")
        }
    }

    /// One element taken by a native loop (`list(it)`, `sum`, `min`, ...): counts like a back edge.
    @inline(__always) func nativeIteration() throws(PyRaise) {
        edgesToCheckpoint &-= 1
        if edgesToCheckpoint < 0, let f = currentFrame { try backEdgeCheckpoint(f) }
    }

    /// Native work worth `units` loop iterations (a big copy, sort, search or bignum product),
    /// counted like back edges: limits.busy and limits.iterations then stop a loop of expensive
    /// calls (`while True: big.sort()`) as they stop a loop of cheap ones. A unit is about
    /// what one interpreted iteration costs: 16 items copied, 256 bytes, 16 limb products.
    @inline(__always) func charge(_ units: Int) throws(PyRaise) {
        guard units > 0 else { return }
        edgesToCheckpoint &-= units
        if edgesToCheckpoint < 0, let f = currentFrame { try backEdgeCheckpoint(f) }
    }

    /// Refuses a single result larger than the memory budget (or, when large, than what the
    /// budget has left beside resident memory) before building it.
    /// `count` items of `itemBytes` each; overflow counts as too large.
    func reserve(_ count: Int, itemBytes: Int) throws(PyRaise) {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: itemBytes)
        let limit = limits.memoryMB << 20
        if overflow || bytes > limit { throw memoryError() }
        try charge(bytes >> 8)
        // A large result must also fit beside what the process already holds.
        if bytes >= 32 << 20, bytes > memoryLeft() { throw memoryError() }
        // Large results between two checkpoints could pass the limit many times over.
        budget.reservedSinceCheck += bytes
        if budget.reservedSinceCheck > 32 << 20, let f = currentFrame { try checkResident(f) }
    }

    /// Bytes the memory budget has left beside resident memory.
    func memoryLeft() -> Int {
        let limit = limits.memoryMB << 20
        guard limits.checkResident, let rss = Self.residentBytes() else { return limit }
        return max(0, limit - rss)
    }

    /// A single result of `bytes` bytes: `reserve` for strings and other byte-sized results.
    func reserveBytes(_ bytes: Int) throws(PyRaise) {
        try reserve(bytes, itemBytes: 1)
    }

    /// The `MemoryError` for one result past `limits.memory`.
    func memoryError() -> PyRaise {
        error(.MemoryError, "the result would need more than limits.memory (\(limits.memoryMB) MB)")
    }

    /// An integer argument as a C `Py_ssize_t` (or a C `int` when `cInt`), with CPython's errors.
    func sizeArg(_ v: Value, cInt: Bool = false) throws(PyRaise) -> Int {
        let cType = cInt ? "C int" : "C ssize_t"
        guard v.tag == .int || v.tag == .bool else {
            if isUserInstance(v), let n = try userIndex(v) { return try sizeArg(n, cInt: cInt) }
            if kind(v) == .bigInt { throw error(.OverflowError, "Python int too large to convert to \(cType)") }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        let n = Int(v.intValue)
        if cInt && Int32(exactly: n) == nil { throw error(.OverflowError, "Python int too large to convert to C int") }
        return n
    }

    private func busyMessage(_ f: Frame) -> String {
        "schedviz: \(where_(f)) ran \(limits.busy) loop iterations without yielding (limits.busy). "
            + "A loop that never awaits or yields blocks every other task: add `await asyncio.sleep(0)` in it, or raise limits.busy.\n"
    }

    /// "spin() at line 3 of prog.py (Task-1)": the code running, its line, and its task.
    private func where_(_ f: Frame) -> String {
        var frame: Frame? = f
        while let c = frame, c.code.isLibrary { frame = c.back }   // name the user's code, not the prelude's
        let shown = frame ?? f
        let name = shown.code.name == "<module>" ? "the module code" : "\(shown.code.name)()"
        var out = "\(SafeText.escape(name)) at line \(shown.line) of \(SafeText.escape(file))"
        if let task = runtimeExtension.runningTaskName { out += " (\(SafeText.escape(task)))" }
        return out
    }

    /// Resident memory of this process, from /proc (nil where there is none).
    static func residentBytes() -> Int? {
        let fd = open("/proc/self/statm", O_RDONLY)
        if fd < 0 { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 127) }
        guard n > 0 else { return nil }
        let fields = buffer[0..<n].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

// MARK: - Integer sizes

extension VM {
    static let maxStrDigits = IntLimits.maxStrDigits
    static let maxIntBits = IntLimits.maxBits

    static func digitsLimitMessage(has digits: Int? = nil) -> String { IntLimits.digitsMessage(has: digits) }

    /// An integer result of `bits` bits, or OverflowError naming the limit.
    func checkIntBits(_ bits: Int) throws(PyRaise) {
        if bits > Self.maxIntBits {
            throw error(.OverflowError, "integer result too large: schedviz keeps integers under \(Self.maxIntBits) bits (about 78,900 digits)")
        }
    }

    /// Decimal text of a big integer, refused past CPython's digit limit as CPython does.
    func decimalString(_ value: BigInt) throws(PyRaise) -> String {
        // 4300 digits need about 14,284 bits: far above that, skip the conversion.
        if value.magnitude.bitWidth > 14_300 { throw valueError(Self.digitsLimitMessage()) }
        let text = value.description
        if text.utf8.count - (value.signum() < 0 ? 1 : 0) > Self.maxStrDigits { throw valueError(Self.digitsLimitMessage()) }
        return text
    }
}
