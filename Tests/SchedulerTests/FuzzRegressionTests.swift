import Testing
@testable import Scheduler

/// Findings of `tools/fuzz.sh`, kept as tests.
@Suite struct FuzzRegressionTests {
    /// Runs `source` in-process with the trace on and returns weak references to its loops.
    static func loopsAfterRun(_ source: String) throws -> [Weak] {
        var program: Program? = try Program.compile(source: source, file: "leak.py")
        let recorder = program!.recordTrace()
        _ = program!.runRecording(recorder)
        let loops = program!.vm.heap.compactMap { $0 as? EventLoopObject }.map { Weak($0) }
        #expect(!loops.isEmpty, "the program should have made an event loop")
        program = nil
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
        var program: Program? = try Program.compile(source: src, file: "limit.py")
        program!.vm.limits.time = 5
        _ = program!.run()
        let loops = program!.vm.heap.compactMap { $0 as? EventLoopObject }.map { Weak($0) }
        #expect(!loops.isEmpty)
        program = nil
        for loop in loops { #expect(loop.object == nil, "the event loop outlived its program") }
    }
}
