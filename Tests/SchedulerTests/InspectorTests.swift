import Testing
@testable import Scheduler
import Foundation

/// Frames and locals at a step (deliverable 6): the inspector re-runs the program and pauses
/// just after the asked event; the answers must not depend on the order steps are asked in.
@Suite struct InspectorTests {
    static func scenario(_ name: String) throws -> Scenario {
        try Scenario.load(path: TestSupport.packageDir.appendingPathComponent("scenarios/\(name)").path)
    }

    static func trace(_ s: Scenario) throws -> Trace {
        let session = try Session(s)
        session.record()
        session.output = .discard
        return session.run().trace!
    }

    static func program(_ source: String) -> (Inspector, Trace) {
        let config = RunConfig(source: source, file: "prog.py")
        let session = try! Session(config)
        session.record()
        session.output = .discard
        return (Inspector(config), session.run().trace!)
    }

    /// The first event of `kind` on a lane named `lane` whose detail is `detail` (if given).
    static func find(_ t: Trace, _ kind: EventKind, lane: String, detail: String? = nil, from: Int = 0) -> Int? {
        (from..<t.count).first { t.kind($0) == kind && t.laneName(Int(t.lane($0))) == lane && (detail == nil || t.detailText($0) == detail) }
    }

    static func lane(_ t: Trace, _ name: String) -> Int { t.lanes.firstIndex { $0.name == name }! }

    @Test func coroAfterSendShowsHello() throws {
        let s = try Self.scenario("coro.json")
        let t = try Self.trace(s)
        let send = try #require(Self.find(t, .resumed, lane: "coro#1", detail: "send 'World'"))
        let lane = Self.lane(t, "coro#1")
        let inspector = Inspector(s)
        let after = inspector.snapshot(after: send, lane: lane)
        #expect(after.frames.map(\.function) == ["coro"])
        #expect(after.local("hello") == "'World'")
        #expect(after.last == "send 'World'")
        // Just before the send, hello is not yet bound (asked after the later step: re-executed).
        let before = inspector.snapshot(after: send - 1, lane: lane)
        #expect(before.frames.count == 1)
        #expect(before.local("hello") == nil)
        #expect(Inspector(s).snapshot(after: send - 2, lane: lane).last == "yielded 'Hello'")
        // The module's globals: the generator object, no modules or functions.
        let main = inspector.snapshot(after: send - 1, lane: 0)
        #expect(main.frames.map(\.function) == ["<module>"])
        #expect(main.frames[0].locals.map(\.name) == ["c"])
        #expect(main.local("c")?.hasPrefix("<generator object coro at 0x") == true)
    }

    @Test func datesShowsEachDisplayDatesLocalsForwardAndBack() throws {
        let s = try Self.scenario("dates.json")
        let t = try Self.trace(s)
        var steps: [(event: Int, lane: Int)] = []
        for name in ["Task-1", "Task-2"] {
            var from = 0
            for _ in 0..<3 {
                let e = try #require(Self.find(t, .taskWaits, lane: name, from: from))
                steps.append((e, Self.lane(t, name)))
                from = e + 1
            }
        }
        steps.sort { $0.event < $1.event }
        let inspector = Inspector(s)
        let forward = steps.map { inspector.snapshot(after: $0.event, lane: $0.lane) }
        for (step, snap) in zip(steps, forward) {
            let num = t.laneName(step.lane) == "Task-1" ? "1" : "2"
            #expect(snap.frames.map(\.function) == ["display_date"], "after event \(step.event)")
            #expect(snap.local("num") == num)
            #expect(snap.local("end_time") == "50.0")
            #expect(snap.local("loop") == "<_UnixSelectorEventLoop running=True closed=False debug=False>")
            #expect(snap.status == "suspended")
            #expect(snap.suspendedOn.hasPrefix("sleep("), "\(snap.suspendedOn)")
        }
        // Backwards, each from a run of its own (nothing cached), then forward again with one
        // inspector that met the steps in reverse order first.
        let backward = steps.reversed().map { Inspector(s).snapshot(after: $0.event, lane: $0.lane) }
        #expect(Array(backward.reversed()) == forward)
        let again = Inspector(s)
        _ = steps.reversed().map { again.snapshot(after: $0.event, lane: $0.lane) }
        #expect(steps.map { again.snapshot(after: $0.event, lane: $0.lane) } == forward)
        // One step at a time around a step, forward then back: each answer as a fresh run gives it.
        let mid = steps[2]
        let around = Array((mid.event - 40)...(mid.event + 40))
        let stepped = around.map { again.snapshot(after: $0, lane: mid.lane) } + around.reversed().map { again.snapshot(after: $0, lane: mid.lane) }
        for (k, e) in (around + around.reversed()).enumerated() where k % 9 == 0 {
            #expect(stepped[k] == Inspector(s).snapshot(after: e, lane: mid.lane), "after event \(e)")
        }
        // Not every step is the same: the tasks' own lines and sleeps differ.
        #expect(Set(forward.map(\.suspendedOn)).count > 1)
    }

    @Test func taskParkedInQueueGetShowsTheLibraryCallAtTheUsersLine() throws {
        let s = try Self.scenario("queue.json")
        let t = try Self.trace(s)
        let waits = try #require(Self.find(t, .taskWaits, lane: "Task-3"))
        let snap = Inspector(s).snapshot(after: waits, lane: Self.lane(t, "Task-3"))
        #expect(snap.frames.map(\.function) == ["consumer", "inside asyncio: Queue.get"])
        #expect(snap.frames.map(\.line) == [17, 17])
        #expect(snap.frames[1].isLibrary && snap.frames[1].locals.isEmpty)
        #expect(snap.local("name", frame: 0) == "'worker-0'")
        #expect(snap.local("total", frame: 0) == "0")
        // The sub-lane shows its task's chain.
        let sub = Inspector(s).snapshot(after: waits, lane: Self.lane(t, "Task-3/Queue.get"))
        #expect(sub.frames == snap.frames)
        // Just after Queue.get() started (it yields next, before its task does), the chain already
        // reaches into it.
        let started = try #require(Self.find(t, .started, lane: "Task-3/Queue.get"))
        let early = Inspector(s).snapshot(after: started, lane: Self.lane(t, "Task-3/Queue.get"))
        #expect(early.frames.map(\.function) == ["consumer", "inside asyncio: Queue.get"])
        #expect(early.status == "running")
    }

    @Test func generatorShowsItsYieldFromDelegate() throws {
        let (inspector, t) = Self.program("""
            def inner():
                x = 1
                yield x
                x = 2
                yield x

            def outer():
                total = 10
                got = yield from inner()
                yield total

            g = outer()
            print(next(g))
            print(next(g))
            print(next(g))

            """)
        let lane = Self.lane(t, "outer#1")
        let first = try #require(Self.find(t, .yielded, lane: "outer#1"))
        let second = try #require(Self.find(t, .yielded, lane: "outer#1", from: first + 1))
        let third = try #require(Self.find(t, .yielded, lane: "outer#1", from: second + 1))
        let a = inspector.snapshot(after: first, lane: lane)
        #expect(a.frames.map(\.function) == ["outer", "inner"])
        #expect(a.frames.map(\.line) == [9, 3])
        #expect(a.local("total", frame: 0) == "10")
        #expect(a.local("x") == "1")
        #expect(inspector.snapshot(after: second, lane: lane).local("x") == "2")
        let c = inspector.snapshot(after: third, lane: lane)
        #expect(c.frames.map(\.function) == ["outer"])
        #expect(c.local("got") == "None")
        #expect(c.last == "yielded 10")
    }

    /// as_completed is a generator of asyncio's own code: the trace hides it (no lane), and the
    /// inspector, which hears every resumption, must pass over it (it crashed on its lane, -2).
    @Test func aHiddenLibraryGeneratorIsPassedOver() throws {
        let (inspector, t) = Self.program("""
            import asyncio

            async def fetch(name, delay):
                await asyncio.sleep(delay)
                return name

            async def main():
                for fut in asyncio.as_completed([fetch("a", 0.2), fetch("b", 0.1)]):
                    got = await fut
                    print(got)

            asyncio.run(main())

            """)
        #expect(t.lanes.contains { $0.name == "Task-1/as_completed" && $0.library })
        let printed = try #require(Self.find(t, .output, lane: "Task-1", detail: "b"))
        let s = inspector.snapshot(after: printed, lane: Self.lane(t, "Task-1"))
        #expect(s.frames.first?.function == "main")
        #expect(s.local("got", frame: 0) == "'b'")
    }

    /// A million-item global is shown by its first items: its repr is never built whole.
    @Test func bigContainersShowTheirHead() throws {
        let (inspector, t) = Self.program("""
            big = list(range(1_000_000))
            table = {i: str(i) for i in range(100_000)}
            small = [1, 2, 3]
            def gen():
                yield 1
            for v in gen():
                print(v)

            """)
        let s = inspector.snapshot(after: t.count - 1, lane: 0)
        let big = try #require(s.local("big", frame: 0))
        #expect(big.hasPrefix("[0, 1, 2, 3, ") && big.hasSuffix("...") && big.count <= FrameSnapshot.reprLimit)
        #expect(s.local("table", frame: 0)?.hasPrefix("{0: '0', 1: '1', ") == true)
        #expect(s.local("small", frame: 0) == "[1, 2, 3]")
    }

    @Test func closureCellsAndLongReprs() throws {
        let (inspector, t) = Self.program("""
            def gen():
                data = list(range(100))
                count = 0
                def bump():
                    nonlocal count
                    count += 1
                bump()
                yield data

            g = gen()
            next(g)

            """)
        let y = try #require(Self.find(t, .yielded, lane: "gen#1"))
        let snap = inspector.snapshot(after: y, lane: Self.lane(t, "gen#1"))
        #expect(snap.local("count") == "1")
        let data = try #require(snap.local("data"))
        #expect(data.count == FrameSnapshot.reprLimit && data.hasPrefix("[0, 1, 2") && data.hasSuffix("..."))
        #expect(snap.local("bump")?.hasPrefix("<function gen.<locals>.bump at 0x") == true)
    }

    /// A `__repr__` that prints and drives a generator runs while the run is paused: it must
    /// add no event, or the inspector's numbering would drift from the viewer's trace.
    @Test func reprThatPrintsAddsNoEvents() throws {
        let source = """
            def counter():
                yield 1
                yield 2

            class Noisy:
                def __repr__(self):
                    print("repr called")
                    return "Noisy(%d)" % next(counter())

            def gen():
                n = Noisy()
                yield 1
                yield 2

            for v in gen():
                print(v)

            """
        let (_, plain) = Self.program(source)
        var seen: [Int] = []
        var shown: [String] = []
        let (t, _) = try #require(Inspector(RunConfig(source: source, file: "prog.py")).everyEvent { i, snap in
            seen.append(i)
            if let n = snap.local("n") { shown.append(n) }
        })
        #expect(seen == Array(0..<plain.count))
        #expect(t.count == plain.count)
        for i in 0..<min(t.count, plain.count) {
            #expect(t.kind(i) == plain.kind(i) && t.lane(i) == plain.lane(i) && t.detailText(i) == plain.detailText(i), "event \(i)")
        }
        #expect(shown.contains("Noisy(1)"))
    }

    /// After a yield the lane is suspended, even when the next event is its resumption (the
    /// pause comes after the generator is marked running for it).
    @Test func yieldedThenResumedAtOnceIsSuspended() throws {
        let (inspector, t) = Self.program("""
            def ticks():
                i = 0
                while i < 3:
                    yield i
                    i += 1

            for v in ticks():
                pass

            """)
        let lane = Self.lane(t, "ticks#1")
        let y = try #require(Self.find(t, .yielded, lane: "ticks#1", detail: "1"))
        #expect(t.kind(y + 1) == .resumed)
        let snap = inspector.snapshot(after: y, lane: lane)
        #expect(snap.status == "suspended")
        #expect(snap.local("i") == "1")
        #expect(snap.last == "yielded 1")
        let r = inspector.snapshot(after: y + 1, lane: lane)
        #expect(r.local("i") == "2" && r.last == "next()")
    }
}
