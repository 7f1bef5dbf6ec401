import ArgumentParser
import Scheduler
#if canImport(Glibc)
import Glibc
#endif

/// `schedviz verify`: the same program under python3 with the project's harness, compared.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Compare output and task steps with CPython (python3 + tools/harness.py).")
    @Argument(help: "A scenario (.json) or a program (.py).") var scenario: String
    @Option(help: "The reference harness (default: tools/harness.py beside the package).") var harness: String?

    func run() throws {
        let (s, program) = try loadProgram(scenario)
        var out = ""
        program.vm.output = { out += $0 }
        let log = program.recordSteps()
        let result = program.run()
        let ours = log.lines + [result.ending.harnessLine]

        let harnessPath = harness ?? Verify.defaultHarness()
        guard access(harnessPath, R_OK) == 0 else {
            throw BadInput(message: "schedviz: cannot find the reference harness at \(harnessPath); pass --harness PATH\n")
        }
        let stepsFile = "/tmp/schedviz-verify-\(getpid()).steps"
        defer { unlink(stepsFile) }
        var args = ["python3", harnessPath, "-", "--name", s.sourceName, "--seed", s.seedText, "--start", s.start.text,
                    "--tiebreak", s.tiebreak.rawValue, "--steps-out", stepsFile]
        if s.timeLimit < 1e300 { args += ["--time-limit", PyFormat.floatRepr(s.timeLimit)] }
        let py = try Subprocess.run(args, input: s.source)
        let theirSteps = (try? String(contentsOfFileAtPath: stepsFile))?.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) ?? []

        if py.stdout != out {
            report("output", firstDifference(py.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                             out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
            throw ExitCode(1)
        }
        if theirSteps != ours {
            report("task steps", firstDifference(theirSteps, ours))
            throw ExitCode(1)
        }
        print("agree: \(out.split(separator: "\n").count) output lines, \(log.lines.count) task steps, ending \(result.ending.harnessLine.dropFirst(2))")
    }

    private func report(_ what: String, _ d: (Int, String, String)) {
        print("diverge: \(what) differ at line \(d.0 + 1)")
        print("  python3:  \(d.1)")
        print("  schedviz: \(d.2)")
    }

    private func firstDifference(_ a: [String], _ b: [String]) -> (Int, String, String) {
        var i = 0
        while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
        return (i, i < a.count ? a[i] : "<end>", i < b.count ? b[i] : "<end>")
    }

    static func defaultHarness() -> String {
        // The binary lives in .build/<config>/; the harness in tools/ of the package.
        var dir = CommandLine.arguments[0]
        if let r = realpath(dir, nil) { dir = String(cString: r); free(r) }
        var parts = dir.split(separator: "/").map(String.init)
        while !parts.isEmpty {
            parts.removeLast()
            let candidate = "/" + parts.joined(separator: "/") + "/tools/harness.py"
            if access(candidate, R_OK) == 0 { return candidate }
        }
        return "tools/harness.py"
    }
}
