/// The live objects behind the trace's lanes, for the inspector: the task or generator each
/// lane was given to. Attached after the recorder, so the lanes are already assigned. Weak:
/// holding them would keep garbage alive and change when finalizers run, and so the run.
final class LaneObjects: LoopTrace {
    private struct WeakObject { weak var object: PyObject? }
    /// By lane number; nil for lanes not seen yet (main, sub-lanes seen first as resumptions).
    private var byLane: [WeakObject?] = []

    override func generatorCreated(_ g: GeneratorObject) { note(g, g.lane) }

    /// Every resumption passes here: an array read, not a dictionary's hashing.
    override func resumed(_ g: GeneratorObject, sent: Value, thrown: Value?, delegated: Bool) {
        let lane = Int(g.lane)
        // A negative lane: none yet, or a library generator the trace hides (Recorder.hiddenLane).
        if lane >= 0 && (lane >= byLane.count || byLane[lane] == nil) { note(g, g.lane) }
    }

    override func taskCreated(_ t: TaskObject) { note(t, t.lane) }

    private func note(_ o: PyObject, _ lane: Int32) {
        guard lane >= 0 else { return }
        let i = Int(lane)
        if i >= byLane.count { byLane += repeatElement(nil, count: i + 1 - byLane.count) }
        byLane[i] = WeakObject(object: o)
    }

    private func object(_ lane: Int) -> PyObject? { lane >= 0 && lane < byLane.count ? byLane[lane]?.object : nil }

    /// The task whose lane is `lane`, while something holds it.
    func task(_ lane: Int) -> TaskObject? {
        guard let t = object(lane) as? TaskObject, t.lane == lane else { return nil }
        return t
    }

    /// The generator or coroutine driven directly on `lane`, while something holds it.
    func generator(_ lane: Int) -> GeneratorObject? {
        guard let g = object(lane) as? GeneratorObject, g.lane == lane else { return nil }
        return g
    }
}
