import Testing
@testable import Scheduler
import Foundation

/// The output of one child process.
struct ProcessOutput {
    var stdout: String
    var stderr: String
    var status: Int32
    /// The last non-empty line of stderr (the exception line of a traceback).
    var lastErrorLine: String { stderr.split(separator: "\n").last.map(String.init) ?? "" }
}

enum TestSupport {
    /// `Tests/` (this file is `Tests/SchedulerTests/TestSupport.swift`).
    static let testsDir: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageDir: URL = testsDir.deletingLastPathComponent()
    static let conformanceDir: URL = testsDir.appendingPathComponent("Conformance")

    /// The reference python3 (the newest 3.11 on the machine, see `Reference.python`), or nil
    /// (the tiers that need it are then skipped with a message).
    static let python3: String? = Reference.python

    static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments` in `cwd`, capturing stdout and stderr through temporary files
    /// (no pipe can fill up and deadlock). Kills the child after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], cwd: String? = nil, timeout: Double = 60) throws -> ProcessOutput {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("schedviz-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let outURL = tmp.appendingPathComponent("out"), errURL = tmp.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        var env = ProcessInfo.processInfo.environment
        env["PYTHONHASHSEED"] = "0"
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONIOENCODING"] = "utf-8"
        // schedviz's local zone is UTC (as the harness sets TZ): python3's too, for localtime and astimezone().
        env["TZ"] = "UTC"
        p.environment = env
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning {
            if Date() > deadline { p.terminate(); break }
            usleep(2_000)
        }
        p.waitUntilExit()
        try out.close(); try err.close()
        let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        return ProcessOutput(stdout: stdout, stderr: stderr, status: p.terminationStatus)
    }

    /// Runs `python3 -c code` (with extra argv) and returns stdout.
    static func python(_ code: String, _ args: [String] = [], cwd: String? = nil) throws -> ProcessOutput {
        try run(python3!, ["-c", code] + args, cwd: cwd)
    }

    /// Compiles and runs `source` in-process, the way `schedviz run` does.
    static func runInProcess(_ source: String, file: String) throws -> (stdout: String, result: RunResult) {
        let r = try Session(RunConfig(source: source, file: file)).run()
        return (r.stdout, r.run)
    }

    /// Also what the program wrote to stderr besides its ending (logging, `sys.stderr`).
    static func runInProcessWithStderr(_ source: String, file: String) throws -> (stdout: String, stderr: String, result: RunResult) {
        let r = try Session(RunConfig(source: source, file: file)).run()
        return (r.stdout, r.stderr, r.run)
    }
}
