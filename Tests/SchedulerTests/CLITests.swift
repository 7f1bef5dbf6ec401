import Testing
@testable import Scheduler
import Foundation

/// The `schedviz` binary end to end: scenario output against expected files, exit statuses,
/// and one clear message on stderr for every kind of bad input.
@Suite struct CLITests {
    /// The `schedviz` executable built with the tests: next to the test bundle first, then the package's build folders.
    static let binary: String? = {
        var candidates: [String] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        for _ in 0..<4 {   // the runner may sit inside `X.xctest/Contents/MacOS/`
            candidates.append(dir.appendingPathComponent("schedviz").path)
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("schedviz").path)
        for b in Bundle.allBundles where b.bundlePath.hasSuffix(".xctest") {
            candidates.append(b.bundleURL.deletingLastPathComponent().appendingPathComponent("schedviz").path)
        }
        candidates.append(TestSupport.packageDir.appendingPathComponent(".build/debug/schedviz").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let scenariosDir = TestSupport.packageDir.appendingPathComponent("scenarios")

    /// Every `scenarios/NAME.json` with a `scenarios/expected/NAME.out`.
    static let scenariosWithExpected: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: scenariosDir.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }
            .map { String($0.dropLast(5)) }
            .filter { FileManager.default.fileExists(atPath: scenariosDir.path + "/expected/\($0).out") }
            .sorted()
    }()

    static func schedviz(_ args: [String], cwd: String? = nil) throws -> ProcessOutput {
        try TestSupport.run(try #require(binary, "schedviz binary not found"), args, cwd: cwd, timeout: 60)
    }

    /// A fresh folder per test, since tests run in parallel.
    static func tempDir() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("schedviz-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func binaryIsFound() {
        #expect(Self.binary != nil, "no schedviz executable next to the test bundle (\(CommandLine.arguments.first ?? "?"))")
    }

    @Test func expectedFilesExist() {
        for name in ["gen", "nums", "coro"] {
            #expect(Self.scenariosWithExpected.contains(name), "scenarios/expected/\(name).out is missing")
        }
    }

    @Test("run matches the expected output", .enabled(if: binary != nil, "schedviz binary not found"),
          arguments: scenariosWithExpected)
    func runScenario(_ name: String) throws {
        let expected = try String(contentsOfFile: Self.scenariosDir.path + "/expected/\(name).out", encoding: .utf8)
        let r = try Self.schedviz(["run", "scenarios/\(name).json"], cwd: TestSupport.packageDir.path)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout == expected)
        #expect(r.stderr == "")
        // Same bytes every time.
        let again = try Self.schedviz(["run", Self.scenariosDir.path + "/\(name).json"])
        #expect(again.stdout == r.stdout)
    }

    /// The expected files are what CPython prints for the same programs.
    @Test("expected files agree with python3", .enabled(if: TestSupport.python3 != nil, "python3 not on PATH"),
          arguments: scenariosWithExpected)
    func expectedMatchesPython(_ name: String) throws {
        let data = try Data(contentsOf: Self.scenariosDir.appendingPathComponent("\(name).json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let source = try #require(json["source_file"] as? String, "\(name).json has no source_file")
        let expected = try String(contentsOfFile: Self.scenariosDir.path + "/expected/\(name).out", encoding: .utf8)
        let py = try TestSupport.run(TestSupport.python3!, [source], cwd: Self.scenariosDir.path)
        #expect(py.status == 0)
        #expect(py.stdout == expected)
    }

    @Test(.enabled(if: binary != nil, "schedviz binary not found"))
    func runBarePythonFile() throws {
        let r = try Self.schedviz(["run", "scenarios/gen.py"], cwd: TestSupport.packageDir.path)
        #expect(r.status == 0)
        #expect(r.stdout == "Hello\nWorld\n")
    }

    @Test(.enabled(if: binary != nil, "schedviz binary not found"))
    func checkSucceeds() throws {
        let r = try Self.schedviz(["check", "scenarios/gen.json"], cwd: TestSupport.packageDir.path)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr == "")
    }

    // MARK: Bad input: exit status 2 and one message naming file, line and column

    @Test(.enabled(if: binary != nil, "schedviz binary not found"))
    func missingFile() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for command in ["run", "check"] {
            let r = try Self.schedviz([command, "nope.json"], cwd: dir)
            #expect(r.status == 2)
            #expect(r.stdout == "")
            #expect(r.stderr.contains("nope.json"), "stderr: \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "stderr: \(r.stderr)")
        }
    }

    @Test(.enabled(if: binary != nil, "schedviz binary not found"))
    func invalidJSON() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/bad.json", "{\n  \"source\": \"print(1)\",\n  \"seed\": 1,,\n}\n")
        let r = try Self.schedviz(["run", "bad.json"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("bad.json"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("3:"), "line 3 should be named: \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "stderr: \(r.stderr)")
    }

    @Test(.enabled(if: binary != nil, "schedviz binary not found"))
    func unknownKey() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/extra.json", "{\n  \"source\": \"print(1)\",\n  \"limits\": {\"time\": 5, \"stepz\": 10}\n}\n")
        let r = try Self.schedviz(["run", "extra.json"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("extra.json"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("stepz"), "the unknown key should be named: \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "stderr: \(r.stderr)")
    }

    @Test("syntax error: CPython's report on stderr, exit 2", .enabled(if: binary != nil, "schedviz binary not found"))
    func syntaxError() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let src = "x = 1\nif x = 1:\n    print(x)\n"
        try Self.write(dir + "/prog.py", src)
        try Self.write(dir + "/prog.json", "{\"source_file\": \"prog.py\"}\n")
        for target in ["prog.py", "prog.json"] {
            let r = try Self.schedviz(["run", target], cwd: dir)
            #expect(r.status == 2)
            #expect(r.stdout == "")
            #expect(r.stderr.hasPrefix("  File \"prog.py\", line 2\n"), "stderr: \(r.stderr)")
            #expect(r.stderr.hasSuffix("SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"), "stderr: \(r.stderr)")
        }
        if let python = TestSupport.python3 {
            let py = try TestSupport.run(python, ["prog.py"], cwd: dir)
            let r = try Self.schedviz(["run", "prog.py"], cwd: dir)
            #expect(r.stderr == py.stderr.replacingOccurrences(of: "File \"\(dir)/prog.py\"", with: "File \"prog.py\""))
        }
    }

    @Test("unsupported construct: one line naming file, line, column", .enabled(if: binary != nil, "schedviz binary not found"))
    func unsupportedConstruct() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/cls.py", "x = 1\n\nclass A:\n    pass\n")
        for command in ["run", "check", "dis"] {
            let r = try Self.schedviz([command, "cls.py"], cwd: dir)
            #expect(r.status == 2)
            #expect(r.stdout == "")
            #expect(r.stderr.hasPrefix("cls.py:3:1: class definitions are not supported"), "stderr: \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test("uncaught exception: traceback on stderr, exit 1", .enabled(if: binary != nil, "schedviz binary not found"))
    func uncaughtException() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/boom.py", "def f(n):\n    return 10 // n\n\nprint('before')\nprint(f(0))\nprint('after')\n")
        let r = try Self.schedviz(["run", "boom.py"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout == "before\n")
        #expect(r.stderr == """
            Traceback (most recent call last):
              File "boom.py", line 5, in <module>
                print(f(0))
              File "boom.py", line 2, in f
                return 10 // n
            ZeroDivisionError: integer division or modulo by zero

            """)
        if let python = TestSupport.python3 {
            let py = try TestSupport.run(python, ["boom.py"], cwd: dir)
            #expect(py.status == r.status)
            #expect(py.stdout == r.stdout)
            #expect(py.lastErrorLine == r.lastErrorLine)
        }
    }

    @Test(.enabled(if: binary != nil, "schedviz binary not found"))
    func usageErrors() throws {
        let noArgs = try Self.schedviz(["run"])
        #expect(noArgs.status == 2)
        #expect(!noArgs.stderr.isEmpty)
        let badCommand = try Self.schedviz(["frobnicate", "x.json", "extra"])
        #expect(badCommand.status == 2)
        #expect(!badCommand.stderr.isEmpty)
    }

    @Test func traceWritesAtomicallyAndRefusesAFolder() throws {
        let dir = try Self.tempDir()
        let gen = Self.scenariosDir.appendingPathComponent("gen.json").path
        let toStdout = try Self.schedviz(["trace", gen])
        #expect(toStdout.status == 0)
        let file = dir + "/gen.trace.txt"
        let written = try Self.schedviz(["trace", gen, "-o", file])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == toStdout.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["gen.trace.txt"], "no temporary file left behind")
        let refused = try Self.schedviz(["trace", gen, "-o", dir])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is a folder"))
        for format in ["jsonl", "chrome"] {
            let a = try Self.schedviz(["trace", gen, "--format", format])
            let b = try Self.schedviz(["trace", gen, "--format", format])
            #expect(a.status == 0 && a.stdout == b.stdout && !a.stdout.isEmpty)
        }
    }

    /// `-o` onto something that is not a regular file writes into it: renaming a finished
    /// temporary file over it would replace the device (here through a link) with a file.
    @Test func traceWritesIntoADeviceInPlace() throws {
        let dir = try Self.tempDir()
        let gen = Self.scenariosDir.appendingPathComponent("gen.json").path
        let null = dir + "/null", full = dir + "/full"
        try FileManager.default.createSymbolicLink(atPath: null, withDestinationPath: "/dev/null")
        try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: "/dev/full")
        let written = try Self.schedviz(["trace", gen, "-o", null])
        #expect(written.status == 0 && written.stderr.isEmpty)
        let failed = try Self.schedviz(["trace", gen, "-o", full])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("cannot write \(full): No space left on device"))
        for link in [null, full] {
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link).hasPrefix("/dev/"), "\(link) was replaced")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["full", "null"], "no temporary file left behind")
    }

    @Test func timelinePrintsTheChart() throws {
        let out = try Self.schedviz(["timeline", Self.scenariosDir.appendingPathComponent("gen.json").path, "--ascii", "--width", "60"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("simple_gen#1"))
        #expect(out.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        let bad = try Self.schedviz(["timeline", Self.scenariosDir.appendingPathComponent("gen.json").path, "--width", "10"])
        #expect(bad.status == 2)
    }

    @Test func viewerRefusesWithoutATerminal() throws {
        let out = try Self.schedviz([Self.scenariosDir.appendingPathComponent("gen.json").path])
        #expect(out.status == 2)
        #expect(out.stderr.contains("timeline") && out.stderr.contains("trace"))
    }
}
