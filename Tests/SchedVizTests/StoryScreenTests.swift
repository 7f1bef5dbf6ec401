import Testing
import Scheduler
import CNcurses
@testable import SchedViz

/// The viewer tells the whole story: the help explains every glyph, the description shows
/// on open, the playhead stands out without colour, stderr and endings show where they happen.
@Suite struct StoryScreenTests {
    static func model(_ source: String, file: String = "prog.py", description: String = "") throws -> TimelineModel {
        let session = try Session(RunConfig(source: source, file: file))
        session.record()
        session.output = .discard
        return TimelineModel(trace: session.run().trace!, title: "prog", scenarioName: file, description: description)
    }

    static let raising = """
    import asyncio

    async def worker(n):
        await asyncio.sleep(1)
        if n == 2:
            raise ValueError(f"bad {n}")
        return n

    async def main():
        print("start")
        print(await asyncio.gather(worker(1), worker(2)))

    asyncio.run(main())
    """

    static let deadlock = """
    import asyncio

    async def main():
        ev = asyncio.Event()
        await ev.wait()

    asyncio.run(main())
    """

    static func text(_ g: Grid) -> String { g.lines().joined(separator: "\n") }

    @Test(arguments: [false, true])
    func helpListsEveryStateAndMarkerIn80x24(ascii: Bool) throws {
        let m = try Self.model(Self.raising)
        let glyphs = Glyphs(ascii: ascii)
        var state = ViewState()
        state.showHelp = true
        let g = ScreenView.render(m, state, width: 80, height: 24, glyphs: glyphs)
        let screen = Self.text(g)
        // Each explanation whole (not clipped), with its glyph in front.
        for (line, _) in glyphs.states() { #expect(screen.contains(line), "state \(line)") }
        for line in glyphs.markers() { #expect(screen.contains(line), "marker \(line)") }
        let kinds: [LaneStateKind] = [.created, .running, .ready, .suspended, .sleeping, .awaiting, .blocked, .done, .raised, .cancelled, .stopped]
        for k in kinds { #expect(glyphs.states().contains { $0.0.unicodeScalars.first == glyphs.state(k) }, "\(k)") }
        let markers: [EventKind] = [.resumed, .yielded, .delegated, .timerFired, .output, .stderr]
        for k in markers { #expect(glyphs.markers().contains { $0.unicodeScalars.first == glyphs.marker(k)! }, "\(k)") }
        #expect(glyphs.markers().contains { $0.unicodeScalars.first == glyphs.send })
        for line in Overlays.keys(ascii: ascii) where !line.isEmpty { #expect(screen.contains(line), "key \(line)") }
        #expect(Overlays.keys(ascii: ascii).contains("v / d      variables / description"))
        // A state glyph in the help keeps its state's style (the chart's colours).
        let row = g.lines().firstIndex { $0.contains(glyphs.states()[1].0) }!
        let col = Array(g.lines()[row].unicodeScalars).firstIndex(of: glyphs.state(.running))!
        #expect(g[col, row].style == .running)
    }

    @Test func descriptionShowsOnOpenAndOnD() throws {
        let m = try Self.model(Self.raising, description: "Two workers sleep; the second raises ValueError and gather passes it on.")
        let app = ViewerApp(model: m, trace: m.trace, exportPath: "/dev/null")
        #expect(app.state.showDescription)
        let open = Self.text(ScreenView.render(m, app.state, width: 80, height: 24, glyphs: Glyphs(ascii: false)))
        #expect(open.contains("Two workers sleep; the second raises ValueError and gather passes it"))
        #expect(open.contains("any key closes this; d shows it again"))
        var state = app.state
        state.apply(KeyMap.intent(for: .right, state: state), model: m)
        #expect(!state.showDescription)
        #expect(state.playhead == 0, "the key that closes the overlay does nothing else")
        #expect(!Self.text(ScreenView.render(m, state, width: 80, height: 24, glyphs: Glyphs(ascii: false))).contains("Two workers"))
        state.apply(KeyMap.intent(for: .char("d"), state: state), model: m)
        #expect(state.showDescription)
        // No description: nothing on open, and `d` says there is none.
        let plain = try Self.model(Self.deadlock)
        var s2 = ViewerApp(model: plain, trace: plain.trace, exportPath: "/dev/null").state
        #expect(!s2.showDescription)
        s2.showDescription = true
        #expect(Self.text(ScreenView.render(plain, s2, width: 80, height: 24, glyphs: Glyphs(ascii: true))).contains("This scenario has no description."))
    }

    @Test func wrapKeepsWordsAndWidth() {
        #expect(Overlays.wrap("aa bb cc dd", width: 5) == ["aa bb", "cc dd"])
        #expect(Overlays.wrap("abcdefgh x", width: 3) == ["abc", "def", "gh", "x"])
        #expect(Overlays.wrap("", width: 3).isEmpty)
    }

    @Test(arguments: [Axis.step, Axis.time])
    func playheadVisibleWithoutColour(axis: Axis) throws {
        let m = try Self.model(Self.raising)
        var state = ViewState()
        state.playhead = 30
        state.axis = axis
        let glyphs = Glyphs(ascii: true)
        let g = ScreenView.render(m, state, width: 80, height: 24, glyphs: glyphs)
        // A mark above the playhead's column in the chart's title row…
        let marks = (0..<g.width).filter { g[$0, 2].scalar == glyphs.playhead && g[$0, 2].style == .playhead }
        #expect(marks.count == 1)
        guard let col = marks.first else { return }
        #expect(Self.text(g).contains("timeline (a column per"), "the title moved aside, not hidden")
        // …and the column itself in the playhead's style, which without colour is reverse video.
        #expect(g[col, 3].style == .playhead)
        let noColour = Palette.look(.playhead, color: false)
        #expect(noColour.attr & sv_a_reverse != 0)
        // No state looks like the playhead, with colour or without.
        let states: [Style] = [.running, .ready, .sleeping, .suspended, .awaiting, .blocked, .done, .raised, .cancelled, .stopped, .dim]
        for colour in [false, true] {
            for s in states { #expect(Palette.look(s, color: colour) != Palette.look(.playhead, color: colour), "\(s) colour \(colour)") }
            for s in states where colour && s != .dim {
                #expect(Palette.foreground(s) != Palette.foreground(.playhead), "\(s)")
            }
        }
    }

    @Test func stderrShowsStyledAndPrefixedAtItsEvent() throws {
        let m = try Self.model(Self.raising)
        let t = m.trace
        let first = (0..<t.count).first { t.kind($0) == .stderr }!
        #expect(t.detailText(first) == "Traceback (most recent call last):")
        let last = t.count - 1
        #expect(t.kind(last) == .raised && t.lane(last) == 0, "the ending event comes after the traceback")
        #expect(t.kind(last - 1) == .stderr && t.detailText(last - 1) == "ValueError: bad 2")
        var state = ViewState()
        state.playhead = first - 1
        let before = ScreenView.render(m, state, width: 100, height: 30, glyphs: Glyphs(ascii: false))
        #expect(!Self.text(before).contains("Traceback"))
        state.playhead = first
        let at = ScreenView.render(m, state, width: 100, height: 30, glyphs: Glyphs(ascii: false))
        let row = at.lines().firstIndex { $0.contains("stderr│ Traceback (most recent call last):") }
        #expect(row != nil)
        if let row {
            let x = Array(at.lines()[row].unicodeScalars).firstIndex(of: "T")!
            #expect(at[x, row].style == .stderr && at[x - 8, row].style == .stderr)
        }
        #expect(Palette.look(.stderr, color: false) != Palette.look(.plain, color: false))
        let ascii = ScreenView.render(m, state, width: 100, height: 30, glyphs: Glyphs(ascii: true))
        #expect(Self.text(ascii).contains("stderr| Traceback"))
    }

    @Test func raisedNarrationNamesTypeMessageAndLine() throws {
        let m = try Self.model(Self.raising)
        let t = m.trace
        let raised = (0..<t.count).first { t.kind($0) == .raised }!
        #expect(Narrator.account(m, raised).hasSuffix("raises ValueError: bad 2 at line 6"))
        let done = (0..<t.count).first { t.kind($0) == .taskDone && t.detailText($0).hasPrefix("raised") }!
        #expect(Narrator.account(m, done).hasSuffix("is done: it raised ValueError: bad 2 at line 6"))
        #expect(Narrator.account(m, t.count - 1).contains("uncaught exception"))
    }

    @Test func deadlockedLanesAreStoppedNotDone() throws {
        let m = try Self.model(Self.deadlock)
        let t = m.trace
        let last = t.count - 1
        #expect(t.kind(last) == .deadlock)
        #expect(t.kind(last - 1) == .stderr, "schedviz's deadlock message is in the trace before the ending")
        let states = m.states.states(after: last)
        for lane in 0..<t.lanes.count where states[lane].kind != .absent {
            #expect(states[lane].kind == .stopped, "\(t.lanes[lane].name)")
        }
        #expect(m.states.reason(states[1]) != "", "a stopped lane keeps what it waited for")
        #expect(Narrator.account(m, last - 2).contains("schedviz writes to stderr why the run ends: \"deadlock at t=0.0"))
        #expect(Narrator.account(m, last).contains("drawn stopped"))
        var state = ViewState()
        state.playhead = last
        let glyphs = Glyphs(ascii: false)
        let g = ScreenView.render(m, state, width: 80, height: 24, glyphs: glyphs)
        // The chart's rows, above the legend (which shows every glyph).
        let legendRow = try #require((0..<g.height).first { y in g[1, y].scalar == glyphs.state(.running) })
        let chart = (3..<legendRow).flatMap { y in (0..<g.width).map { g[$0, y] } }
        #expect(!chart.contains { $0.scalar == glyphs.state(.done) })
        #expect(chart.contains { $0.scalar == glyphs.state(.stopped) })
        // A limit (here virtual time) stops a sleeping task too.
        let limited = try Self.model("import asyncio\nasync def tick():\n    while True:\n        await asyncio.sleep(1000)\nasyncio.run(tick())\n")
        let end = limited.eventCount - 1
        #expect(limited.trace.kind(end) == .limit)
        let before = limited.states.states(after: end - 1), after = limited.states.states(after: end)
        #expect(before[1].kind == .sleeping && after[1].kind == .stopped)
        #expect(after[0].kind == .stopped)
        // A program that finishes keeps main done.
        let ok = try Self.model("print(1)\n")
        #expect(ok.states.states(after: ok.eventCount - 1)[0].kind == .done)
    }
}
