import Testing
import Scheduler
import CNcurses
@testable import SchedViz
#if canImport(Glibc)
import Glibc
#endif

/// A small dates-like program: two tasks, each with a `sleep` sub-lane.
private let source = """
import asyncio

@asyncio.coroutine
def tick(num, loop):
    end_time = loop.time() + 3.0
    while True:
        print("tick", num, loop.time())
        if (loop.time() + 1.0) >= end_time:
            break
        yield from asyncio.sleep(1)

loop = asyncio.get_event_loop()
asyncio.ensure_future(tick(1, loop))
asyncio.ensure_future(tick(2, loop))
loop.run_until_complete(asyncio.sleep(4))
"""

private func makeModel() throws -> TimelineModel {
    let session = try Session(RunConfig(source: source, file: "ticks.py"))
    session.record()
    session.output = .discard
    return TimelineModel(trace: session.run().trace!, title: "ticks", scenarioName: "ticks.py")
}

@Suite struct KeyMapTests {
    let state = ViewState()

    @Test func everyKeyOutsideHelp() {
        let expected: [(Key, Intent)] = [
            (.char(" "), .togglePlay),
            (.right, .stepForward), (.char("l"), .stepForward),
            (.left, .stepBack), (.char("h"), .stepBack),
            (.char("g"), .toStart), (.char("G"), .toEnd),
            (.char("+"), .faster), (.char("="), .faster), (.char("-"), .slower),
            (.up, .selectUp), (.char("k"), .selectUp),
            (.down, .selectDown), (.char("j"), .selectDown),
            (.enter, .toggleExpand), (.char("t"), .toggleAxis), (.char("x"), .export),
            (.char("?"), .toggleHelp), (.char("d"), .toggleDescription), (.char("q"), .quit),
            (.tick, .tick), (.resize, .resize),
            (.escape, .none), (.char("z"), .none), (NcursesTerminal.unknown, .none),
        ]
        for (key, intent) in expected {
            #expect(KeyMap.intent(for: key, state: state) == intent, "key \(key)")
        }
    }

    @Test func helpOverlayClosesOnAnyKeyButQuitTickResize() {
        var help = state
        help.showHelp = true
        #expect(KeyMap.intent(for: .char("q"), state: help) == .quit)
        #expect(KeyMap.intent(for: .tick, state: help) == .tick)
        #expect(KeyMap.intent(for: .resize, state: help) == .resize)
        for key: Key in [.char(" "), .right, .left, .up, .down, .enter, .escape, .char("x"), .char("?"), NcursesTerminal.unknown] {
            #expect(KeyMap.intent(for: key, state: help) == .toggleHelp, "key \(key)")
        }
    }
}

@Suite struct ViewStateApplyTests {
    let model: TimelineModel
    var last: Int { model.eventCount - 1 }
    init() throws { model = try makeModel() }

    private func applied(_ intents: [Intent], to start: ViewState = ViewState()) -> ViewState {
        var s = start
        for i in intents { s.apply(i, model: model) }
        return s
    }

    @Test func modelHasEventsAndSubLanes() {
        #expect(model.eventCount > 10)
        #expect(model.visibleLanes(collapsed: []).contains { model.hasSubLanes($0) })
    }

    @Test func stepForwardAndBackStopAtTheEnds() {
        #expect(applied([.stepForward]).playhead == 1)
        #expect(applied([.stepForward, .stepForward, .stepBack]).playhead == 1)
        #expect(applied([.stepBack]).playhead == 0)
        var end = ViewState(); end.playhead = last
        #expect(applied([.stepForward], to: end).playhead == last)
    }

    @Test func steppingPauses() {
        var playing = ViewState(); playing.playing = true
        #expect(!applied([.stepForward], to: playing).playing)
        #expect(!applied([.stepBack], to: playing).playing)
        #expect(!applied([.toStart], to: playing).playing)
        #expect(!applied([.toEnd], to: playing).playing)
    }

    @Test func startAndEnd() {
        #expect(applied([.toEnd]).playhead == last)
        #expect(applied([.toEnd, .toStart]).playhead == 0)
    }

    @Test func togglePlayAndTicks() {
        let s = applied([.togglePlay])
        #expect(s.playing)
        #expect(applied([.tick], to: s).playhead == s.speed / ViewState.ticksPerSecond)
        #expect(applied([.tick]).playhead == 0, "a tick while paused does nothing")
        #expect(!applied([.togglePlay], to: s).playing)
    }

    @Test func playingStopsAtTheEndAndRestartsFromTheStart() {
        var s = applied([.togglePlay])
        for _ in 0...(model.eventCount * ViewState.ticksPerSecond / s.speed + 1) { s.apply(.tick, model: model) }
        #expect(s.playhead == last)
        #expect(!s.playing)
        s.apply(.togglePlay, model: model)
        #expect(s.playing && s.playhead == 0)
    }

    @Test func slowestSpeedIsOneEventASecond() {
        var s = ViewState(); s.speed = 1; s.playing = true
        for _ in 0..<(ViewState.ticksPerSecond - 1) { s.apply(.tick, model: model) }
        #expect(s.playhead == 0, "nine ticks at 1 event/s stay put")
        s.apply(.tick, model: model)
        #expect(s.playhead == 1, "the tenth moves one event")
    }

    @Test func speedDoublesAndHalvesWithinBounds() {
        #expect(applied([.faster]).speed == 80)
        #expect(applied([.slower]).speed == 20)
        #expect(applied(Array(repeating: .faster, count: 20)).speed == ViewState.maxSpeed)
        #expect(applied(Array(repeating: .slower, count: 20)).speed == 1)
    }

    @Test func laneSelectionStaysInRange() {
        let count = model.visibleLanes(collapsed: []).count
        #expect(applied([.selectDown]).selectedLane == 1)
        #expect(applied([.selectUp]).selectedLane == 0)
        #expect(applied(Array(repeating: .selectDown, count: count + 5)).selectedLane == count - 1)
    }

    @Test func enterCollapsesAndExpandsTheSelectedTask() throws {
        let lanes = model.visibleLanes(collapsed: [])
        let index = try #require(lanes.firstIndex { model.hasSubLanes($0) })
        var s = ViewState(); s.selectedLane = index; s.followPlayhead = false
        s.apply(.toggleExpand, model: model)
        #expect(s.collapsed == [lanes[index]])
        #expect(model.visibleLanes(collapsed: s.collapsed).count < lanes.count)
        s.apply(.toggleExpand, model: model)
        #expect(s.collapsed.isEmpty)
        #expect(applied([.toggleExpand]).collapsed.isEmpty == !model.hasSubLanes(lanes[0]))
        // A lane with nothing to open says so.
        let plain = try #require(lanes.firstIndex { !model.hasSubLanes($0) })
        var p = ViewState(); p.selectedLane = plain; p.followPlayhead = false
        p.apply(.toggleExpand, model: model)
        #expect(p.collapsed.isEmpty && p.status.contains("has no sub-lanes to expand"))
    }

    @Test func axisAndHelpToggle() {
        #expect(applied([.toggleAxis]).axis == .time)
        #expect(applied([.toggleAxis, .toggleAxis]).axis == .step)
        #expect(applied([.toggleHelp]).showHelp)
        #expect(!applied([.toggleHelp, .toggleHelp]).showHelp)
    }

    @Test func appLevelIntentsLeaveTheStateAlone() {
        var s = ViewState(); s.playhead = 3; s.status = "x"
        for i: Intent in [.none, .quit, .export, .resize] {
            #expect(applied([i], to: s) == s, "intent \(i)")
        }
    }
}

@Suite struct ViewerAppTests {
    let model: TimelineModel
    init() throws { model = try makeModel() }

    private func tempDir() -> String {
        var template = Array("/tmp/schedviz-apptest.XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    @Test func loopDrawsAFramePerKeyAndQuitsOnQ() {
        var app = ViewerApp(model: model, trace: model.trace, exportPath: "/nonexistent/never-written")
        let term = MemoryTerminal(width: 100, height: 30, keys: [.right, .right, .left])
        app.run(on: term)
        #expect(app.state.playhead == 1)
        #expect(term.frames.count == 4)                       // the first frame, then one per key
        #expect(term.frames.allSatisfy { $0.width == 100 && $0.height == 30 })
        #expect(term.stopped == 0, "stopping is the launcher's job")
    }

    @Test func resizeRendersAtTheNewSize() {
        var app = ViewerApp(model: model, trace: model.trace, exportPath: "/nonexistent/x")
        let term = MemoryTerminal(width: 100, height: 30, keys: [.resize])
        term.sizeAfterResize = (60, 20)
        app.run(on: term)
        #expect(term.frames.map(\.width) == [100, 60])
        #expect(term.frames.map(\.height) == [30, 20])
    }

    @Test func idleTicksDoNotRedrawButPlayingTicksDo() {
        var app = ViewerApp(model: model, trace: model.trace, exportPath: "/nonexistent/x")
        let idle = MemoryTerminal(width: 100, height: 30, keys: [.tick, .tick, .tick])
        app.run(on: idle)
        #expect(idle.frames.count == 1)
        let playing = MemoryTerminal(width: 100, height: 30, keys: [.char(" "), .tick, .tick])
        app.run(on: playing)
        #expect(playing.frames.count == 4)
    }

    @Test func terminalDecidesAsciiAndColour() {
        var app = ViewerApp(model: model, trace: model.trace, exportPath: "/nonexistent/x")
        app.run(on: MemoryTerminal(width: 80, height: 24, keys: [], ascii: true, color: false))
        #expect(app.state.ascii && !app.state.color)
    }

    @Test func exportWritesTheTextTraceAndSaysWhere() throws {
        let dir = tempDir()
        let path = dir + "/ticks.trace.txt"
        var app = ViewerApp(model: model, trace: model.trace, exportPath: path)
        app.run(on: MemoryTerminal(width: 100, height: 30, keys: [.char("x")]))
        #expect(app.state.status == "exported \(model.eventCount) events to \(path)")
        let f = try #require(fopen(path, "rb"))
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            bytes += buf[0..<n]
        }
        fclose(f)
        #expect(bytes == TraceExport.render(model.trace, format: .text))
        unlink(path); rmdir(dir)
    }

    @Test func exportNeverOverwritesAndWritesEveryFormat() throws {
        let dir = tempDir()
        let path = dir + "/ticks.trace.txt"
        var app = ViewerApp(model: model, trace: model.trace, exportPath: path)
        app.run(on: MemoryTerminal(width: 100, height: 30, keys: [.char("x"), .char("x"), .char("x"), .char("J"), .char("C"), .char("C")]))
        let names = Self.list(dir)
        #expect(names == ["ticks.trace.1.json", "ticks.trace.1.txt", "ticks.trace.2.txt", "ticks.trace.json", "ticks.trace.jsonl", "ticks.trace.txt"])
        #expect(app.state.status == "exported \(model.eventCount) events to \(dir)/ticks.trace.1.json")
        #expect(Self.read(dir + "/ticks.trace.json") == TraceExport.render(model.trace, format: .chrome))
        #expect(Self.read(dir + "/ticks.trace.jsonl") == TraceExport.render(model.trace, format: .jsonl))
        for n in names { unlink(dir + "/" + n) }
        rmdir(dir)
    }

    static func list(_ dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = [], buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { return bytes }
            bytes += buf[0..<n]
        }
    }

    @Test func exportSaysTheFullPathOfARelativeName() throws {
        let cwd = try #require(getcwd(nil, 0))
        defer { free(cwd) }
        #expect(ViewerApp.absolute("rel.trace.txt") == String(cString: cwd) + "/rel.trace.txt")
        #expect(ViewerApp.absolute("/abs/x.txt") == "/abs/x.txt")
    }

    @Test func exportToAFolderFailsInTheStatusLine() {
        let dir = tempDir()
        var app = ViewerApp(model: model, trace: model.trace, exportPath: dir)
        app.run(on: MemoryTerminal(width: 100, height: 30, keys: [.char("x")]))
        #expect(app.state.status.hasPrefix("export failed: "))
        #expect(!app.state.status.contains("\n"))
        rmdir(dir)
    }
}

@Suite struct PaletteTests {
    @Test func withoutColourOnlyAttributes() {
        for style in Style.allCases { #expect(Palette.look(style, color: false).pair == 0, "\(style)") }
    }

    @Test func colouredStylesHaveTheirOwnPair() {
        let pairs = Style.allCases.filter { Palette.foreground($0) != nil }.map { Palette.look($0, color: true).pair }
        #expect(Set(pairs).count == pairs.count)
        #expect(!pairs.contains(0))
    }

    @Test func selectionAndKeyBarAreReverseEitherWay() {
        for color in [true, false] {
            #expect(Palette.look(.selected, color: color).attr & sv_a_reverse != 0)
            #expect(Palette.look(.keybar, color: color).attr & sv_a_reverse != 0)
        }
    }
}
