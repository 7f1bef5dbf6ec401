/// Reads one lane's frames out of a paused run (see `Inspector`): the task's or generator's
/// frame, then what each suspended `await`/`yield from` delegates to, then, for the running
/// lane, the plain calls above it on the interpreter's stack.
struct LaneCapture {
    let vm: VM
    let trace: Trace
    let objects: LaneObjects

    func snapshot(event: Int, lane: Int) -> LaneSnapshot {
        guard lane >= 0 && lane < trace.lanes.count else { return LaneSnapshot(event: event, lane: lane, status: "gone") }
        // A sub-lane (an awaited coroutine, a sleep) is shown as its task's chain.
        let parent = Int(trace.lanes[lane].parent)
        let root = parent >= 0 ? parent : lane
        var s: LaneSnapshot
        if root == 0 {
            s = main(event)
        } else if let t = objects.task(root) {
            s = task(t, event)
        } else if let g = objects.generator(root) {
            s = LaneSnapshot(event: event, lane: lane, status: Self.status(g))
            s.suspendedOn = chain(g, into: &s.frames)
        } else {
            s = LaneSnapshot(event: event, lane: lane, status: "gone")
        }
        s.lane = lane
        s.last = last(root, before: event)
        if s.status == "running", let before = settled(root, before: event) { s.status = before }
        return s
    }

    /// The pause comes just before the next event is recorded, and a resumption marks its
    /// generator running before that: the lane's own last event tells what it still is.
    private func settled(_ lane: Int, before event: Int) -> String? {
        var i = min(event, trace.count - 1)
        let stop = max(0, i - Self.scanLimit)
        while i >= stop {
            if Int(trace.lane(i)) == lane {
                switch trace.kind(i) {
                case .yielded, .taskWaits: return "suspended"
                case .taskReady: return "ready"
                case .created, .taskCreated: return "not started"
                default: return nil
                }
            }
            i -= 1
        }
        return nil
    }

    // MARK: - Lanes

    private func main(_ event: Int) -> LaneSnapshot {
        var s = LaneSnapshot(event: event, lane: 0, status: "running")
        // The module and the plain calls it made, up to the first generator's frame.
        let outermostFirst = liveStack().reversed()
        for f in outermostFirst {
            if f.ownerAddress != nil { break }
            add(f, to: &s.frames)
        }
        if s.frames.isEmpty {
            // The module returned: its globals remain.
            s.status = "finished"
            s.frames = [FrameSnapshot(function: "<module>", line: lastLine(0, before: event), isLibrary: false, locals: globals())]
        }
        return s
    }

    private func task(_ t: TaskObject, _ event: Int) -> LaneSnapshot {
        var s = LaneSnapshot(event: event, lane: Int(t.lane), status: "suspended")
        let g = vm.gen(t.coro)
        if let g { s.suspendedOn = chain(g, into: &s.frames) }
        switch t.state {
        case .finished: s.status = "finished"
        case .cancelled: s.status = "cancelled"
        case .pending:
            let loop = vm.asyncio.runningLoop ?? vm.asyncio.currentLoop
            if loop?.currentTask === t || g?.state == .running { s.status = "running" }
            else if let g, g.state == .created { s.status = "not started" }
            else if t.futWaiter.isNone { s.status = "ready"; s.suspendedOn = "" }
            else if let wait = lastDetail(Int(t.lane), .taskWaits, before: event) {
                // Its future done, the wake-up is queued: it waited, and now is ready.
                if vm.future(t.futWaiter)?.done == true { s.status = "ready" }
                s.suspendedOn = wait
            }
        }
        return s
    }

    private static func status(_ g: GeneratorObject) -> String {
        switch g.state {
        case .created: return "not started"
        case .suspended: return "suspended"
        case .running: return "running"
        case .closed: return "finished"
        }
    }

    /// `g`'s frame and its delegates', outermost first; what the innermost waits on.
    private func chain(_ start: GeneratorObject, into frames: inout [FrameSnapshot]) -> String {
        var g = start
        for _ in 0..<1000 {
            if g.state == .closed { return "" }
            add(g.frame, to: &frames)
            if g.frame.delegating, let inner = vm.gen(g.frame.delegate) { g = inner; continue }
            if g.state == .running {
                // Still running: the calls above it are on the interpreter's stack.
                let live = liveStack()
                if let i = live.firstIndex(where: { $0 === g.frame }), i > 0 {
                    for f in live[..<i].reversed() { add(f, to: &frames) }
                    return ""
                }
                // Its delegate just yielded and it has not yet: the delegate is still on top
                // of its stack, a coroutine the recorder put on a sub-lane of the same lane.
                if let inner = justYielded(g) { g = inner; continue }
                return ""
            }
            guard g.state == .suspended, g.frame.delegating else { return "" }
            return describe(g.frame.delegate)
        }
        return ""
    }

    private func justYielded(_ g: GeneratorObject) -> GeneratorObject? {
        let f = g.frame
        guard g.lane >= 0 else { return nil }
        let root = trace.lanes[Int(g.lane)].parent >= 0 ? trace.lanes[Int(g.lane)].parent : g.lane
        // The delegate, then the value it yielded.
        for k in 1...2 where f.sp - k >= f.stackBase {
            guard let inner = vm.gen(f.slots[f.sp - k]), inner !== g, inner.state != .closed,
                  inner.lane >= 0, Int(inner.lane) < trace.lanes.count else { continue }
            if trace.lanes[Int(inner.lane)].parent == root { return inner }
        }
        return nil
    }

    /// What a suspended `await` waits on: the future behind an `await fut`, a sleep.
    private func describe(_ d: Value) -> String {
        guard let n = vm.nativeObject(d) else { return repr(d) }
        if let it = n as? FutureIter { return repr(it.future) }
        if let sleep = n as? SleepCoroutine { return "asyncio.sleep(\(repr(sleep.delay)))" }
        return repr(d)
    }

    // MARK: - Frames

    /// The frames running now, innermost first.
    private func liveStack() -> [Frame] {
        var out: [Frame] = []
        var f = vm.currentFrame
        while let frame = f, out.count < 100_000 {
            out.append(frame)
            f = frame.back
        }
        return out
    }

    /// Appends `f`; schedviz's own Python shows as one "inside asyncio: Queue.get" at the
    /// line of the program that called it.
    private func add(_ f: Frame, to frames: inout [FrameSnapshot]) {
        let code = f.code
        if f.isLibrary || code.flags.contains(.hiddenFrame) {
            if frames.last?.isLibrary == true { return }
            frames.append(FrameSnapshot(function: "inside \(Self.library(code.file)): \(Self.libraryName(code.qualname))",
                                        line: frames.last?.line ?? 0, isLibrary: true, locals: []))
            return
        }
        let isModule = code.flags.contains(.module)
        frames.append(FrameSnapshot(function: isModule ? "<module>" : code.qualname, line: Int(f.eventLine), isLibrary: false,
                                    locals: isModule ? globals() : locals(f)))
    }

    /// "<asyncio-sync>" -> "asyncio".
    private static func library(_ file: String) -> String {
        var name = file.hasPrefix("<") && file.hasSuffix(">") ? String(file.dropFirst().dropLast()) : file
        if let dash = name.firstIndex(of: "-") { name = String(name[..<dash]) }
        return name
    }

    /// The prelude writes `Queue.get` as `Queue__get`.
    static func libraryName(_ name: String) -> String {
        guard let first = name.first, first.isUppercase, let r = name.range(of: "__"), r.lowerBound > name.startIndex else { return name }
        return name[..<r.lowerBound] + "." + name[r.upperBound...]
    }

    private func locals(_ f: Frame) -> [Variable] {
        let code = f.code
        var out: [Variable] = []
        func add(_ name: String, _ v: Value) {
            guard v.tag != .unbound, !name.hasPrefix("."), !name.contains("\u{0}") else { return }
            if let i = out.firstIndex(where: { $0.name == name }) { out[i].repr = repr(v) } else { out.append(Variable(name: name, repr: repr(v))) }
        }
        for (i, name) in code.localNames.enumerated() { add(name, f.slots[i]) }
        for (k, name) in (code.cellNames + code.freeNames).enumerated() {
            let v = f.slots[code.localCount + k]
            if v.tag == .object, let cell = vm.heap[v.objectIndex] as? CellObject { add(name, cell.value) }
        }
        return out
    }

    /// The program's globals: its data, not its modules, functions, classes or dunders.
    private func globals() -> [Variable] {
        var out: [Variable] = []
        for (i, name) in vm.globalNames.enumerated() where i < vm.globals.count && !name.contains("\u{0}") && !name.hasPrefix("__") {
            let v = vm.globals[i]
            guard v.tag != .unbound else { continue }
            if v.tag == .object {
                let kind = vm.heap[v.objectIndex].kind
                if kind == .module || kind == .function || kind == .type || kind == .builtin { continue }
            }
            out.append(Variable(name: name, repr: repr(v)))
        }
        return out
    }

    /// A repr as CPython prints it (running the program's `__repr__` if it has one), cut short.
    /// A big list, tuple, dict or string is cut before its repr is built (its first items, then
    /// `...`): a million-item global costs the pane what a short one does.
    private func repr(_ v: Value) -> String {
        if v.tag == .object {
            let o = vm.heap[v.objectIndex]
            switch o {
            case let l as ListObject where l.items.count > Self.bigCount: return head(l.items.lazy.map(repr), "[")
            case let t as TupleObject where t.items.count > Self.bigCount: return head(t.items.lazy.map(repr), "(")
            case let d as DictObject where d.dict.count > Self.bigCount:
                return head(d.dict.pairs.lazy.map { self.repr($0.0) + ": " + self.repr($0.1) }, "{")
            case let str as StrObject where str.value.utf8.count > FrameSnapshot.reprLimit * 4:
                return FrameSnapshot.cut(VM.quote(String(str.value.prefix(FrameSnapshot.reprLimit))))
            default: break
            }
        }
        return FrameSnapshot.cut((try? vm.repr(v)) ?? "<repr failed>")
    }

    private static let bigCount = 32

    /// `[0, 1, 2, ...`: items until the repr limit, then the cut.
    private func head<S: Sequence>(_ items: S, _ open: String) -> String where S.Element == String {
        var text = open
        for item in items {
            if text.count > FrameSnapshot.reprLimit { break }
            text += (text.count > 1 ? ", " : "") + item
        }
        return FrameSnapshot.cut(text + ", ...")
    }

    // MARK: - From the trace

    private static let scanLimit = 2_000_000

    /// The lane's last resumption, yield or return at or before `event`.
    private func last(_ lane: Int, before event: Int) -> String {
        var i = min(event, trace.count - 1)
        let stop = max(0, i - Self.scanLimit)
        while i >= stop {
            if Int(trace.lane(i)) == lane {
                switch trace.kind(i) {
                case .resumed: return trace.detailText(i)
                case .yielded: return "yielded " + trace.detailText(i)
                case .returned: return "returned " + trace.detailText(i)
                default: break
                }
            }
            i -= 1
        }
        return ""
    }

    private func lastDetail(_ lane: Int, _ kind: EventKind, before event: Int) -> String? {
        var i = min(event, trace.count - 1)
        let stop = max(0, i - Self.scanLimit)
        while i >= stop {
            if Int(trace.lane(i)) == lane && trace.kind(i) == kind { return trace.detailText(i) }
            i -= 1
        }
        return nil
    }

    private func lastLine(_ lane: Int, before event: Int) -> Int {
        var i = min(event, trace.count - 1)
        let stop = max(0, i - Self.scanLimit)
        while i >= stop {
            if Int(trace.lane(i)) == lane && trace.line(i) > 0 { return Int(trace.line(i)) }
            i -= 1
        }
        return 0
    }
}
