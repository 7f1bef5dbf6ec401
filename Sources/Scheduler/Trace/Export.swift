/// Trace exports: fixed-column text, JSON Lines, and Chrome Trace Event JSON.
/// Control characters from the program are escaped in all three.

public enum TraceFormat: String, CaseIterable, Sendable { case text, jsonl, chrome }

public enum TraceExport {
    public static func render(_ trace: Trace, format: TraceFormat) -> [UInt8] {
        var all: [UInt8] = []
        write(trace, format: format) { all.append(contentsOf: $0) }
        return all
    }

    /// Streams the export in chunks of about a megabyte, so a large trace never sits in memory twice.
    /// `extra`: more JSON fields for event i, appended to its JSONL line (`--locals`).
    public static func write(_ trace: Trace, format: TraceFormat, extra: ((Int, inout [UInt8]) -> Void)? = nil,
                             to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var out = ByteWriter(sink: sink)
            switch format {
            case .text: text(trace, &out)
            case .jsonl: jsonl(trace, extra, &out)
            case .chrome: chrome(trace, &out)
            }
            out.flush()
        }
    }

    private static func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
        let c = s.count
        if c >= n { return s }
        return right ? String(repeating: " ", count: n - c) + s : s + String(repeating: " ", count: n - c)
    }

    public static func header(_ trace: Trace) -> String {
        "# schedviz trace: \(SafeText.escape(trace.scenarioName)) — \(SafeText.escape(trace.title))\n"
        + "# seed \(trace.seedText)  tiebreak \(trace.tiebreak.rawValue)  start \(trace.start.isoformat())  events \(trace.count)\n"
        + "#     seq            t  lane                       event           line   cause  details\n"
    }

    private static func padded(_ s: String, _ n: Int, right: Bool = false) -> [UInt8] {
        Array(pad(s, n, right: right).utf8)
    }

    private static func text(_ trace: Trace, _ out: inout ByteWriter) {
        out.append(Array(header(trace).utf8))
        // Lane names are the program's (`create_task(name=...)`): escaped once per lane.
        let lanes = ByteTable(trace.lanes.map { padded(SafeText.escape($0.name), 26) + [0x20] })
        let kinds = ByteTable(EventKind.allCases.map { padded($0.name, 14) + [0x20] })
        let noLine = Array("    -  ".utf8), twoSpaces: [UInt8] = [0x20, 0x20], tEquals = Array("t=".utf8)
        // Each string detail is escaped once, on first use.
        let details = ByteTable(lazyCount: trace.strings.strings.count) { id in Array(SafeText.escape(trace.strings[Int32(id)]).utf8) }
        var floats = FloatReprCache()
        var timeCache: (Double, [UInt8]) = (-1, [])
        var sleepCache: (Int32, [UInt8]) = (0, [])
        let noCause = Array("      -  ".utf8)
        var k = 0, nextCaused = trace.causeCount > 0 ? trace.causePair(0).event : Int.max
        trace.forEachEvent { i, kind, lane, t, id, line in
            if t != timeCache.0 { timeCache.0 = t; timeColumn(t, into: &timeCache.1) }
            out.append(number: i, width: 9)
            out.append(timeCache.1)
            out.append(lanes[Int(lane)])
            out.append(kinds[Int(kind.rawValue)])
            if line > 0 { out.append(number: Int(line), width: 5); out.append(twoSpaces) } else { out.append(noLine) }
            if i == nextCaused {
                out.append(number: trace.causePair(k).cause, width: 7); out.append(twoSpaces)
                k += 1
                nextCaused = k < trace.causeCount ? trace.causePair(k).event : Int.max
            } else {
                out.append(noCause)
            }
            if id >= 0 {
                out.append(details[Int(id)])
            } else if let v = trace.timeValue(id, eventTime: t) {
                out.append(tEquals)
                floats.append(v, to: &out)
            } else {
                // A sleep's detail shows again in its task's wait.
                if id != sleepCache.0 { sleepCache.0 = id; trace.numericText(id, &floats, into: &sleepCache.1) }
                out.append(sleepCache.1)
            }
            out.append(byte: 0x0a)
        }
    }

    /// The text export's time column: `formatTime(t)` right-aligned in 11 columns between
    /// two spaces on each side, written as bytes (it changes at nearly every instant).
    static func timeColumn(_ t: Double, into out: inout [UInt8]) {
        let (whole, frac) = milliseconds(t)
        var count = 1, power = 1
        while whole / power >= 10 { power *= 10; count += 1 }
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: repeatElement(0x20, count: 2 + max(0, 11 - (count + 4))))
        var rest = whole
        while power > 0 { out.append(UInt8(truncatingIfNeeded: 0x30 + rest / power)); rest %= power; power /= 10 }
        out.append(0x2e)
        out.append(UInt8(truncatingIfNeeded: 0x30 + frac / 100))
        out.append(UInt8(truncatingIfNeeded: 0x30 + frac / 10 % 10))
        out.append(UInt8(truncatingIfNeeded: 0x30 + frac % 10))
        out.append(contentsOf: [0x20, 0x20])
    }

    /// Seconds and thousandths of `t`, rounded to the millisecond (the text's time column).
    private static func milliseconds(_ t: Double) -> (whole: Int, frac: Int) {
        let ms = (t * 1000).rounded()
        let whole = Int(ms / 1000)
        return (whole, Int(ms) - whole * 1000)
    }

    /// Fixed three decimals: readable and diffable (JSONL keeps the exact value).
    public static func formatTime(_ t: Double) -> String {
        let (whole, frac) = milliseconds(t)
        return "\(whole)." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + "\(frac)"
    }

    private static func jsonl(_ trace: Trace, _ extra: ((Int, inout [UInt8]) -> Void)?, _ out: inout ByteWriter) {
        var laneJSON: [[UInt8]] = []
        for l in trace.lanes { var b: [UInt8] = []; SafeText.json(l.name, into: &b); laneJSON.append(b) }
        var fileJSON = Array(",\"file\":".utf8)
        SafeText.json(trace.sourceName, into: &fileJSON)
        var k = 0
        for i in 0..<trace.count {
            out.append(Array("{\"seq\":\(i),\"t\":\(PyFormat.floatRepr(trace.time(i))),\"lane\":".utf8))
            out.append(laneJSON[Int(trace.lane(i))])
            out.append(Array(",\"kind\":\"\(trace.kind(i).name)\"".utf8))
            // Lines are the program's own (the library's code shows its call site), all in one file.
            if trace.line(i) > 0 { out.append(fileJSON); out.append(Array(",\"line\":\(trace.line(i))".utf8)) }
            if k < trace.causeCount && trace.causePair(k).event == i {
                out.append(Array(",\"cause\":\(trace.causePair(k).cause)".utf8))
                k += 1
            }
            let d = trace.detailText(i)
            let isText = trace.kind(i) == .output || trace.kind(i) == .stderr
            if isText || !d.isEmpty {
                var field = Array((isText ? ",\"text\":" : ",\"detail\":").utf8)
                SafeText.json(d, into: &field)
                out.append(field)
            }
            if let extra { var more: [UInt8] = []; extra(i, &more); out.append(more) }
            out.append([0x7d, 0x0a])
        }
    }

    /// `.jsonl`, `.json` (Chrome) or `.txt` at the end of a file name; nil for anything else.
    public static func format(forPath path: String) -> TraceFormat? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        if name.hasSuffix(".jsonl") { return .jsonl }
        if name.hasSuffix(".json") { return .chrome }
        if name.hasSuffix(".txt") { return .text }
        return nil
    }

    /// The file extension each format is written with (`format(forPath:)` reads it back).
    public static func fileExtension(_ format: TraceFormat) -> String {
        switch format {
        case .text: return "txt"
        case .jsonl: return "jsonl"
        case .chrome: return "json"
        }
    }

    /// Chrome timestamps in microseconds of VIRTUAL time, so Perfetto draws a 50 s sleep 50 times
    /// as wide as a 1 s one. Events at one instant take no virtual time: they are spread inside
    /// it, 1 µs apart, or closer when the next instant comes sooner, so they stay before it.
    public static func chromeTimestamps(_ trace: Trace) -> [Double] {
        var ts = [Double](repeating: 0, count: trace.count)
        var i = 0
        while i < trace.count {
            let t = trace.time(i)
            var j = i + 1
            while j < trace.count && trace.time(j) == t { j += 1 }
            let base = t * 1e6
            let room = j < trace.count ? trace.time(j) * 1e6 - base : Double.infinity
            let step = min(1, room / Double(j - i + 1))
            for k in i..<j { ts[k] = base + Double(k - i) * step }
            i = j
        }
        return ts
    }

    /// A Chrome timestamp with three decimals (nanoseconds): short, and exact enough to keep the order.
    static func chromeTime(_ us: Double, into out: inout ByteWriter) {
        let n = Int((us * 1000).rounded())
        out.append(number: n / 1000, width: 0)
        out.append(byte: 0x2e)
        out.append(number: n % 1000 / 100, width: 0)
        out.append(number: n % 100 / 10, width: 0)
        out.append(number: n % 10, width: 0)
    }

    private static func chrome(_ trace: Trace, _ out: inout ByteWriter) {
        out.append(Array("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n".utf8))
        var first = true
        func item(_ s: String) {
            if !first { out.append([0x2c, 0x0a]) }
            first = false
            out.append(Array(s.utf8))
        }
        for (i, l) in trace.lanes.enumerated() {
            var name: [UInt8] = []
            SafeText.json(l.name, into: &name)
            item("{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":\(i),\"args\":{\"name\":\(String(decoding: name, as: UTF8.self))}}")
            item("{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":\(i),\"args\":{\"sort_index\":\(i)}}")
        }
        let ts = chromeTimestamps(trace)
        // Written as bytes, the pieces that repeat made once: a million events take seconds otherwise.
        let kinds = ByteTable(EventKind.allCases.map { Array("{\"name\":\"\($0.name)\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":".utf8) })
        let strings = ByteTable(lazyCount: trace.strings.strings.count) { id in
            var b: [UInt8] = []; SafeText.json(trace.strings[Int32(id)], into: &b); return b
        }
        var numeric: (id: Int32, t: Double, json: [UInt8]) = (0, -1, [])
        var floats = FloatReprCache()
        let running = Array(",\n{\"name\":\"running\",\"ph\":\"X\",\"pid\":1,\"tid\":".utf8)
        let waiting = Array(",\n{\"name\":\"waiting\",\"ph\":\"X\",\"pid\":1,\"tid\":".utf8)
        let tsKey = Array(",\"ts\":".utf8), durKey = Array(",\"dur\":".utf8), seqKey = Array(",\"args\":{\"seq\":".utf8)
        let tKey = Array(",\"t\":".utf8), detailKey = Array(",\"detail\":".utf8), close = Array("}}".utf8)
        let flowStart = Array(",\n{\"name\":\"cause\",\"cat\":\"cause\",\"ph\":\"s\",\"id\":".utf8)
        let flowEnd = Array(",\n{\"name\":\"cause\",\"cat\":\"cause\",\"ph\":\"f\",\"bp\":\"e\",\"id\":".utf8)
        let pidTid = Array(",\"pid\":1,\"tid\":".utf8)
        /// `"seq":…,"t":…,"detail":…}}` of event `i`, with the detail of event `d`.
        func args(_ i: Int, _ d: Int) {
            out.append(seqKey); out.append(number: i, width: 0)
            out.append(tKey); floats.append(trace.time(i), to: &out)
            out.append(detailKey)
            let id = trace.detail(d)
            if id >= 0 { out.append(strings[Int(id)]) } else {
                if id != numeric.id || trace.time(d) != numeric.t {
                    numeric.id = id; numeric.t = trace.time(d); numeric.json.removeAll(keepingCapacity: true)
                    SafeText.json(trace.detailText(d), into: &numeric.json)
                }
                out.append(numeric.json)
            }
            out.append(close)
        }
        /// `{"name":…,"ph":"X",…}` for a span of lane `lane` from event `a` to `b`, with `a`'s args and `d`'s detail.
        func span(_ head: [UInt8], _ lane: Int32, _ a: Int, _ b: Int, _ d: Int) {
            out.append(head); out.append(number: Int(lane), width: 0)
            out.append(tsKey); chromeTime(ts[a], into: &out)
            out.append(durKey); chromeTime(ts[b] - ts[a], into: &out)
            args(a, d)
        }
        // Per lane: where its running span began, and where its wait began (and the event saying on what).
        var runningSince: [Int32: Int] = [:], waitingSince: [Int32: (Int, Int)] = [:]
        var k = 0
        for i in 0..<trace.count {
            let lane = trace.lane(i)
            let kind = trace.kind(i)
            switch kind {
            case .started, .resumed, .step:
                if runningSince[lane] == nil {
                    if let (w, on) = waitingSince.removeValue(forKey: lane) { span(waiting, lane, w, i, on) }
                    runningSince[lane] = i
                }
            case .yielded, .returned, .raised, .taskWaits, .taskDone, .taskCancelled:
                if let s = runningSince.removeValue(forKey: lane) {
                    span(running, lane, s, i, s)
                    if kind == .yielded || kind == .taskWaits { waitingSince[lane] = (i, i) }
                } else if kind == .taskWaits, let (w, _) = waitingSince[lane] {
                    waitingSince[lane] = (w, i)   // the wait names what it waits on
                }
            default: break
            }
            if !first { out.append([0x2c, 0x0a]) }
            first = false
            out.append(kinds[Int(kind.rawValue)]); out.append(number: Int(lane), width: 0)
            out.append(tsKey); chromeTime(ts[i], into: &out)
            args(i, i)
            // A flow arrow from the cause to this event (the timer that fired, the task that returned).
            if k < trace.causeCount && trace.causePair(k).event == i {
                let c = trace.causePair(k).cause
                out.append(flowStart); out.append(number: k, width: 0)
                out.append(pidTid); out.append(number: Int(trace.lane(c)), width: 0)
                out.append(tsKey); chromeTime(ts[c], into: &out); out.append(byte: 0x7d)
                out.append(flowEnd); out.append(number: k, width: 0)
                out.append(pidTid); out.append(number: Int(lane), width: 0)
                out.append(tsKey); chromeTime(ts[i], into: &out); out.append(byte: 0x7d)
                k += 1
            }
        }
        out.append(Array("\n]}\n".utf8))
    }
}
