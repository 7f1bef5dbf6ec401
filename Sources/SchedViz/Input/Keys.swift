import Scheduler

/// Keys as the backend reports them, and the pure mapping from key and state to an intent.

enum Key: Equatable {
    case char(Character)
    case left, right, up, down, enter, resize, tick, escape
    case pageUp, pageDown, home, end, backspace
    case mouse(Mouse)
}

/// A mouse press at screen cell (x, y): the left button, or a turn of the wheel.
struct Mouse: Equatable {
    enum Button: Equatable { case left, wheelUp, wheelDown }
    var button: Button
    var x: Int
    var y: Int
    var shift = false
}

/// What `next`/`previous` seeks to: the focused lane's next event, output, a clock jump,
/// a step of another task, an exception.
enum Seek: Equatable { case laneEvent, output, clock, taskSwitch, exception }

enum Intent: Equatable {
    case none, quit, togglePlay, stepForward, stepBack, toStart, toEnd, faster, slower
    case selectUp, selectDown, toggleExpand, toggleAxis, export, toggleHelp, toggleDescription, tick, resize
    case toCause, jumpBack, toggleLocals
    case exportJSONL, exportChrome
    case pageBack, pageForward, seek(Seek, forward: Bool)
    case openPrompt(Prompt.Kind), promptType(Character), promptErase, promptSubmit, promptCancel
    case searchNext, searchPrevious, toggleHideFinished, toggleHideHousekeeping, collapseAll, expandAll, follow
    case selectLane(Int), moveTo(Int), scrollLanes(to: Int)   // from the mouse: a visible lane's index, an event, the chart's first lane
}

enum KeyMap {
    /// Next / previous pairs: what each seeks, and whether forward.
    static let seekKeys: [Character: (Seek, Bool)] = [
        "]": (.laneEvent, true), "[": (.laneEvent, false), "}": (.output, true), "{": (.output, false),
        ">": (.clock, true), "<": (.clock, false), ")": (.taskSwitch, true), "(": (.taskSwitch, false),
        "r": (.exception, true), "R": (.exception, false),
    ]

    /// Every key the viewer understands; anything else does nothing.
    static func intent(for key: Key, state: ViewState) -> Intent {
        if state.prompt != nil {
            switch key {
            case .escape: return .promptCancel
            case .enter: return .promptSubmit
            case .backspace: return .promptErase
            case .char(let c) where c != NcursesTerminal.unknownCharacter: return .promptType(c)
            case .tick: return .tick
            case .resize: return .resize
            default: return .none
            }
        }
        if state.showHelp || state.showDescription {
            switch key {
            case .char("q"): return .quit
            case .tick: return .tick
            case .resize: return .resize
            default: return state.showHelp ? .toggleHelp : .toggleDescription   // any key closes the overlay
            }
        }
        switch key {
        case .char(" "): return .togglePlay
        case .right, .char("l"): return .stepForward
        case .left, .char("h"): return .stepBack
        case .char("g"), .home: return .toStart
        case .char("G"), .end: return .toEnd
        case .pageUp: return .pageBack
        case .pageDown: return .pageForward
        case .char(let c) where seekKeys[c] != nil: return .seek(seekKeys[c]!.0, forward: seekKeys[c]!.1)
        case .char(":"): return .openPrompt(.jump)
        case .char("/"): return .openPrompt(.search)
        case .char("\\"): return .openPrompt(.filter)
        case .char("n"): return .searchNext
        case .char("N"): return .searchPrevious
        case .char("f"): return .toggleHideFinished
        case .char("a"): return .toggleHideHousekeeping
        case .char("e"): return .collapseAll
        case .char("E"): return .expandAll
        case .char("F"): return .follow
        case .char("+"), .char("="): return .faster
        case .char("-"): return .slower
        case .up, .char("k"): return .selectUp
        case .down, .char("j"): return .selectDown
        case .enter: return .toggleExpand
        case .char("t"): return .toggleAxis
        case .char("v"): return .toggleLocals
        case .char("x"): return .export
        case .char("J"): return .exportJSONL
        case .char("C"): return .exportChrome
        case .char("c"): return .toCause
        case .char("b"): return .jumpBack
        case .char("?"): return .toggleHelp
        case .char("d"): return .toggleDescription
        case .char("q"): return .quit
        case .tick: return .tick
        case .resize: return .resize
        default: return .none
        }
    }
}

extension ViewState {
    /// Applies an intent that only changes view state (export and quit are the app's job).
    mutating func apply(_ intent: Intent, model: TimelineModel) {
        // A status message (e.g. where the export went) stays until the next key that does something.
        if ![.tick, .resize, .none, .export, .exportJSONL, .exportChrome, .quit].contains(intent) { status = "" }
        let last = max(0, model.eventCount - 1)
        let before = lanes(model)
        let laneCount = before.count
        // The picked lane, so a lane hidden or shown above it (f while playing) does not move the pick.
        let picked = !followPlayhead && selectedLane < before.count ? before[selectedLane] : nil
        switch intent {
        case .togglePlay: playing.toggle(); if playing && playhead >= last { playhead = 0 }
        case .stepForward: playing = false; playhead = axis == .time ? slice(model, from: playhead, forward: true) : min(last, playhead + 1)
        case .stepBack: playing = false; playhead = axis == .time ? slice(model, from: playhead, forward: false) : max(0, playhead - 1)
        case .toStart: playing = false; jump(to: 0)
        case .toEnd: playing = false; jump(to: last)
        case .faster: speed = min(ViewState.maxSpeed, speed * 2)
        case .slower: speed = max(1, speed / 2)
        case .pageBack, .pageForward:
            playing = false
            let page = max(1, ScreenLayout.chartColumns(width: width))
            jump(to: intent == .pageBack ? max(0, playhead - page) : min(last, playhead + page))
        case let .seek(what, forward): playing = false; seek(what, forward: forward, model: model)
        case .openPrompt(let kind): playing = false; prompt = Prompt(kind: kind)
        case .promptType(let c): prompt?.text.append(c)
        case .promptErase: if prompt?.text.isEmpty == false { prompt?.text.removeLast() }
        case .promptCancel: prompt = nil
        case .promptSubmit: submitPrompt(model)
        case .searchNext, .searchPrevious: playing = false; find(model, forward: intent == .searchNext)
        case .toggleHideFinished: hideFinished.toggle(); status = hideFinished ? "finished tasks hidden (f shows them)" : "finished tasks shown"
        case .toggleHideHousekeeping:
            hideHousekeeping.toggle()
            status = hideHousekeeping ? "asyncio's housekeeping tasks hidden (a shows them)" : "asyncio's housekeeping tasks shown"
        case .collapseAll: collapsed = Set(model.visibleLanes(collapsed: []).filter { model.hasSubLanes($0) })
        case .expandAll: collapsed = []
        case .follow: followPlayhead = true; laneTop = nil
        case .scrollLanes(let top): laneTop = max(0, top)
        case .selectLane(let i): followPlayhead = false; selectedLane = max(0, min(laneCount - 1, i))
        case .moveTo(let e): playing = false; jump(to: max(0, min(last, e)))
        case .selectUp, .selectDown:
            if followPlayhead && model.eventCount > 0 {
                // Start from the lane the view was following.
                let current = Int(model.trace.lane(min(playhead, model.eventCount - 1)))
                if let i = lanes(model).firstIndex(of: current) { selectedLane = i }
            }
            followPlayhead = false
            selectedLane = intent == .selectUp ? max(0, selectedLane - 1) : min(max(0, laneCount - 1), selectedLane + 1)
        case .toggleExpand:
            let shown = lanes(model)
            if followPlayhead && model.eventCount > 0,
               let i = shown.firstIndex(of: Int(model.trace.lane(min(playhead, model.eventCount - 1)))) {
                selectedLane = i
            }
            if selectedLane < shown.count {
                let lane = shown[selectedLane]
                if model.hasSubLanes(lane) {
                    if collapsed.contains(lane) { collapsed.remove(lane) } else { collapsed.insert(lane) }
                } else {
                    status = "\(SafeText.escape(model.trace.lanes[lane].name)) has no sub-lanes to expand (enter opens a task's awaited coroutines)"
                }
            }
        case .toggleAxis: axis = axis == .step ? .time : .step
        case .toCause:
            playing = false
            if let c = model.eventCount > 0 ? model.trace.cause(playhead) : nil {
                jumps.append(playhead)
                playhead = c
            } else {
                status = "event #\(playhead) has no recorded cause"
            }
        case .jumpBack:
            playing = false
            if let back = jumps.popLast() { playhead = back } else { status = "no jump to go back from (c jumps to a cause)" }
        case .toggleHelp: showHelp.toggle(); playing = false
        case .toggleDescription: showDescription.toggle(); playing = false
        case .toggleLocals: showLocals.toggle()
        case .tick:
            if playing {
                // `speed` is events a second: carry what a tick's share leaves over.
                tickCarry += speed
                playhead = min(last, playhead + tickCarry / ViewState.ticksPerSecond)
                tickCarry %= ViewState.ticksPerSecond
                if playhead >= last { playing = false }
            }
        case .none, .quit, .export, .exportJSONL, .exportChrome, .resize: break
        }
        let after = lanes(model)
        let selecting: Bool, clicked: Bool
        switch intent {
        case .selectLane: selecting = true; clicked = true
        case .selectUp, .selectDown, .promptSubmit: selecting = true; clicked = false
        default: selecting = false; clicked = false
        }
        if !selecting, let picked, let i = after.firstIndex(of: picked) { selectedLane = i }
        // A lane picked by key (or a new filter) comes into view; a click keeps the scroll it clicked in.
        if selecting, !clicked { laneTop = nil }
        if selectedLane >= after.count { selectedLane = max(0, after.count - 1) }
    }
}
