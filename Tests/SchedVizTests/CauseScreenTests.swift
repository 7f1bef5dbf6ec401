import Foundation
import Testing
@testable import SchedViz
@testable import Scheduler

/// The screen at the steps where a cause matters: who woke a task and why, what a task
/// waits for, a cancel, a blocked loop and the late timer it leaves. Each is checked in words
/// and as a golden screen (SCHEDVIZ_UPDATE_GOLDEN=1 rewrites the files).
@Suite struct CauseScreenTests {
    static func first(_ m: TimelineModel, _ where_: (Int) -> Bool) -> Int? {
        (0..<m.eventCount).first(where: where_)
    }

    static func screen(_ m: TimelineModel, _ name: String, at p: Int) throws {
        var state = ViewState()
        state.playhead = p
        let grid = ScreenView.render(m, state, width: 120, height: 32, glyphs: Glyphs(ascii: false))
        try ScreenViewTests.compare(grid.lines().joined(separator: "\n") + "\n", "screens/\(name)-120x32-\(p)-cause.txt")
    }

    @Test func queueGetterIsWokenByThePut() throws {
        let m = try ScreenViewTests.model("queue")
        let t = m.trace
        let p = try #require(Self.first(m) { t.kind($0) == .taskReady && t.cause($0).map { t.kind($0) == .futureDone } == true })
        let c = t.cause(p)!
        #expect(t.detailText(c) == "Queue.put() wakes Task-3")
        #expect(Narrator.account(m, p).hasSuffix("Task-3 is ready: Task-2 called Queue.put() at line 9 at t=0.237965"))
        // Before the put the getter waited, in the program's terms.
        let wait = try #require((0..<p).last { t.kind($0) == .taskWaits && t.lane($0) == t.lane(p) })
        #expect(t.detailText(wait) == "Queue.get() on Queue maxsize=2")
        try Self.screen(m, "queue", at: p)
    }

    @Test func gatherCompletesWhenTheLastChildReturns() throws {
        let m = try ScreenViewTests.model("gather")
        let t = m.trace
        let p = try #require(Self.first(m) { i in
            t.kind(i) == .taskReady && t.cause(i).map { t.kind($0) == .taskDone } == true
                && Narrator.account(m, i).contains("gather completed when")
        })
        let wait = try #require((0..<p).last { t.kind($0) == .taskWaits && t.lane($0) == t.lane(p) })
        #expect(t.detailText(wait).hasPrefix("gather(Task-"))
        try Self.screen(m, "gather", at: p)
    }

    @Test func cancelledTaskResumesBecauseOfTheCancel() throws {
        let m = try ScreenViewTests.model("cancel")
        let t = m.trace
        let task2 = try #require(t.lanes.firstIndex { $0.name == "Task-2" })
        let p = try #require(Self.first(m) { t.lane($0) == task2 && t.kind($0) == .resumed && t.detailText($0).hasPrefix("throw") })
        #expect(Narrator.account(m, p).contains("Task-2 resumes (throw CancelledError): Task-1 cancelled it at line 21 at t=2.0"))
        try Self.screen(m, "cancel", at: p)
        // c lands on the cancel; b comes back.
        var state = ViewState()
        state.playhead = p
        state.apply(.toCause, model: m)
        #expect(t.kind(state.playhead) == .cancel && t.detailText(state.playhead) == "Task-2")
        #expect(Narrator.account(m, state.playhead).hasSuffix("Task-1 cancels Task-2 at line 21"))
        state.apply(.jumpBack, model: m)
        #expect(state.playhead == p)
    }

    @Test func blockingSleepAndTheLateTimer() throws {
        let m = try ScreenViewTests.model("blocking")
        let t = m.trace
        let b = try #require(Self.first(m) { t.kind($0) == .blocks })
        #expect(Narrator.account(m, b).hasSuffix("Task-3 calls time.sleep(2.5) at line 16: the loop is blocked until t=4.0"))
        let late = try #require(Self.first(m) { t.kind($0) == .timerFired && $0 > b })
        #expect(Narrator.account(m, late).hasSuffix("the timer for t=2.0 fires 2.0 s late, because the loop was blocked"))
        try Self.screen(m, "blocking", at: b)
        try Self.screen(m, "blocking", at: late)
    }
}
