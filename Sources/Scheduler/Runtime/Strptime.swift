// Strptime.swift
//
// `datetime.strptime` as CPython 3.11's `_strptime` gives it in the C locale
// with TZ=UTC: the format becomes a sequence of literals, whitespace runs and
// directives, each directive a list of alternatives tried in the order of
// CPython's regular expression (so backtracking picks the same match), and
// the matched fields are converted with the same rules and messages.
// Plain Swift, no Foundation.

/// The fields `_strptime` hands to `datetime(...)`.
public struct StrptimeResult: Sendable, Equatable {
    public var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, microsecond = 0
    /// `%z`'s offset in seconds (nil when absent) and its signed microseconds.
    public var gmtoff: Int?
    public var gmtoffFraction = 0
    /// `%Z`'s text as written.
    public var tzname: String?
    /// Monday == 0, and 1-based day of the year (for `time.strptime`).
    public var weekday = 0
    public var yearDay = 1
}

public enum Strptime {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let weekdayAbbrevs = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]
    static let monthAbbrevs = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private enum Token {
        case literal(Character)
        case space
        case directive(Character)
    }

    /// The regex-special characters CPython escapes before reading directives: after a `%`
    /// they (and whitespace) report the directive as `%`.
    private static let special: Set<Character> = ["\\", ".", "^", "$", "*", "+", "?", "(", ")", "{", "}", "[", "]", "|"]
    private static let known: Set<Character> = ["a", "A", "b", "B", "c", "d", "f", "G", "H", "I", "j", "m", "M",
                                                "p", "S", "u", "U", "V", "w", "W", "x", "X", "y", "Y", "z", "Z", "%"]

    private static func tokens(_ format: String, whole: String) throws(PyTimeError) -> [Token] {
        let f = Array(format)
        var out: [Token] = []
        var i = 0
        while i < f.count {
            let c = f[i]
            if c == "%" {
                guard i + 1 < f.count else { throw .value("stray % in format '\(whole)'") }
                let d = f[i + 1]
                if special.contains(d) || d.isWhitespace || !known.contains(d) {
                    let shown: Character = special.contains(d) || d.isWhitespace ? "%" : d
                    throw .value("'\(shown)' is a bad directive in format '\(whole)'")
                }
                switch d {
                case "%": out.append(.literal("%"))
                case "c": out += try tokens("%a %b %d %H:%M:%S %Y", whole: whole)
                case "x": out += try tokens("%m/%d/%y", whole: whole)
                case "X": out += try tokens("%H:%M:%S", whole: whole)
                default: out.append(.directive(d))
                }
                i += 2
            } else if c.isWhitespace {
                while i < f.count && f[i].isWhitespace { i += 1 }
                out.append(.space)
            } else {
                out.append(.literal(c))
                i += 1
            }
        }
        return out
    }

    /// A directive's alternatives as character classes (`"d"` is any ASCII digit).
    private static let numeric: [Character: [[String]]] = [
        "d": [["3", "01"], ["12", "d"], ["0", "123456789"], ["123456789"], [" ", "123456789"]],
        "H": [["2", "0123"], ["01", "d"], ["d"]],
        "I": [["1", "012"], ["0", "123456789"], ["123456789"]],
        "G": [["d", "d", "d", "d"]],
        "Y": [["d", "d", "d", "d"]],
        "j": [["3", "6", "0123456"], ["3", "012345", "d"], ["12", "d", "d"], ["0", "123456789", "d"],
              ["0", "0", "123456789"], ["123456789", "d"], ["0", "123456789"], ["123456789"]],
        "m": [["1", "012"], ["0", "123456789"], ["123456789"]],
        "M": [["012345", "d"], ["d"]],
        "S": [["6", "01"], ["012345", "d"], ["d"]],
        "U": [["5", "0123"], ["01234", "d"], ["d"]],
        "W": [["5", "0123"], ["01234", "d"], ["d"]],
        "V": [["5", "0123"], ["0", "123456789"], ["1234", "d"], ["d"]],
        "w": [["0123456"]],
        "u": [["1234567"]],
        "y": [["d", "d"]],
    ]

    private static func inClass(_ c: Character, _ cls: String) -> Bool {
        if cls == "d" { return c.isASCII && c.isNumber }
        return cls.contains(c)
    }

    private static func lower(_ c: Character) -> String { String(c).lowercased() }

    /// The lengths the directive can match at `p`, in the order the regex tries them.
    private static func candidates(_ d: Character, _ s: [Character], _ p: Int) -> [Int] {
        func digits(_ q: Int) -> Bool { q < s.count && s[q].isASCII && s[q].isNumber }
        if let alts = numeric[d] {
            var out: [Int] = []
            for alt in alts where p + alt.count <= s.count {
                if alt.indices.allSatisfy({ inClass(s[p + $0], alt[$0]) }) { out.append(alt.count) }
            }
            return out
        }
        func names(_ list: [String]) -> [Int] {
            // `__seqToRE`: longest first, ties in list order; matched ignoring case.
            let sorted = list.enumerated().sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }
            var out: [Int] = []
            for (_, n) in sorted where p + n.count <= s.count {
                if s[p..<(p + n.count)].map(lower).joined() == n { out.append(n.count) }
            }
            return out
        }
        switch d {
        case "f":
            var n = 0
            while n < 6 && digits(p + n) { n += 1 }
            return n == 0 ? [] : Array((1...n).reversed())
        case "A": return names(weekdays)
        case "a": return names(weekdayAbbrevs)
        case "B": return names(months)
        case "b": return names(monthAbbrevs)
        case "p": return names(["am", "pm"])
        case "Z": return names(["utc", "gmt"])
        case "z":
            var out: [Int] = []
            if p < s.count && (s[p] == "+" || s[p] == "-") && digits(p + 1) && digits(p + 2) {
                let q0 = p + 3
                for colon in [true, false] {
                    if colon && !(q0 < s.count && s[q0] == ":") { continue }
                    let q = colon ? q0 + 1 : q0
                    guard q < s.count, "012345".contains(s[q]), digits(q + 1) else { continue }
                    let r0 = q + 2
                    for colon2 in [true, false] {
                        if colon2 && !(r0 < s.count && s[r0] == ":") { continue }
                        let r = colon2 ? r0 + 1 : r0
                        guard r < s.count, "012345".contains(s[r]), digits(r + 1) else { continue }
                        let t = r + 2
                        if t < s.count && s[t] == "." {
                            var n = 0
                            while n < 6 && digits(t + 1 + n) { n += 1 }
                            if n > 0 { for k in (1...n).reversed() { out.append(t + 1 + k - p) } }
                        }
                        out.append(t - p)
                    }
                    out.append(r0 - p)
                }
            }
            if p < s.count && s[p] == "Z" { out.append(1) }
            return out
        default: return []
        }
    }

    /// `re.match` of the whole token list: the first successful path, with each directive's text.
    private static func match(_ toks: [Token], _ k: Int, _ s: [Character], _ p: Int,
                              _ groups: inout [(Character, String)]) -> Int? {
        if k == toks.count { return p }
        switch toks[k] {
        case .literal(let c):
            guard p < s.count, lower(s[p]) == lower(c) else { return nil }
            return match(toks, k + 1, s, p + 1, &groups)
        case .space:
            var n = 0
            while p + n < s.count && s[p + n].isWhitespace { n += 1 }
            var len = n
            while len >= 1 {
                if let e = match(toks, k + 1, s, p + len, &groups) { return e }
                len -= 1
            }
            return nil
        case .directive(let d):
            for len in candidates(d, s, p) {
                groups.append((d, String(s[p..<(p + len)])))
                if let e = match(toks, k + 1, s, p + len, &groups) { return e }
                groups.removeLast()
            }
            return nil
        }
    }

    private static func ordinal(_ y: Int, _ m: Int, _ d: Int) throws(PyTimeError) -> Int {
        if y < 1 || y > 9999 { throw .value("year \(y) is out of range") }
        if m < 1 || m > 12 { throw .value("month must be in 1..12") }
        if d < 1 || d > CivilCalendar.daysInMonth(year: y, month: m) { throw .value("day is out of range for month") }
        return CivilCalendar.ordinal(year: y, month: m, day: d)
    }

    private static func fromOrdinal(_ n: Int) throws(PyTimeError) -> (Int, Int, Int) {
        if n < 1 { throw .value("ordinal must be >= 1") }
        let r = CivilCalendar.civilFromDays(n - 719_163)
        if r.year > 9999 { throw .value("year \(r.year) is out of range") }
        return (r.year, r.month, r.day)
    }

    /// `_strptime(data, format)`.
    public static func parse(_ data: String, _ format: String) throws(PyTimeError) -> StrptimeResult {
        let toks = try tokens(format, whole: format)
        let s = Array(data)
        var groups: [(Character, String)] = []
        guard let end = match(toks, 0, s, 0, &groups) else {
            throw .value("time data \(VM.quote(data)) does not match format \(VM.quote(format))")
        }
        if end != s.count { throw .value("unconverted data remains: \(String(s[end...]))") }
        var r = StrptimeResult()
        var year: Int?
        var isoYear: Int?, isoWeek: Int?, weekOfYear: Int?, weekStartsMonday = false
        var weekday: Int?, julian: Int?
        let ampm = groups.first { $0.0 == "p" }?.1.lowercased() ?? ""
        for (d, text) in groups {
            let n = Int(text.trimmingSpaces) ?? 0
            switch d {
            case "y": year = n <= 68 ? n + 2000 : n + 1900
            case "Y": year = n
            case "G": isoYear = n
            case "m": r.month = n
            case "B": r.month = months.firstIndex(of: text.lowercased())! + 1
            case "b": r.month = monthAbbrevs.firstIndex(of: text.lowercased())! + 1
            case "d": r.day = n
            case "H": r.hour = n
            case "I":
                r.hour = n
                if ampm == "" || ampm == "am" {
                    if n == 12 { r.hour = 0 }
                } else if ampm == "pm" && n != 12 {
                    r.hour = n + 12
                }
            case "M": r.minute = n
            case "S": r.second = n
            case "f": r.microsecond = Int(text + String(repeating: "0", count: 6 - text.count))!
            case "A": weekday = weekdays.firstIndex(of: text.lowercased())!
            case "a": weekday = weekdayAbbrevs.firstIndex(of: text.lowercased())!
            case "w": weekday = n == 0 ? 6 : n - 1
            case "u": weekday = n - 1
            case "j": julian = n
            case "U", "W":
                weekOfYear = n
                weekStartsMonday = d == "W"
            case "V": isoWeek = n
            case "z":
                if text == "Z" { r.gmtoff = 0; break }
                var z = Array(text)
                if z[3] == ":" {
                    z.remove(at: 3)
                    if z.count > 5 {
                        if z[5] != ":" { throw .value("Inconsistent use of : in \(text)") }
                        z.remove(at: 5)
                    }
                }
                let hours = Int(String(z[1..<3]))!, minutes = Int(String(z[3..<5]))!
                let seconds = z.count >= 7 ? Int(String(z[5..<7]))! : 0
                var off = hours * 3600 + minutes * 60 + seconds
                let rest = z.count > 8 ? String(z[8...]) : ""
                var frac = Int(rest + String(repeating: "0", count: 6 - rest.count))!
                if z[0] == "-" { off = -off; frac = -frac }
                r.gmtoff = off
                r.gmtoffFraction = frac
            case "Z": r.tzname = text
            default: break
            }
        }
        if year == nil, isoYear != nil {
            if isoWeek == nil || weekday == nil {
                throw .value("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
            }
            if julian != nil {
                throw .value("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.")
            }
        } else if isoWeek != nil {
            if year == nil || weekday == nil {
                throw .value("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
            }
            throw .value("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")
        }
        var leapYearFix = false
        var y: Int
        if year == nil && r.month == 2 && r.day == 29 {
            y = 1904
            leapYearFix = true
        } else {
            y = year ?? 1900
        }
        if julian == nil, let wd = weekday {
            if let week = weekOfYear {
                var first = (try ordinal(y, 1, 1) + 6) % 7
                var dow = wd
                if !weekStartsMonday { first = (first + 1) % 7; dow = (dow + 1) % 7 }
                let week0 = (7 - first) % 7
                julian = week == 0 ? 1 + dow - first : 1 + week0 + 7 * (week - 1) + dow
            } else if let iy = isoYear, let iw = isoWeek {
                let jan4 = try ordinal(iy, 1, 4)
                let correction = (jan4 % 7 == 0 ? 7 : jan4 % 7) + 3
                var o = iw * 7 + wd + 1 - correction
                var yy = iy
                if o < 1 {
                    o += try ordinal(iy, 1, 1)
                    yy -= 1
                    o -= try ordinal(yy, 1, 1)
                }
                y = yy
                julian = o
            }
            if let j = julian, j <= 0 {
                y -= 1
                julian = j + (CivilCalendar.isLeap(y) ? 366 : 365)
            }
        }
        if let j = julian {
            let ymd = try fromOrdinal(j - 1 + (try ordinal(y, 1, 1)))
            (y, r.month, r.day) = ymd
            r.yearDay = j
        } else {
            r.yearDay = try ordinal(y, r.month, r.day) - (try ordinal(y, 1, 1)) + 1
        }
        if let wd = weekday { r.weekday = wd } else { r.weekday = (try ordinal(y, r.month, r.day) + 6) % 7 }
        r.year = leapYearFix ? 1900 : y
        return r
    }
}

extension String {
    fileprivate var trimmingSpaces: String { String(drop { $0 == " " }) }
}
