import Foundation
import Testing
import Scheduler
@testable import SchedViz

/// Twelve tasks named worker-0 … worker-11, output, a clock that moves, and an exception at
/// the end (tests/e2e_tui.sh runs the same program).
private let workersSource = try! String(contentsOfFile: URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("Fixtures/workers.py").path, encoding: .utf8)

private func workersModel() throws -> TimelineModel {
    let session = try Session(RunConfig(source: workersSource, file: "workers.py"))
    session.record()
    session.output = .discard
    return TimelineModel(trace: session.run().trace!, title: "workers", scenarioName: "workers.py")
}

/// Keys typed one by one, as the app loop would turn them into intents.
private func typed(_ keys: [Key], _ model: TimelineModel, from start: ViewState = ViewState()) -> ViewState {
    var s = start
    for k in keys { s.apply(KeyMap.intent(for: k, state: s), model: model) }
    return s
}

private func chars(_ text: String) -> [Key] { text.map { Key.char($0) } }

@Suite struct NavigateKeyMapTests {
    @Test func newKeysOutsideDialogs() {
        let s = ViewState()
        let expected: [(Key, Intent)] = [
            (.home, .toStart), (.end, .toEnd), (.pageUp, .pageBack), (.pageDown, .pageForward),
            (.char("]"), .seek(.laneEvent, forward: true)), (.char("["), .seek(.laneEvent, forward: false)),
            (.char("}"), .seek(.output, forward: true)), (.char("{"), .seek(.output, forward: false)),
            (.char(">"), .seek(.clock, forward: true)), (.char("<"), .seek(.clock, forward: false)),
            (.char(")"), .seek(.taskSwitch, forward: true)), (.char("("), .seek(.taskSwitch, forward: false)),
            (.char("r"), .seek(.exception, forward: true)), (.char("R"), .seek(.exception, forward: false)),
            (.char(":"), .openPrompt(.jump)), (.char("/"), .openPrompt(.search)), (.char("\\"), .openPrompt(.filter)),
            (.char("n"), .searchNext), (.char("N"), .searchPrevious),
            (.char("f"), .toggleHideFinished), (.char("a"), .toggleHideHousekeeping),
            (.char("e"), .collapseAll), (.char("E"), .expandAll), (.char("F"), .follow),
            (.backspace, .none), (.mouse(Mouse(button: .left, x: 1, y: 1)), .none),
        ]
        for (key, intent) in expected {
            #expect(KeyMap.intent(for: key, state: s) == intent, "key \(key)")
        }
    }

    @Test func aDialogTakesEveryKeyAsText() {
        var s = ViewState(); s.prompt = Prompt(kind: .search)
        #expect(KeyMap.intent(for: .char("q"), state: s) == .promptType("q"), "q is text in a dialog, not quit")
        #expect(KeyMap.intent(for: .char(" "), state: s) == .promptType(" "))
        #expect(KeyMap.intent(for: .enter, state: s) == .promptSubmit)
        #expect(KeyMap.intent(for: .escape, state: s) == .promptCancel)
        #expect(KeyMap.intent(for: .backspace, state: s) == .promptErase)
        #expect(KeyMap.intent(for: .tick, state: s) == .tick)
        #expect(KeyMap.intent(for: .left, state: s) == .none)
        #expect(KeyMap.intent(for: NcursesTerminal.unknown, state: s) == .none)
    }
}

@Suite struct JumpTests {
    let model: TimelineModel
    var last: Int { model.eventCount - 1 }
    init() throws { model = try workersModel() }

    @Test func percentageJumpAndBack() {
        let s = typed([.char(":")] + chars("50%") + [.enter], model)
        #expect(s.prompt == nil)
        #expect(s.playhead == Int((Double(last) / 2).rounded()))
        #expect(s.jumps == [0])
        #expect(typed([.char("b")], model, from: s).playhead == 0)
    }

    @Test func timeJumpFindsTheFirstEventAtOrAfter() {
        let s = typed([.char(":")] + chars("t=0.3") + [.enter], model)
        #expect(model.trace.time(s.playhead) >= 0.3)
        #expect(model.trace.time(s.playhead - 1) < 0.3)
        #expect(typed([.char(":")] + chars("t=99") + [.enter], model).playhead == last, "past the end: the last event")
    }

    @Test func eventNumberJumpTypingAndErasing() {
        #expect(typed([.char(":")] + chars("123") + [.enter], model).playhead == 123)
        #expect(typed([.char(":")] + chars("129") + [.backspace, .char("3"), .enter], model).playhead == 123)
        #expect(typed([.char(":")] + chars("99999") + [.enter], model).playhead == last)
    }

    @Test func escapeCancelsAndNonsenseSaysSo() {
        let open = typed([.char(":")] + chars("50%"), model)
        #expect(open.prompt == Prompt(kind: .jump, text: "50%"))
        let cancelled = typed([.escape], model, from: open)
        #expect(cancelled.prompt == nil && cancelled.playhead == 0)
        let bad = typed([.char(":")] + chars("soon") + [.enter], model)
        #expect(bad.playhead == 0 && bad.status.hasPrefix("jump to what?"))
    }

    @Test func dialogsAndHelpPausePlayback() {
        var playing = ViewState(); playing.playing = true
        for key: Key in [.char(":"), .char("/"), .char("\\"), .char("?")] {
            #expect(!typed([key], model, from: playing).playing, "key \(key)")
        }
    }

    @Test func pagesHomeAndEnd() {
        let page = ScreenLayout.chartColumns(width: 80)
        #expect(page == 59)
        #expect(typed([.pageDown], model).playhead == page)
        #expect(typed([.pageDown, .pageDown, .pageUp], model).playhead == page)
        #expect(typed([.pageUp], model).playhead == 0)
        let end = typed([.end], model)
        #expect(end.playhead == last && end.jumps == [0])
        #expect(typed([.home], model, from: end).playhead == 0)
    }

    @Test func laneEventsOfThePinnedLane() throws {
        let trace = model.trace
        let lane = try #require(trace.lanes.firstIndex { $0.name == "worker-3" })
        var s = ViewState()
        s.followPlayhead = false
        s.selectedLane = try #require(s.lanes(model).firstIndex(of: lane))
        s = typed([.char("]")], model, from: s)
        let first = (0..<model.eventCount).first { Int(trace.lane($0)) == lane }
        #expect(s.playhead == first)
        let next = typed([.char("]")], model, from: s)
        #expect(Int(trace.lane(next.playhead)) == lane && next.playhead > s.playhead)
        #expect(!(s.playhead + 1 ..< next.playhead).contains { Int(trace.lane($0)) == lane }, "no event of the lane skipped")
        #expect(typed([.char("[")], model, from: next).playhead == s.playhead)
    }

    @Test func outputClockSwitchAndException() {
        let trace = model.trace
        let out = typed([.char("}")], model)
        #expect(trace.kind(out.playhead) == .output && trace.detailText(out.playhead).contains("worker 0 done"))
        #expect(typed([.char("}"), .char("}"), .char("{")], model).playhead == out.playhead)
        let clock = typed([.char(">")], model)
        #expect(trace.time(clock.playhead) > 0 && trace.time(clock.playhead - 1) == 0)
        let sw = typed([.char(")")], model)
        #expect(trace.kind(sw.playhead) == .step)
        let again = typed([.char(")")], model, from: sw)
        #expect(trace.kind(again.playhead) == .step && trace.lane(again.playhead) != trace.lane(sw.playhead))
        let ex = typed([.char("r")], model)
        #expect(trace.kind(ex.playhead) == .raised || trace.kind(ex.playhead) == .stderr)
        let none = typed([.char("R")], model)
        #expect(none.playhead == 0 && none.status == "no exception before event #0")
    }

    @Test func timeAxisStepsASlice() {
        var s = ViewState(); s.axis = .time
        s = typed([.right], model, from: s)
        let columns = ScreenLayout.chartColumns(width: s.width)
        let slice = (0..<columns).compactMap { model.timeSlice($0, of: columns) }
        #expect(slice.count > 2)
        #expect(s.playhead == slice[1].1, "event 0 is in the first slice: to the next slice's last event")
        s = typed([.right], model, from: s)
        #expect(s.playhead == slice[2].1)
        #expect(typed([.left], model, from: s).playhead == slice[1].1)
        #expect(typed([.left, .left], model, from: s).playhead == slice[0].1)
    }
}

@Suite struct FindAndFilterTests {
    let model: TimelineModel
    init() throws { model = try workersModel() }

    func laneName(_ e: Int) -> String { model.trace.lanes[Int(model.trace.lane(e))].name }

    @Test func searchNextPreviousAndWrap() {
        let s = typed([.char("/")] + chars("worker-7") + [.enter], model)
        #expect(laneName(s.playhead) == "worker-7")
        #expect(s.search == "worker-7")
        let n = typed([.char("n")], model, from: s)
        #expect(n.playhead > s.playhead && laneName(n.playhead) == "worker-7")
        #expect(typed([.char("N")], model, from: n).playhead == s.playhead)
        var end = s; end.playhead = model.eventCount - 1
        let wrapped = typed([.char("n")], model, from: end)
        #expect(wrapped.playhead == s.playhead && wrapped.status.hasPrefix("search wrapped"))
        let text = typed([.char("/")] + chars("STARTED") + [.enter], model)
        #expect(model.trace.detailText(text.playhead) == "started", "event text matches, ignoring case")
        let none = typed([.char("/")] + chars("nosuch") + [.enter], model)
        #expect(none.playhead == 0 && none.status == "not found: nosuch")
        #expect(typed([.char("n")], model).status.hasPrefix("nothing to search for"))
    }

    @Test func filterByLaneName() {
        let s = typed([.char("\\")] + chars("worker") + [.enter], model)
        let names = s.lanes(model).map { model.trace.lanes[$0] }
        #expect(names.filter { $0.kind == .task }.count == 12)
        #expect(names.allSatisfy { $0.name.hasPrefix("worker-") || ($0.parent >= 0 && model.trace.lanes[Int($0.parent)].name.hasPrefix("worker-")) })
        let cleared = typed([.char("\\"), .enter], model, from: s)
        #expect(cleared.lanes(model) == model.visibleLanes(collapsed: []))
        let nothing = typed([.char("\\")] + chars("zzz") + [.enter], model, from: s)
        #expect(nothing.laneFilter == "worker" && nothing.status.contains("no lane name contains"))
    }

    @Test func hideFinishedAndHousekeeping() {
        let all = model.visibleLanes(collapsed: [])
        var end = ViewState(); end.playhead = model.eventCount - 1
        let hidden = typed([.char("f")], model, from: end)
        #expect(hidden.lanes(model).allSatisfy { model.trace.lanes[$0].kind != .task && model.trace.lanes[$0].parent < 0 })
        #expect(typed([.char("f")], model).lanes(model) == all, "at the start nothing is finished")
        #expect(typed([.char("f"), .char("f")], model, from: end).lanes(model) == all)
        let titles = typed([.char("a")], model).lanes(model).map { model.trace.lanes[$0].title }
        #expect(all.contains { model.trace.lanes[$0].title == "shutdown_asyncgens" })
        #expect(!titles.contains { $0.hasPrefix("shutdown_") })
        #expect(titles.contains("worker"))
    }

    @Test func collapseAndExpandAll() {
        let collapsed = typed([.char("e")], model)
        #expect(collapsed.lanes(model).allSatisfy { model.trace.lanes[$0].kind != .subLane })
        #expect(typed([.char("E")], model, from: collapsed).lanes(model) == model.visibleLanes(collapsed: []))
    }

    @Test func pinnedAndFollowAgain() {
        let pinned = typed([.down], model)
        #expect(!pinned.followPlayhead)
        let screen = ScreenView.render(model, pinned, width: 80, height: 24, glyphs: Glyphs(ascii: false)).lines().joined(separator: "\n")
        #expect(screen.contains("pinned (F follows): "))
        let follows = typed([.char("F")], model, from: pinned)
        #expect(follows.followPlayhead)
        #expect(ScreenView.render(model, follows, width: 80, height: 24, glyphs: Glyphs(ascii: false)).lines().joined().contains(" source: "))
    }
}

@Suite struct MouseAndScreenTests {
    let model: TimelineModel
    init() throws { model = try workersModel() }

    @Test func clickALaneAndAColumn() throws {
        var s = ViewState(); s.playhead = 100
        let layout = ScreenLayout(model, s, width: 80, height: 24)
        #expect(layout.rows >= 3)
        let lane = layout.intent(for: Mouse(button: .left, x: 2, y: ScreenLayout.chartY + 2), model: model)
        #expect(lane == .selectLane(layout.firstLane + 2))
        s.apply(lane, model: model)
        #expect(ScreenView.focusLane(model, s) == layout.shown[2] && !s.followPlayhead)
        let column = layout.intent(for: Mouse(button: .left, x: layout.chartX + 5, y: ScreenLayout.chartY), model: model)
        #expect(column == .moveTo(layout.firstEvent + 5))
        s.apply(column, model: model)
        #expect(s.playhead == layout.firstEvent + 5 && s.jumps == [100])
        #expect(layout.hit(x: layout.chartX, y: ScreenLayout.chartY + layout.rows, model: model) == .nothing)
    }

    @Test func clickATimeColumnGoesToItsSlicesLastEvent() throws {
        var s = ViewState(); s.axis = .time; s.playhead = model.eventCount - 1
        let layout = ScreenLayout(model, s, width: 80, height: 24)
        let c = try #require((0..<layout.columns).first { model.timeSlice($0, of: layout.columns) != nil && $0 > 3 })
        let intent = layout.intent(for: Mouse(button: .left, x: layout.chartX + c, y: ScreenLayout.chartY), model: model)
        #expect(intent == .moveTo(model.timeSlice(c, of: layout.columns)!.1))
    }

    @Test func theAppTurnsClicksIntoIntentsOnTheScreenAsDrawn() {
        let click = Key.mouse(Mouse(button: .left, x: ScreenLayout.labelWidth(width: 80) + 1 + 7, y: ScreenLayout.chartY))
        var app = ViewerApp(model: model, trace: model.trace, exportPath: "/nonexistent/x")
        app.run(on: MemoryTerminal(width: 80, height: 24, keys: [click]))
        #expect(app.state.playhead == 7)
        var small = ViewerApp(model: model, trace: model.trace, exportPath: "/nonexistent/x")
        small.run(on: MemoryTerminal(width: 40, height: 10, keys: [click]))
        #expect(small.state.playhead == 0, "a too-small screen shows no chart to click")
    }

    @Test func wheelScrollsLanesOrTime() {
        let layout = ScreenLayout(model, ViewState(), width: 80, height: 24)
        let y = ScreenLayout.chartY + 1
        #expect(layout.firstLane == 0 && layout.hiddenBelow > ScreenLayout.wheelLanes)
        let down = layout.intent(for: Mouse(button: .wheelDown, x: 3, y: y), model: model)
        #expect(down == .scrollLanes(to: ScreenLayout.wheelLanes))
        #expect(layout.intent(for: Mouse(button: .wheelUp, x: 3, y: y), model: model) == .scrollLanes(to: 0), "not above the first lane")
        var s = ViewState(); s.apply(down, model: model)
        let scrolled = ScreenLayout(model, s, width: 80, height: 24)
        #expect(scrolled.firstLane == ScreenLayout.wheelLanes && scrolled.hiddenAbove == ScreenLayout.wheelLanes)
        #expect(s.followPlayhead && s.playhead == 0, "scrolling moves neither the selection nor the playhead")
        var bottom = s; bottom.laneTop = 1000
        let end = ScreenLayout(model, bottom, width: 80, height: 24)
        #expect(end.hiddenBelow == 0 && end.intent(for: Mouse(button: .wheelDown, x: 3, y: y), model: model) == .scrollLanes(to: end.firstLane))
        var clicked = s
        clicked.apply(scrolled.intent(for: Mouse(button: .left, x: 3, y: ScreenLayout.chartY), model: model), model: model)
        #expect(clicked.laneTop == ScreenLayout.wheelLanes, "a click keeps the scroll")
        #expect(ScreenView.focusLane(model, clicked) == scrolled.shown[0])
        s.apply(.selectDown, model: model)
        #expect(s.laneTop == nil, "picking a lane by key brings it into view")
        #expect(layout.intent(for: Mouse(button: .wheelDown, x: 30, y: y, shift: true), model: model) == .stepForward)
        #expect(layout.intent(for: Mouse(button: .wheelUp, x: 30, y: ScreenLayout.chartY - 1), model: model) == .stepBack)
    }

    @Test func scrollIndicatorCountsHiddenLanes() {
        var s = ViewState(); s.followPlayhead = false
        s.selectedLane = s.lanes(model).count - 1
        let layout = ScreenLayout(model, s, width: 80, height: 24)
        #expect(layout.hiddenAbove > 0 && layout.hiddenBelow == 0)
        let row = ScreenView.render(model, s, width: 80, height: 24, glyphs: Glyphs(ascii: false)).lines()[2]
        #expect(row.hasPrefix(" ↑\(layout.hiddenAbove) more"))
        let top = ScreenView.render(model, ViewState(), width: 80, height: 24, glyphs: Glyphs(ascii: true)).lines()[2]
        let below = ScreenLayout(model, ViewState(), width: 80, height: 24).hiddenBelow
        #expect(below > 0 && top.hasPrefix(" v\(below) more"))
    }

    @Test func taskCountsAtThePlayhead() {
        let tasks = model.trace.lanes.filter { $0.kind == .task }.count
        var end = ViewState(); end.playhead = model.eventCount - 1
        let row = ScreenView.render(model, end, width: 80, height: 24, glyphs: Glyphs(ascii: false)).lines()[2]
        #expect(row.hasSuffix("run 0  ready 0  wait 0  done \(tasks) ▼"), "left of the playhead's mark")
        var start = ViewState(); start.playhead = 40
        let early = ScreenView.render(model, start, width: 80, height: 24, glyphs: Glyphs(ascii: false)).lines()[2]
        #expect(early.hasSuffix("\u{2026} run 0  ready 11  wait 2  done 0 ▼"), "the title's words give way")
        #expect(StatusLine.counts(model, 0) == "run 0  ready 0  wait 0  done 0", "no task exists at the first event")
    }

    @Test func promptOnTheBottomLine() {
        let s = typed([.char(":")] + chars("50"), model)
        let lines = ScreenView.render(model, s, width: 80, height: 24, glyphs: Glyphs(ascii: false)).lines()
        #expect(lines[23].hasPrefix(":50_"))
        #expect(lines[23].contains("esc cancels"))
    }

    @Test func helpListsEveryKeyAt80x24() {
        var s = ViewState(); s.showHelp = true
        let screen = ScreenView.render(model, s, width: 80, height: 24, glyphs: Glyphs(ascii: false)).lines().joined(separator: "\n")
        for key in Overlays.keys(ascii: false) { #expect(screen.contains(key), "\(key)") }
    }
}

@Suite struct PinnedLaneTests {
    @Test func lanesHiddenAboveDoNotMoveThePick() throws {
        let model = try workersModel()
        let worker11 = try #require(model.trace.lanes.firstIndex { $0.name == "worker-11" })
        var s = ViewState()
        s.followPlayhead = false
        s.selectedLane = try #require(s.lanes(model).firstIndex(of: worker11))
        s = typed([.char("e")], model, from: s)      // collapses the sleep sub-lanes above it
        #expect(s.selectedLane < model.visibleLanes(collapsed: []).firstIndex(of: worker11)!)
        #expect(ScreenView.focusLane(model, s) == worker11)
        s = typed([.char("E")], model, from: s)
        #expect(ScreenView.focusLane(model, s) == worker11)
    }
}
