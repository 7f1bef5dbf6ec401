/// The fuzz targets. `program` (the default): one input is a scenario (when it starts with
/// `{`) or a program, taken through the loader, the front end and the VM with small budgets
/// (run plain, then again traced), and the trace exported. `escape`: the same input run
/// traced, then every export and every message schedviz writes is checked for characters a
/// terminal would act on, and the JSON exports are parsed back.
///
/// Built by `tools/fuzz.sh` with `-sanitize=fuzzer,address` and `-D SCHEDVIZ_FUZZ`; the target
/// is chosen by `SCHEDFUZZ_TARGET`. Without that flag it is a replayer: `SchedFuzz FILE...`
/// runs each file once through the chosen target, the way to check a crash.
import Scheduler

enum FuzzTarget: String { case program, escape }

enum FuzzOne {
    /// The input as a scenario with small budgets: hitting one is an ordinary ending, not a finding.
    static func load(_ bytes: [UInt8]) -> Scenario? {
        guard let text = try? Scenario.decodeUTF8(bytes) else { return nil }
        var scenario: Scenario
        if text.unicodeScalars.first(where: { $0 != " " && $0 != "\n" && $0 != "\u{FEFF}" }) == "{" {
            do {
                scenario = try Scenario.parse(json: text, path: "fuzz.json", readFile: { _ in
                    throw ScenarioReadError.cannotRead(reason: "No such file or directory")
                })
            } catch {
                _ = error.description
                return nil
            }
        } else {
            scenario = Scenario(source: text, path: "fuzz.py")
        }
        var limits = scenario.config.limits
        limits.steps = min(limits.steps, 3_000)
        limits.time = min(limits.time, 1_000)
        limits.loopIterations = min(limits.loopIterations, 30_000)
        limits.busy = min(limits.busy, 20_000)
        limits.memoryMB = min(limits.memoryMB, 64)
        limits.recursion = min(limits.recursion, 200)
        limits.checkResident = false   // resident memory is the sanitizer's; single results stay capped
        scenario.config.limits = limits
        return scenario
    }

    static func compile(_ scenario: Scenario) -> Session? {
        do {
            return try Session(scenario)
        } catch {
            _ = Program.describe(error, file: scenario.config.file, source: scenario.config.source)
            return nil
        }
    }

    static func run(_ bytes: [UInt8]) {
        guard let scenario = load(bytes), let session = compile(scenario) else { return }
        // Once without a tracer first: that is when generators pulled by `for` (and by `sum`,
        // `list()`...) run inside their caller's dispatch loop instead of through `resume`.
        if let plain = compile(scenario) { plain.output = .discard; _ = plain.run() }
        session.record()
        session.output = .discard
        let trace = session.run().trace!
        _ = TraceExport.render(trace, format: .text)
        _ = TraceExport.render(trace, format: .jsonl)
        // The variables pane: a re-run paused in the middle and at the end, read for that event's lane.
        if trace.count > 0 && trace.count < 50_000 {
            let inspector = Inspector(scenario.config)
            for event in [trace.count / 2, trace.count - 1] { _ = inspector.snapshot(after: event, lane: Int(trace.lane(event))) }
        }
    }
}

/// What leaves schedviz must carry no character a terminal acts on (only line ends), and the
/// JSON exports must parse: a finding is a trap, which libFuzzer reports with the input.
enum FuzzEscape {
    static func run(_ bytes: [UInt8]) {
        // The escaping rule itself: escape leaves nothing unsafe, and a JSON string round-trips.
        if let text = try? Scenario.decodeUTF8(bytes) {
            let sample = String(text.prefix(256))
            requireSafe(SafeText.escape(sample), "SafeText.escape", allowNewlines: false)
            var literal: [UInt8] = []
            SafeText.json(sample, into: &literal)
            requireSafe(String(decoding: literal, as: UTF8.self), "SafeText.json", allowNewlines: false)
            guard case .string(let back)? = try? JSON.parse(String(decoding: literal, as: UTF8.self)).kind, back == sample else {
                fatalError("SafeText.json does not round-trip \(Array(sample.unicodeScalars.map(\.value)))")
            }
        }
        harnessCall(bytes)
        guard let scenario = FuzzOne.load(bytes), let session = FuzzOne.compile(scenario) else { return }
        session.record()
        session.output = .discard
        let result = session.run()
        if result.ending != .raised { requireSafe(result.errorText, "the ending message", allowNewlines: true) }
        let trace = result.trace!
        requireSafe(String(decoding: TraceExport.render(trace, format: .text), as: UTF8.self), "the text export", allowNewlines: true)
        let jsonl = String(decoding: TraceExport.render(trace, format: .jsonl), as: UTF8.self)
        requireSafe(jsonl, "the JSONL export", allowNewlines: true)
        for line in jsonl.split(separator: "\n") where (try? JSON.parse(String(line))) == nil {
            fatalError("a JSONL line does not parse: \(SafeText.escape(String(line.prefix(200))))")
        }
        let chrome = String(decoding: TraceExport.render(trace, format: .chrome), as: UTF8.self)
        requireSafe(chrome, "the Chrome export", allowNewlines: true)
        if trace.count < 2_000, (try? JSON.parse(chrome)) == nil { fatalError("the Chrome export does not parse") }
    }

    /// verify's call to python3: any scenario values stay one `--option=value` word each (NUL
    /// refused), and whatever python3 writes on its channel is shown safe and short.
    static func harnessCall(_ bytes: [UInt8]) {
        let text = String(decoding: bytes.prefix(2048), as: UTF8.self)
        let parts = text.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
        func part(_ i: Int) -> String { i < parts.count ? parts[i] : "" }
        let options = ["--name=", "--seed=", "--start=", "--tiebreak=", "--steps-fd=", "--time-limit="]
        if let argv = HarnessCall.arguments(harnessSource: "pass", harnessPath: nil, name: part(0), seed: part(1),
                                            start: part(2), tiebreak: part(3), timeLimit: parts.count > 4 ? part(4) : nil) {
            guard let dash = argv.lastIndex(of: "-"), argv[dash - 2] == "-c", argv[dash - 1] == "pass" else {
                fatalError("the harness's arguments lost their shape: \(argv.map(SafeText.escape))")
            }
            let values = Array(argv[(dash + 1)...])
            guard values.count == (parts.count > 4 ? 6 : 5),
                  zip(values, options).allSatisfy({ $0.utf8.starts(with: $1.utf8) }) else {
                fatalError("a scenario value escaped its --option= word: \(values.map(SafeText.escape))")
            }
            if !values[0].utf8.elementsEqual(("--name=" + part(0)).utf8) { fatalError("the name changed on its way to python3") }
        } else if !parts.prefix(5).contains(where: { $0.utf8.contains(0) }) {
            fatalError("arguments without a NUL were refused")
        }
        let channel = HarnessCall.parse(bytes)
        for line in channel.steps + channel.refused {
            let shown = HarnessCall.shown(line)
            requireSafe(shown, "verify's report", allowNewlines: false)
            if shown.count > HarnessCall.maxShown + 40 { fatalError("verify shows a line of \(shown.count) characters") }
        }
    }

    static func requireSafe(_ s: String, _ what: String, allowNewlines: Bool) {
        for u in s.unicodeScalars where SafeText.isUnsafe(u.value) && !(allowNewlines && u == "\n") {
            fatalError("\(what) carries U+\(String(u.value, radix: 16)): \(SafeText.escape(String(s.prefix(300))))")
        }
    }
}

/// The target `SCHEDFUZZ_TARGET` names (`program` when unset).
func fuzzTarget() -> FuzzTarget {
    guard let name = getenv("SCHEDFUZZ_TARGET").map({ String(cString: $0) }) else { return .program }
    guard let t = FuzzTarget(rawValue: name) else { fatalError("SCHEDFUZZ_TARGET: \(name) is not one of program, escape") }
    return t
}

func runTarget(_ t: FuzzTarget, _ bytes: [UInt8]) {
    switch t {
    case .program: FuzzOne.run(bytes)
    case .escape: FuzzEscape.run(bytes)
    }
}

#if canImport(Glibc)
import Glibc
#endif

#if SCHEDVIZ_FUZZ
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    LargeStack.run(size: 256 << 20) { runTarget(chosenTarget, bytes) }
    return 0
}

/// libFuzzer's entry when the program has its own `main` (SwiftPM names it for the target).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

let chosenTarget = fuzzTarget()

@main struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
    }
}
#else
@main struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let f = fopen(path, "rb") else { print("\(path): cannot open"); continue }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&chunk, 1, chunk.count, f)
                if n <= 0 { break }
                bytes += chunk[0..<n]
            }
            fclose(f)
            let target = fuzzTarget()
            LargeStack.run { runTarget(target, bytes) }
            print("\(path): ok")
        }
    }
}
#endif
