import Testing
@testable import Scheduler
import Foundation

/// Every `Tests/AsyncConformance` program that ends with an exception, and every `tb_*.py` there,
/// run by schedviz (virtual clock) and by `python3` directly (real asyncio, real clock): the
/// whole stderr must agree, asyncio's own frames included (file, line, function, source line,
/// markers). Only the program's directory and python3's asyncio directory are normalized (the
/// latter to where schedviz says it is, `StdlibFrames.stdlibPrefix`).
@Suite struct AsyncTracebackTests {
    static let dir = TestSupport.testsDir.appendingPathComponent("AsyncConformance").path
    static let programs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted()
    }()
    static let tracebackPrograms = programs.filter { $0.hasPrefix("tb_") }

    @Test("the traceback programs are there")
    func programsFound() {
        #expect(Self.tracebackPrograms.count >= 12)
    }

    @Test("stderr matches CPython's", .enabled(if: TestSupport.python3 != nil, "python3 not on PATH"),
          .timeLimit(.minutes(5)), arguments: programs)
    func stderrMatchesCPython(_ name: String) throws {
        let source = try String(contentsOfFile: Self.dir + "/" + name, encoding: .utf8)
        let result = try Session(RunConfig(source: source, file: name)).run()
        let isTracebackProgram = name.hasPrefix("tb_")
        // Programs that end normally are compared by HarnessAgreementTests (output and steps).
        guard isTracebackProgram || result.exitStatus != 0 else { return }
        // What it wrote to stderr while running (task reports, callbacks), then the traceback.
        let ours = result.stderr + result.errorText
        let py = try TestSupport.run(TestSupport.python3!, [name], cwd: Self.dir)
        let theirs = TestSupport.asSchedvizPaths(py.stderr, programDir: Self.dir)
        #expect(result.exitStatus == py.status, "exit status: schedviz \(result.exitStatus), python3 \(py.status)")
        #expect(ours == theirs)
        if isTracebackProgram {
            #expect(result.stdout == py.stdout)
            // Each of them is there to show asyncio's frames (except the plain never-retrieved report).
            if name != "tb_never_retrieved.py" { #expect(ours.contains("File \"\(StdlibFrames.stdlibPrefix)asyncio/")) }
        }
    }
}

extension TestSupport {
    /// python3's asyncio directory (`os.path.dirname(asyncio.__file__)`).
    static let pythonAsyncioDir: String? = {
        guard python3 != nil, let r = try? python("import asyncio, os; print(os.path.dirname(asyncio.__file__))") else { return nil }
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    /// CPython's stderr with schedviz's names: the program by its name, the library (asyncio,
    /// enum…) under `StdlibFrames.stdlibPrefix`.
    static func asSchedvizPaths(_ text: String, programDir: String) -> String {
        var out = text.replacingOccurrences(of: programDir + "/", with: "")
        if let asyncio = pythonAsyncioDir {
            let lib = String(asyncio[..<asyncio.lastIndex(of: "/")!])
            out = out.replacingOccurrences(of: "File \"\(lib)/", with: "File \"\(StdlibFrames.stdlibPrefix)")
        }
        return out
    }
}
