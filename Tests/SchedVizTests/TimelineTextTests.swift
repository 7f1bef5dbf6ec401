import Testing
import Scheduler
@testable import SchedViz

/// `schedviz timeline`'s text: the ruler, --from/--to, the time axis's dominant state, wrapping at 80.
@Suite struct TimelineTextTests {
    static func model(_ source: String) throws -> TimelineModel {
        let session = try Session(RunConfig(source: source, file: "t.py"))
        session.record()
        session.output = .discard
        return TimelineModel(trace: session.run().trace!, title: "t", scenarioName: "t.py")
    }

    /// Task `busy` takes 40 zero-time turns at t=0, then sleeps 10 s; `idle` sleeps 10 s at once.
    static let busyThenAsleep = """
    import asyncio
    async def busy():
        for _ in range(40):
            await asyncio.sleep(0)
        await asyncio.sleep(10)
    async def idle():
        await asyncio.sleep(10)
    async def main():
        await asyncio.gather(asyncio.create_task(busy(), name='busy'), asyncio.create_task(idle(), name='idle'))
    asyncio.run(main())

    """

    /// The chart cells of the lane labelled `label` (after its edge, `│` or `|`).
    static func row(_ text: String, _ label: String) -> Substring? {
        text.split(separator: "\n").first { $0.hasPrefix(label + " ") }.map { line in
            line[line.firstIndex { $0 == "│" || $0 == "|" }!...].dropFirst()
        }
    }

    @Test func theTimeAxisShowsWhereTheTimeWent() throws {
        let m = try Self.model(Self.busyThenAsleep)
        let text = ChartView.printable(m, width: 80, axis: .time, glyphs: Glyphs(ascii: false))
        let busy = try #require(Self.row(text, "busy"))
        // It ran many times in the first slice, all in no time: it spent the slice asleep.
        #expect(busy.first == "·", "\(busy)")
        #expect(busy.dropLast().allSatisfy { $0 == "·" }, "\(busy)")
        let idle = try #require(Self.row(text, "idle"))
        #expect(idle.dropLast().allSatisfy { $0 == "·" })
        let columns = busy.count
        #expect(text.contains("t 0.000 … 10.000, a column per \(format3(10 / Double(columns)))s"))
    }

    @Test func aRunAtOneInstantIsSlicedByEvents() throws {
        let m = try Self.model("def g():\n    while True:\n        yield 1\nit = g()\nfor _ in range(300):\n    next(it)\n")
        let text = ChartView.printable(m, width: 80, axis: .time, glyphs: Glyphs(ascii: true))
        #expect(text.contains("t 0.000, one instant: events 0-\(m.eventCount - 1), a column per"))
        let main = try #require(Self.row(text, "main"))
        #expect(main.allSatisfy { $0 != " " }, "every slice of events has a state: \(main)")
    }

    @Test func dominantStateOfACraftedSplit() throws {
        // `a` sleeps 3 s then 1 s: on a 4-column axis over 4 s it is asleep in every column;
        // `b` finishes at 1 s: done from the second column.
        let src = "import asyncio\nasync def a():\n    await asyncio.sleep(3)\n    await asyncio.sleep(1)\nasync def b():\n    await asyncio.sleep(1)\nasync def main():\n    await asyncio.gather(asyncio.create_task(a(), name='a'), asyncio.create_task(b(), name='b'))\nasyncio.run(main())\n"
        let m = try Self.model(src)
        let lane = { (name: String) in m.trace.lanes.firstIndex { $0.name == name }! }
        let d = DominantStates(m, first: 0, last: m.eventCount - 1, t0: 0, t1: 4, columns: 4)
        #expect((0..<4).map { d[lane("a"), $0] } == [.sleeping, .sleeping, .sleeping, .sleeping])
        #expect((0..<4).map { d[lane("b"), $0] } == [.sleeping, .done, .done, .done])
        #expect(!d.byEvents && d.position(ofColumn: 2) == 2)
    }

    @Test func stepBandsHaveARulerOfEventNumbers() throws {
        let m = try Self.model(Self.busyThenAsleep)
        let text = ChartView.printable(m, width: 80, axis: .step, glyphs: Glyphs(ascii: true))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("events 0-") })
        let ruler = lines[heading + 1]
        let chart = try #require(lines[heading + 2].firstIndex(of: "|"))
        let x = lines[heading + 2].distance(from: lines[heading + 2].startIndex, to: chart) + 1
        // Event 0 at the chart's first column, event 10 ten columns on.
        #expect(ruler.dropFirst(x).hasPrefix("|0        |10       |20       |30"), "\(ruler)")
    }

    @Test func timeRulerTicksAtRoundTimes() throws {
        let ticks = ChartView.roundTicks(0, 52, 79)
        #expect(ticks.map(\.1) == [0, 10, 20, 30, 40, 50])
        #expect(ticks.map(\.0) == [0, 15, 30, 45, 60, 75])
        #expect(ChartView.roundTicks(10, 10.01, 52).map(\.1).count == 5)
        #expect(ChartView.roundTicks(0, 15, 100).map(\.1) == [0, 2, 4, 6, 8, 10, 12, 14])
        #expect(ChartView.shortTime(12.5) == "12.5" && ChartView.shortTime(30) == "30")
        let m = try Self.model(Self.busyThenAsleep)
        let text = ChartView.printable(m, width: 80, axis: .time, glyphs: Glyphs(ascii: true))
        let lines = text.split(separator: "\n")
        let heading = try #require(lines.firstIndex { $0.hasPrefix("t 0.000 ... 10.000") })
        #expect(lines[heading + 1].contains("|0 ") && lines[heading + 1].contains("|2 ") && lines[heading + 1].contains("|8"), "\(lines[heading + 1])")
    }

    @Test func fromAndToSelectEventsOrTimes() throws {
        let m = try Self.model(Self.busyThenAsleep)
        let glyphs = Glyphs(ascii: true)
        let text = ChartView.printable(m, width: 80, axis: .step, from: .event(20), to: .event(30), glyphs: glyphs)
        #expect(text.contains("shown: events 20-30"))
        #expect(text.contains("\nevents 20-30\n"))
        #expect(!text.contains("\nevents 0-"))
        // The last instant, t=10: only its events.
        let atTen = try #require(ChartView.eventRange(m, from: .time(10), to: nil))
        #expect(m.trace.time(atTen.lowerBound) == 10 && m.trace.time(atTen.lowerBound - 1) < 10)
        #expect(atTen.upperBound == m.eventCount - 1)
        let early = try #require(ChartView.eventRange(m, from: nil, to: .time(5)))
        #expect(early.lowerBound == 0 && m.trace.time(early.upperBound) == 0 && m.trace.time(early.upperBound + 1) == 10)
        #expect(ChartView.eventRange(m, from: .event(30), to: .event(20)) == nil)
        #expect(ChartView.printable(m, width: 80, axis: .step, from: .event(30), to: .event(20), glyphs: glyphs).contains("shown: no events in that range"))
        let slice = ChartView.printable(m, width: 80, axis: .time, from: .time(5), to: .time(10), glyphs: glyphs)
        #expect(slice.contains("t 5.000 ... 10.000"))
    }

    @Test func legendsWrapAtEightyColumns() throws {
        let m = try Self.model(Self.busyThenAsleep)
        for ascii in [false, true] {
            let text = ChartView.printable(m, width: 80, axis: .step, glyphs: Glyphs(ascii: ascii))
            let lines = text.split(separator: "\n")
            #expect(lines.allSatisfy { $0.unicodeScalars.count <= 80 }, "\(lines.map { $0.unicodeScalars.count }.max() ?? 0)")
            let legend = lines.drop { !$0.hasPrefix("legend  ") }
            // Every state and marker is there, none cut: the wrapped lines hold the whole lists.
            let joined = legend.joined(separator: " ")
            for item in Glyphs(ascii: ascii).legend().map(\.0) { #expect(joined.contains(item)) }
            #expect(joined.contains("wrote to stderr") && joined.contains("delegated (await/yield from)"))
            #expect(legend.count >= 3, "the legend and the markers each wrap at 80")
        }
        #expect(ChartView.wrapped("ab  ", ["one", "two", "three"], 12) == "ab  one  two\n    three\n")
    }

    @Test func withoutAnAxisABigRunGetsTheTimeAxis() throws {
        let small = try Self.model(Self.busyThenAsleep)
        #expect(ChartView.printable(small, width: 80, axis: nil, glyphs: Glyphs(ascii: true)).contains("axis: step"))
        let src = "import asyncio\nasync def w():\n    for _ in range(20):\n        await asyncio.sleep(0.5)\nasync def main():\n    await asyncio.gather(*[w() for _ in range(100)])\nasyncio.run(main())\n"
        let big = try Self.model(src)
        let text = ChartView.printable(big, width: 80, axis: nil, glyphs: Glyphs(ascii: true))
        #expect(text.contains("axis: time") && text.contains("too many for a column each"))
        #expect(text.split(separator: "\n").count < 300)
    }
}
