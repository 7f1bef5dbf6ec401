/// The budgets of one run, each with its default: the one table of them. Scenario files,
/// their error messages and a VM that was never configured all read these defaults, and a
/// test holds the README's limits table to them.
public struct RunLimits: Sendable, Equatable {
    /// Virtual seconds (`limits.time`).
    public var time: Double = 1_000_000
    /// Event-loop iterations, task steps and generator resumptions (`limits.steps`).
    public var steps: Int = 50_000_000
    /// Loop back edges in the whole run (`limits.iterations`): far above any real program
    /// here, low enough that `while True: pass` ends in seconds instead of hanging.
    public var loopIterations: Int = 250_000_000
    /// Loop iterations the running code may do without yielding (`limits.busy`).
    public var busy: Int = 50_000_000
    /// Resident memory in MB before the run stops (`limits.memory`); it also caps single results.
    public var memoryMB: Int = 2048
    /// Python call depth before RecursionError (`limits.recursion`, CPython's default 1000).
    public var recursion: Int = 1000
    /// Whether the resident-memory check runs (off under a sanitizer, whose shadow memory counts).
    public var checkResident = true

    /// Above this the memory guard would in effect be off (and byte counts near overflow).
    public static let maxMemoryMB = 65536
    /// Deeper Python recursion could exhaust the interpreter's own stack.
    public static let maxRecursion = 10_000

    public init() {}
}
