import Testing
@testable import Scheduler
import Foundation

/// Frames and locals at a step (deliverable 6): the inspector re-runs the program and pauses
/// just after the asked event; the answers must not depend on the order steps are asked in.
@Suite struct InspectorTests {
    static func scenario(_ name: String) throws -> Scenario {
        try Scenario.load(path: TestSupport.packageDir.appendingPathComponent("scenarios/\(name)").path)
    }

    static func trace(_ s: Scenario) throws -> Trace {
        let session = try Session(s)
        session.record()
        session.output = .discard
        return session.run().trace!
    }

    static func program(_ source: String) -> (Inspector, Trace) {
        let config = RunConfig(source: source, file: "prog.py")
        let session = try! Session(config)
        session.record()
        session.output = .discard
        return (Inspector(config), session.run().trace!)
    }

    /// The first event of `kind` on a lane named `lane` whose detail is `detail` (if given).
    static func find(_ t: Trace, _ kind: EventKind, lane: String, detail: String? = nil, from: Int = 0) -> Int? {
        (from..<t.count).first { t.kind($0) == kind && t.laneName(Int(t.lane($0))) == lane && (detail == nil || t.detailText($0) == detail) }
    }

    static func dump(_ s: LaneSnapshot) -> String {
        var out = "\(s.status) on=\(s.suspendedOn) last=\(s.last)\n"
        for f in s.frames { out += "  \(f.function):\(f.line) " + f.locals.map { "\($0.name)=\($0.repr)" }.joined(separator: " ") + "\n" }
        return out
    }

    @Test func dumpAll() throws {
        for name in ["coro.json", "queue.json", "dates.json"] {
            let s = try Self.scenario(name)
            let t = try Self.trace(s)
            let inspector = Inspector(s)
            for i in 0..<min(t.count, 60) {
                print(i, t.laneName(Int(t.lane(i))), t.kind(i).name, t.detailText(i), "->", Self.dump(inspector.snapshot(after: i, lane: Int(t.lane(i)))))
            }
        }
    }
}
