import ArgumentParser
import Scheduler
#if canImport(Glibc)
import Glibc
#endif

extension TraceFormat: ExpressibleByArgument {}

/// Runs a scenario with the recorder on and returns its trace.
func recordScenario(_ path: String) throws -> (Scenario, Trace, SessionResult) {
    let (s, session) = try loadSession(path)
    session.record()
    session.output = .discard
    let result = session.run()
    keepUntilExit(session)
    // A runaway program still gets its trace, and the message that says where it ran away.
    if result.ending == .limit("busy") || result.ending == .limit("memory") {
        Console.message(result.errorText)
    }
    return (s, result.trace!, result)
}

struct TraceCmd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "trace", abstract: "Export the trace: text (default), jsonl or chrome.")
    @Argument(help: "A scenario (.json) or a program (.py).") var scenario: String
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.") var output: String?
    @Option(help: "text, jsonl or chrome (default: from the -o file's extension, .txt, .jsonl or .json for chrome; else text).") var format: TraceFormat?
    @Flag(help: "With --format jsonl: each event also gets its lane's frames and local variables after it.") var locals = false

    @Option(help: ArgumentHelp("Report the locals of each given event's lane after it, and the time each took, on stderr (benchmark).", visibility: .hidden)) var inspectAt: [Int] = []

    /// --format wins; else the extension of -o says (`.jsonl`, `.json` for Chrome, `.txt`); else text.
    var resolvedFormat: TraceFormat {
        format ?? output.flatMap(TraceExport.format(forPath:)) ?? .text
    }

    func validate() throws {
        if locals && resolvedFormat != .jsonl { throw ValidationError("--locals needs --format jsonl") }
    }

    func run() throws {
        if !inspectAt.isEmpty { return try Self.benchmark(scenario, inspectAt) }
        let (trace, extra) = locals ? try Self.withLocals(scenario) : (try recordScenario(scenario).1, nil)
        let format = resolvedFormat
        if let output {
            try writeAtomically(to: output) { write in TraceExport.write(trace, format: format, extra: extra, to: write) }
        } else {
            TraceExport.write(trace, format: format, extra: extra) { chunk in Console.out(UnsafeRawBufferPointer(chunk)) }
        }
    }

    /// Asks one inspector for each event in turn (its own lane), as stepping in the viewer does.
    static func benchmark(_ path: String, _ events: [Int]) throws {
        let (s, trace, _) = try recordScenario(path)
        let inspector = Inspector(s)
        for e in events where e >= 0 && e < trace.count {
            let t0 = monotonicMilliseconds()
            let snap = inspector.snapshot(after: e, lane: Int(trace.lane(e)))
            let ms = monotonicMilliseconds() - t0
            var json: [UInt8] = []
            snap.jsonFields(into: &json)
            Console.message("event \(e) lane \(SafeText.escape(trace.laneName(Int(trace.lane(e))))): \(format3(ms)) ms \(String(decoding: json, as: UTF8.self))\n")
        }
    }

    /// One run that records the trace and, after each event, its lane's frames (`Inspector.everyEvent`).
    static func withLocals(_ path: String) throws -> (Trace, ((Int, inout [UInt8]) -> Void)?) {
        let (s, _) = try loadSession(path)
        // All events' fields in one buffer: a million small arrays would cost their headers too.
        var fields: [UInt8] = [], ends: [Int] = []
        guard let (trace, result) = Inspector(s).everyEvent({ _, snapshot in
            snapshot.jsonFields(into: &fields)
            ends.append(fields.count)
        }) else { return (try recordScenario(path).1, nil) }
        keepUntilExit(trace)
        if result.ending == .limit("busy") || result.ending == .limit("memory") { Console.message(result.errorText) }
        return (trace, { i, out in
            if i < ends.count { out.append(contentsOf: fields[(i == 0 ? 0 : ends[i - 1])..<ends[i]]) }
        })
    }
}

/// Freeing a large heap object by object takes longer than a big run itself; the
/// process is about to end and the system takes the memory back at once.
func keepUntilExit(_ object: AnyObject) {
    _ = Unmanaged.passRetained(object)
}

/// Temporary file beside the target, then rename: readers never see half a file.
func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    try writeAtomically(to: path) { write in bytes.withUnsafeBufferPointer { write($0) } }
}

/// A path that exists and is not a regular file (`/dev/null`, a pipe, a terminal) is
/// written in place: renaming over it would replace the device with a file.
func writeAtomically(to path: String, _ produce: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) throws {
    var st = stat()
    let exists = stat(path, &st) == 0
    if exists && (st.st_mode & S_IFMT) == S_IFDIR {
        throw BadInput(message: "schedviz: \(SafeText.escape(path)) is a folder; give a file name for -o\n")
    }
    if exists, let fs = Scenario.pseudoFileSystem(at: path) {
        throw BadInput(message: "schedviz: cannot write \(SafeText.escape(path)): \(Scenario.pseudoFileMessage(fs)); give a file name for -o\n")
    }
    let inPlace = exists && (st.st_mode & S_IFMT) != S_IFREG
    let target = inPlace ? path : path + ".tmp-\(getpid())"
    guard let f = fopen(target, "wb") else {
        throw BadInput(message: "schedviz: cannot write \(SafeText.escape(path)): \(String(cString: strerror(errno)))\n")
    }
    let writer = BackgroundWriter(f)
    produce { chunk in writer.write(chunk) }
    var failure = writer.finish()
    if fclose(f) != 0 && failure == 0 { failure = errno }
    if failure == 0 && !inPlace && rename(target, path) != 0 { failure = errno }
    if failure != 0 {
        if !inPlace { unlink(target) }
        // The reader of a pipe went away: a quiet end, as on stdout.
        if failure == EPIPE { exit(0) }
        throw BadInput(message: "schedviz: cannot write \(SafeText.escape(path)): \(String(cString: strerror(failure)))\n")
    }
}

extension Axis: ExpressibleByArgument {}

struct TimelineCmd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "Print the timeline chart the viewer draws, as plain text.")
    @Argument(help: "A scenario (.json) or a program (.py).") var scenario: String
    @Option(help: "Columns of output (40 to 1000; default: the terminal's width, 80 when not a terminal).") var width: Int?
    @Option(help: "step (a column per event) or time (a column per slice of virtual time; default: step, or time when a column per event would print over 10,000 lines).") var axis: Axis?
    @Option(help: "First event shown: an event number, or t=SECONDS for the first event at or after that virtual time.") var from: String?
    @Option(help: "Last event shown: an event number, or t=SECONDS for the last event at or before that virtual time.") var to: String?
    @Flag(help: "ASCII glyphs only.") var ascii = false
    @Option(help: ArgumentHelp("Print the viewer's screen of this size (e.g. 80x24) instead of the chart.", visibility: .hidden)) var screen: String?
    @Option(help: ArgumentHelp("With --screen: the event at the playhead.", visibility: .hidden)) var playhead: Int = 0
    @Flag(help: ArgumentHelp("With --screen: the variables pane (v) in place of the output.", visibility: .hidden)) var variables = false
    @Option(help: ArgumentHelp("With --screen: render this many frames across the trace and report the time per frame on stderr (benchmark).", visibility: .hidden)) var frames: Int?
    @Option(help: ArgumentHelp("With --frames: the lane filter (\\) active.", visibility: .hidden)) var filter: String?
    @Flag(help: ArgumentHelp("With --frames: finished tasks hidden (f).", visibility: .hidden)) var hideFinished = false

    func validate() throws {
        if let screen { _ = try Self.screenSize(screen) }
        if let frames, frames > 100_000 { throw ValidationError("--frames must be at most 100000 (got \(frames))") }
        if let width, width < 40 || width > ChartView.maxWidth {
            throw ValidationError("--width must be between 40 and \(ChartView.maxWidth) (got \(width))")
        }
        for (name, text) in [("--from", from), ("--to", to)] {
            if let text, TimelineBound(text) == nil {
                throw ValidationError("\(name) takes an event number or t=SECONDS, e.g. 1200 or t=12.5 (got \(SafeText.escape(text)))")
            }
        }
    }

    /// The terminal's columns when stdout is one, else 80; kept within 40…`ChartView.maxWidth`.
    static func defaultWidth() -> Int {
        var size = winsize()
        guard isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return min(ChartView.maxWidth, max(40, Int(size.ws_col)))
    }

    /// `--screen WIDTHxHEIGHT`, each 1 to `ChartView.maxWidth`: a grid that fits in memory.
    static func screenSize(_ text: String) throws -> [Int] {
        let parts = text.split(separator: "x", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2, let w = parts[0], let h = parts[1], (1...ChartView.maxWidth).contains(w), (1...ChartView.maxWidth).contains(h) else {
            throw ValidationError("--screen takes WIDTHxHEIGHT, each 1 to \(ChartView.maxWidth), e.g. 80x24 (got \(SafeText.escape(text)))")
        }
        return [w, h]
    }

    func run() throws {
        let (s, trace, _) = try recordScenario(scenario)
        let built = monotonicMilliseconds()
        let model = TimelineModel(trace: trace, title: s.title, scenarioName: s.path)
        let modelMs = monotonicMilliseconds() - built
        let glyphs = Glyphs(ascii: ascii)
        if let screen, let frames, frames > 0 {
            let parts = try Self.screenSize(screen)
            var times: [Double] = []
            var state = ViewState()
            state.axis = axis ?? .step
            state.laneFilter = filter ?? ""
            state.hideFinished = hideFinished
            for k in 0..<frames {
                state.playhead = model.eventCount * (k + 1) / (frames + 1)
                let t0 = monotonicMilliseconds()
                _ = ScreenView.render(model, state, width: parts[0], height: parts[1], glyphs: glyphs)
                times.append(monotonicMilliseconds() - t0)
            }
            times.sort()
            let median = times[times.count / 2]
            Console.message("events \(model.eventCount); model built in \(String(format3(modelMs))) ms; \(frames) frames, median \(format3(median)) ms a frame, max \(format3(times.last!)) ms\n")
            return
        }
        if let screen {
            let parts = try Self.screenSize(screen)
            var state = ViewState()
            state.playhead = playhead
            state.axis = axis ?? .step
            state.ascii = ascii
            state.showLocals = variables
            let p = min(playhead, max(0, model.eventCount - 1))
            let locals = variables ? Inspector(s).snapshot(after: p, lane: ScreenView.focusLane(model, state)) : nil
            Console.out(ScreenView.render(model, state, width: parts[0], height: parts[1], glyphs: glyphs, locals: locals).lines().joined(separator: "\n") + "\n")
            return
        }
        Console.out(ChartView.printable(model, width: width ?? Self.defaultWidth(), axis: axis, from: from.flatMap(TimelineBound.init),
                                        to: to.flatMap(TimelineBound.init), glyphs: glyphs))
    }
}


/// Wall time for the benchmark option only (the scheduler never reads a real clock).
func monotonicMilliseconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
}

func format3(_ x: Double) -> String {
    let v = (x * 1000).rounded() / 1000
    return "\(v)"
}
