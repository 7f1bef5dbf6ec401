import Foundation
import Testing
@testable import Scheduler

/// Every scenario and asyncio conformance program, run by schedviz and by CPython's real
/// asyncio under tools/harness.py: the output bytes and the task-step sequences must agree.
@Suite struct HarnessAgreementTests {
    static let root = Reference.root
    static let python = Reference.python

    struct Case: CustomStringConvertible, Sendable {
        var path: String
        var seed: Int?
        var heap: Bool?
        var description: String { "\(path)\(seed.map { " seed \($0)" } ?? "")\(heap.map { $0 ? " heap" : " fifo" } ?? "")" }
    }

    static func scenarioCases() -> [Case] {
        let dir = root.appendingPathComponent("scenarios")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        var cases: [Case] = []
        for f in files.sorted() where f.hasSuffix(".json") {
            let path = dir.appendingPathComponent(f).path
            let source = (try? Scenario.load(path: path))?.config.source ?? ""
            if source.contains("random") {
                for seed in 0...9 { cases.append(Case(path: path, seed: seed)) }
            } else {
                cases.append(Case(path: path))
            }
        }
        return cases
    }

    static func conformanceCases() -> [Case] {
        let dir = root.appendingPathComponent("Tests/AsyncConformance")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.sorted().filter { $0.hasSuffix(".py") }.flatMap { f in
            [false, true].map { Case(path: dir.appendingPathComponent(f).path, heap: $0) }
        }
    }

    @Test("python3 is available for differential tests")
    func pythonPresent() {
        #expect(Self.python != nil, "python3 not found: the differential tests below are skipped")
    }

    @Test(.enabled(if: python != nil, "python3 is not installed"), arguments: scenarioCases())
    func scenarioAgrees(_ c: Case) throws { try check(c) }

    @Test(.enabled(if: python != nil, "python3 is not installed"), arguments: conformanceCases())
    func conformanceAgrees(_ c: Case) throws { try check(c) }

    private func check(_ c: Case) throws {
        var s = try Scenario.load(path: c.path)
        if let seed = c.seed {
            s.config.seed = Seed(seed)
        }
        if let heap = c.heap { s.config.tiebreak = heap ? .heap : .fifo }
        let session = try Session(s)
        session.logSteps()
        let result = session.run()
        let ours = result.steps! + [result.ending.harnessLine]

        let (theirOut, theirSteps) = try Reference.runHarness(s.config)
        #expect(result.stdout == theirOut, "output differs from CPython")
        #expect(ours == theirSteps, "task steps differ from CPython")
    }

}
