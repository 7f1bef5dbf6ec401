import Testing
@testable import Scheduler
import Foundation

/// Every `Tests/Conformance/*.py` runs in-process and under `python3`; stdout must be byte-identical,
/// and a program that raises must exit 1 with CPython's whole stderr (traceback, markers, chains).
@Suite struct ConformanceTests {
    static let programs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.conformanceDir.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted()
    }()

    @Test("the conformance folder has programs")
    func folderIsFound() {
        #expect(Self.programs.count >= 4, "no programs found in \(TestSupport.conformanceDir.path)")
    }

    @Test("matches CPython", .enabled(if: TestSupport.python3 != nil, "python3 not on PATH: conformance tier skipped"),
          .timeLimit(.minutes(5)), arguments: programs)
    func matchesCPython(_ name: String) throws {
        let dir = TestSupport.conformanceDir.path
        let source = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
        let (stdout, stderr, result) = try TestSupport.runInProcessWithStderr(source, file: name)
        let py = try TestSupport.run(TestSupport.python3!, [name], cwd: dir)

        #expect(stdout == py.stdout, "stdout differs from python3 for \(name)")
        if stdout != py.stdout { firstDifference(stdout, py.stdout) }
        #expect(result.exitStatus == py.status, "exit status: schedviz \(result.exitStatus), python3 \(py.status)\n\(result.errorText)")
        // python3 names the script by its absolute path; schedviz by the name it was given.
        let theirs = TestSupport.asSchedvizPaths(py.stderr, programDir: dir)
        if result.ending == .raised {
            #expect(result.errorText.split(separator: "\n").last.map(String.init) == py.lastErrorLine)
        } else {
            #expect(result.errorText == "")
        }
        // The whole stderr: what the program wrote as it ran (logging, sys.stderr, "Exception
        // ignored" reports, whose object addresses differ), then the traceback.
        let ours = Self.withoutAddresses(stderr + result.errorText)
        #expect(ours == Self.withoutAddresses(theirs))
        if ours != Self.withoutAddresses(theirs) { firstDifference(ours, Self.withoutAddresses(theirs)) }
    }

    static func withoutAddresses(_ s: String) -> String {
        s.replacingOccurrences(of: " at 0x[0-9a-f]+>", with: " at 0x?>", options: .regularExpression)
    }

    private func firstDifference(_ ours: String, _ theirs: String) {
        let a = ours.split(separator: "\n", omittingEmptySubsequences: false)
        let b = theirs.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : "<end>"
            let y = i < b.count ? String(b[i]) : "<end>"
            if x != y {
                Issue.record("first difference at line \(i + 1):\n  schedviz: \(x)\n  python3:  \(y)")
                return
            }
        }
    }
}
