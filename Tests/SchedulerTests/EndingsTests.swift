import Testing
@testable import Scheduler

/// How runs end: idle, deadlock and every limit give one clear final line, never a hang.
@Suite struct EndingsTests {
    static func run(_ src: String, _ adjust: (inout RunLimits) -> Void = { _ in }) throws -> (RunResult, String) {
        var config = RunConfig(source: src, file: "endings.py")
        adjust(&config.limits)
        let result = try Session(config).run()
        return (result.run, result.stdout)
    }

    @Test func aLoopThatNeverYieldsStopsAtTheIterationLimit() throws {
        let (r, _) = try Self.run("x = 0\nwhile True:\n    x += 1\n") { $0.loopIterations = 10_000 }
        #expect(r.ending == .limit("iterations"))
        #expect(r.errorText.contains("10000 loop iterations"))
        #expect(r.exitStatus == 0)
    }

    @Test func theStepLimitStopsATaskThatSpinsOnSleepZero() throws {
        let src = "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())\n"
        let (r, _) = try Self.run(src) { $0.steps = 200 }
        #expect(r.ending == .limit("steps"))
        #expect(r.errorText.contains("200 steps"))
    }

    @Test func theTimeLimitStopsBeforeTheClockPassesIt() throws {
        let src = "import asyncio\nasync def tick():\n    while True:\n        await asyncio.sleep(1)\n        print(asyncio.get_running_loop().time())\nasyncio.run(tick())\n"
        let (r, out) = try Self.run(src) { $0.time = 3.5 }
        #expect(r.ending == .limit("time"))
        #expect(out == "1.0\n2.0\n3.0\n")
        #expect(r.errorText.contains("limits.time = 3.5"))
    }

    @Test func runForeverWithNothingLeftIsIdle() throws {
        let (r, out) = try Self.run("import asyncio\nloop = asyncio.new_event_loop()\nloop.call_soon(print, 'once')\nloop.run_forever()\n")
        #expect(r.ending == .idle)
        #expect(out == "once\n")
        #expect(r.errorText.contains("idle at t=0.0"))
    }

    @Test func waitingOnWhatNothingCompletesIsADeadlockNamingEachTask() throws {
        let src = "import asyncio\nasync def main():\n    ev = asyncio.Event()\n    await asyncio.gather(ev.wait(), ev.wait())\nasyncio.run(main())\n"
        let (r, _) = try Self.run(src)
        #expect(r.ending == .deadlock("Task-1 Task-2 Task-3"))
        #expect(r.errorText.contains("Task-2 waits for a future"))
        #expect(r.errorText.contains("Task-1 waits for a future"))
    }
}
