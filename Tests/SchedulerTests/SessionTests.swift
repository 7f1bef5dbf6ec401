import Foundation
import Testing
@testable import Scheduler

/// The composition root: a `RunConfig` reaches the VM and its loop, the output goes where the
/// session says, and observers attach side by side.
@Suite struct SessionTests {
    static let dates = Reference.root.appendingPathComponent("scenarios/dates.json").path
    static let ties = Reference.root.appendingPathComponent("scenarios/ties_heap.json").path

    static func text(_ trace: Trace) -> String {
        String(decoding: TraceExport.render(trace, format: .text), as: UTF8.self)
    }

    @Test(arguments: [dates, ties])
    func aRecorderAndAStepLogSideBySideSeeWhatEachSeesAlone(_ path: String) throws {
        let scenario = try Scenario.load(path: path)
        let recording = try Session(scenario)
        recording.record()
        let recorded = recording.run()
        let logging = try Session(scenario)
        logging.logSteps()
        let logged = logging.run()

        let both = try Session(scenario)
        both.record()
        both.logSteps()
        let result = both.run()
        #expect(result.stdout == recorded.stdout)
        #expect(result.stdout == logged.stdout)
        #expect(result.ending == recorded.ending)
        #expect(Self.text(try #require(result.trace)) == Self.text(try #require(recorded.trace)))
        #expect(try #require(result.steps) == (try #require(logged.steps)))
        #expect(!(logged.steps ?? []).isEmpty)
    }

    @Test func oneObserverIsCalledDirectlyAndTwoThroughAFanOut() throws {
        let config = RunConfig(source: "print(1)\n", file: "one.py")
        let one = try Session(config)
        let recorder = one.record()
        _ = one.run()
        #expect(one.vm.tracer === recorder)
        #expect(one.vm.asyncio.loopTrace === recorder)

        let steps = try Session(config)
        let log = steps.logSteps()
        _ = steps.run()
        #expect(steps.vm.asyncio.loopTrace === log)
        #expect(steps.vm.tracer == nil, "a step log does not need the generator events")

        let two = try Session(config)
        let r = two.record()
        two.logSteps()
        _ = two.run()
        #expect(two.vm.asyncio.loopTrace is ObserverFanOut)
        #expect(two.vm.tracer === r, "only the recorder hears the generator events")
    }

    @Test func theConfigurationReachesTheProgram() throws {
        var config = RunConfig(source: """
            import asyncio, datetime, random
            print(random.random())
            print(datetime.datetime.now())
            def down(n):
                return down(n + 1)
            try:
                down(0)
            except RecursionError as e:
                print(e)
            """, file: "config.py")
        config.seed = Seed(5)
        config.start = CivilDateTime(year: 2020, month: 1, day: 2, hour: 3, minute: 4, second: 5, microsecond: 600)
        config.limits.recursion = 50
        config.tiebreak = .heap
        let session = try Session(config)
        #expect(session.vm.tiebreak == .heap)
        #expect(session.vm.recursionLimit == 50)
        let result = session.run()
        #expect(result.stdout == "0.6229016948897019\n2020-01-02 03:04:05.000600\nmaximum recursion depth exceeded\n")
    }

    @Test func theDefaultsAreThoseOfAnUnconfiguredVM() {
        let vm = VM()
        let defaults = RunConfig.defaults
        #expect(vm.limits == defaults.limits)
        #expect(vm.clock.start == defaults.start)
        #expect(vm.tiebreak == defaults.tiebreak)
        #expect(vm.random.state == MersenneTwister().state)
        #expect(defaults.seed == Seed(0))
    }

    /// The README's limits table shows the defaults of `RunLimits`, the one table of them.
    @Test func theReadmeShowsTheDefaultLimits() throws {
        let readme = try String(contentsOf: Reference.root.appendingPathComponent("README.md"), encoding: .utf8)
        var shown: [String: String] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `limits.") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            shown[String(cells[0].dropFirst("`limits.".count).dropLast())] = cells[1]
        }
        let d = RunConfig.defaults.limits
        #expect(shown == ["time": String(Int(d.time)), "steps": String(d.steps), "iterations": String(d.loopIterations),
                          "busy": String(d.busy), "memory": String(d.memoryMB), "recursion": String(d.recursion)])
    }

    @Test func outputIsCapturedDiscardedOrStreamed() throws {
        let config = RunConfig(source: "print('a')\nprint('b', end='')\n", file: "out.py")
        #expect(try Session(config).run().stdout == "a\nb")
        let discarding = try Session(config)
        discarding.output = .discard
        #expect(discarding.run().stdout == "")
        let streaming = try Session(config)
        var pieces: [String] = []
        streaming.output = .stream { pieces.append($0) }
        #expect(streaming.run().stdout == "")
        #expect(pieces.joined() == "a\nb")
    }

    @Test func stderrIsKeptUnlessTakenAsItIsWritten() throws {
        let config = RunConfig(source: """
            import asyncio
            async def main():
                asyncio.get_running_loop().call_soon(lambda: 1/0)
                await asyncio.sleep(0)
                print('after')
            asyncio.run(main())
            """, file: "err.py")
        let kept = try Session(config).run()
        #expect(kept.stdout == "after\n")
        #expect(kept.stderr.hasPrefix("Exception in callback main.<locals>.<lambda>() at err.py:3\n"))
        #expect(kept.stderr.hasSuffix("ZeroDivisionError: division by zero\n"))

        let taking = try Session(config)
        var taken = ""
        taking.errors = { taken += $0 }
        let result = taking.run()
        #expect(result.stderr == "")
        #expect(taken == kept.stderr)
    }

    @Test func theTraceIsHeadedWithTheScenarioAndItsConfig() throws {
        var scenario = Scenario(source: "print(1)\n", path: "head.py")
        scenario.title = "a title"
        scenario.config.seed = Seed(decimal: "-12")
        scenario.config.start = CivilDateTime(year: 1999, month: 12, day: 31, hour: 23, minute: 59, second: 59, microsecond: 500_000)
        scenario.config.tiebreak = .heap
        let session = try Session(scenario)
        session.record()
        let trace = try #require(session.run().trace)
        #expect(TraceExport.header(trace).hasPrefix(
            "# schedviz trace: head.py — a title\n# seed -12  tiebreak heap  start 1999-12-31T23:59:59.500000  events "))
        #expect(trace.sourceLines == ["print(1)", ""])
    }
}
