import Foundation
@testable import Scheduler

/// The package root, python3, and the reference harness, for differential tests.
enum Reference {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The first python3 on PATH, as a user's shell would pick it.
    static let python: String? = {
        for p in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map({ "\($0)/python3" }) + ["/usr/bin/python3"] {
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }()

    /// Output and task-step lines of the program under CPython's asyncio with the virtual clock.
    static func runHarness(_ s: Scenario) throws -> (String, [String]) {
        let stepsFile = FileManager.default.temporaryDirectory.appendingPathComponent("steps-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: stepsFile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python!)
        p.arguments = [root.appendingPathComponent("tools/harness.py").path, "-", "--name", s.sourceName,
                       "--seed", s.seedText, "--start", s.start.text, "--tiebreak", s.tiebreak.rawValue,
                       "--steps-out", stepsFile.path, "--time-limit", String(s.timeLimit)]
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        p.standardError = FileHandle.nullDevice
        try p.run()
        stdin.fileHandleForWriting.write(s.source.data(using: .utf8)!)
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let steps = (try? String(contentsOf: stepsFile, encoding: .utf8)) ?? ""
        return (String(decoding: data, as: UTF8.self), steps.split(separator: "\n").map(String.init))
    }
}
