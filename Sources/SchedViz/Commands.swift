import ArgumentParser
import Scheduler
#if canImport(Glibc)
import Glibc
#endif

struct Schedviz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedviz",
        abstract: "Run Python coroutine programs on a virtual clock and watch them interleave.",
        version: "schedviz \(schedvizVersion)",
        subcommands: [View.self, Run.self, TraceCmd.self, TimelineCmd.self, Check.self, Verify.self, Dis.self],
        defaultSubcommand: View.self
    )
}

/// What `schedviz --version` prints after the name.
let schedvizVersion = "0.1.0"

/// A bad-input error already formatted for stderr (exit status 2).
struct BadInput: Error { let message: String }

/// The ending on stderr: a traceback is the program's own (as CPython prints it); a limit,
/// deadlock or idle ending is schedviz's message.
func writeEnding(_ result: RunResult) {
    if result.errorText.isEmpty { return }
    if result.ending == .raised { Console.programError(result.errorText) } else { Console.message(result.errorText) }
}

/// Loads and compiles a scenario, turning every problem into one clear message.
func loadSession(_ path: String) throws -> (Scenario, Session) {
    let scenario: Scenario
    do { scenario = try Scenario.load(path: path) } catch let e {
        throw BadInput(message: "schedviz: \(e.description)\n")
    }
    do {
        return (scenario, try Session(scenario))
    } catch let e {
        let config = scenario.config
        throw BadInput(message: Program.describe(e, file: SafeText.escape(config.file), source: config.source))
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run headless: print exactly what the program prints.")
    @Argument(help: "A scenario (.json) or a program (.py).") var scenario: String
    @Flag(help: "Also record the full trace (as the viewer does) and report its size on stderr.") var record = false

    func run() throws {
        let (_, session) = try loadSession(scenario)
        if record { session.record() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        func flush() {
            buffer.withUnsafeBytes { Console.out($0) }
            buffer.removeAll(keepingCapacity: true)
        }
        session.output = .stream { s in
            buffer.append(contentsOf: s.utf8)
            if buffer.count >= 1 << 16 { flush() }
        }
        // Stderr interleaves with prints as CPython's would: its stdout is line-buffered on a
        // terminal (unbuffered under PYTHONUNBUFFERED), so what it prints is out before each
        // stderr message; otherwise stdout is block-buffered, and a message comes out before
        // what is still buffered. CPython flushes stdout before the final traceback.
        let interleaved = isatty(1) != 0 || (getenv("PYTHONUNBUFFERED").map { $0.pointee != 0 } ?? false)
        session.errors = { [unowned vm = session.vm] s in
            if interleaved || vm.shuttingDown { flush() }
            Console.programError(s)
        }
        session.vm.outputFlush = { flush() }
        let result = session.run()
        keepUntilExit(session)       // the program and its observers
        flush()
        writeEnding(result.run)
        if let t = result.trace {
            Console.message("schedviz: recorded \(t.count) events in \(t.lanes.count) lanes, \(t.byteCount / max(1, t.count)) bytes an event\n")
        }
        throw ExitCode(result.exitStatus)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate a scenario and its program without running it.")
    @Argument(help: "A scenario (.json) or a program (.py).") var scenario: String

    func run() throws {
        let (s, _) = try loadSession(scenario)
        Console.out("\(SafeText.escape(s.path)): ok (\(SafeText.escape(s.title)))\n")
    }
}

struct View: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "view", abstract: "Open the timeline viewer (the default command).",
                                                    discussion: "Keys (the viewer's ? shows them too):\n" + Overlays.keys(ascii: false).joined(separator: "\n"))
    @Argument(help: "A scenario (.json) or a program (.py).") var scenario: String
    @Flag(help: "Draw with ASCII only (automatic when the locale is not UTF-8).") var ascii = false
    @Flag(help: "No colours (also when NO_COLOR is set).") var noColor = false

    func run() throws {
        // After `q`, the status `run` gives: 1 for an uncaught exception or a runaway program.
        let status = try ViewerApp.launch(scenario: scenario, ascii: ascii, noColor: noColor)
        if status != 0 { throw ExitCode(status) }
    }
}

struct Dis: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dis", abstract: "Print the program's bytecode.")
    @Argument(help: "A scenario (.json) or a program (.py).") var scenario: String

    func run() throws {
        let (_, session) = try loadSession(scenario)
        Console.out(SafeText.escapeMessage(session.program.disassembly()))
    }
}
