import Foundation
import Testing
@testable import Scheduler

/// `verify` runs untrusted programs under python3: from an empty folder with the binary
/// alone, each attack is refused or stopped, and nothing outside the run is touched.
@Suite struct VerifyTests {
    /// Runs `verify` on `program` (copied alone into a fresh empty folder) and returns stdout.
    static func verify(_ program: String, scenario: String? = nil, _ extra: [String] = []) throws -> (out: String, status: Int32, dir: String) {
        let dir = try CLITests.tempDir()
        try CLITests.write(dir + "/prog.py", program)
        var target = "prog.py"
        if let scenario { try CLITests.write(dir + "/s.json", scenario); target = "s.json" }
        let r = try CLITests.schedviz(["verify", target] + extra, cwd: dir)
        return (r.stdout, r.status, dir)
    }

    static let enabled = CLITests.binary != nil && TestSupport.python3 != nil

    @Test(.enabled(if: enabled)) func readingAFileThroughBuiltinsIsRefused() throws {
        let r = try Self.verify("""
            try:
                print(getattr(print, '__self__').open('/etc/passwd').read())
            except AttributeError:
                print('no')
            """)
        #expect(r.out.contains("python3 refused: attribute __self__ of builtin_function_or_method"))
        #expect(r.out.contains("agree: 1 output lines"))
        #expect(!r.out.contains("root:"))
    }

    @Test(.enabled(if: enabled)) func subclassesToOsIsRefused() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("schedviz-pwned-\(UUID().uuidString)").path
        let r = try Self.verify("""
            def find():
                base = getattr(getattr((), '__class__'), '__base__')
                for c in getattr(base, '__subclasses__')():
                    if c.__name__ == '_wrap_close':
                        return getattr(getattr(c, '__init__'), '__globals__')
            try:
                find()['system']('touch \(marker)')
            except AttributeError:
                print('refused')
            try:
                print(len(type.__dict__['__subclasses__'](object)))
            except AttributeError:
                print('refused')
            """)
        #expect(r.out.contains("python3 refused: attribute __subclasses__ of type"))
        #expect(r.out.contains("python3 refused: attribute __dict__ of type"))
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test(.enabled(if: enabled)) func environmentAndFramesAreOutOfReach() throws {
        let r = try Self.verify("""
            import asyncio, random
            for m, n in ((asyncio, 'base_events'), (random, '_os')):
                try:
                    print(getattr(m, n).environ)
                except AttributeError:
                    print('refused', n)
            async def main():
                try:
                    print(asyncio.current_task().get_stack()[0].f_globals['os'].environ)
                except AttributeError:
                    print('refused frame')
            asyncio.run(main())
            """)
        #expect(r.out.contains("python3 refused: attribute f_globals of frame"))
        #expect(r.out.contains("agree: 3 output lines"))
    }

    @Test(.enabled(if: enabled)) func subprocessesAndSocketsAreRefused() throws {
        let r = try Self.verify("""
            import asyncio
            async def main():
                try:
                    await asyncio.open_connection('127.0.0.1', 9)
                except Exception as e:
                    print(type(e).__name__)
            asyncio.run(main())
            """)
        #expect(r.out.contains("python3 refused: socket.__new__"))
        #expect(r.status == 1)
    }

    @Test(.enabled(if: enabled)) func anEndlessLoopIsKilledAtTheTimeout() throws {
        let start = Date()
        let r = try Self.verify("while True:\n    pass\n", scenario: #"{"source_file": "prog.py", "limits": {"busy": 10000}}"#, ["--timeout", "2"])
        #expect(r.out.contains("stopped: python3 timed out after 2.0 s and was killed"))
        #expect(r.status == 1)
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test(.enabled(if: enabled)) func threeGigabytesRunOutOfMemory() throws {
        let r = try Self.verify("x = bytearray(3 * 1024 ** 3)\nprint(len(x))\n")
        #expect(r.out.contains("python3 ran out of memory (limit 2560 MB)"))
    }

    @Test(.enabled(if: enabled)) func theOldPredictableStepsPathIsNotUsed() throws {
        // Plant links at the paths the earlier verify wrote to, for the next pids.
        let victim = FileManager.default.temporaryDirectory.appendingPathComponent("schedviz-victim-\(UUID().uuidString)").path
        var links: [String] = []
        let pid = ProcessInfo.processInfo.processIdentifier
        for p in pid..<(pid + 200) {
            let link = "/tmp/schedviz-verify-\(p).steps"
            if (try? FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)) != nil { links.append(link) }
        }
        defer { links.forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let r = try Self.verify("print('hi')\n")
        #expect(r.out == "agree: 1 output lines, 0 task steps, ending done\n")
        #expect(!FileManager.default.fileExists(atPath: victim))
        // Nothing but the program was left in the folder it ran from.
        #expect(try FileManager.default.contentsOfDirectory(atPath: r.dir) == ["prog.py"])
    }

    @Test(.enabled(if: enabled)) func aNormalProgramStillAgrees() throws {
        let r = try Self.verify("""
            import asyncio, datetime
            async def tick(n):
                for i in range(3):
                    print(n, i, datetime.datetime.now())
                    await asyncio.sleep(n)
            async def main():
                await asyncio.gather(tick(1), tick(2))
            asyncio.run(main())
            """)
        #expect(r.out == "agree: 6 output lines, 12 task steps, ending done\n")
    }

    @Test func argumentsKeepValuesAsValues() {
        let a = HarnessCall.arguments(harnessSource: "pass", harnessPath: nil, name: "--steps-out=/etc/x\nimport os",
                                      seed: "1", start: "2015-11-13T10:00:00", tiebreak: "fifo", timeLimit: nil)
        #expect(a?.contains("--name=--steps-out=/etc/x\nimport os") == true)
        #expect(!(a?.contains("--steps-out=/etc/x\nimport os") ?? true))
        #expect(HarnessCall.arguments(harnessSource: "pass", harnessPath: nil, name: "a\u{0}b", seed: "1",
                                      start: "x", tiebreak: "fifo", timeLimit: nil) == nil)
        #expect(HarnessCall.parse(Array("0.0 Task-1\n! refused open('/x')\n# done\n".utf8)).refused == ["open('/x')"])
        #expect(HarnessCall.shown("\u{1b}[2J") == "\\x1b[2J")
    }
}
