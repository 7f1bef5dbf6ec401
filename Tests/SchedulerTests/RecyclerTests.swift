import Foundation
import Testing
@testable import Scheduler

/// The collector hands dropped sleeps and futures back for reuse (`Recycler`): a renewed one
/// must behave exactly as a new one, whatever it did before.
@Suite struct RecyclerTests {
    /// Runs `src` to its end and checks what it printed.
    static func runToEnd(_ src: String, file: String, expecting output: String) throws -> Program {
        let session = try Session(RunConfig(source: src, file: file))
        let result = session.run()
        #expect(result.ending == .finished)
        #expect(result.stdout == output)
        return session.program
    }

    static func program(_ name: String) -> String {
        Reference.root.appendingPathComponent("Tests/AsyncConformance/\(name)").path
    }

    /// Under GC stress the collector runs at every loop iteration, so nearly every sleep and
    /// future reuses one that just finished (or that its `await` freed as it returned, or
    /// whose timer handle it takes over): output and task steps must still match CPython's.
    @Test(.enabled(if: Reference.python != nil, "python3 is not installed"),
          arguments: ["many_sleeps.py", "sleep_escapes.py", "sleep_timers_reused.py"])
    func renewedSleepsAndFuturesAgreeWithCPython(_ name: String) throws {
        let s = try Scenario.load(path: Self.program(name))
        let session = try Session(s)
        session.vm.heap.gcStress = true
        session.logSteps()
        let result = session.run()
        #expect(session.vm.asyncio.recycled.reused > 10, "sleeps and futures should have been renewed")

        let (theirOut, theirSteps) = try Reference.runHarness(s.config)
        #expect(result.stdout == theirOut, "output differs from CPython")
        #expect(result.steps! + [result.ending.harnessLine] == theirSteps, "task steps differ from CPython")
    }

    /// `await asyncio.sleep(...)` frees its sleep as it returns, and the future with it when
    /// only a task's step saw it; a sleep stored first, or passed through a function, is
    /// left to the collector.
    @Test func onlyDirectlyAwaitedSleepsAreFreedAtOnce() throws {
        let src = """
            import asyncio
            def through(s):
                return s
            async def main():
                for i in range(10):
                    await asyncio.sleep(0.1)
                s = asyncio.sleep(0.1)
                await s
                await through(asyncio.sleep(0.1))
                print(asyncio.get_running_loop().time())
            asyncio.run(main())
            """
        let program = try Self.runToEnd(src, file: "owned.py", expecting: "1.2\n")
        #expect(program.vm.asyncio.recycled.ownedSleeps == 10)
        // Each freed sleep and future served the next sleep: nine of the loop's, then the
        // stored one; the one passed through a function found the pools empty.
        #expect(program.vm.asyncio.recycled.reused == 9 * 2 + 2)
    }

    /// A finished sleep's timer handle serves the next sleep when nothing else holds it; a
    /// handle still in the timer heap (its sleep cancelled before it fired) is never taken.
    @Test func finishedSleepsHandTheirTimerHandlesOn() throws {
        let src = """
            import asyncio
            async def sleeper():
                await asyncio.sleep(10)
            async def main():
                for i in range(100):
                    await asyncio.sleep(0.5)
                t = asyncio.create_task(sleeper())
                await asyncio.sleep(1)
                t.cancel()
                for i in range(3):
                    print(await asyncio.sleep(0.25, result=i))
                print(t.cancelled(), asyncio.get_running_loop().time())
            asyncio.run(main())
            """
        let program = try Self.runToEnd(src, file: "timers.py", expecting: "0\n1\n2\nTrue 51.75\n")
        // 100 sleeps in a row: each after the first reuses the handle of the one before;
        // the cancelled sleeper's handle stays in the heap, so the sleeps after it start anew.
        #expect(program.vm.asyncio.recycled.reusedTimers >= 99)
        #expect(program.vm.asyncio.recycled.reusedTimers <= 103)
    }

    /// A sleep the program still holds is not reused, even after it finished: awaiting it
    /// again raises, and a later sleep is another object.
    @Test func aHeldSleepIsNeverReused() throws {
        let src = """
            import asyncio
            async def main():
                held = [asyncio.sleep(0.1, result=i) for i in range(3)]
                for s in held:
                    print(await s)
                for i in range(50):
                    await asyncio.sleep(0.01, result=i)
                for s in held:
                    try:
                        await s
                    except RuntimeError as e:
                        print(e)
                print(held[0] is asyncio.sleep(0))
            asyncio.run(main())
            """
        let session = try Session(RunConfig(source: src, file: "held.py"))
        session.vm.heap.gcStress = true
        let result = session.run()
        #expect(result.ending == .finished)
        #expect(session.vm.asyncio.recycled.reused > 0)
        #expect(result.stdout == "0\n1\n2\n" + String(repeating: "cannot reuse already awaited coroutine\n", count: 3) + "False\n")
    }
}
