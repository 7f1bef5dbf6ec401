import Scheduler

/// Keys as the backend reports them, and the pure mapping from key and state to an intent.

enum Key: Equatable {
    case char(Character)
    case left, right, up, down, enter, resize, tick, escape
}

enum Intent: Equatable {
    case none, quit, togglePlay, stepForward, stepBack, toStart, toEnd, faster, slower
    case selectUp, selectDown, toggleExpand, toggleAxis, export, toggleHelp, toggleDescription, tick, resize
    case toCause, jumpBack, toggleLocals
    case exportJSONL, exportChrome
}

enum KeyMap {
    /// Every key the viewer understands; anything else does nothing.
    static func intent(for key: Key, state: ViewState) -> Intent {
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
        case .char("g"): return .toStart
        case .char("G"): return .toEnd
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
        let laneCount = model.visibleLanes(collapsed: collapsed).count
        switch intent {
        case .togglePlay: playing.toggle(); if playing && playhead >= last { playhead = 0 }
        case .stepForward: playing = false; playhead = min(last, playhead + 1)
        case .stepBack: playing = false; playhead = max(0, playhead - 1)
        case .toStart: playing = false; playhead = 0
        case .toEnd: playing = false; playhead = last
        case .faster: speed = min(256, speed * 2)
        case .slower: speed = max(1, speed / 2)
        case .selectUp, .selectDown:
            if followPlayhead && model.eventCount > 0 {
                // Start from the lane the view was following.
                let lanes = model.visibleLanes(collapsed: collapsed)
                let current = Int(model.trace.lane(min(playhead, model.eventCount - 1)))
                if let i = lanes.firstIndex(of: current) { selectedLane = i }
            }
            followPlayhead = false
            selectedLane = intent == .selectUp ? max(0, selectedLane - 1) : min(max(0, laneCount - 1), selectedLane + 1)
        case .toggleExpand:
            let lanes = model.visibleLanes(collapsed: collapsed)
            if followPlayhead && model.eventCount > 0,
               let i = lanes.firstIndex(of: Int(model.trace.lane(min(playhead, model.eventCount - 1)))) {
                selectedLane = i
            }
            if selectedLane < lanes.count {
                let lane = lanes[selectedLane]
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
        case .toggleHelp: showHelp.toggle()
        case .toggleDescription: showDescription.toggle()
        case .toggleLocals: showLocals.toggle()
        case .tick:
            if playing {
                playhead = min(last, playhead + speed)
                if playhead >= last { playing = false }
            }
        case .none, .quit, .export, .exportJSONL, .exportChrome, .resize: break
        }
        let count = model.visibleLanes(collapsed: collapsed).count
        if selectedLane >= count { selectedLane = max(0, count - 1) }
    }
}
