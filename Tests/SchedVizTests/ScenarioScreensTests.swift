import Foundation
import Testing
@testable import SchedViz
@testable import Scheduler

/// Every scenario at 80×24, at its first, middle and last event: golden screens
/// (SCHEDVIZ_UPDATE_GOLDEN=1 rewrites them), each with the whole key bar and every row
/// within the width.
@Suite struct ScenarioScreensTests {
    static func scenarios() -> [String] {
        let dir = ScreenViewTests.root.appendingPathComponent("scenarios")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test(arguments: scenarios())
    func screensAt80x24(_ name: String) throws {
        let m = try ScreenViewTests.model(name)
        let last = max(0, m.eventCount - 1)
        for (label, p) in [("first", 0), ("middle", last / 2), ("last", last)] {
            var state = ViewState()
            state.playhead = p
            let lines = ScreenView.render(m, state, width: 80, height: 24, glyphs: Glyphs(ascii: false)).lines()
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.unicodeScalars.count <= 80 }, "\(name) \(label)")
            #expect(lines[23].hasPrefix(" space play") && lines[23].hasSuffix("? help  q quit"), "\(name) \(label): the whole key bar")
            try ScreenViewTests.compare(lines.joined(separator: "\n") + "\n", "screens/80x24/\(name)-\(label).txt")
        }
    }
}
