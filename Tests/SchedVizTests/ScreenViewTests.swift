import Foundation
import Testing
@testable import SchedViz
@testable import Scheduler

/// The viewer's screen and the printed timeline, rendered without a terminal and
/// compared with golden text (a frame's characters, row by row).
@Suite struct ScreenViewTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = root.appendingPathComponent("Tests/Golden")

    static func model(_ name: String) throws -> TimelineModel {
        let (s, trace, _) = try recordScenario(root.appendingPathComponent("scenarios/\(name).json").path)
        trace.scenarioName = "scenarios/\(name).json"
        return TimelineModel(trace: trace, title: s.title, scenarioName: "scenarios/\(name).json")
    }

    /// Set SCHEDVIZ_UPDATE_GOLDEN=1 to rewrite the files (then read the diff before committing).
    static func compare(_ text: String, _ file: String) throws {
        let url = golden.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["SCHEDVIZ_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(file) differs from the golden file")
    }

    struct Frame: CustomStringConvertible, Sendable {
        var width: Int, height: Int, playhead: Int, axis: String
        var description: String { "\(width)x\(height) @\(playhead) \(axis)" }
    }

    static let frames: [Frame] = [
        Frame(width: 80, height: 24, playhead: 0, axis: "step"),
        Frame(width: 80, height: 24, playhead: 40, axis: "step"),
        Frame(width: 80, height: 24, playhead: 300, axis: "step"),
        Frame(width: 80, height: 24, playhead: 569, axis: "time"),
        Frame(width: 160, height: 48, playhead: 40, axis: "step"),
        Frame(width: 160, height: 48, playhead: 569, axis: "step"),
        Frame(width: 160, height: 48, playhead: 250, axis: "time"),
    ]

    @Test(arguments: frames)
    func datesScreenMatchesGolden(_ f: Frame) throws {
        let m = try Self.model("dates")
        var state = ViewState()
        state.playhead = f.playhead
        state.axis = Axis(rawValue: f.axis)!
        let grid = ScreenView.render(m, state, width: f.width, height: f.height, glyphs: Glyphs(ascii: false))
        #expect(grid.width == f.width && grid.height == f.height)
        try Self.compare(grid.lines().joined(separator: "\n") + "\n", "screens/dates-\(f.width)x\(f.height)-\(f.playhead)-\(f.axis).txt")
    }

    @Test(arguments: ["gen", "nums", "coro", "dates", "native", "interop"])
    func timelineMatchesGolden(_ name: String) throws {
        let m = try Self.model(name)
        try Self.compare(ChartView.printable(m, width: 100, axis: .step, glyphs: Glyphs(ascii: false)), "\(name).timeline.txt")
    }

    /// `time.sleep` can carry virtual time past 2**63 microseconds: the status line's
    /// wall clock used to trap converting it.
    @Test func aClockPastYear9999StillRenders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("schedviz-far-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "import time\nfor _ in range(2000):\n    time.sleep(9e9)\nprint(time.time())\n"
            .write(to: dir.appendingPathComponent("far.py"), atomically: true, encoding: .utf8)
        try "{\"source_file\": \"far.py\", \"limits\": {\"time\": 1e15}}\n"
            .write(to: dir.appendingPathComponent("far.json"), atomically: true, encoding: .utf8)
        let (s, trace, _) = try recordScenario(dir.appendingPathComponent("far.json").path)
        let m = TimelineModel(trace: trace, title: s.title, scenarioName: "far.json")
        var state = ViewState()
        state.playhead = m.eventCount - 1
        let text = ScreenView.render(m, state, width: 100, height: 24, glyphs: Glyphs(ascii: true)).lines().joined(separator: "\n")
        #expect(text.contains("t=18000000000000"))
        #expect(text.contains("572413-02-27"))
    }

    @Test func tooSmallSaysSo() throws {
        let m = try Self.model("gen")
        let grid = ScreenView.render(m, ViewState(), width: 40, height: 10, glyphs: Glyphs(ascii: false))
        #expect(grid.lines().joined().contains("terminal too small (40×10)"))
    }

    @Test func asciiGlyphsOnly() throws {
        let m = try Self.model("dates")
        var state = ViewState()
        state.playhead = 100
        state.ascii = true
        let grid = ScreenView.render(m, state, width: 100, height: 30, glyphs: Glyphs(ascii: true))
        #expect(grid.cells.allSatisfy { $0.scalar.isASCII })
    }

    @Test func frameShowsOnlyPlayheadsOutputAndNoControlCharacters() throws {
        let src = "print('\\x1b[2Jclear\\x07')\nprint('sec' + 'ond')\n"
        let s = Scenario(source: src, path: "esc.py")
        let session = try Session(s.config)
        session.record()
        session.output = .discard
        let m = TimelineModel(trace: session.run().trace!, title: "esc", scenarioName: "esc.py")
        var state = ViewState()
        state.playhead = 1
        let grid = ScreenView.render(m, state, width: 80, height: 24, glyphs: Glyphs(ascii: false))
        #expect(grid.cells.allSatisfy { $0.scalar.value >= 0x20 && $0.scalar.value != 0x7f })
        let text = grid.lines().joined(separator: "\n")
        #expect(text.contains("\\x1b[2Jclear\\x07"))
        #expect(!text.contains("second"))
    }
}
