import Foundation
import Testing
@testable import Scheduler

/// What `schedviz run` writes to stderr while a program runs (the loop's exception handler,
/// "Exception ignored", "Task exception was never retrieved", "coroutine ... was never
/// awaited", the final traceback) lands
/// among its prints where CPython's would, with stdout and stderr in one file: interleaved
/// under PYTHONUNBUFFERED (or on a terminal), messages first when stdout is block-buffered,
/// what the end of the run reports after everything printed.
@Suite struct StderrOrderTests {
    static func fixture(_ name: String) -> String {
        TestSupport.packageDir.appendingPathComponent("Tests/SchedulerTests/Fixtures/\(name)").path
    }

    @Test(.enabled(if: Reference.python != nil, "python3 is not installed"), arguments: ["1", ""])
    func mergedOutputMatchesCPython(pythonUnbuffered: String) throws {
        let (ours, theirs) = try Self.bothRuns("stderr_order.py", pythonUnbuffered)
        #expect(ours.status == 1)
        #expect(Self.normalized(ours.text) == theirs)
        // The two modes differ: the test would not notice a mode being ignored otherwise.
        let firstLine = ours.text.prefix { $0 != "\n" }
        #expect(firstLine == (pythonUnbuffered.isEmpty ? "Exception in callback bad(1) at prog.py:6" : "start"))
    }

    /// A program whose run ends normally with reports on stderr: how many of `marker`.
    struct ReportCase: CustomStringConvertible, Sendable {
        var fixture: String, marker: String, count: Int
        var description: String { fixture }
        static let all = [
            // Failed tasks nobody awaited report when CPython frees them: at once, when a
            // returning coroutine's locals or a rebound global let go of them, or at the end.
            ReportCase(fixture: "unretrieved_tasks.py", marker: "Task exception was never retrieved", count: 4),
            // A coroutine a statement calls and drops warns where CPython frees it, once a line.
            ReportCase(fixture: "never_awaited.py", marker: "was never awaited", count: 4),
            // A future's unretrieved exception, named by its class, where CPython frees it.
            ReportCase(fixture: "task_future_unretrieved.py", marker: "exception was never retrieved", count: 7),
            // Coroutines let go of by names, frames and instances, or kept by an exception.
            ReportCase(fixture: "task_never_awaited_more.py", marker: "was never awaited", count: 11),
        ]
    }

    @Test(.enabled(if: Reference.python != nil, "python3 is not installed"), arguments: ReportCase.all, ["1", ""])
    func reportsComeWhereCPythonPrintsThem(_ c: ReportCase, pythonUnbuffered: String) throws {
        let (ours, theirs) = try Self.bothRuns(c.fixture, pythonUnbuffered)
        #expect(ours.status == 0)
        #expect(ours.text.components(separatedBy: c.marker).count == c.count + 1)
        #expect(Self.normalized(ours.text) == theirs)
    }

    /// The fixture run as `prog.py` by schedviz and by the harness under python3, both with
    /// the streams merged; CPython's output normalized to compare.
    static func bothRuns(_ name: String, _ pythonUnbuffered: String) throws -> (ours: (text: String, status: Int32), theirs: String) {
        let dir = try CLITests.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: fixture(name), toPath: dir + "/prog.py")
        let binary = try #require(CLITests.binary, "schedviz binary not found")
        let ours = try merged(binary, ["run", "prog.py"], cwd: dir, pythonUnbuffered)
        let harness = Reference.root.appendingPathComponent("tools/harness.py").path
        let theirs = try merged(Reference.python!, [harness, "prog.py"], cwd: dir, pythonUnbuffered)
        return (ours, normalized(asSchedvizNames(theirs.text, dir: dir)))
    }

    /// CPython names the script by its absolute path and asyncio's own files by where it is
    /// installed; schedviz says `prog.py` and `StdlibFrames.stdlibPrefix`.
    static func asSchedvizNames(_ text: String, dir: String) -> String {
        TestSupport.asSchedvizPaths(text, programDir: dir)
    }

    /// Object addresses differ.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: #"0x[0-9a-f]+"#, with: "0x…", options: .regularExpression)
    }

    /// Runs with stdout and stderr into one file, as `2>&1` does.
    static func merged(_ executable: String, _ arguments: [String], cwd: String, _ pythonUnbuffered: String) throws -> (text: String, status: Int32) {
        let path = cwd + "/merged-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        var env = ProcessInfo.processInfo.environment
        env["PYTHONUNBUFFERED"] = pythonUnbuffered
        p.environment = env
        p.standardOutput = file
        p.standardError = file
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try file.close()
        return (String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self), p.terminationStatus)
    }
}
