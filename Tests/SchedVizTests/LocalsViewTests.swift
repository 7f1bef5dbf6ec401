import Foundation
import Testing
@testable import SchedViz
@testable import Scheduler

/// The locals pane (`v`) and `trace --format jsonl --locals`.
@Suite struct LocalsViewTests {
    static let coro = ScreenViewTests.root.appendingPathComponent("scenarios/coro.json").path

    @Test func jsonlLocalsGivesEachEventItsLanesFrames() throws {
        let (trace, extra) = try TraceCmd.withLocals(Self.coro)
        let plainSize = TraceExport.render(trace, format: .jsonl).count
        var bytes: [UInt8] = []
        TraceExport.write(trace, format: .jsonl, extra: extra) { bytes.append(contentsOf: $0) }
        #expect(bytes.count > plainSize)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == trace.count)
        let events = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        func hello(_ e: [String: Any]) -> String? {
            let frames = e["frames"] as! [[String: Any]]
            return (frames.last?["locals"] as? [String: String])?["hello"]
        }
        let send = try #require(events.firstIndex { ($0["detail"] as? String) == "send 'World'" })
        #expect(events[send]["lane"] as? String == "coro#1")
        #expect(hello(events[send]) == "'World'")
        #expect((events[send]["frames"] as! [[String: Any]]).first?["function"] as? String == "coro")
        #expect(events[send]["last"] as? String == "send 'World'")
        for e in events[..<send] where e["lane"] as? String == "coro#1" { #expect(hello(e) == nil) }
        // The main lane's events show the module's globals.
        let output = try #require(events.first { $0["kind"] as? String == "output" })
        let module = (output["frames"] as! [[String: Any]])[0]
        #expect(module["function"] as? String == "<module>")
        #expect(((module["locals"] as? [String: String])?["c"])?.hasPrefix("<generator object coro") == true)
        // Without the new fields the lines are the plain export's: the same run, the same events.
        let plain = String(decoding: TraceExport.render(try recordScenario(Self.coro).1, format: .jsonl), as: UTF8.self).split(separator: "\n")
        let stripped = lines.map { line -> String in
            let s = String(line)
            return String(s[..<s.range(of: ",\"status\":")!.lowerBound]) + "}"
        }
        #expect(stripped == plain.map(String.init))
    }

    @Test func paneShowsTheSnapshotInPlaceOfTheOutput() throws {
        let model = try ScreenViewTests.model("coro")
        let send = try #require((0..<model.eventCount).first { model.trace.detailText($0) == "send 'World'" })
        var state = ViewState()
        state.playhead = send
        state.apply(.toggleLocals, model: model)
        #expect(state.showLocals)
        let lane = ScreenView.focusLane(model, state)
        #expect(model.trace.laneName(lane) == "coro#1")
        let snap = Inspector(try Scenario.load(path: Self.coro)).snapshot(after: send, lane: lane)
        let screen = ScreenView.render(model, state, width: 100, height: 24, glyphs: Glyphs(ascii: false), locals: snap).lines().joined(separator: "\n")
        #expect(screen.contains(" variables "))
        #expect(screen.contains("│ coro  line 3"))
        #expect(screen.contains("  hello = 'World'"))
        #expect(screen.contains("last: send 'World'"))
        #expect(!screen.contains("─ output ─"))
        // v again: the output pane is back.
        state.apply(.toggleLocals, model: model)
        let back = ScreenView.render(model, state, width: 100, height: 24, glyphs: Glyphs(ascii: false), locals: snap).lines().joined(separator: "\n")
        #expect(back.contains("─ output ─") && !back.contains("hello = 'World'"))
        #expect(KeyMap.intent(for: .char("v"), state: ViewState()) == .toggleLocals)
    }

    @Test func shortPanesDropTheOuterFramesVariablesFirst() {
        let frames = (0..<3).map { i in
            FrameSnapshot(function: "f\(i)", line: i + 1, isLibrary: false, locals: (0..<3).map { Variable(name: "v\($0)", repr: "\(i)") })
        }
        let s = LaneSnapshot(event: 0, lane: 1, status: "suspended", frames: frames, suspendedOn: "sleep(1) until t=1.0", last: "yielded None")
        func draw(_ h: Int) -> [String] {
            var g = Grid(width: 40, height: h)
            LocalsView.draw(s, ascii: true, into: &g, x: 0, y: 0, w: 40, h: h)
            return g.lines()
        }
        // Room for all: 3 frames, 9 variables, waits on and last.
        #expect(draw(14) == ["f0  line 1", "  v0 = 0", "  v1 = 0", "  v2 = 0", " f1  line 2", "   v0 = 1", "   v1 = 1", "   v2 = 1",
                             "  f2  line 3", "    v0 = 2", "    v1 = 2", "    v2 = 2", "waits on: sleep(1) until t=1.0", "last: yielded None"])
        // Three rows short: the outermost frame's variables go.
        #expect(draw(11) == ["f0  line 1", " f1  line 2", "   v0 = 1", "   v1 = 1", "   v2 = 1",
                             "  f2  line 3", "    v0 = 2", "    v1 = 2", "    v2 = 2", "waits on: sleep(1) until t=1.0", "last: yielded None"])
        // One more short: the next frame's give way to a count.
        #expect(draw(10) == ["f0  line 1", " f1  line 2", "   v0 = 1", "   ... 2 more",
                             "  f2  line 3", "    v0 = 2", "    v1 = 2", "    v2 = 2", "waits on: sleep(1) until t=1.0", "last: yielded None"])
        // Tiny: the innermost end.
        #expect(draw(3) == ["...", "waits on: sleep(1) until t=1.0", "last: yielded None"])
    }
}
