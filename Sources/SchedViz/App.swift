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
    /// Where `x` writes the text trace, e.g. `dates.trace.txt` in the current folder.
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
            case .export: export()
            case let intent: state.apply(intent, model: model)
            }
        }
    }

    /// Writes the text trace atomically and says where, or why not, in the status line.
    mutating func export() {
        let bytes = TraceExport.render(trace, format: .text)
        do {
            try writeAtomically(bytes, to: exportPath)
            state.status = "exported \(trace.count) events to \(SafeText.escape(exportPath))"
        } catch let e as BadInput {
            var message = e.message
            if message.hasPrefix("schedviz: ") { message.removeFirst("schedviz: ".count) }
            while message.hasSuffix("\n") { message.removeLast() }
            state.status = "export failed: \(SafeText.escape(message))"
        } catch {
            state.status = "export failed: \(SafeText.escape("\(error)"))"
        }
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
