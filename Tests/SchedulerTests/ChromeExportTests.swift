import Foundation
import Testing
@testable import Scheduler

/// The Chrome Trace Event export: what a trace processor needs of every event (checked here,
/// since Perfetto's own processor cannot be fetched offline), and timestamps in virtual time.
@Suite struct ChromeExportTests {
    static func events(_ trace: Trace) throws -> [[String: Any]] {
        let data = Data(TraceExport.render(trace, format: .chrome))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(root["traceEvents"] as? [[String: Any]])
    }

    /// Required fields by phase, spans in order on each track, flows paired by id, each end after its start.
    static func checkSchema(_ events: [[String: Any]]) {
        var lastSpanStart: [Int: Double] = [:]
        var flowStarts: [Int: Double] = [:], flowEnds: [Int: Double] = [:]
        for e in events {
            guard let ph = e["ph"] as? String, e["pid"] is Int, let tid = e["tid"] as? Int, e["name"] is String else {
                Issue.record("an event without ph, pid, tid or name: \(e)"); continue
            }
            if ph == "M" { continue }
            guard let ts = (e["ts"] as? NSNumber)?.doubleValue, ts >= 0 else { Issue.record("ts missing: \(e)"); continue }
            switch ph {
            case "X":
                guard let dur = (e["dur"] as? NSNumber)?.doubleValue, dur >= 0 else { Issue.record("bad dur: \(e)"); continue }
                if let last = lastSpanStart[tid] {
                    // Spans on a track are written in the order they begin… except a wait, written when it
                    // ends, begins where the running span before it ended: never before that span's start.
                    #expect(ts >= last || e["name"] as? String == "waiting", "span before the previous one on track \(tid): \(e)")
                }
                lastSpanStart[tid] = max(lastSpanStart[tid] ?? 0, ts)
            case "i": #expect(e["s"] as? String == "t")
            case "s", "f":
                guard let id = e["id"] as? Int else { Issue.record("flow without id: \(e)"); continue }
                if ph == "s" { flowStarts[id] = ts } else {
                    #expect(e["bp"] as? String == "e")
                    flowEnds[id] = ts
                }
            default: Issue.record("unexpected phase \(ph)")
            }
        }
        #expect(Set(flowStarts.keys) == Set(flowEnds.keys), "every flow has a start and an end")
        for (id, s) in flowStarts { if let f = flowEnds[id] { #expect(s <= f, "flow \(id) ends before it starts") } }
    }

    @Test func spansAreProportionalToVirtualTime() throws {
        let src = """
        import asyncio
        async def long():
            await asyncio.sleep(50)
        async def short():
            await asyncio.sleep(1)
        async def main():
            await asyncio.gather(long(), short())
        asyncio.run(main())

        """
        let (trace, _, _) = try TraceTests.record("", source: src)
        let events = try Self.events(trace)
        Self.checkSchema(events)
        let waits = events.filter { $0["name"] as? String == "waiting" }
        func wait(_ detail: String) throws -> Double {
            let w = try #require(waits.first { ($0["args"] as? [String: Any])?["detail"] as? String == detail }, "no wait on \(detail)")
            return try #require((w["dur"] as? NSNumber)?.doubleValue)
        }
        let fifty = try wait("sleep(50) until t=50.0"), one = try wait("sleep(1) until t=1.0")
        // Microseconds of virtual time, give or take the few microseconds the instant's steps take.
        #expect(abs(fifty - 50e6) < 100 && abs(one - 1e6) < 100, "\(fifty) \(one)")
        #expect(abs(fifty / one - 50) < 0.01)
        let last = events.compactMap { ($0["ts"] as? NSNumber)?.doubleValue }.max() ?? 0
        #expect(last >= 50e6 && last < 50e6 + 1000)
    }

    @Test func stepsAtOneInstantStayInsideIt() throws {
        // Many events at t=0, then the next instant 1 µs later: they share that microsecond.
        let src = "import asyncio\nasync def main():\n    for _ in range(10):\n        await asyncio.sleep(0)\n    await asyncio.sleep(0.000001)\n    print('done')\nasyncio.run(main())\n"
        let (trace, _, _) = try TraceTests.record("", source: src)
        let ts = TraceExport.chromeTimestamps(trace)
        #expect(zip(ts, ts.dropFirst()).allSatisfy { $0 < $1 }, "strictly increasing within and across instants")
        #expect(trace.time(trace.count - 1) > 0)
        for i in 0..<trace.count {
            #expect(ts[i] >= trace.time(i) * 1e6, "event \(i) before its instant")
            if let next = (i..<trace.count).first(where: { trace.time($0) > trace.time(i) }) {
                #expect(ts[i] < trace.time(next) * 1e6, "event \(i) at \(ts[i]) reaches the next instant")
            }
        }
        Self.checkSchema(try Self.events(trace))
    }

    @Test func formatFollowsTheExtension() {
        #expect(TraceExport.format(forPath: "a/b.trace.jsonl") == .jsonl)
        #expect(TraceExport.format(forPath: "x.json") == .chrome)
        #expect(TraceExport.format(forPath: "x.txt") == .text)
        #expect(TraceExport.format(forPath: "x.csv") == nil)
        #expect(TraceExport.format(forPath: "json.d/x") == nil)
        for f in TraceFormat.allCases { #expect(TraceExport.format(forPath: "t." + TraceExport.fileExtension(f)) == f) }
    }
}
