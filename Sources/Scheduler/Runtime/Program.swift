/// A compiled program ready to run: the entry point the CLI and the viewer use.

public enum RunEnding: Equatable, Sendable {
    case finished                 // module code returned
    case raised                   // uncaught exception (traceback in `errorText`)
    case idle                     // run_forever with nothing left to run
    case deadlock(String)         // tasks waiting on what nothing can complete
    case limit(String)            // a scenario limit was reached
}

public struct RunResult: Sendable {
    public var ending: RunEnding
    public var errorText: String   // traceback or ending message for stderr, "" when none
    /// The status `sys.exit` (an uncaught `SystemExit`) asked for.
    public var exitCode: Int32? = nil
    /// 1 when the program raised or broke a budget meant to catch runaway programs.
    public var exitStatus: Int32 { exitCode ?? (ending == .raised || ending == .limit("busy") || ending == .limit("memory") ? 1 : 0) }
}

/// Ends a run early from deep inside the VM (idle, deadlock, limits): not a Python exception.
public struct RunStop: Error { public let ending: RunEnding; public let message: String }

extension VM {
    /// Ends the run (idle, deadlock, limit) with an exception no Python code can catch.
    func stop(_ ending: RunEnding, _ message: String) -> PyRaise {
        pendingStop = RunStop(ending: ending, message: message)
        return PyRaise(stopSentinel)
    }

    func isStop(_ e: PyRaise) -> Bool { e.exc.tag == .object && e.exc.bits == stopSentinel.bits }

    /// Writes to the program's stderr what is not a traceback (see `stderrText`).
    func errorOutput(_ s: String) {
        traced { $0.errorOutput(s) }
        if streams.stderr.tag != .unbound { return writeRedirectedError(s) }
        if let errorSink { errorSink(s) } else { stderrText += s }
    }
}

public final class Program {
    public let vm: VM
    public let module: CodeObject

    /// Compiles `source`; syntax errors and unsupported constructs come back as `PySyntaxError`.
    public static func compile(source: String, file: String) throws(PySyntaxError) -> Program {
        let vm = VM()
        vm.runtimeExtension = AsyncioRuntime(vm: vm)
        vm.file = file
        // "\r\n" is one Character: a file with Windows line ends splits there too.
        vm.sourceLines = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        do {
            let tree = try Parser.parse(source)
            let compiler = Compiler(vm: vm, file: file)
            compiler.source = source
            let module = try compiler.compileModule(tree)
            return Program(vm: vm, module: module)
        } catch {
            // No Program will break the VM's cycle with asyncio's runtime: do it here.
            vm.breakCycles()
            throw error
        }
    }

    init(vm: VM, module: CodeObject) { self.vm = vm; self.module = module }

    deinit { vm.breakCycles() }

    /// Runs the module to completion (or to an ending the loop decides).
    public func run() -> RunResult {
        let frame = Frame(code: module, function: nil)
        do {
            _ = try vm.run(frame)
            vm.shuttingDown = true
            vm.finalizeGlobals()
            let report = vm.runtimeExtension.endOfRunReport()
            if !report.isEmpty { vm.errorOutput(report) }
            return RunResult(ending: .finished, errorText: "")
        } catch let e {
            if let stop = vm.pendingStop {
                vm.pendingStop = nil
                return RunResult(ending: stop.ending, errorText: stop.message)
            }
            if vm.isInstance(e.exc, .SystemExit) {
                // No traceback: CPython flushes stdout, prints a non-int code, and finalizes. A
                // task the exit left with its exception unretrieved (the one that called
                // sys.exit) is freed too late to report it.
                vm.shuttingDown = true
                let status = vm.exitStatus(e.exc)
                vm.finalizeGlobals()
                return RunResult(ending: .finished, errorText: "", exitCode: status)
            }
            // CPython prints the traceback, then frees what is left (tasks report then).
            return RunResult(ending: .raised, errorText: vm.formatTraceback(e.exc) + vm.runtimeExtension.endOfRunReport())
        }
    }

    /// CPython's rendering of a compile-time error.
    public static func describe(_ e: PySyntaxError, file: String, source: String) -> String {
        if e.kind == .tooDeep {
            return "\(file):\(e.line):\(e.column): expression nested too deeply (RecursionError: \(e.message)); split it into smaller expressions\n"
        }
        if e.kind == .unsupported {
            return "\(file):\(e.line):\(e.column): \(e.message); schedviz runs a subset of Python (see README: The language)\n"
        }
        var out = "  File \"\(file)\", line \(e.line)\n"
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if e.line >= 1 && e.line <= lines.count {
            let raw = String(lines[e.line - 1]).replacingOccurrences(of: "\r", with: "")
            let stripped = raw.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
            let removed = raw.unicodeScalars.count - stripped.unicodeScalars.count
            let text = String(stripped).trimmingTrailingWhitespace()
            out += "    \(text)\n"
            // CPython draws no caret when the column points into the stripped indentation.
            if e.column >= 1 && e.column - 1 - removed >= 0 {
                let col = e.column - 1 - removed
                var width = 1
                if e.endColumn > e.column { width = min(e.endColumn - e.column, max(1, text.unicodeScalars.count - col)) }
                out += "    " + String(repeating: " ", count: col) + String(repeating: "^", count: width) + "\n"
            }
        }
        out += "\(e.kind.rawValue): \(e.message)\n"
        return out
    }
}
