import Scheduler
#if canImport(Glibc)
import Glibc
#endif

/// The viewer's loop: render the state, show it, read a key, turn it into an intent, apply it.
///
/// Rendering is pure (`ScreenView.render`); only this loop changes `state`, and only the
/// terminal backend touches the terminal. Export and quit are handled here because they
/// leave the view: one writes a file, the other ends the loop.
struct ViewerApp {
    let model: TimelineModel
    let trace: Trace
    var state = ViewState()
    /// Where `x` writes the text trace, e.g. `dates.trace.txt` in the current folder; `J` and `C`
    /// write the JSONL and Chrome exports beside it (`dates.trace.jsonl`, `dates.trace.json`).
    let exportPath: String
    /// Re-runs the program for the locals pane (`v`); nil when there is no program to re-run.
    let inspector: Inspector?

    init(model: TimelineModel, trace: Trace, exportPath: String, inspector: Inspector? = nil) {
        self.model = model
        self.trace = trace
        self.exportPath = exportPath
        self.inspector = inspector
        // The story starts with what the scenario is about.
        state.showDescription = !model.description.isEmpty
    }

    /// The focused lane just after the playhead's event, when the locals pane is open.
    func locals() -> LaneSnapshot? {
        guard state.showLocals, let inspector, model.eventCount > 0 else { return nil }
        return inspector.snapshot(after: min(state.playhead, model.eventCount - 1), lane: ScreenView.focusLane(model, state))
    }

    /// Runs until the user quits; the caller stops the terminal.
    mutating func run(on terminal: TerminalBackend) {
        state.ascii = terminal.ascii
        state.color = terminal.color
        let glyphs = Glyphs(ascii: terminal.ascii)
        // The screen is a pure function of state and size: when neither changed (an idle
        // tick), the last frame is still right and rendering again would only burn CPU.
        var shown: (state: ViewState, width: Int, height: Int)?
        while true {
            let size = terminal.size
            state.width = size.width       // a page of chart columns (PgUp/PgDn, the time axis' slices)
            if shown == nil || shown!.state != state || shown!.width != size.width || shown!.height != size.height {
                terminal.draw(ScreenView.render(model, state, width: size.width, height: size.height, glyphs: glyphs, locals: locals()))
                shown = (state, size.width, size.height)
            }
            let key = terminal.readKey()
            var intent = KeyMap.intent(for: key, state: state)
            if case .mouse(let m) = key, state.prompt == nil, !state.showHelp, !state.showDescription {
                // Where the click landed, on the screen as drawn (a too-small one has no lanes).
                let size = terminal.size
                let drawn = size.width >= ScreenView.minWidth && size.height >= ScreenView.minHeight
                intent = drawn ? ScreenLayout(model, state, width: size.width, height: size.height).intent(for: m, model: model) : .none
            }
            switch intent {
            case .quit: return
            case .export: export(.text)
            case .exportJSONL: export(.jsonl)
            case .exportChrome: export(.chrome)
            case let intent: state.apply(intent, model: model)
            }
        }
    }

    /// Writes the trace atomically, never over an existing file (a numbered name instead), and
    /// says where, with the full path, or why not, in the status line. Asks nothing.
    mutating func export(_ format: TraceFormat) {
        let path = Self.freeName(Self.absolute(Self.path(exportPath, for: format)))
        do {
            try writeAtomically(to: path) { write in TraceExport.write(trace, format: format, to: write) }
            state.status = "exported \(trace.count) events to \(SafeText.escape(path))"
        } catch let e as BadInput {
            var message = e.message
            if message.hasPrefix("schedviz: ") { message.removeFirst("schedviz: ".count) }
            while message.hasSuffix("\n") { message.removeLast() }
            state.status = "export failed: \(SafeText.escape(message))"
        } catch {
            state.status = "export failed: \(SafeText.escape("\(error)"))"
        }
    }

    /// The text export's path with the format's extension in place of `.txt`.
    static func path(_ textPath: String, for format: TraceFormat) -> String {
        if format == .text { return textPath }
        let stem = textPath.hasSuffix(".txt") ? String(textPath.dropLast(4)) : textPath
        return stem + "." + TraceExport.fileExtension(format)
    }

    /// A relative path made absolute from the current folder, so the status line says exactly where.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        guard let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        let dir = String(cString: cwd)
        return (dir.hasSuffix("/") ? dir : dir + "/") + path
    }

    /// `path` when no regular file is there, else the first free `stem.1.ext`, `stem.2.ext`, …
    /// (a folder or a device stays as it is: writing reports the folder, or writes the device).
    static func freeName(_ path: String) -> String {
        func isFile(_ p: String) -> Bool {
            var st = stat()
            return lstat(p, &st) == 0 && (st.st_mode & S_IFMT) != S_IFDIR && (st.st_mode & S_IFMT) != S_IFCHR
        }
        guard isFile(path) else { return path }
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let dot = path[slash...].lastIndex(of: ".")
        let stem = dot.map { String(path[..<$0]) } ?? path, ext = dot.map { String(path[$0...]) } ?? ""
        var n = 1
        while isFile("\(stem).\(n)\(ext)") { n += 1 }
        return "\(stem).\(n)\(ext)"
    }

    /// `schedviz SCENARIO`: checks for a terminal, records the scenario, runs the viewer.
    /// Returns the exit status `schedviz run` gives the same scenario.
    ///
    /// Every way out of curses mode goes through `stop()` (or the signal handlers).
    static func launch(scenario path: String, ascii: Bool, noColor: Bool) throws -> Int32 {
        var app: ViewerApp
        let terminal: NcursesTerminal
        let status: Int32
        do {
            // Refuse before doing any work: without a terminal there is nothing to show.
            try NcursesTerminal.requireTerminal(scenario: path)
            let (scenario, trace, result) = try recordScenario(path)
            status = result.exitStatus
            let model = TimelineModel(trace: trace, title: scenario.title, scenarioName: fileName(scenario.path),
                                      description: scenario.description)
            app = ViewerApp(model: model, trace: trace, exportPath: scenario.name + ".trace.txt", inspector: Inspector(scenario))
            terminal = try NcursesTerminal.start(forceASCII: ascii, noColor: noColor, scenario: path)
        } catch let error as TerminalUnavailable {
            throw BadInput(message: error.message)
        }
        defer { terminal.stop() }
        app.run(on: terminal)
        return status
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }
}
