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
        try Self.write(dir + "/cls.py", "x = 1\n\nmatch x:\n    case 1:\n        pass\n")
        for command in ["run", "check", "dis"] {
            let r = try Self.schedviz([command, "cls.py"], cwd: dir)
            #expect(r.status == 2)
            #expect(r.stdout == "")
            #expect(r.stderr.hasPrefix("cls.py:3:1: match statements are not supported"), "stderr: \(r.stderr)")
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
                      ^^^^
              File "boom.py", line 2, in f
                return 10 // n
                       ~~~^^~~
            ZeroDivisionError: integer division or modulo by zero

            """)
        if let python = TestSupport.python3 {
            let py = try TestSupport.run(python, ["boom.py"], cwd: dir)
            #expect(py.status == r.status)
            #expect(py.stdout == r.stdout)
            #expect(py.stderr.replacingOccurrences(of: "File \"\(dir)/", with: "File \"") == r.stderr)
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

    @Test func outputExtensionChoosesTheFormatUnlessFormatIsGiven() throws {
        let dir = try Self.tempDir()
        let gen = Self.scenariosDir.appendingPathComponent("gen.json").path
        for (name, format) in [("a.jsonl", "jsonl"), ("a.json", "chrome"), ("a.txt", "text"), ("a.out", "text")] {
            #expect(try Self.schedviz(["trace", gen, "-o", dir + "/" + name]).status == 0)
            let expected = try Self.schedviz(["trace", gen, "--format", format]).stdout
            #expect(try String(contentsOfFile: dir + "/" + name, encoding: .utf8) == expected, "\(name) is not \(format)")
        }
        // --format wins over the extension.
        #expect(try Self.schedviz(["trace", gen, "-o", dir + "/b.json", "--format", "text"]).status == 0)
        #expect(try String(contentsOfFile: dir + "/b.json", encoding: .utf8) == Self.schedviz(["trace", gen]).stdout)
        let locals = try Self.schedviz(["trace", gen, "-o", dir + "/c.jsonl", "--locals"])
        #expect(locals.status == 0, "--locals takes the format from .jsonl")
    }

    @Test func versionPrintsALine() throws {
        let v = try Self.schedviz(["--version"])
        #expect(v.status == 0 && v.stdout.hasPrefix("schedviz ") && v.stdout.hasSuffix("\n") && v.stdout.split(separator: "\n").count == 1)
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
        for range in [["--from", "x"], ["--to", "t="], ["--from", "-3"], ["--to", "t=-1"]] {
            let r = try Self.schedviz(["timeline", Self.scenariosDir.appendingPathComponent("gen.json").path] + range)
            #expect(r.status == 2 && r.stderr.contains("t=SECONDS"), "\(range)")
        }
    }

    /// Not a terminal: 80 columns, and no line is wider.
    @Test func timelineDefaultsToEightyColumnsWithoutATerminal() throws {
        let out = try Self.schedviz(["timeline", Self.scenariosDir.appendingPathComponent("dates.json").path])
        #expect(out.status == 0)
        let widths = out.stdout.split(separator: "\n").map { $0.unicodeScalars.count }
        #expect(widths.max() == 80, "\(widths.max() ?? 0)")
    }

    @Test func viewerRefusesWithoutATerminal() throws {
        let out = try Self.schedviz([Self.scenariosDir.appendingPathComponent("gen.json").path])
        #expect(out.status == 2)
        #expect(out.stderr.contains("timeline") && out.stderr.contains("trace"))
    }
}

/// Class 7 of issue 17: output failures are reported, a reader that goes away is a quiet end.
extension CLITests {
    /// Runs `schedviz ARGS` under bash with `redirect` appended (e.g. `> /dev/full`);
    /// the script's own stdout gets `echo`ed values such as `${PIPESTATUS[0]}`.
    static func shell(_ script: String, _ args: [String], cwd: String) throws -> ProcessOutput {
        try TestSupport.run("/bin/bash", ["-c", script, try #require(binary)] + args, cwd: cwd, timeout: 60)
    }

    @Test(arguments: [["run", "p.py"], ["trace", "p.py"], ["trace", "p.py", "--format", "jsonl"], ["timeline", "p.py"], ["check", "p.py"], ["dis", "p.py"]])
    func aFullDiskIsReported(_ args: [String]) throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/p.py", "print('hello')\n")
        let r = try Self.shell("\"$0\" \"$@\" > /dev/full", args, cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "schedviz: cannot write to stdout: No space left on device\n")
    }

    @Test(arguments: [["run", "p.py"], ["trace", "p.py"], ["check", "p.py"]])
    func aClosedStdoutIsReported(_ args: [String]) throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/p.py", "print('hello')\n")
        let r = try Self.shell("\"$0\" \"$@\" >&-", args, cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "schedviz: cannot write to stdout: Bad file descriptor\n")
    }

    @Test(arguments: [["run", "p.py"], ["trace", "p.py"], ["trace", "p.py", "--format", "chrome"], ["timeline", "p.py"]])
    func aReaderThatLeavesEndsQuietly(_ args: [String]) throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Far more than a pipe holds (64 KB), so schedviz is still writing when head leaves.
        try Self.write(dir + "/p.py", "def g():\n    for i in range(20000):\n        yield i\nfor x in g():\n    print('line', x)\n")
        let r = try Self.shell("\"$0\" \"$@\" | head -1 > /dev/null; echo \"${PIPESTATUS[0]}\"", args, cwd: dir)
        #expect(r.stdout == "0\n")
        #expect(r.stderr == "")
    }

    @Test func anOutputFileOnAFullDiskIsReported() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/p.py", "print('hello')\n")
        let r = try Self.schedviz(["trace", "p.py", "-o", "/dev/full"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr == "schedviz: cannot write /dev/full: No space left on device\n")
    }
}

/// Class 5 of issue 17: every unsafe character the program or scenario holds, walked through
/// every command; none leaves schedviz raw, except `run`'s stdout (CPython's bytes).
extension CLITests {
    static let unsafeSamples = "\u{1b}[31m\u{1b}]52;c;aGk=\u{07}\r\n\u{0}\u{7f}\u{85}\u{9b}\u{202e}\u{2066}\u{200b}\u{feff}\u{2028}"

    /// The program's text as a Python string literal (escapes only, so the file itself is plain).
    static var unsafeLiteral: String {
        "\"" + unsafeSamples.unicodeScalars.map { String(format: "\\U%08x", $0.value) }.joined() + "\""
    }

    static func unsafeScalars(_ s: String) -> [UInt32] {
        s.unicodeScalars.map(\.value).filter { $0 != 0x0a && SafeText.isUnsafe($0) }
    }

    @Test(arguments: [["check", "s.json"], ["trace", "s.json"], ["trace", "s.json", "--format", "jsonl"],
                      ["trace", "s.json", "--format", "chrome"], ["timeline", "s.json"], ["timeline", "s.json", "--axis", "time"],
                      ["run", "s.json"], ["run", "busy.json"], ["trace", "busy.json"], ["check", "bad.py"], ["dis", "p.py"]])
    func noUnsafeCharacterLeaves(_ args: [String]) throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let name = Self.unsafeLiteral
        try Self.write(dir + "/p.py", """
            import asyncio
            async def c():
                print(\(name))
                await asyncio.Event().wait()
            async def main():
                await asyncio.create_task(c(), name=\(name))
            asyncio.run(main())

            """)
        try Self.write(dir + "/spin.py", "import asyncio\nasync def s():\n    while True: pass\nasync def main():\n    await asyncio.create_task(s(), name=\(name))\nasyncio.run(main())\n")
        try Self.write(dir + "/s.json", "{\"title\": \"\(Self.unsafeSamples.unicodeScalars.map { String(format: "\\u%04x", $0.value) }.joined())\", \"source_file\": \"p.py\"}\n")
        try Self.write(dir + "/busy.json", "{\"source_file\": \"spin.py\", \"limits\": {\"busy\": 1000}}\n")
        try Self.write(dir + "/bad.py", "x = \"\(Self.unsafeSamples.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\r", with: ""))\" +\n")
        let r = try Self.schedviz(args, cwd: dir)
        #expect([0, 1, 2].contains(r.status))
        #expect(Self.unsafeScalars(r.stderr) == [], "stderr: \(r.stderr)")
        if args[0] == "run" && args[1] == "s.json" {
            #expect(r.stdout == Self.unsafeSamples + "\n", "run's stdout is the program's, byte for byte")
        } else {
            #expect(Self.unsafeScalars(r.stdout) == [], "stdout: \(r.stdout.prefix(2000))")
        }
        // The newline in a name never starts a line of its own (the text after it is `\x00`).
        #expect(!r.stderr.contains("\n\\x00"))
        if args[0] != "run" { #expect(!r.stdout.contains("\n\\x00")) }
    }
}

/// The exact escaped forms: `check`'s title line and the text trace's lane column.
extension CLITests {
    @Test(arguments: [
        ("copy \\u001b]52;c;cm0gLXJmIH4=\\u0007 me\\nfake: ok", "copy \\x1b]52;c;cm0gLXJmIH4=\\x07 me\\nfake: ok"),
        ("c1 \\u009b31m \\u0085 nul \\u0000 del \\u007f", "c1 \\x9b31m \\x85 nul \\x00 del \\x7f"),
        ("bidi \\u202egnp.exe\\u202c \\u2066i\\u2069 zw\\u200b\\u200d bom\\ufeff ls\\u2028", "bidi \\u202egnp.exe\\u202c \\u2066i\\u2069 zw\\u200b\\u200d bom\\ufeff ls\\u2028"),
    ])
    func checkEscapesTheTitle(_ json: String, _ shown: String) throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/s.json", "{\"title\": \"\(json)\", \"source\": \"print(1)\"}\n")
        let r = try Self.schedviz(["check", "s.json"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "s.json: ok (\(shown))\n")
    }

    @Test func theTextTraceEscapesLaneNamesInItsColumn() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/p.py", "import asyncio\nasync def c():\n    return 1\nasync def main():\n    await asyncio.create_task(c(), name='N\\x1b[31m\\nforged\\x85')\nasyncio.run(main())\n")
        let r = try Self.schedviz(["trace", "p.py"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stdout.contains("\n        6        0.000  N\\x1b[31m\\nforged\\x85      task-created       5        -  c() by Task-1\n"))
        #expect(!r.stdout.contains("\nforged"))
        let jsonl = try Self.schedviz(["trace", "p.py", "--format", "jsonl"], cwd: dir)
        #expect(jsonl.stdout.contains("{\"seq\":6,\"t\":0.0,\"lane\":\"N\\u001b[31m\\nforged\\u0085\",\"kind\":\"task-created\""))
    }

    /// `timeline` of thousands of tasks stays proportional to the events: a band lists the
    /// lanes alive in it, and over 60 only those with events there.
    @Test func timelineOfManyTasksIsBounded() throws {
        let dir = try Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(dir + "/p.py", "import asyncio\nasync def w(i):\n    await asyncio.sleep(i % 7)\nasync def main():\n    ts = [asyncio.create_task(w(i)) for i in range(1500)]\n    for t in ts:\n        await t\nasyncio.run(main())\n")
        let r = try Self.schedviz(["timeline", "p.py", "--width", "100", "--axis", "step"], cwd: dir)
        #expect(r.status == 0)
        let events = try #require(r.stdout.split(separator: "\n").dropFirst().first.flatMap { line in
            line.split(separator: " ").drop { $0 != "events:" }.dropFirst().first.flatMap { Int($0) } })
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let starts = lines.indices.filter { lines[$0].hasPrefix("events ") }
        #expect(starts.count == (events + 67) / 68)
        // A band: its heading, its ruler, its lanes (at most 60, or those with an event among its 68 columns), a count line.
        for (k, start) in starts.enumerated() {
            let rows = (k + 1 < starts.count ? starts[k + 1] : lines.count) - start
            #expect(rows <= 2 + max(ChartLimits.maxBandLanes, 68) + 2)
        }
        #expect(r.stdout.contains("more lanes alive, without events here"))
        #expect(r.stdout.utf8.count < events * 120, "\(r.stdout.utf8.count) bytes for \(events) events")
    }
}

/// Mirrors `ChartView.maxBandLanes` (the viewer's target is not linked into these tests).
enum ChartLimits { static let maxBandLanes = 60 }

/// Arguments with a newline in them never start a line of their own in a message.
extension CLITests {
    @Test func argumentsAreEscapedInMessages() throws {
        let usage = try Self.schedviz(["timeline", "x.py", "--width=1\n2"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("schedviz: Error: The value '1\\n2' is invalid for '--width <width>'\n"))
        let viewer = try Self.schedviz(["a\n\u{1b}[2Jb.json"])
        #expect(viewer.status == 2)
        #expect(viewer.stderr == "schedviz: the viewer needs a terminal; use `schedviz timeline a\\n\\x1b[2Jb.json` or `schedviz trace a\\n\\x1b[2Jb.json` instead\n")
        let missing = try Self.schedviz(["check", "a\nb.py"])
        #expect(missing.stderr.hasPrefix("schedviz: a\\nb.py: cannot read the file: No such file or directory."))
    }
}
