import Testing
@testable import SchedViz
@testable import Scheduler

/// The screen at 80×24 and up: what is cut says so, the key bar fits, the narration wraps,
/// numbers read short, and rows the panes do not need go to an event log.
@Suite struct LayoutTests {
    @Test func cutTextEndsInAnEllipsis() {
        var g = Grid(width: 10, height: 1)
        g.put(0, 0, "shutdown_asyncgens")
        #expect(g.lines() == ["shutdown_…"])
        var a = Grid(width: 10, height: 1)
        a.ellipsis = "~"
        a.put(0, 0, "shutdown_asyncgens")
        #expect(a.lines() == ["shutdown_~"])
        // Text that fits, or only has spaces beyond the edge, is not marked.
        var b = Grid(width: 10, height: 1)
        b.put(0, 0, "exactly10!      ")
        #expect(b.lines() == ["exactly10!"])
    }

    @Test(arguments: [80, 100, 120, 200])
    func theKeyBarFitsAndAlwaysOffersHelpAndQuit(_ width: Int) {
        for ascii in [false, true] {
            let bar = KeyBar.text(width: width, ascii: ascii)
            #expect(bar.unicodeScalars.count + 1 <= width)
            #expect(bar.hasSuffix("? help  q quit"))
            #expect(bar.hasPrefix("space play"))
        }
        #expect(KeyBar.text(width: 200, ascii: false).contains("x export"))
    }

    @Test func longDecimalsReadShort() {
        #expect(ShortNumber.shorten("sleep(0.23796462709189137) until t=0.23796462709189137") == "sleep(0.238) until t=0.238")
        #expect(ShortNumber.shorten("t=2.0000000000000004") == "t=2.0")
        // Short ones, versions, addresses, names and exponents stay as they are.
        #expect(ShortNumber.shorten("t=1.5 v1.23456.7 at 10.0.0.1 x_1.23456 1.23456e-05") == "t=1.5 v1.23456.7 at 10.0.0.1 x_1.23456 1.23456e-05")
        #expect(ShortNumber.shorten("1.23456 and 12.99999") == "1.235 and 13.0")
        #expect(ShortNumber.shorten("t=-0.23796462709189137") == "t=-0.238", "the sign of a number above -1 stays")
        #expect(ShortNumber.seconds(2) == "2.0" && ShortNumber.seconds(0.2379646) == "0.237965" && ShortNumber.seconds(1.5e-9) == "1.5e-09")
    }

    @Test func theNarrationWrapsToTwoLines() {
        let text = "#46 t=0.238 Task-3 is ready: Task-2 called Queue.put() at line 9 at t=0.238, and then some more words"
        let lines = ScreenView.wrap(text, width: 40, lines: 2)
        #expect(lines.count == 2)
        #expect(lines[0].count <= 40 && !lines[0].hasSuffix(" "))
        #expect(lines.joined(separator: " ") == text)
        #expect(ScreenView.wrap("short", width: 40, lines: 2) == ["short"])
    }

    @Test func aShortProgramLeavesRowsToTheEventLog() throws {
        let m = try ScreenViewTests.model("coro")
        var state = ViewState()
        state.playhead = 6
        let tall = ScreenView.render(m, state, width: 100, height: 48, glyphs: Glyphs(ascii: false)).lines()
        let log = try #require(tall.firstIndex { $0.hasPrefix("─ events ─") })
        #expect(tall[log + 1..<log + 8].last { !$0.isEmpty }?.hasPrefix(" #6 ") == true, "the current event is the log's last row")
        // The source pane gets what the 8-line program needs, not the whole screen.
        let source = try #require(tall.firstIndex { $0.hasPrefix("─ source:") })
        let details = try #require(tall.firstIndex { $0.hasPrefix(" cause:") })
        #expect(details - source - 1 <= max(8, (48 - 9) / 3))
        // At 80×24 too (an 8-line program, two lanes), and every row within the width.
        let small = ScreenView.render(m, state, width: 80, height: 24, glyphs: Glyphs(ascii: false)).lines()
        #expect(small.contains { $0.hasPrefix("─ events ─") })
        #expect(small.allSatisfy { $0.unicodeScalars.count <= 80 })
    }
}
