import Foundation
import Testing
@testable import Scheduler

/// The collector hands dropped sleeps and futures back for reuse (`Recycler`): a renewed one
/// must behave exactly as a new one, whatever it did before.
@Suite struct RecyclerTests {
    static let program = Reference.root.appendingPathComponent("Tests/AsyncConformance/many_sleeps.py").path

    /// Under GC stress the collector runs at every loop iteration, so nearly every sleep and
    /// future reuses one that just finished: output and task steps must still match CPython's.
    @Test(.enabled(if: Reference.python != nil, "python3 is not installed"))
    func renewedSleepsAndFuturesAgreeWithCPython() throws {
        let s = try Scenario.load(path: Self.program)
        let program = try Program.compile(source: s.source, file: s.sourceName)
        program.configure(with: s)
        program.vm.gcStress = true
        var out = ""
        program.vm.output = { out += $0 }
        let log = program.recordSteps()
        let result = program.run()
        #expect(result.ending == .finished)
        #expect(program.vm.recycled.reused > 1000, "the collector should have handed back sleeps and futures")

        let (theirOut, theirSteps) = try Reference.runHarness(s)
        #expect(out == theirOut, "output differs from CPython")
        #expect(log.lines + [result.ending.harnessLine] == theirSteps, "task steps differ from CPython")
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
        let program = try Program.compile(source: src, file: "held.py")
        program.vm.gcStress = true
        var out = ""
        program.vm.output = { out += $0 }
        let result = program.run()
        #expect(result.ending == .finished)
        #expect(program.vm.recycled.reused > 0)
        #expect(out == "0\n1\n2\n" + String(repeating: "cannot reuse already awaited coroutine\n", count: 3) + "False\n")
    }
}
