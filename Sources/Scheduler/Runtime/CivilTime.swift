// CivilTime.swift
//
// The virtual wall clock: naive proleptic-Gregorian date-times (taken as
// UTC), CPython 3.11's `timedelta` construction/rounding and string forms,
// `datetime.strftime` / `time.strftime` as CPython gives them on Linux with
// glibc 2.36 in the C/C.UTF-8 locale, `datetime.fromisoformat`, and the
// correctly rounded float conversions CPython performs.
//
// Plain Swift stdlib only (no Foundation).

// MARK: - Errors

/// A Python exception CPython would raise: the exception type and message.
public enum PyTimeError: Error, Equatable, Sendable {
    /// `OverflowError(message)`
    case overflow(String)
    /// `ValueError(message)`
    case value(String)
    /// `OSError(errno, message)`; str() is "[Errno 75] Value too large for defined data type".
    case osError(errno: Int, message: String)
}

/// Why `datetime.fromisoformat` fails.
public enum ISOFormatError: Error, Equatable, Sendable {
    /// `ValueError(f"Invalid isoformat string: {s!r}")` (the caller renders the repr).
    case invalidString
    /// `ValueError(message)`, e.g. "month must be in 1..12" or the
    /// "offset must be a timedelta strictly between ..." message.
    case outOfRange(String)
}

// MARK: - Calendar arithmetic

/// Proleptic Gregorian calendar helpers (all years, including <= 0).
public enum CivilCalendar {
    public static func isLeap(_ year: Int) -> Bool {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a (year, month 1-12, day) triple.
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400                                   // [0, 399]
        let mp = month > 2 ? month - 3 : month + 9                // [0, 11], March = 0
        let doy = (153 * mp + 2) / 5 + day - 1                    // [0, 365]
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy           // [0, 146096]
        return era * 146_097 + doe - 719_468
    }

    /// Inverse of `daysFromCivil`.
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Python's `date.toordinal()` (0001-01-01 is day 1).
    public static func ordinal(year: Int, month: Int, day: Int) -> Int {
        return daysFromCivil(year: year, month: month, day: day) + 719_163
    }

    /// Day of week with Monday == 0 for a day count since the epoch.
    public static func weekday(daysSinceEpoch d: Int) -> Int {
        return floorMod(d + 3, 7)   // 1970-01-01 was a Thursday
    }

    @inlinable static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
    }

    @inlinable static func floorMod(_ a: Int, _ b: Int) -> Int {
        let r = a % b
        return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
    }
}

// MARK: - libm-free rounding (exact for all finite doubles)

/// C `trunc`.
@inline(__always) private func truncD(_ x: Double) -> Double {
    if !(abs(x) < 4_503_599_627_370_496.0) { return x }  // |x| >= 2**52: already integral (or NaN/inf)
    let t = Double(Int64(x))
    return t == 0 && x.sign == .minus ? -0.0 : t
}

/// C `round`: half away from zero.
@inline(__always) private func roundAwayD(_ x: Double) -> Double {
    let t = truncD(x)
    let d = x - t                 // exact
    if d >= 0.5 { return t + 1 }
    if d <= -0.5 { return t - 1 }
    return t
}

/// C `floor`.
@inline(__always) private func floorD(_ x: Double) -> Double {
    let t = truncD(x)
    return t > x ? t - 1 : t
}

// MARK: - Small formatting helpers

private func zeroPad(_ n: Int, _ width: Int) -> String {
    let digits = String(n.magnitude)
    let body = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    return n < 0 ? "-" + body : body
}

private let weekdayAbbrevs = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
private let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
private let monthAbbrevs = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
private let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                          "August", "September", "October", "November", "December"]

/// Correctly rounded `Double` of `(seconds * 10**6 + micros) / 10**6` where
/// 0 <= micros < 10**6: what CPython's int true division
/// `total_microseconds / 10**6` yields.
private func correctlyRoundedSeconds(wholeSeconds s: Int64, micros u: Int64) -> Double {
    // Work with the magnitude; round-half-even is symmetric.
    var negative = false
    var mag = s
    var frac = u
    if s < 0 {
        negative = true
        if u == 0 {
            mag = -s
            frac = 0
        } else {
            mag = -s - 1
            frac = 1_000_000 - u
        }
    }
    let limit: Int64 = 1 << 53
    if mag < (limit - frac) / 1_000_000 {
        // Both operands exact in binary64: IEEE division rounds correctly.
        let v = Double(mag * 1_000_000 + frac) / 1_000_000.0
        return negative ? -v : v
    }
    // mag >= 2**33 here, so the result has f = 53 - bitLength(mag) < 20
    // fraction bits; round frac/10**6 to that grid, half to even.
    let bitLength = 64 - mag.leadingZeroBitCount
    let f = 53 - bitLength
    let scaled = frac << Int64(f)
    var k = scaled / 1_000_000
    let rem = scaled % 1_000_000
    if rem * 2 > 1_000_000 || (rem * 2 == 1_000_000 && k & 1 == 1) { k += 1 }
    var v = Double((mag << Int64(f)) + k)
    var scale = f
    while scale > 0 { v *= 0.5; scale -= 1 }
    return negative ? -v : v
}

// MARK: - timedelta

/// CPython's `datetime.timedelta`, normalized: `0 <= seconds < 86400`,
/// `0 <= microseconds < 10**6`, `|days| <= 999999999`.
public struct PyTimedelta: Sendable, Equatable, Hashable, Comparable {
    public private(set) var days: Int
    public private(set) var seconds: Int
    public private(set) var microseconds: Int

    public static let maxDays = 999_999_999

    /// Builds a normalized timedelta from total microseconds (always valid:
    /// an Int64 of microseconds is far below the day limit).
    public init(totalMicroseconds us: Int64) {
        let dayUS: Int64 = 86_400_000_000
        var d = us / dayUS
        var r = us % dayUS
        if r < 0 { r += dayUS; d -= 1 }
        days = Int(d)
        seconds = Int(r / 1_000_000)
        microseconds = Int(r % 1_000_000)
    }

    /// `timedelta(days=, seconds=, microseconds=)` with integer arguments.
    /// Throws OverflowError like CPython when |days| exceeds the limit.
    public init(days d: Int, seconds s: Int = 0, microseconds us: Int = 0) throws(PyTimeError) {
        let micro = CivilCalendar.floorMod(us, 1_000_000)
        let (s1, o1) = s.addingReportingOverflow(CivilCalendar.floorDiv(us, 1_000_000))
        let dayCarry = CivilCalendar.floorDiv(s1, 86_400)
        let sec = CivilCalendar.floorMod(s1, 86_400)
        let (total, o2) = d.addingReportingOverflow(dayCarry)
        if o1 || o2 || total < Int(Int32.min) || total > Int(Int32.max) {
            throw .overflow("Python int too large to convert to C int")
        }
        guard abs(total) <= PyTimedelta.maxDays else {
            throw .overflow("days=\(total); must have magnitude <= 999999999")
        }
        days = total
        seconds = sec
        microseconds = micro
    }

    /// `timedelta(seconds=x)` for a float x, bit for bit: the integral part
    /// is exact, the fraction is scaled by 1e6 in binary64, and the final
    /// sub-microsecond leftover is rounded half-to-even (CPython's
    /// `delta_new`/`accum` algorithm).
    public static func fromSeconds(_ x: Double) throws(PyTimeError) -> PyTimedelta {
        if x.isNaN { throw .value("cannot convert float NaN to integer") }
        if x.isInfinite { throw .overflow("cannot convert float infinity to integer") }
        let ip = truncD(x)
        let frac = x - ip                       // exact (modf)
        guard abs(ip) < 9.2e18 else {
            // days would be far beyond a C int.
            throw .overflow("Python int too large to convert to C int")
        }
        let whole = Int64(ip)
        var small: Int64 = 0                    // microseconds beyond whole * 10**6
        if frac != 0 {
            let scaled = 1e6 * frac
            let ip2 = truncD(scaled)
            let leftover = scaled - ip2
            small = Int64(ip2)
            if leftover != 0 {
                var w = roundAwayD(leftover)      // C round(): half away from zero
                if abs(w - leftover) == 0.5 {
                    // Exactly halfway: round to even using the parity of the
                    // total so far (whole * 10**6 is even).
                    let odd: Double = (small & 1) != 0 ? 1 : 0
                    w = 2.0 * roundAwayD((leftover + odd) * 0.5) - odd
                }
                small += Int64(w)
            }
        }
        // total = whole * 10**6 + small, normalized without overflow.
        let q = whole >= 0 ? whole / 86_400 : -((-whole + 86_399) / 86_400)
        let r = whole - q * 86_400                           // [0, 86400)
        var rem = r * 1_000_000 + small                      // (-1e6, 86400e6 + 1e6)
        var d = q
        let dayUS: Int64 = 86_400_000_000
        if rem < 0 { rem += dayUS; d -= 1 } else if rem >= dayUS { rem -= dayUS; d += 1 }
        if d < Int64(Int32.min) || d > Int64(Int32.max) {
            throw .overflow("Python int too large to convert to C int")
        }
        if abs(d) > Int64(maxDays) {
            throw .overflow("days=\(d); must have magnitude <= 999999999")
        }
        var td = PyTimedelta(totalMicroseconds: 0)
        td.days = Int(d)
        td.seconds = Int(rem / 1_000_000)
        td.microseconds = Int(rem % 1_000_000)
        return td
    }

    /// Total microseconds, or nil when it does not fit in Int64
    /// (only for |days| beyond ~106 million).
    public var totalMicroseconds: Int64? {
        let (a, o1) = Int64(days).multipliedReportingOverflow(by: 86_400_000_000)
        if o1 { return nil }
        let (b, o2) = a.addingReportingOverflow(Int64(seconds) * 1_000_000 + Int64(microseconds))
        return o2 ? nil : b
    }

    /// `timedelta.total_seconds()` (correctly rounded, like CPython).
    public var totalSeconds: Double {
        return correctlyRoundedSeconds(wholeSeconds: Int64(days) * 86_400 + Int64(seconds),
                                       micros: Int64(microseconds))
    }

    /// `str(timedelta)`.
    public var description: String {
        let minutes = seconds / 60
        let hh = minutes / 60
        let mm = minutes % 60
        let ss = seconds % 60
        var s = ""
        if days != 0 {
            s = "\(days) day" + ((days == 1 || days == -1) ? "" : "s") + ", "
        }
        s += "\(hh):" + zeroPad(mm, 2) + ":" + zeroPad(ss, 2)
        if microseconds != 0 { s += "." + zeroPad(microseconds, 6) }
        return s
    }

    /// `repr(timedelta)` (3.11 keyword form).
    public var repr: String {
        var parts: [String] = []
        if days != 0 { parts.append("days=\(days)") }
        if seconds != 0 { parts.append("seconds=\(seconds)") }
        if microseconds != 0 { parts.append("microseconds=\(microseconds)") }
        return "datetime.timedelta(" + (parts.isEmpty ? "0" : parts.joined(separator: ", ")) + ")"
    }

    public static func < (a: PyTimedelta, b: PyTimedelta) -> Bool {
        return (a.days, a.seconds, a.microseconds) < (b.days, b.seconds, b.microseconds)
    }
}

/// `str(timedelta(microseconds=us))`: "0:00:03", "1 day, 0:00:00",
/// "-1 day, 23:59:59.500000".
public func timedeltaDescription(microseconds: Int64) -> String {
    return PyTimedelta(totalMicroseconds: microseconds).description
}

/// `timedelta(microseconds=us).total_seconds()`.
public func timedeltaTotalSeconds(microseconds us: Int64) -> Double {
    var s = us / 1_000_000
    var r = us % 1_000_000
    if r < 0 { r += 1_000_000; s -= 1 }
    return correctlyRoundedSeconds(wholeSeconds: s, micros: r)
}

// MARK: - CivilDateTime

/// A naive `datetime.datetime` (interpreted as UTC where an epoch is needed).
public struct CivilDateTime: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var microsecond: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0,
                second: Int = 0, microsecond: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
    }

    /// `datetime(year, month, day, hour, minute, second, microsecond)` with
    /// CPython's argument checks and messages.
    public static func validated(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0,
                                 second: Int = 0, microsecond: Int = 0) throws(PyTimeError) -> CivilDateTime {
        if year < 1 || year > 9999 { throw .value("year \(year) is out of range") }
        if month < 1 || month > 12 { throw .value("month must be in 1..12") }
        if day < 1 || day > CivilCalendar.daysInMonth(year: year, month: month) {
            throw .value("day is out of range for month")
        }
        if hour < 0 || hour > 23 { throw .value("hour must be in 0..23") }
        if minute < 0 || minute > 59 { throw .value("minute must be in 0..59") }
        if second < 0 || second > 59 { throw .value("second must be in 0..59") }
        if microsecond < 0 || microsecond > 999_999 { throw .value("microsecond must be in 0..999999") }
        return CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute,
                             second: second, microsecond: microsecond)
    }

    public static let min = CivilDateTime(year: 1, month: 1, day: 1)
    public static let max = CivilDateTime(year: 9999, month: 12, day: 31, hour: 23, minute: 59,
                                          second: 59, microsecond: 999_999)

    /// Proleptic Gregorian UTC date-time for microseconds since 1970-01-01.
    /// (Any Int64 works; years outside 1...9999 are representable here even
    /// though `datetime` itself would reject them.)
    public static func fromEpochMicroseconds(_ us: Int64) -> CivilDateTime {
        let dayUS: Int64 = 86_400_000_000
        var days = us / dayUS
        var rem = us % dayUS
        if rem < 0 { rem += dayUS; days -= 1 }
        let ymd = CivilCalendar.civilFromDays(Int(days))
        let secs = Int(rem / 1_000_000)
        return CivilDateTime(year: ymd.year, month: ymd.month, day: ymd.day,
                             hour: secs / 3600, minute: (secs / 60) % 60, second: secs % 60,
                             microsecond: Int(rem % 1_000_000))
    }

    /// `datetime.fromtimestamp(t, timezone.utc)` (naive result): the
    /// fraction is rounded to microseconds half-to-even
    /// (`_PyTime_ObjectToTimeval` with `_PyTime_ROUND_HALF_EVEN`), then
    /// gmtime() and datetime's year check.
    public static func fromTimestamp(_ t: Double) throws(PyTimeError) -> CivilDateTime {
        if t.isNaN { throw .value("Invalid value NaN (not a number)") }
        var intPart = truncD(t)
        var fracPart = (t - intPart) * 1e6
        let r = roundAwayD(fracPart)
        fracPart = abs(fracPart - r) == 0.5 ? 2.0 * roundAwayD(fracPart / 2.0) : r
        if fracPart >= 1e6 {
            fracPart -= 1e6
            intPart += 1.0
        } else if fracPart < 0 {
            fracPart += 1e6
            intPart -= 1.0
        }
        let dt = try gmtime(try timeT(intPart), microsecond: Int(fracPart))
        if dt.year < 1 || dt.year > 9999 { throw .value("year \(dt.year) is out of range") }
        return dt
    }

    /// The fields of `time.gmtime(t)` (and `time.localtime(t)` on a UTC
    /// machine): the float is floored to whole seconds
    /// (`_PyTime_ROUND_FLOOR`); years beyond 1...9999 are allowed.
    public static func fromEpochSecondsFloor(_ t: Double) throws(PyTimeError) -> CivilDateTime {
        if t.isNaN { throw .value("Invalid value NaN (not a number)") }
        return try gmtime(try timeT(floorD(t)), microsecond: 0)
    }

    /// `time.gmtime(t)` for an integer t (exact, no float rounding).
    public static func fromEpochSeconds(_ t: Int64) throws(PyTimeError) -> CivilDateTime {
        return try gmtime(t, microsecond: 0)
    }

    /// `(time_t)v` after CPython's range check.
    private static func timeT(_ v: Double) throws(PyTimeError) -> Int64 {
        guard v >= -9_223_372_036_854_775_808.0 && v < 9_223_372_036_854_775_808.0 else {
            throw .overflow("timestamp out of range for platform time_t")
        }
        return Int64(v)
    }

    /// glibc gmtime(): fails with EOVERFLOW when tm_year does not fit an int.
    private static func gmtime(_ secs: Int64, microsecond: Int) throws(PyTimeError) -> CivilDateTime {
        var days = secs / 86_400
        var rem = secs % 86_400
        if rem < 0 { rem += 86_400; days -= 1 }
        let ymd = CivilCalendar.civilFromDays(Int(days))
        let tmYear = ymd.year - 1900
        if tmYear < Int(Int32.min) || tmYear > Int(Int32.max) {
            throw .osError(errno: 75, message: "Value too large for defined data type")
        }
        let sec = Int(rem)
        return CivilDateTime(year: ymd.year, month: ymd.month, day: ymd.day, hour: sec / 3600,
                             minute: (sec / 60) % 60, second: sec % 60, microsecond: microsecond)
    }

    /// Days since 1970-01-01.
    public var epochDays: Int {
        return CivilCalendar.daysFromCivil(year: year, month: month, day: day)
    }

    /// Microseconds since 1970-01-01 00:00:00 (UTC).
    public var epochMicroseconds: Int64 {
        let secs = Int64(epochDays) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return secs * 1_000_000 + Int64(microsecond)
    }

    /// `dt.replace(tzinfo=timezone.utc).timestamp()`, i.e.
    /// `(dt - epoch).total_seconds()`, correctly rounded like CPython.
    public var epochSeconds: Double {
        let secs = Int64(epochDays) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return correctlyRoundedSeconds(wholeSeconds: secs, micros: Int64(microsecond))
    }

    /// `self + timedelta(seconds=x)`. Traps where CPython would raise; use
    /// `tryAdding(seconds:)` to get the exception instead.
    public func adding(seconds x: Double) -> CivilDateTime {
        do {
            return try tryAdding(seconds: x)
        } catch {
            preconditionFailure("datetime + timedelta(seconds=\(x)) failed: \(error)")
        }
    }

    /// `self + timedelta(seconds=x)` with CPython's exceptions.
    public func tryAdding(seconds x: Double) throws(PyTimeError) -> CivilDateTime {
        return try adding(try PyTimedelta.fromSeconds(x))
    }

    /// `self + td` (OverflowError "date value out of range" outside 1..9999).
    public func adding(_ td: PyTimedelta) throws(PyTimeError) -> CivilDateTime {
        guard let delta = td.totalMicroseconds else { throw .overflow("date value out of range") }
        return try adding(microseconds: delta)
    }

    /// `self + timedelta(microseconds=us)`.
    public func adding(microseconds us: Int64) throws(PyTimeError) -> CivilDateTime {
        let (sum, overflow) = epochMicroseconds.addingReportingOverflow(us)
        if overflow { throw .overflow("date value out of range") }
        let result = CivilDateTime.fromEpochMicroseconds(sum)
        if result.year < 1 || result.year > 9999 { throw .overflow("date value out of range") }
        return result
    }

    /// `self - other` as a timedelta.
    public func subtracting(_ other: CivilDateTime) -> PyTimedelta {
        return PyTimedelta(totalMicroseconds: epochMicroseconds - other.epochMicroseconds)
    }

    /// Monday == 0.
    public var weekday: Int { CivilCalendar.weekday(daysSinceEpoch: epochDays) }

    /// `isoweekday()`: Monday == 1 ... Sunday == 7.
    public var isoWeekday: Int { weekday + 1 }

    /// 1-based day of the year (`tm_yday`).
    public var yearDay: Int {
        return epochDays - CivilCalendar.daysFromCivil(year: year, month: 1, day: 1) + 1
    }

    /// `isocalendar()`: (ISO year, ISO week, ISO weekday 1-7).
    public var isoCalendar: (year: Int, week: Int, weekday: Int) {
        let iso = isoWeekFields(year: year, yday0: yearDay - 1, wdaySun0: (weekday + 1) % 7)
        return (iso.year, iso.days / 7 + 1, weekday + 1)
    }

    /// `toordinal()`.
    public var ordinal: Int { CivilCalendar.ordinal(year: year, month: month, day: day) }

    /// `str(datetime)`: "2015-11-13 10:00:03" or "2015-11-13 10:00:03.500000".
    public var description: String { isoformat(sep: " ") }

    /// `str(date)`: "2015-11-13".
    public var dateDescription: String {
        return zeroPad(year, 4) + "-" + zeroPad(month, 2) + "-" + zeroPad(day, 2)
    }

    public enum TimeSpec: String, Sendable {
        case auto, hours, minutes, seconds, milliseconds, microseconds
    }

    /// `time` part of isoformat for a timespec.
    public func timeDescription(timespec: TimeSpec = .auto) -> String {
        let hh = zeroPad(hour, 2)
        let mm = zeroPad(minute, 2)
        let ss = zeroPad(second, 2)
        switch timespec {
        case .auto:
            return microsecond == 0 ? "\(hh):\(mm):\(ss)" : "\(hh):\(mm):\(ss).\(zeroPad(microsecond, 6))"
        case .hours: return hh
        case .minutes: return "\(hh):\(mm)"
        case .seconds: return "\(hh):\(mm):\(ss)"
        case .milliseconds: return "\(hh):\(mm):\(ss).\(zeroPad(microsecond / 1000, 3))"
        case .microseconds: return "\(hh):\(mm):\(ss).\(zeroPad(microsecond, 6))"
        }
    }

    /// `datetime.isoformat(sep, timespec)`.
    public func isoformat(sep: Character = "T", timespec: TimeSpec = .auto) -> String {
        return dateDescription + String(sep) + timeDescription(timespec: timespec)
    }

    /// `repr(datetime)`: "datetime.datetime(2015, 11, 13, 10, 0, 3)".
    public var repr: String {
        var s = "datetime.datetime(\(year), \(month), \(day), \(hour), \(minute)"
        if microsecond != 0 {
            s += ", \(second), \(microsecond)"
        } else if second != 0 {
            s += ", \(second)"
        }
        return s + ")"
    }

    /// `datetime.ctime()`: "Fri Nov 13 01:02:03 2015" (year as %04d).
    public func ctime() -> String {
        return weekdayAbbrevs[weekday] + " " + monthAbbrevs[month - 1] + " "
            + padLeft(String(day), 2, " ") + " " + zeroPad(hour, 2) + ":" + zeroPad(minute, 2)
            + ":" + zeroPad(second, 2) + " " + zeroPad(year, 4)
    }

    /// `time.asctime(t)` / `time.ctime(secs)`: "Thu Jan  1 00:00:00 1970"
    /// (day as %3d after the month, year as %d).
    public func asctime(weekday wd: Int? = nil) -> String {
        return weekdayAbbrevs[wd ?? weekday] + " " + monthAbbrevs[month - 1]
            + padLeft(String(day), 3, " ") + " " + zeroPad(hour, 2) + ":" + zeroPad(minute, 2)
            + ":" + zeroPad(second, 2) + " " + String(Int32(truncatingIfNeeded: year))   // C int `1900 + tm_year` wraps
    }

    /// `datetime.timetuple()`: tm_isdst = -1 and no zone.
    public var timetuple: TimeStruct {
        return timeStruct(isDST: -1, zone: nil, gmtOffset: 0)
    }

    /// `time.localtime(t)` on a UTC machine (tm_zone "UTC");
    /// `time.gmtime(t)` is the same with zone "GMT".
    public func timeStruct(isDST: Int = 0, zone: String? = "UTC", gmtOffset: Int = 0) -> TimeStruct {
        return TimeStruct(year: year, month: month, day: day, hour: hour, minute: minute,
                          second: second, weekday: weekday, yearDay: yearDay, isDST: isDST,
                          zone: zone, gmtOffset: gmtOffset)
    }

    /// `datetime.strftime(format)` for a naive datetime: `%f`, `%z`, `%Z`
    /// directly after `%` are expanded by Python (to the microseconds, "" and
    /// ""), everything else goes to glibc's strftime on `timetuple()`.
    public func strftime(_ format: String) -> String {
        var out: [Unicode.Scalar] = []
        let scalars = Array(format.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if c != "%" { out.append(c); continue }
            if i >= scalars.count { out.append(c); break }
            let ch = scalars[i]
            i += 1
            switch ch {
            case "f":
                out.append(contentsOf: zeroPad(microsecond, 6).unicodeScalars)
            case "z", "Z":
                break  // naive: empty replacement
            default:
                out.append(c)
                out.append(ch)
            }
        }
        var newFormat = String.UnicodeScalarView()
        newFormat.append(contentsOf: out)
        return timetuple.strftime(String(newFormat))
    }

    // MARK: Comparable

    public static func < (a: CivilDateTime, b: CivilDateTime) -> Bool {
        if a.year != b.year { return a.year < b.year }
        if a.month != b.month { return a.month < b.month }
        if a.day != b.day { return a.day < b.day }
        if a.hour != b.hour { return a.hour < b.hour }
        if a.minute != b.minute { return a.minute < b.minute }
        if a.second != b.second { return a.second < b.second }
        return a.microsecond < b.microsecond
    }

    // MARK: fromisoformat

    /// `datetime.fromisoformat(s)` for strings without a UTC offset; nil on
    /// any failure (including strings carrying an offset). Accepts, like
    /// CPython 3.11: "YYYY-MM-DD", "YYYYMMDD", ISO week dates, any single
    /// separator character, "HH", "HH:MM", "HH:MM:SS", "HHMMSS", fractions
    /// after '.' or ',' (digits past 6 truncated).
    public static func parseISO(_ s: String) -> CivilDateTime? {
        guard let r = try? parseISOFormat(s), r.utcOffsetSeconds == nil else { return nil }
        return r.dateTime
    }

    /// Result of `fromisoformat`: the fields plus the parsed UTC offset (if
    /// any; CPython then builds an aware datetime and validates the offset).
    public struct ISOParseResult: Sendable, Equatable {
        public var dateTime: CivilDateTime
        /// Signed offset seconds, nil when the string has no offset.
        public var utcOffsetSeconds: Int?
        /// Signed sub-second part of the offset.
        public var utcOffsetMicroseconds: Int
    }

    /// CPython 3.11's `datetime.fromisoformat` parser (C implementation),
    /// with its error classification.
    public static func parseISOFormat(_ s: String) throws(ISOFormatError) -> ISOParseResult {
        if s.unicodeScalars.count < 7 { throw .invalidString }
        var bytes = Array(s.utf8)
        let len = bytes.count
        bytes.append(0)  // C string terminator; the parser peeks at it
        let sep = isoSeparatorLocation(bytes, len)
        if sep < 0 { throw .invalidString }
        var ymd = (0, 0, 0)
        var rv = parseISODate(bytes, 0, sep, &ymd)
        var hms = (0, 0, 0, 0)
        var tzOffset = 0
        var tzMicro = 0
        if rv == 0 && len > sep {
            // Skip exactly one (possibly multi-byte) separator character.
            var p = sep
            p += utf8Length(lead: bytes[p])
            rv = parseISOTime(bytes, p, len, &hms, &tzOffset, &tzMicro)
        }
        if rv < 0 { throw .invalidString }
        if rv == 1 {
            // A zero whole-second offset means UTC: CPython drops the
            // fractional part then ("+00:00.5" is timezone.utc).
            if tzOffset == 0 { tzMicro = 0 }
            // CPython builds the timezone before the datetime, so a bad
            // offset is reported first.
            let total = Int64(tzOffset) * 1_000_000 + Int64(tzMicro)
            if total <= -86_400_000_000 || total >= 86_400_000_000 {
                throw .outOfRange("offset must be a timedelta strictly between -timedelta(hours=24) and "
                    + "timedelta(hours=24), not \(PyTimedelta(totalMicroseconds: total).repr).")
            }
        }
        let dt: CivilDateTime
        do {
            dt = try validated(year: ymd.0, month: ymd.1, day: ymd.2, hour: hms.0, minute: hms.1,
                               second: hms.2, microsecond: hms.3)
        } catch {
            if case .value(let m) = error { throw .outOfRange(m) }
            throw .invalidString
        }
        return ISOParseResult(dateTime: dt, utcOffsetSeconds: rv == 1 ? tzOffset : nil,
                              utcOffsetMicroseconds: rv == 1 ? tzMicro : 0)
    }
}

@inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

private func utf8Length(lead b: UInt8) -> Int {
    if b < 0x80 { return 1 }
    if b >= 0xF0 { return 4 }
    if b >= 0xE0 { return 3 }
    if b >= 0xC0 { return 2 }
    return 1
}

/// `_find_isoformat_datetime_separator`.
private func isoSeparatorLocation(_ s: [UInt8], _ len: Int) -> Int {
    if len == 7 { return 7 }
    let dash: UInt8 = 45   // '-'
    let week: UInt8 = 87   // 'W'
    if s[4] == dash {
        if s[5] == week {
            if len < 8 { return -1 }
            if len > 8 && s[8] == dash {
                if len == 9 { return -1 }
                if len > 10 && isDigit(s[10]) { return 8 }
                return 10
            }
            return 8
        }
        return 10
    }
    if s[4] == week {
        var idx = 7
        while idx < len && isDigit(s[idx]) { idx += 1 }
        if idx < 9 { return idx }
        return idx % 2 == 0 ? 7 : 8
    }
    return 8
}

/// `parse_digits`: exactly n ASCII digits at p (reading the terminator fails).
private func parseDigits(_ s: [UInt8], _ p: Int, _ n: Int, _ value: inout Int) -> Int? {
    var v = 0
    for k in 0..<n {
        let idx = p + k
        guard idx < s.count, isDigit(s[idx]) else { return nil }
        v = v * 10 + Int(s[idx] - 48)
    }
    value = v
    return p + n
}

/// ISO week date to (year, month, day); nonzero on failure (`iso_to_ymd`).
private func isoToYMD(_ isoYear: Int, _ isoWeek: Int, _ isoDay: Int, _ ymd: inout (Int, Int, Int)) -> Int {
    if isoWeek <= 0 || isoWeek >= 53 {
        var outOfRange = true
        if isoWeek == 53 {
            let firstWeekday = CivilCalendar.weekday(
                daysSinceEpoch: CivilCalendar.daysFromCivil(year: isoYear, month: 1, day: 1))
            if firstWeekday == 3 || (firstWeekday == 2 && CivilCalendar.isLeap(isoYear)) {
                outOfRange = false
            }
        }
        if outOfRange { return -2 }
    }
    if isoDay <= 0 || isoDay >= 8 { return -3 }
    if isoYear <= 0 {
        // CPython's ord_to_ymd gets a non-positive ordinal here and returns
        // year 1 with a month <= 0 (reading outside its tables), so the
        // caller reports "month must be in 1..12".
        ymd = (1, 0, 0)
        return 0
    }
    // Monday of ISO week 1 (`iso_week1_monday`).
    let jan1 = CivilCalendar.daysFromCivil(year: isoYear, month: 1, day: 1)
    let jan1Weekday = CivilCalendar.weekday(daysSinceEpoch: jan1)
    var week1Monday = jan1 - jan1Weekday
    if jan1Weekday > 3 { week1Monday += 7 }
    let c = CivilCalendar.civilFromDays(week1Monday + (isoWeek - 1) * 7 + isoDay - 1)
    ymd = (c.year, c.month, c.day)
    return 0
}

/// `parse_isoformat_date` over s[0..<len].
func parseISODate(_ s: [UInt8], _ start: Int, _ len: Int, _ ymd: inout (Int, Int, Int)) -> Int {
    var year = 0, month = 0, day = 0
    guard var p = parseDigits(s, start, 4, &year) else { return -1 }
    let usesSeparator = s[p] == 45
    if usesSeparator { p += 1 }
    if s[p] == 87 {  // 'W'
        p += 1
        var isoWeek = 0
        var isoDay = 0
        guard let q = parseDigits(s, p, 2, &isoWeek) else { return -3 }
        p = q
        if p - start < len {
            if usesSeparator {
                let c = s[p]
                p += 1
                if c != 45 { return -2 }
            }
            guard let q2 = parseDigits(s, p, 1, &isoDay) else { return -4 }
            p = q2
        } else {
            isoDay = 1
        }
        let rv = isoToYMD(year, isoWeek, isoDay, &ymd)
        return rv != 0 ? -3 + rv : 0
    }
    guard let q = parseDigits(s, p, 2, &month) else { return -1 }
    p = q
    if usesSeparator {
        let c = s[p]
        p += 1
        if c != 45 { return -2 }
    }
    guard parseDigits(s, p, 2, &day) != nil else { return -1 }
    ymd = (year, month, day)
    return 0
}

/// `parse_hh_mm_ss_ff` over s[start..<end] (reads may look at s[end], as in C).
private func parseHHMMSSFF(_ s: [UInt8], _ start: Int, _ end: Int, _ out: inout (Int, Int, Int, Int)) -> Int {
    var vals = [0, 0, 0]
    var micro = 0
    var p = start
    var hasSeparator = true
    for i in 0..<3 {
        var v = 0
        guard let q = parseDigits(s, p, 2, &v) else { return -3 }
        vals[i] = v
        p = q
        let c = s[p]
        p += 1
        if i == 0 { hasSeparator = c == 58 }   // ':'
        if p >= end {
            out = (vals[0], vals[1], vals[2], 0)
            return c != 0 ? 1 : 0
        } else if hasSeparator && c == 58 {
            continue
        } else if c == 46 || c == 44 {        // '.' or ','
            break
        } else if !hasSeparator {
            p -= 1
        } else {
            return -4
        }
    }
    let remaining = end - p
    let toParse = remaining >= 6 ? 6 : remaining
    guard let q = parseDigits(s, p, toParse, &micro) else { return -3 }
    p = q
    let correction = [100_000, 10_000, 1000, 100, 10]
    if toParse < 6 && toParse >= 1 { micro *= correction[toParse - 1] }
    while p < s.count && isDigit(s[p]) { p += 1 }
    out = (vals[0], vals[1], vals[2], micro)
    return s[p] != 0 ? 1 : 0
}

/// `parse_isoformat_time` over s[start..<end].
func parseISOTime(_ s: [UInt8], _ start: Int, _ end: Int, _ hms: inout (Int, Int, Int, Int),
                          _ tzOffset: inout Int, _ tzMicro: inout Int) -> Int {
    var tzPos = start
    repeat {
        let c = s[tzPos]
        if c == 90 || c == 43 || c == 45 { break }   // 'Z' '+' '-'
        tzPos += 1
    } while tzPos < end
    let rv = parseHHMMSSFF(s, start, tzPos, &hms)
    if rv < 0 { return rv }
    if tzPos == end { return rv == 1 ? -5 : 0 }
    if s[tzPos] == 90 {
        tzOffset = 0
        tzMicro = 0
        return s[tzPos + 1] != 0 ? -5 : 1
    }
    let sign = s[tzPos] == 45 ? -1 : 1
    var tz = (0, 0, 0, 0)
    let rv2 = parseHHMMSSFF(s, tzPos + 1, end, &tz)
    tzOffset = sign * (tz.0 * 3600 + tz.1 * 60 + tz.2)
    tzMicro = sign * tz.3
    return rv2 != 0 ? -5 : 1
}

private func padLeft(_ s: String, _ width: Int, _ fill: Character) -> String {
    let n = s.count
    return n >= width ? s : String(repeating: fill, count: width - n) + s
}

/// glibc's ISO-8601 week computation from (year, 0-based yday, Sunday-0 wday):
/// returns the ISO year and days since the Monday of its week 1.
private func isoWeekFields(year: Int, yday0: Int, wdaySun0: Int) -> (year: Int, days: Int) {
    func isoWeekDays(_ yday: Int, _ wday: Int) -> Int {
        // big_enough_multiple_of_7 = (366 / 7 + 2) * 7 = 378
        return yday - (yday - wday + 4 + 378) % 7 + 3
    }
    var y = year
    var days = isoWeekDays(yday0, wdaySun0)
    if days < 0 {
        y -= 1
        days = isoWeekDays(yday0 + (365 + (CivilCalendar.isLeap(y) ? 1 : 0)), wdaySun0)
    } else {
        let d = isoWeekDays(yday0 - (365 + (CivilCalendar.isLeap(y) ? 1 : 0)), wdaySun0)
        if d >= 0 {
            y += 1
            days = d
        }
    }
    return (y, days)
}

// MARK: - struct tm and strftime

/// A Python `time.struct_time` as handed to `time.strftime` (fields as
/// Python exposes them: month 1-12, weekday Monday == 0, yearDay 1-based).
/// `zone`/`gmtOffset` are `tm_zone`/`tm_gmtoff` (nil zone = not given, as for
/// a plain 9-tuple or `datetime.timetuple()`).
public struct TimeStruct: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var weekday: Int
    public var yearDay: Int
    public var isDST: Int
    public var zone: String?
    public var gmtOffset: Int

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                weekday: Int, yearDay: Int, isDST: Int, zone: String? = nil, gmtOffset: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.weekday = weekday
        self.yearDay = yearDay
        self.isDST = isDST
        self.zone = zone
        self.gmtOffset = gmtOffset
    }

    /// CPython's `time.strftime` argument checks (`checktm` plus the
    /// zero-value normalizations): month/day/yearDay 0 become 1; otherwise
    /// out-of-range fields raise ValueError with CPython's message.
    public func checkedForStrftime() throws(PyTimeError) -> TimeStruct {
        var t = self
        if t.month == 0 { t.month = 1 } else if t.month < 1 || t.month > 12 { throw .value("month out of range") }
        if t.day == 0 { t.day = 1 } else if t.day < 0 || t.day > 31 { throw .value("day of month out of range") }
        if t.hour < 0 || t.hour > 23 { throw .value("hour out of range") }
        if t.minute < 0 || t.minute > 59 { throw .value("minute out of range") }
        if t.second < 0 || t.second > 61 { throw .value("seconds out of range") }
        if (t.weekday + 1) % 7 < 0 { throw .value("day of week out of range") }
        if t.yearDay == 0 { t.yearDay = 1 } else if t.yearDay < 0 || t.yearDay > 366 { throw .value("day of year out of range") }
        return t
    }

    /// `time.strftime(format, self)` as CPython 3.11 gives it on Linux
    /// (glibc 2.36 `wcsftime`, C locale names). `localZoneName` is
    /// `time.tzname[isdst]`, used by %Z when no tm_zone is set and
    /// tm_isdst >= 0.
    ///
    /// Supports glibc's flags `_ - 0 ^ #`, field widths, the `E`/`O`
    /// modifiers, and copies invalid directives verbatim (padded to the
    /// width, upper-cased by `^`) as glibc does. Also reproduces CPython's
    /// result-buffer limit: an output of >= (1024 * 2**k >= 256 * len(fmt))
    /// characters comes back as "".
    public func strftime(_ format: String, localZoneName: String = "UTC") -> String {
        let fmt = Array(format.unicodeScalars)
        var tm = CTm(self)
        tm.isdst = isDST < -1 ? -1 : (isDST > 1 ? 1 : isDST)
        var zoneName = zone ?? ""
        if zoneName.isEmpty && tm.isdst >= 0 { zoneName = localZoneName }
        tm.zone = Array(zoneName.unicodeScalars)
        // CPython's buffer loop: sizes 1024, 2048, ... until >= 256 * fmtlen;
        // a result that never fits comes back as "".
        var size = 1024
        while size < 256 * fmt.count { size *= 2 }
        guard let out = formatTm(fmt, tm, limit: size), out.count < size else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return String(view)
    }
}

/// C `struct tm` view (0-based month, Sunday-0 wday, 0-based yday).
private struct CTm {
    var year: Int       // full year (tm_year + 1900)
    var mon: Int        // 0-11
    var mday: Int
    var hour: Int
    var min: Int
    var sec: Int
    var wday: Int       // 0 = Sunday
    var yday: Int       // 0-based
    var isdst: Int
    var gmtoff: Int
    var zone: [Unicode.Scalar] = []

    init(_ t: TimeStruct) {
        year = t.year
        mon = t.month - 1
        mday = t.day
        hour = t.hour
        min = t.minute
        sec = t.second
        wday = (t.weekday + 1) % 7
        yday = t.yearDay - 1
        isdst = t.isDST
        gmtoff = t.gmtOffset
    }
}

private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

private func upper(_ c: Unicode.Scalar) -> Unicode.Scalar {
    if c.isASCII {
        return (c.value >= 97 && c.value <= 122) ? Unicode.Scalar(c.value - 32)! : c
    }
    let m = c.properties.uppercaseMapping.unicodeScalars
    return m.count == 1 ? m.first! : c
}

private func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
    if c.isASCII {
        return (c.value >= 65 && c.value <= 90) ? Unicode.Scalar(c.value + 32)! : c
    }
    let m = c.properties.lowercaseMapping.unicodeScalars
    return m.count == 1 ? m.first! : c
}

/// The glibc `__strftime_internal` loop over wide characters. Returns nil
/// as soon as the output reaches `limit` characters (CPython then gives "").
private func formatTm(_ f: [Unicode.Scalar], _ tm: CTm, limit: Int) -> [Unicode.Scalar]? {
    var out: [Unicode.Scalar] = []
    var overflowed = false
    var i = 0
    let n = f.count
    @inline(__always) func at(_ k: Int) -> Unicode.Scalar { k < n ? f[k] : "\0" }

    while i < n {
        if overflowed || out.count >= limit { return nil }
        if f[i] != "%" {
            out.append(f[i])
            i += 1
            continue
        }
        let start = i
        var pad: Unicode.Scalar? = nil
        var toUpper = false
        var changeCase = false
        var j = i + 1
        // Flags.
        flagLoop: while true {
            switch at(j) {
            case "_", "-", "0": pad = at(j); j += 1
            case "^": toUpper = true; j += 1
            case "#": changeCase = true; j += 1
            default: break flagLoop
            }
        }
        // Width.
        var width = -1
        if at(j).value >= 48 && at(j).value <= 57 {
            width = 0
            while at(j).isASCII, at(j).value >= 48, at(j).value <= 57 {
                let digit = Int(at(j).value - 48)
                width = width > (Int(Int32.max) - digit) / 10 ? Int(Int32.max) : width * 10 + digit
                j += 1
            }
        }
        // Modifier.
        var modifier: Unicode.Scalar? = nil
        if at(j) == "E" || at(j) == "O" {
            modifier = at(j)
            j += 1
        }
        var formatChar = at(j)
        if j >= n { j -= 1; formatChar = "\0" }  // '%' run hits the end: back up
        i = j + 1

        var toLower = false
        // Output helpers --------------------------------------------------
        func add(_ s: [Unicode.Scalar]) {
            let w = width < 0 ? 0 : width
            if out.count + Swift.max(w, s.count) >= limit {
                overflowed = true
                return
            }
            if s.count < w {
                let fill: Unicode.Scalar = pad == "0" ? "0" : " "
                out.append(contentsOf: repeatElement(fill, count: w - s.count))
            }
            out.append(contentsOf: s)
        }
        func cpy(_ s: [Unicode.Scalar]) {
            if toLower { add(s.map(lower)) } else if toUpper { add(s.map(upper)) } else { add(s) }
        }
        func number(_ value: Int, digits: Int, spacePad: Bool = false) {
            var p = pad
            if p == nil { p = spacePad ? "_" : "0" }
            if spacePad && p != "0" && p != "-" { p = "_" }
            var s = scalars(String(value))
            if p != "-" {
                let padding = digits - s.count
                if padding > 0 {
                    let fill: Unicode.Scalar = p == "_" ? " " : "0"
                    if fill == "0" && value < 0 {
                        s.removeFirst()
                        s = ["-"] + Array(repeating: fill, count: padding) + s
                    } else {
                        s = Array(repeating: fill, count: padding) + s
                    }
                }
            }
            let saved = pad
            pad = p
            add(s)
            pad = saved
        }
        func badFormat() {
            cpy(Array(f[start...j]))
        }
        func subformat(_ sub: String) {
            guard var inner = formatTm(scalars(sub), tm, limit: limit) else {
                overflowed = true
                return
            }
            if toUpper { inner = inner.map(upper) }
            add(inner)
        }
        // -----------------------------------------------------------------

        switch formatChar {
        case "%":
            add(["%"])
        case "a":
            if modifier != nil { badFormat(); break }
            if changeCase { toUpper = true; toLower = false }
            cpy(scalars(weekdayAbbrevs[((tm.wday % 7) + 13) % 7]))
        case "A":
            if modifier != nil { badFormat(); break }
            if changeCase { toUpper = true; toLower = false }
            cpy(scalars(weekdayNames[((tm.wday % 7) + 13) % 7]))
        case "b", "h":
            if changeCase { toUpper = true; toLower = false }
            if modifier == "E" { badFormat(); break }
            cpy(scalars(monthAbbrevs[((tm.mon % 12) + 12) % 12]))
        case "B":
            if modifier == "E" { badFormat(); break }
            if changeCase { toUpper = true; toLower = false }
            cpy(scalars(monthNames[((tm.mon % 12) + 12) % 12]))
        case "c":
            if modifier == "O" { badFormat(); break }
            subformat("%a %b %e %H:%M:%S %Y")
        case "C":
            let tmYear = tm.year - 1900
            var century = tmYear / 100 + 19
            if tmYear % 100 < 0 && 0 < century { century -= 1 }
            number(century, digits: 1)
        case "x":
            if modifier == "O" { badFormat(); break }
            subformat("%m/%d/%y")
        case "D":
            if modifier != nil { badFormat(); break }
            subformat("%m/%d/%y")
        case "d":
            if modifier == "E" { badFormat(); break }
            number(tm.mday, digits: 2)
        case "e":
            if modifier == "E" { badFormat(); break }
            number(tm.mday, digits: 2, spacePad: true)
        case "F":
            if modifier != nil { badFormat(); break }
            subformat("%Y-%m-%d")
        case "H":
            if modifier == "E" { badFormat(); break }
            number(tm.hour, digits: 2)
        case "I":
            if modifier == "E" { badFormat(); break }
            number(hour12(tm.hour), digits: 2)
        case "k":
            if modifier == "E" { badFormat(); break }
            number(tm.hour, digits: 2, spacePad: true)
        case "l":
            if modifier == "E" { badFormat(); break }
            number(hour12(tm.hour), digits: 2, spacePad: true)
        case "j":
            if modifier == "E" { badFormat(); break }
            number(tm.yday + 1, digits: 3)
        case "M":
            if modifier == "E" { badFormat(); break }
            number(tm.min, digits: 2)
        case "m":
            if modifier == "E" { badFormat(); break }
            number(tm.mon + 1, digits: 2)
        case "n":
            add(["\n"])
        case "t":
            add(["\t"])
        case "P", "p":
            if formatChar == "P" { toLower = true }
            if changeCase { toUpper = false; toLower = true }
            cpy(scalars(tm.hour > 11 ? "PM" : "AM"))
        case "R":
            subformat("%H:%M")
        case "r":
            subformat("%I:%M:%S %p")
        case "S":
            if modifier == "E" { badFormat(); break }
            number(tm.sec, digits: 2)
        case "s":
            // mktime() in the (UTC) local zone.
            let days = CivilCalendar.daysFromCivil(year: tm.year, month: 1, day: 1)
            let monthDays = monthOffsetDays(year: tm.year, mon: tm.mon)
            var secs = (days + monthDays + tm.mday - 1) * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec
            // glibc mktime in a zone without DST: tm_isdst > 0 shifts by an hour.
            if tm.isdst > 0 { secs -= 3600 }
            // glibc jumps straight to sign-and-padding here: no default '0'
            // pad, so the width fills with spaces unless the 0 flag is given.
            add(scalars(String(secs)))
        case "X":
            if modifier == "O" { badFormat(); break }
            subformat("%H:%M:%S")
        case "T":
            subformat("%H:%M:%S")
        case "u":
            number((tm.wday - 1 + 7) % 7 + 1, digits: 1)
        case "U":
            if modifier == "E" { badFormat(); break }
            number((tm.yday - tm.wday + 7) / 7, digits: 2)
        case "V", "g", "G":
            if modifier == "E" { badFormat(); break }
            let iso = isoWeekFields(year: tm.year, yday0: tm.yday, wdaySun0: tm.wday)
            switch formatChar {
            case "g": number((iso.year % 100 + 100) % 100, digits: 2)
            case "G": number(iso.year, digits: 1)
            default: number(iso.days / 7 + 1, digits: 2)
            }
        case "W":
            if modifier == "E" { badFormat(); break }
            number((tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, digits: 2)
        case "w":
            if modifier == "E" { badFormat(); break }
            number(tm.wday, digits: 1)
        case "Y":
            if modifier == "O" { badFormat(); break }
            number(tm.year, digits: 1)
        case "y":
            let tmYear = tm.year - 1900
            var yy = tmYear % 100
            if yy < 0 { yy = tmYear < -1900 ? -yy : yy + 100 }
            number(yy, digits: 2)
        case "Z":
            if changeCase { toUpper = false; toLower = true }
            cpy(tm.zone)
        case "z":
            if tm.isdst < 0 { break }
            var diff = tm.gmtoff
            if diff < 0 {
                add(["-"])
                diff = -diff
            } else {
                add(["+"])
            }
            diff /= 60
            number((diff / 60) * 100 + diff % 60, digits: 4)
        default:
            badFormat()
        }
    }
    return overflowed ? nil : out
}

@inline(__always) private func hour12(_ h: Int) -> Int {
    let r = h % 12
    return r == 0 ? 12 : r
}

/// Days from January 1st to the first of month `mon` (0-based; normalized
/// like mktime for out-of-range months).
private func monthOffsetDays(year: Int, mon: Int) -> Int {
    let y = year + CivilCalendar.floorDiv(mon, 12)
    let m = CivilCalendar.floorMod(mon, 12) + 1
    return CivilCalendar.daysFromCivil(year: y, month: m, day: 1)
        - CivilCalendar.daysFromCivil(year: year, month: 1, day: 1)
}
