import Foundation
@testable import Scheduler

/// The package root, python3, and the reference harness, for differential tests.
enum Reference {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The reference CPython: the newest 3.11 among python3 on PATH and pyenv's versions.
    /// Patch releases differ in places (3.11.2's asyncio.timeout, some syntax-error
    /// offsets); the project's reference is the newest 3.11 on the machine.
    static let python: String? = {
        var candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "\(home)/.pyenv/versions")) ?? []
        candidates += versions.map { "\(home)/.pyenv/versions/\($0)/bin/python3" }
        candidates += ["/usr/local/bin/python3", "/usr/bin/python3"]
        var best: (version: [Int], path: String)?
        for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
            guard let v = version(of: path), v.count == 3, v[0] == 3, v[1] == 11 else { continue }
            if best == nil || best!.version.lexicographicallyPrecedes(v) { best = (v, path) }
        }
        if let best { return best.path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private static func version(of python: String) -> [Int]? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-c", "import sys; print('%d %d %d' % sys.version_info[:3])"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
    }

    /// Output and task-step lines of the program under CPython's asyncio with the virtual clock.
    /// `wakes`: each step line also says what queued the step (harness.py's --wakes).
    static func runHarness(_ c: RunConfig, wakes: Bool = false) throws -> (String, [String]) {
        let stepsFile = FileManager.default.temporaryDirectory.appendingPathComponent("steps-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: stepsFile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python!)
        p.arguments = [root.appendingPathComponent("tools/harness.py").path, "-", "--name", c.file,
                       "--seed", c.seed.text, "--start", c.start.isoformat(), "--tiebreak", c.tiebreak.rawValue,
                       "--steps-out", stepsFile.path, "--time-limit", String(c.limits.time)] + (wakes ? ["--wakes"] : [])
            + (c.argv ?? []).map { "--arg=" + $0 }
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        p.standardError = FileHandle.nullDevice
        try p.run()
        stdin.fileHandleForWriting.write(c.source.data(using: .utf8)!)
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let steps = (try? String(contentsOf: stepsFile, encoding: .utf8)) ?? ""
        return (String(decoding: data, as: UTF8.self), steps.split(separator: "\n").map(String.init))
    }
}
