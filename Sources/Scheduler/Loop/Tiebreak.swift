/// How the loop orders timers due at the same moment (`tiebreak` in a scenario).
public enum Tiebreak: String, Sendable, CaseIterable {
    /// Equal deadlines fire in the order the timers were set.
    case fifo
    /// CPython's `heapq` algorithm on deadlines alone: ties come out as CPython's heap gives them.
    case heap
}
