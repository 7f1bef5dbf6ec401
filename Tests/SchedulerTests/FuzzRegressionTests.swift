import Testing
@testable import Scheduler

/// Findings of `tools/fuzz.sh`, kept as tests.
@Suite struct FuzzRegressionTests {
    /// Runs `source` in-process with the trace on and returns weak references to its loops.
    static func loopsAfterRun(_ source: String) throws -> [Weak] {
        var session: Session? = try Session(RunConfig(source: source, file: "leak.py"))
        session!.record()
        _ = session!.run()
        let loops = session!.vm.heap.compactMap { $0 as? EventLoopObject }.map { Weak($0) }
        #expect(!loops.isEmpty, "the program should have made an event loop")
        session = nil
        return loops
    }

    final class Weak {
        weak var object: EventLoopObject?
        init(_ o: EventLoopObject) { object = o }
    }

    /// LeakSanitizer found the loop, its tasks and the recorder kept alive by a cycle when
    /// tasks were left pending (here a deadlock): loop → tasks → stop callback → loop.
    @Test func aDeadlockedProgramFreesItsLoop() throws {
        let src = """
            import asyncio
            async def waiter(ev):
                await ev.wait()
            async def main():
                ev = asyncio.Event()
                await asyncio.gather(waiter(ev), waiter(ev))
            asyncio.run(main())
            """
        for loop in try Self.loopsAfterRun(src) { #expect(loop.object == nil, "the event loop outlived its program") }
    }

    @Test func aLimitedProgramFreesItsLoop() throws {
        let src = """
            import asyncio
            async def tick():
                while True:
                    await asyncio.sleep(1)
            loop = asyncio.new_event_loop()
            loop.run_until_complete(tick())
            """
        var config = RunConfig(source: src, file: "limit.py")
        config.limits.time = 5
        var session: Session? = try Session(config)
        _ = session!.run()
        let loops = session!.vm.heap.compactMap { $0 as? EventLoopObject }.map { Weak($0) }
        #expect(!loops.isEmpty)
        session = nil
        for loop in loops { #expect(loop.object == nil, "the event loop outlived its program") }
    }

    /// LeakSanitizer, under SCHEDVIZ_GC_STRESS: the collector freed the first `asyncio.run`'s
    /// loop from the heap, but its Swift cycles (tasks, timers) kept it alive, and it holds
    /// the VM, so the whole program leaked. The sweep now breaks a freed loop's cycles.
    @Test func aLoopTheCollectorFreesDoesNotKeepTheVMAlive() throws {
        // Two `asyncio.run`s, each with tasks that sleep.
        let src = try String(contentsOf: TestSupport.testsDir.appendingPathComponent("AsyncConformance/run_twice.py"), encoding: .utf8)
        weak var vm: VM?
        do {
            let session = try Session(RunConfig(source: src, file: "twice.py"))
            session.vm.heap.gcStress = true
            session.record()
            let result = session.run()
            #expect(result.ending == .finished)
            #expect(session.vm.heap.gcCount > 0)
            vm = session.vm
        }
        #expect(vm == nil, "the program's VM outlived it")
    }

    /// Found reading the code: `run_until_complete` looked its argument up in the heap
    /// before checking it was an object, and a large int trapped (the lookup was dead code).
    /// An AttributeError on a value that is not a heap object (an int here): working out its
    /// "Did you mean" read the heap at the int's bits and crashed.
    @Test func aSuggestionForAnIntsAttribute() throws {
        for (expr, hint) in [("(5).bit_lenght()", "'bit_length'"), ("(2.5).is_integr()", "'is_integer'"),
                             ("None.real", nil), ("True.numerator_", "'numerator'")] {
            let result = try Session(RunConfig(source: "x = 1\n" + expr + "\n", file: "attr.py")).run()
            #expect(result.ending == .raised)
            let last = result.errorText.split(separator: "\n").last.map(String.init) ?? ""
            #expect(last.hasPrefix("AttributeError: "), "\(expr): \(last)")
            if let hint { #expect(last.hasSuffix(". Did you mean: \(hint)?"), "\(expr): \(last)") }
            else { #expect(!last.contains("Did you mean"), "\(expr): \(last)") }
        }
    }

    @Test func runUntilCompleteOfANumberRaisesTypeError() throws {
        let src = """
            import asyncio
            loop = asyncio.new_event_loop()
            loop.run_until_complete(1000000000)
            """
        let result = try Session(RunConfig(source: src, file: "ruc.py")).run()
        #expect(result.ending == .raised)
        #expect(result.errorText.hasSuffix("TypeError: An asyncio.Future, a coroutine or an awaitable is required\n"))
    }

    /// A limit ending inside generators that `for` loops ran in the caller's dispatch loop
    /// (here in `nums`, which loops 1,000 times a yield): unwinding walked past the loop's
    /// entry frame and crashed. Every generator the loop entered is closed, and the call
    /// depth is back where it started.
    @Test func aLimitInsideGeneratorsRunByForUnwindsToItsEntry() throws {
        let src = """
            def nums():
                n = 0
                while True:
                    i = 0
                    while i < 1000:
                        i += 1
                    yield n
            def wrap(it):
                for x in it:
                    yield x
            for x in wrap(nums()):
                pass
            """
        var config = RunConfig(source: src, file: "limit.py")
        config.limits.loopIterations = 30_000
        let session = try Session(config)
        let result = session.run()
        #expect(result.ending == .limit("iterations"))
        #expect(session.vm.depth == 0)
        let generators = session.vm.heap.compactMap { $0 as? GeneratorObject }
        #expect(generators.count == 2)
        for g in generators { #expect(g.state == .closed, "\(g.name) left \(g.state)") }
    }

    /// The escape target: a refusal line whose text starts with a combining mark. Swift's
    /// `hasPrefix` compares Characters, and "! refused " followed by U+0301 is not a prefix
    /// of itself in Character terms: the refusal was read as a task step.
    @Test func aRefusalStartingWithACombiningMarkIsStillARefusal() {
        let channel = HarnessCall.parse(Array("0.0 Task-1\n! refused \u{301}open('x')\n# done\n".utf8))
        #expect(channel.refused == ["\u{301}open('x')"])
        #expect(channel.steps == ["0.0 Task-1", "# done"])
    }

    /// AddressSanitizer: `'{-6:>}'.format(1)` read 64 bytes before the arguments, because
    /// Swift's `Int("-6")` made the field name an index. CPython reads it as a keyword name.
    @Test func aSignedFieldNameIsAKeyword() throws {
        let src = "try:\n    '{-6:>}'.format(1)\nexcept KeyError as e:\n    print(repr(e))\nprint('{+0}'.format(**{'+0': 'k'}))\n"
        let result = try Session(RunConfig(source: src, file: "f.py")).run()
        #expect(result.stdout == "KeyError('-6')\nk\n")
    }
}
