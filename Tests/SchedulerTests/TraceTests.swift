import Foundation
import Testing
@testable import Scheduler

/// The recorded trace and its exports.
@Suite struct TraceTests {
    static let articleScenarios = ["gen", "nums", "coro", "dates", "native", "interop"]

    static func allScenarios() -> [String] {
        let dir = Reference.root.appendingPathComponent("scenarios").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// Runs a scenario with the recorder, as `schedviz trace` does.
    static func record(_ path: String, source: String? = nil) throws -> (Trace, String, Scenario) {
        let s: Scenario
        if let source { s = Scenario(source: source, path: "inline.py") } else { s = try Scenario.load(path: path) }
        let session = try Session(s)
        session.record()
        let result = session.run()
        return (result.trace!, result.stdout, s)
    }

    @Test(arguments: articleScenarios)
    func textTraceMatchesGolden(_ name: String) throws {
        let (trace, _, _) = try Self.record(Reference.root.appendingPathComponent("scenarios/\(name).json").path)
        trace.scenarioName = "scenarios/\(name).json"
        let text = String(decoding: TraceExport.render(trace, format: .text), as: UTF8.self)
        let golden = try String(contentsOf: Reference.root.appendingPathComponent("Tests/Golden/\(name).trace.txt"), encoding: .utf8)
        #expect(text == golden)
    }

    @Test(arguments: allScenarios())
    func exportsAreDeterministic(_ file: String) throws {
        let path = Reference.root.appendingPathComponent("scenarios/\(file)").path
        let (a, _, _) = try Self.record(path)
        let (b, _, _) = try Self.record(path)
        for format in TraceFormat.allCases {
            #expect(TraceExport.render(a, format: format) == TraceExport.render(b, format: format), "\(format) differs between runs")
        }
    }

    @Test(arguments: allScenarios())
    func jsonlIsWellFormedAndMatchesTheRun(_ file: String) throws {
        let path = Reference.root.appendingPathComponent("scenarios/\(file)").path
        let (trace, stdout, scenario) = try Self.record(path)
        let lines = String(decoding: TraceExport.render(trace, format: .jsonl), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == trace.count)
        var lastSeq = -1
        var lastT = -1.0
        var output = ""
        var steps: [String] = []
        for line in lines {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let seq = try #require(obj["seq"] as? Int)
            let t = try #require(obj["t"] as? Double)
            let lane = try #require(obj["lane"] as? String)
            let kind = try #require(obj["kind"] as? String)
            #expect(seq == lastSeq + 1)
            #expect(t >= lastT)
            lastSeq = seq; lastT = t
            if kind == "output" { output += (try #require(obj["text"] as? String)) + "\n" }
            if kind == "step" {
                // Foundation's JSON number parsing is not correctly rounded: read the literal itself.
                let literal = line.split(separator: ",").first { $0.hasPrefix("\"t\":") }!.dropFirst(4)
                steps.append("\(PyFormat.floatRepr(Double(String(literal))!)) \(lane)")
            }
        }
        #expect(output == stdout, "output events joined differ from the program's stdout")
        if Reference.python != nil {
            let (_, harnessSteps) = try Reference.runHarness(scenario.config)
            #expect(steps == Array(harnessSteps.dropLast()), "step events differ from CPython's task steps")
        }
    }

    @Test(arguments: allScenarios())
    func chromeTraceParsesWithATrackPerLane(_ file: String) throws {
        let path = Reference.root.appendingPathComponent("scenarios/\(file)").path
        let (trace, _, _) = try Self.record(path)
        let data = Data(TraceExport.render(trace, format: .chrome))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(root["traceEvents"] as? [[String: Any]])
        let names = events.filter { $0["name"] as? String == "thread_name" }.compactMap { ($0["args"] as? [String: Any])?["name"] as? String }
        #expect(names == trace.lanes.map(\.name))
        #expect(events.contains { $0["ph"] as? String == "X" })
        ChromeExportTests.checkSchema(events)
    }

    @Test func controlCharactersAreEscapedInEveryFormat() throws {
        let src = "print('\\x1b[31mred\\x07bell\\rreturn')\ndef g():\n    yield '\\x1b'\nprint(next(g()))\n"
        let (trace, out, _) = try Self.record("", source: src)
        #expect(out.contains("\u{1b}"))
        for format in TraceFormat.allCases {
            let bytes = TraceExport.render(trace, format: format)
            #expect(!bytes.contains(0x1b), "\(format) contains a raw ESC")
            #expect(!bytes.contains(0x07), "\(format) contains a raw BEL")
            #expect(!bytes.contains(0x0d), "\(format) contains a raw CR")
        }
        let text = String(decoding: TraceExport.render(trace, format: .text), as: UTF8.self)
        #expect(text.contains("\\x1b[31mred\\x07bell\\rreturn"))
    }

    @Test func aMillionEventsStayWithinFourteenBytesEach() throws {
        // Each next() records resumed + yielded; the loop prints nothing.
        let src = "def g():\n    i = 0\n    while True:\n        yield i\n        i += 1\nit = g()\nfor _ in range(500001):\n    next(it)\n"
        try Self.expectSize(of: src, events: 1_000_000, bytesEach: 14)
    }

    @Test func sleepsShareTheirNumbersAcrossEvents() throws {
        // A sleep's delay and deadline show in its start, its timer and its task's wait; they are stored once.
        let src = "import asyncio, random\nasync def w():\n    for _ in range(50):\n        await asyncio.sleep(random.random())\nasync def main():\n    await asyncio.gather(*[w() for _ in range(200)])\nasyncio.run(main())\n"
        // A wake-up and its resumes carry their cause (8 bytes each: the event and its cause).
        let trace = try Self.expectSize(of: src, events: 100_000, bytesEach: 23)
        // The timer shows the deadline its sleep announced, and the wait repeats the sleep.
        var checked = 0
        for i in 0..<trace.count where trace.kind(i) == .timerSet {
            let started = trace.detailText(i - 2)
            #expect(trace.kind(i - 2) == .started && started.hasSuffix(" until " + trace.detailText(i)))
            #expect(trace.kind(i + 2) == .taskWaits && trace.detailText(i + 2) == started)
            checked += 1
        }
        #expect(checked == 200 * 50)
        for i in 0..<trace.count where trace.kind(i) == .clock || trace.kind(i) == .timerFired {
            #expect(trace.detailText(i) == "t=" + PyFormat.floatRepr(trace.time(i)))
        }
    }

    /// Records `src` and checks it gives at least `events` events held in at most `bytesEach` bytes each.
    @discardableResult
    static func expectSize(of src: String, events: Int, bytesEach: Double) throws -> Trace {
        let (trace, _, _) = try record("", source: src)
        #expect(trace.count >= events)
        let perEvent = Double(trace.byteCount) / Double(trace.count)
        #expect(perEvent <= bytesEach, "average \(perEvent) bytes per event")
        return trace
    }
}

/// The one safe-text rule and the one file reader (issue 17, classes 5 and 6).
@Suite struct SafeTextAndReaderTests {
    @Test func messagesKeepLinesAndEscapeTheRest() {
        #expect(SafeText.escapeMessage("a\n\tb\u{1b}[2J\u{85}\u{202e}\r") == "a\n\tb\\x1b[2J\\x85\\u202e\\r")
        #expect(SafeText.escape("a\n\tb") == "a\\n\\tb")
        #expect(SafeText.escapeMessage("plain — ünïcode ✓") == "plain — ünïcode ✓")
    }

    @Test func theTextExportEscapesEachLaneOnce() throws {
        let (trace, _, _) = try TraceTests.record("", source: "import asyncio\nasync def c(): pass\nasync def main():\n    await asyncio.create_task(c(), name='x\\u2067\\n')\nasyncio.run(main())\n")
        let text = String(decoding: TraceExport.render(trace, format: .text), as: UTF8.self)
        #expect(text.contains("  x\\u2067\\n                 "))
        #expect(!text.unicodeScalars.contains { $0 != "\n" && SafeText.isUnsafe($0.value) })
    }

    @Test(arguments: ["/proc/self/environ", "/proc/self/pagemap", "/proc/self/status", "/proc/version"])
    func pseudoFilesAreRefused(_ path: String) {
        #expect(throws: ScenarioReadError.pseudoFile(fileSystem: "procfs")) { try Scenario.readText(path: path) }
    }

    @Test func devicesAndFoldersAreRefused() {
        #expect(throws: ScenarioReadError.notRegular) { try Scenario.readText(path: "/dev/zero") }
        #expect(throws: ScenarioReadError.isDirectory) { try Scenario.readText(path: "/tmp") }
    }

    @Test func theCapHoldsWhateverTheSize() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cap-\(UUID().uuidString).py").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(repeating: 0x20, count: Scenario.maxFileBytes).write(to: URL(fileURLWithPath: path))
        #expect(try Scenario.readText(path: path).utf8.count == Scenario.maxFileBytes)
        try Data(repeating: 0x20, count: Scenario.maxFileBytes + 1).write(to: URL(fileURLWithPath: path))
        #expect(throws: ScenarioReadError.tooLarge(bytes: Scenario.maxFileBytes + 1)) { try Scenario.readText(path: path) }
    }
}
