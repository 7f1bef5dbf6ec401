import Testing
@testable import Scheduler

/// Every iteration of the event loop counts toward `limits.steps`, so a loop that runs
/// callbacks only, or spins on a timer that never comes due, ends with the limit line.
@Suite struct LoopCountingTests {
    @Test func callbacksThatRescheduleThemselvesStopAtTheStepLimit() throws {
        let src = """
        import asyncio
        def again(loop):
            print("tick")
            loop.call_soon(again, loop)
        async def main():
            loop = asyncio.get_running_loop()
            loop.call_soon(again, loop)
            await loop.create_future()
        asyncio.run(main())

        """
        let (r, out) = try EndingsTests.run(src) { $0.steps = 1000 }
        #expect(r.ending == .limit("steps"))
        #expect(r.exitStatus == 0)
        // One callback per iteration: the budget bounds them, give or take the task's own steps.
        let ticks = out.split(separator: "\n").count
        #expect(ticks > 990 && ticks < 1000, "\(ticks) callbacks ran")
    }

    @Test func aNaNSleepInALoopNeverAdvancesTheClockAndStopsAtTheStepLimit() throws {
        let src = """
        import asyncio
        async def main():
            while True:
                await asyncio.sleep(float("nan"))
        asyncio.run(main())

        """
        let (r, _) = try EndingsTests.run(src) { $0.steps = 500 }
        #expect(r.ending == .limit("steps"))
        #expect(r.errorText == "schedviz: limit reached: 500 steps (limits.steps)\n")
    }

    /// Past 2**24 s `now + 1e-9 == now`: the clock jumps to the deadline, yet a timer at `now`
    /// is never due (`when >= end_time`), so CPython's loop spins there; so does the harness.
    @Test func aTimerThatCanNeverComeDueSpendsTheStepBudgetAtOnce() throws {
        let src = """
        import asyncio
        async def main():
            await asyncio.sleep(2.0 ** 25)
            print("woke at", asyncio.get_running_loop().time())
            await asyncio.sleep(1e-9)
            print("never")
        asyncio.run(main())

        """
        let (r, out) = try EndingsTests.run(src) { $0.time = 1e9 }
        #expect(r.ending == .limit("steps"))
        #expect(out == "")
        #expect(r.errorText == "schedviz: limit reached: 50000000 steps (limits.steps)\n")
    }

    @Test func timersAtLargeButResolvableTimesStillFire() throws {
        let src = """
        import asyncio
        async def main():
            await asyncio.sleep(2.0 ** 22)
            await asyncio.sleep(1e-9)
            print("woke at", asyncio.get_running_loop().time())
        asyncio.run(main())

        """
        let (r, out) = try EndingsTests.run(src) { $0.time = 1e9 }
        #expect(r.exitStatus == 0)
        #expect(out == "woke at 4194304.000000001\n")
    }
}
