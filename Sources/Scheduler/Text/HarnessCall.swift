/// The pure parts of `verify`'s call to python3 and the harness: the arguments, the reading
/// of the steps channel and the lines of the report. No process is started here, so a fuzz
/// target can feed any scenario values and any channel bytes.
public enum HarnessCall {
    /// python3's flags: no script folder on sys.path, no user site, no site, no .pyc writes.
    public static let pythonFlags = ["-P", "-s", "-S", "-B"]
    /// The child's whole environment: nothing for the program to read, str hashes fixed.
    public static let environment = ["PYTHONHASHSEED=0", "TZ=UTC", "PYTHONUTF8=1", "_SCHEDVIZ_HARNESS=1"]
    /// The file descriptor the child writes its steps and refusals to.
    public static let stepsFD: Int32 = 3
    /// Shown lines are cut here, so a program's megabyte line stays readable.
    public static let maxShown = 300

    /// The harness's arguments after python3's own: `-c SOURCE` (or a path), the program on
    /// stdin, and each scenario value as one `--option=value` word, so a name that starts with
    /// `--` or holds a newline stays a value. NUL cannot pass through argv and is refused.
    public static func arguments(harnessSource: String?, harnessPath: String?, name: String, seed: String,
                                 start: String, tiebreak: String, timeLimit: String?, argv: [String]? = nil) -> [String]? {
        var values = ["--name=" + name, "--seed=" + seed, "--start=" + start, "--tiebreak=" + tiebreak,
                      "--steps-fd=\(stepsFD)"]
        if let timeLimit { values.append("--time-limit=" + timeLimit) }
        for a in argv ?? [] { values.append("--arg=" + a) }
        let head: [String]
        if let harnessPath { head = [harnessPath] } else if let harnessSource { head = ["-c", harnessSource] } else { return nil }
        let all = pythonFlags + head + ["-"] + values
        return all.contains(where: { $0.utf8.contains(0) }) ? nil : all
    }

    /// What the harness wrote on its steps channel: step lines and the ending, and what its
    /// sandbox refused (`! refused …` lines, written as they happen).
    public struct Channel: Equatable, Sendable {
        public var steps: [String] = []
        public var refused: [String] = []
        public init() {}
    }

    public static func parse(_ bytes: [UInt8]) -> Channel {
        var c = Channel()
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            // By bytes: Character comparison would let a combining mark after the space hide the prefix.
            if line.utf8.starts(with: "! refused ".utf8) { c.refused.append(String(decoding: line.utf8.dropFirst(10), as: UTF8.self)) } else { c.steps.append(String(line)) }
        }
        return c
    }

    /// A line from the program or python3, safe to print: controls escaped, length capped.
    public static func shown(_ s: String) -> String {
        let e = SafeText.escape(s)
        guard e.count > maxShown else { return e }
        return String(e.prefix(maxShown)) + "… (\(e.count) characters)"
    }

    /// How python3 ended, when it did not simply exit 0 or 1.
    public enum Stop: Equatable, Sendable {
        case timedOut(seconds: Double)
        case signal(Int32, memoryMB: Int)
        case status(Int32)
        case tooMuchOutput(bytes: Int)
    }

    public static func describe(_ stop: Stop) -> String {
        switch stop {
        case .timedOut(let s): return "python3 timed out after \(PyFormat.floatRepr(s)) s and was killed"
        case .signal(let n, let mb):
            if n == 9 || n == 6 { return "python3 was killed by signal \(n) (out of memory? its limit was \(mb) MB)" }
            return "python3 was killed by signal \(n)"
        case .status(let n): return "python3 exited with status \(n)"
        case .tooMuchOutput(let n): return "python3 wrote more than \(n) bytes and was killed"
        }
    }

    /// The first line where `a` and `b` differ, with both lines (`<end>` past the end).
    public static func firstDifference(_ a: [String], _ b: [String]) -> (Int, String, String) {
        var i = 0
        while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
        return (i, i < a.count ? a[i] : "<end>", i < b.count ? b[i] : "<end>")
    }
}
