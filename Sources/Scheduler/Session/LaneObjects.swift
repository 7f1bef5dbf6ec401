/// The live objects behind the trace's lanes, for the inspector: the task or generator each
/// lane was given to. Attached after the recorder, so the lanes are already assigned. Weak:
/// holding them would keep garbage alive and change when finalizers run, and so the run.
final class LaneObjects: LoopTrace {
    private struct WeakObject { weak var object: PyObject? }
    private var byLane: [Int32: WeakObject] = [:]

    override func generatorCreated(_ g: GeneratorObject) { note(g, g.lane) }

    override func resumed(_ g: GeneratorObject, sent: Value, thrown: Value?, delegated: Bool) {
        if byLane[g.lane] == nil { note(g, g.lane) }
    }

    override func taskCreated(_ t: TaskObject) { note(t, t.lane) }

    private func note(_ o: PyObject, _ lane: Int32) {
        if lane >= 0 { byLane[lane] = WeakObject(object: o) }
    }

    /// The task whose lane is `lane`, while something holds it.
    func task(_ lane: Int) -> TaskObject? {
        guard let t = byLane[Int32(lane)]?.object as? TaskObject, t.lane == lane else { return nil }
        return t
    }

    /// The generator or coroutine driven directly on `lane`, while something holds it.
    func generator(_ lane: Int) -> GeneratorObject? {
        guard let g = byLane[Int32(lane)]?.object as? GeneratorObject, g.lane == lane else { return nil }
        return g
    }
}
