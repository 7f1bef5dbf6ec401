import ArgumentParser
import Scheduler
#if canImport(Glibc)
import Glibc
#endif

/// `schedviz verify`: the same program under python3 with the project's harness, compared.
/// The harness is built into the binary and runs the program with schedviz's rules, in a
/// private empty folder, with a timeout, a memory limit and no environment (see HarnessCall).
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Compare output and task steps with CPython (python3 and the built-in harness).")
    @Argument(help: "A scenario (.json) or a program (.py).") var scenario: String
    @Option(help: "A reference harness to use instead of the built-in one.") var harness: String?
    @Option(help: "Wall-clock seconds python3 may run before it is killed.") var timeout: Double = 60

    func validate() throws {
        guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout must be between 0 and 86400 seconds") }
    }

    func run() throws {
        let (s, session) = try loadSession(scenario)
        session.logSteps()
        let result = session.run()
        let out = result.stdout, steps = result.steps ?? []
        let ours = steps + [result.ending.harnessLine]

        if let harness, access(harness, R_OK) != 0 {
            throw BadInput(message: "schedviz: cannot read the harness \(HarnessCall.shown(harness)); drop --harness to use the built-in one\n")
        }
        guard let python = Subprocess.which("python3") else {
            throw BadInput(message: "schedviz: python3 is not on PATH; verify needs CPython 3.11\n")
        }
        let config = s.config
        guard let args = HarnessCall.arguments(
            harnessSource: String(decoding: PackageResources.harness_py, as: UTF8.self), harnessPath: harness,
            name: config.file, seed: config.seed.text, start: config.start.isoformat(), tiebreak: config.tiebreak.rawValue,
            timeLimit: config.limits.time < 1e300 ? PyFormat.floatRepr(config.limits.time) : nil, argv: config.argv) else {
            throw BadInput(message: "schedviz: \(HarnessCall.shown(config.file)): a NUL character cannot be passed to python3\n")
        }
        let memoryMB = config.limits.memoryMB + 512  // python3's own footprint on top of the program's
        let dir = try Verify.privateFolder()
        defer { rmdir(dir) }
        let py = try Subprocess.run(path: python, argv: ["python3"] + args, env: HarnessCall.environment, cwd: dir,
                                    input: Array(config.source.utf8), limits: .init(seconds: timeout, memoryMB: memoryMB))
        let channel = HarnessCall.parse(py.channel)
        for r in channel.refused { Console.out("python3 refused: \(HarnessCall.shown(r))\n") }
        if String(decoding: py.stderr.suffix(4096), as: UTF8.self).split(separator: "\n").last?.hasPrefix("MemoryError") == true {
            Console.out("python3 ran out of memory (limit \(memoryMB) MB)\n")
        }

        var stop: HarnessCall.Stop?
        if py.timedOut { stop = .timedOut(seconds: timeout) }
        else if py.tooMuch { stop = .tooMuchOutput(bytes: Subprocess.Limits(seconds: 0, memoryMB: 0).maxBytes) }
        else if let sig = py.signal { stop = .signal(sig, memoryMB: memoryMB) }
        else if py.status != 0 && py.status != 1 && py.status != result.exitStatus { stop = .status(py.status) }
        if let stop {
            Console.out("stopped: \(HarnessCall.describe(stop))\n")
            showStderr(py.stderr)
            throw ExitCode(1)
        }
        let theirOut = String(decoding: py.stdout, as: UTF8.self)
        if theirOut != out {
            report("output", HarnessCall.firstDifference(theirOut.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                                         out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
            showStderr(py.stderr)
            throw ExitCode(1)
        }
        if channel.steps != ours {
            report("task steps", HarnessCall.firstDifference(channel.steps, ours))
            showStderr(py.stderr)
            throw ExitCode(1)
        }
        Console.out("agree: \(out.split(separator: "\n").count) output lines, \(steps.count) task steps, ending \(HarnessCall.shown(String(result.ending.harnessLine.dropFirst(2))))\n")
    }

    private func report(_ what: String, _ d: (Int, String, String)) {
        Console.out("diverge: \(what) differ at line \(d.0 + 1)\n")
        Console.out("  python3:  \(HarnessCall.shown(d.1))\n")
        Console.out("  schedviz: \(HarnessCall.shown(d.2))\n")
    }

    /// The end of python3's stderr (a traceback, a MemoryError), escaped.
    private func showStderr(_ bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        guard !lines.isEmpty else { return }
        Console.out("python3's stderr ends:\n")
        for l in lines.suffix(5) { Console.out("  \(HarnessCall.shown(String(l)))\n") }
    }

    /// A new folder only this user can enter: python3's working directory, left empty.
    static func privateFolder() throws -> String {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/schedviz-verify-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw BadInput(message: "schedviz: cannot create a private folder in \(HarnessCall.shown(base)); set TMPDIR\n")
        }
        return String(cString: made)
    }
}
