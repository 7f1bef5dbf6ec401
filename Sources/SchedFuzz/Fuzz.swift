/// The fuzz target: one input is a scenario (when it starts with `{`) or a program, taken
/// through the loader, the front end and the VM with small budgets (run plain, then again
/// traced), and the trace exported.
///
/// Built by `tools/fuzz.sh` with `-sanitize=fuzzer,address` and `-D SCHEDVIZ_FUZZ`. Without that
/// flag it is a replayer: `schedfuzz FILE...` runs each file once, the way to check a crash.
import Scheduler

enum FuzzOne {
    /// Small budgets keep every input fast; hitting one is an ordinary ending, not a finding.
    static func run(_ bytes: [UInt8]) {
        guard let text = try? Scenario.decodeUTF8(bytes) else { return }
        var scenario: Scenario
        if text.unicodeScalars.first(where: { $0 != " " && $0 != "\n" && $0 != "\u{FEFF}" }) == "{" {
            do {
                scenario = try Scenario.parse(json: text, path: "fuzz.json", readFile: { _ in
                    throw ScenarioReadError.cannotRead(reason: "No such file or directory")
                })
            } catch {
                _ = error.description
                return
            }
        } else {
            scenario = Scenario(source: text, path: "fuzz.py")
        }
        scenario.stepLimit = min(scenario.stepLimit, 3_000)
        scenario.timeLimit = min(scenario.timeLimit, 1_000)
        scenario.iterationLimit = min(scenario.iterationLimit, 30_000)
        scenario.busyLimit = min(scenario.busyLimit, 20_000)
        scenario.memoryLimitMB = min(scenario.memoryLimitMB, 64)
        scenario.recursionLimit = min(scenario.recursionLimit, 200)
        let program: Program
        do {
            program = try Program.compile(source: scenario.source, file: scenario.sourceName)
        } catch {
            _ = Program.describe(error, file: scenario.sourceName, source: scenario.source)
            return
        }
        // Once without a tracer first: that is when generators pulled by `for` (and by `sum`,
        // `list()`...) run inside their caller's dispatch loop instead of through `resume`.
        if let plain = try? Program.compile(source: scenario.source, file: scenario.sourceName) {
            plain.configure(with: scenario)
            plain.vm.limits.checkResident = false
            _ = plain.run()
        }
        program.configure(with: scenario)
        program.vm.limits.checkResident = false   // resident memory is the sanitizer's; single results stay capped
        let recorder = program.recordTrace()
        _ = program.runRecording(recorder)
        _ = TraceExport.render(recorder.trace, format: .text)
        _ = TraceExport.render(recorder.trace, format: .jsonl)
    }
}

#if canImport(Glibc)
import Glibc
#endif

#if SCHEDVIZ_FUZZ
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    LargeStack.run(size: 256 << 20) { FuzzOne.run(bytes) }
    return 0
}

/// libFuzzer's entry when the program has its own `main` (SwiftPM names it for the target).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

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
            LargeStack.run { FuzzOne.run(bytes) }
            print("\(path): ok")
        }
    }
}
#endif
