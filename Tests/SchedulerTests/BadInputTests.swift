import Testing
@testable import Scheduler
import Foundation

/// The bad-input corpus (`Tests/BadInput/NAME/`): each case is a folder with the files it
/// needs, `args` (the schedviz command line, run inside a copy of the folder), and the exact
/// `expected.stderr`, `expected.status` and, when the program prints, `expected.stdout`.
/// A `cpython` file holds how the case compares with `python3 input.py`: `full` (the whole
/// stderr, markers under the source lines included) or `last-line` (the exception line only:
/// frames inside asyncio differ). A few inputs too big to keep in git are written by `generated`.
@Suite struct BadInputTests {
    static let corpusDir = TestSupport.testsDir.appendingPathComponent("BadInput")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusDir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// Inputs built at test time: (case name, file name, contents).
    static let generated: [String: (String, Data)] = [
        "source-over-10mb": ("prog.py", Data(String(repeating: "x = 1  # padding padding padding padding padding padding\n", count: 190_000).utf8)),
        "limit-json-number-million": ("input.json", Data(("{\"source\": \"print(1)\", \"seed\": " + String(repeating: "7", count: 1_000_000) + "}\n").utf8)),
        "json-nested-100k": ("input.json", Data(("{\"source\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}\n").utf8)),
    ]

    @Test func corpusIsLargeEnough() {
        #expect(Self.cases.count >= 60, "only \(Self.cases.count) cases")
    }

    @Test("bad input gives its exact message and status", .enabled(if: CLITests.binary != nil, "schedviz binary not found"),
          arguments: cases)
    func badInput(_ name: String) throws {
        let source = Self.corpusDir.appendingPathComponent(name).path
        let dir = try CLITests.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for file in try FileManager.default.contentsOfDirectory(atPath: source) where !file.hasPrefix("expected.") {
            try FileManager.default.copyItem(atPath: source + "/" + file, toPath: dir + "/" + file)
        }
        if let (file, data) = Self.generated[name] { try data.write(to: URL(fileURLWithPath: dir + "/" + file)) }
        let args = try String(contentsOfFile: source + "/args", encoding: .utf8)
            .split(separator: "\n")[0].split(separator: " ").map(String.init)
        let started = Date()
        let r = try CLITests.schedviz(args, cwd: dir)
        let seconds = Date().timeIntervalSince(started)

        let stderr = try String(contentsOfFile: source + "/expected.stderr", encoding: .utf8)
        let status = try String(contentsOfFile: source + "/expected.status", encoding: .utf8)
        let stdout = (try? String(contentsOfFile: source + "/expected.stdout", encoding: .utf8)) ?? ""
        #expect(r.stderr == stderr.replacingOccurrences(of: "$DIR", with: dir))
        #expect(String(r.status) == status.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(r.stdout == stdout)
        #expect(seconds < 10, "took \(seconds) s")
        // Never a Swift trap or a signal: those exit with 128+ or print a backtrace.
        #expect([0, 1, 2].contains(r.status))
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Backtrace"))

        guard let mode = try? String(contentsOfFile: source + "/cpython", encoding: .utf8), let python = TestSupport.python3 else { return }
        let py = try TestSupport.run(python, ["input.py"], cwd: dir, timeout: 30)
        let pyStderr = TestSupport.asSchedvizPaths(py.stderr.replacingOccurrences(of: "File \"\(dir)/input.py\"", with: "File \"input.py\""), programDir: dir)
        #expect(py.status != 0)
        #expect(py.stdout == r.stdout)
        if mode.hasPrefix("full") {
            #expect(r.stderr == pyStderr)
        } else {
            #expect(r.lastErrorLine == py.lastErrorLine)
            #expect(r.status == py.status)
        }
    }

    /// A pipe as the scenario or as its program would block a plain read forever.
    @Test(.enabled(if: CLITests.binary != nil, "schedviz binary not found"))
    func pipesAreRefused() throws {
        let dir = try CLITests.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/pipe.json", 0o600) == 0 && mkfifo(dir + "/prog.py", 0o600) == 0)
        try CLITests.write(dir + "/uses.json", "{\"source_file\": \"prog.py\"}\n")
        let a = try CLITests.schedviz(["run", "pipe.json"], cwd: dir)
        #expect(a.status == 2)
        #expect(a.stderr == "schedviz: pipe.json: not a regular file (a pipe, socket or device). Give a .json scenario or a .py program saved in a file.\n")
        let b = try CLITests.schedviz(["run", "uses.json"], cwd: dir)
        #expect(b.status == 2)
        #expect(b.stderr == "schedviz: uses.json:1:17: source_file: \"prog.py\" is not a regular file (a pipe, socket or device). Name a .py file.\n")
    }

    /// Every expected file's status agrees with the promise: 2 bad input, 1 raised, 0 a limit ending.
    @Test(arguments: cases) func expectedStatusIsMeaningful(_ name: String) throws {
        let status = try String(contentsOfFile: Self.corpusDir.path + "/\(name)/expected.status", encoding: .utf8)
        let code = status.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(["0", "1", "2"].contains(code))
        let stderr = try String(contentsOfFile: Self.corpusDir.path + "/\(name)/expected.stderr", encoding: .utf8)
        let stdout = (try? String(contentsOfFile: Self.corpusDir.path + "/\(name)/expected.stdout", encoding: .utf8)) ?? ""
        #expect(!stderr.isEmpty || !stdout.isEmpty, "every case says something")
    }
}
