// StrptimeTests.swift
// Expected values come from CPython 3.11.7's `_strptime._strptime(data, format)` on Linux
// (C locale, TZ=UTC): the struct fields, the microseconds and the %z offset and fraction, or the
// ValueError message. The generating list is the table below, run through that function.

import Testing
@testable import Scheduler

private enum Expected {
    /// year, month, day, hour, minute, second, microsecond, weekday (Monday 0), yday; gmtoff; its fraction; tzname.
    case success([Int], Int?, Int, String?)
    case failure(String)
}

private let strptimeCases: [(String, String, Expected)] = [
    ("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S", .success([2024, 3, 5, 14, 7, 9, 0, 1, 65], nil, 0, nil)),
    ("05/03/24", "%d/%m/%y", .success([2024, 3, 5, 0, 0, 0, 0, 1, 65], nil, 0, nil)),
    ("05/03/69", "%d/%m/%y", .success([1969, 3, 5, 0, 0, 0, 0, 2, 64], nil, 0, nil)),
    ("05/03/68", "%d/%m/%y", .success([2068, 3, 5, 0, 0, 0, 0, 0, 65], nil, 0, nil)),
    ("Tue Mar  5 14:07:09 2024", "%c", .success([2024, 3, 5, 14, 7, 9, 0, 1, 65], nil, 0, nil)),
    ("03/05/24 10:00:00", "%x %X", .success([2024, 3, 5, 10, 0, 0, 0, 1, 65], nil, 0, nil)),
    ("tuesday MARCH 5 2024", "%A %B %d %Y", .success([2024, 3, 5, 0, 0, 0, 0, 1, 65], nil, 0, nil)),
    ("2:07 pm", "%I:%M %p", .success([1900, 1, 1, 14, 7, 0, 0, 0, 1], nil, 0, nil)),
    ("12:07 AM", "%I:%M %p", .success([1900, 1, 1, 0, 7, 0, 0, 0, 1], nil, 0, nil)),
    ("12:07 PM", "%I:%M %p", .success([1900, 1, 1, 12, 7, 0, 0, 0, 1], nil, 0, nil)),
    ("12:07", "%I:%M", .success([1900, 1, 1, 0, 7, 0, 0, 0, 1], nil, 0, nil)),
    ("2024-03-05T14:07:09.123Z", "%Y-%m-%dT%H:%M:%S.%f%z", .success([2024, 3, 5, 14, 7, 9, 123000, 1, 65], 0, 0, nil)),
    ("-0330", "%z", .success([1900, 1, 1, 0, 0, 0, 0, 0, 1], -12600, 0, nil)),
    ("+01:00:30.5", "%z", .success([1900, 1, 1, 0, 0, 0, 0, 0, 1], 3630, 500000, nil)),
    ("+013045", "%z", .success([1900, 1, 1, 0, 0, 0, 0, 0, 1], 5445, 0, nil)),
    ("+05:3030", "%z", .failure("Inconsistent use of : in +05:3030")),
    ("2024 065", "%Y %j", .success([2024, 3, 5, 0, 0, 0, 0, 1, 65], nil, 0, nil)),
    ("2024 366", "%Y %j", .success([2024, 12, 31, 0, 0, 0, 0, 1, 366], nil, 0, nil)),
    ("2023 366", "%Y %j", .success([2024, 1, 1, 0, 0, 0, 0, 0, 366], nil, 0, nil)),
    ("2024 10 1", "%Y %U %w", .success([2024, 3, 11, 0, 0, 0, 0, 0, 71], nil, 0, nil)),
    ("2024 10 1", "%Y %W %w", .success([2024, 3, 4, 0, 0, 0, 0, 0, 64], nil, 0, nil)),
    ("2024 0 3", "%Y %W %w", .success([2024, 1, 3, 0, 0, 0, 0, 2, 3], nil, 0, nil)),
    ("2023 0 0", "%Y %U %w", .success([2023, 1, 1, 0, 0, 0, 0, 6, 1], nil, 0, nil)),
    ("2024 01 1", "%G %V %u", .success([2024, 1, 1, 0, 0, 0, 0, 0, 1], nil, 0, nil)),
    ("2021 53 7", "%G %V %u", .success([2022, 1, 9, 0, 0, 0, 0, 6, 374], nil, 0, nil)),
    ("2024 01", "%G %V", .failure("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")),
    ("2024 01 1", "%Y %V %u", .failure("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.")),
    ("2024 1", "%G %j", .failure("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').")),
    ("100%", "%d%%", .failure("time data '100%' does not match format '%d%%'")),
    ("  5", "%d", .failure("time data '  5' does not match format '%d'")),
    (" 5", "%d", .success([1900, 1, 5, 0, 0, 0, 0, 4, 5], nil, 0, nil)),
    ("2024   5", "%Y %d", .success([2024, 1, 5, 0, 0, 0, 0, 4, 5], nil, 0, nil)),
    ("2024\t\n5", "%Y %d", .success([2024, 1, 5, 0, 0, 0, 0, 4, 5], nil, 0, nil)),
    ("20240305", "%Y%m%d", .success([2024, 3, 5, 0, 0, 0, 0, 1, 65], nil, 0, nil)),
    ("2024035", "%Y%m%d", .success([2024, 3, 5, 0, 0, 0, 0, 1, 65], nil, 0, nil)),
    ("2024315", "%Y%m%d", .success([2024, 3, 15, 0, 0, 0, 0, 4, 75], nil, 0, nil)),
    ("123", "%H%M", .success([1900, 1, 1, 12, 3, 0, 0, 0, 1], nil, 0, nil)),
    ("1:2:3", "%H:%M:%S", .success([1900, 1, 1, 1, 2, 3, 0, 0, 1], nil, 0, nil)),
    ("12:00:61", "%H:%M:%S", .success([1900, 1, 1, 12, 0, 61, 0, 0, 1], nil, 0, nil)),
    ("12:00:60", "%H:%M:%S", .success([1900, 1, 1, 12, 0, 60, 0, 0, 1], nil, 0, nil)),
    ("", "", .success([1900, 1, 1, 0, 0, 0, 0, 0, 1], nil, 0, nil)),
    ("x", "", .failure("unconverted data remains: x")),
    ("Mar 5 2024 GMT", "%b %d %Y %Z", .success([2024, 3, 5, 0, 0, 0, 0, 1, 65], nil, 0, "GMT")),
    ("Mar 5 2024 EST", "%b %d %Y %Z", .failure("time data 'Mar 5 2024 EST' does not match format '%b %d %Y %Z'")),
    ("5", "%e", .failure("'e' is a bad directive in format '%e'")),
    ("5", "%d %", .failure("stray % in format '%d %'")),
    ("5", "%.", .failure("'%' is a bad directive in format '%.'")),
    ("5", "% d", .failure("'%' is a bad directive in format '% d'")),
    ("0000-01-01", "%Y-%m-%d", .failure("year 0 is out of range")),
    ("1.1234567", "%S.%f", .failure("unconverted data remains: 7")),
    ("1.12", "%S.%f", .success([1900, 1, 1, 0, 0, 1, 120000, 0, 1], nil, 0, nil)),
    ("Feb 29", "%b %d", .success([1900, 2, 29, 0, 0, 0, 0, 0, 60], nil, 0, nil)),
    ("2024-02-30", "%Y-%m-%d", .failure("day is out of range for month")),
    ("2024-13-05", "%Y-%m-%d", .failure("time data '2024-13-05' does not match format '%Y-%m-%d'")),
    ("2024-12-05x", "%Y-%m-%d", .failure("unconverted data remains: x")),
    ("t12", "T%H", .success([1900, 1, 1, 12, 0, 0, 0, 0, 1], nil, 0, nil)),
    ("Monday", "%A", .success([1900, 1, 1, 0, 0, 0, 0, 0, 1], nil, 0, nil)),
    ("mon 1 2024 01", "%a %w %Y %W", .success([2024, 1, 1, 0, 0, 0, 0, 0, 1], nil, 0, nil)),
    ("4", "%u", .success([1900, 1, 1, 0, 0, 0, 0, 3, 1], nil, 0, nil)),
    ("sept 1", "%b %d", .failure("time data 'sept 1' does not match format '%b %d'")),
    ("September 1", "%B %d", .success([1900, 9, 1, 0, 0, 0, 0, 5, 244], nil, 0, nil)),
    ("Sep 1", "%B %d", .failure("time data 'Sep 1' does not match format '%B %d'")),
    ("2024-03-05 (it's)", "%Y-%m-%d (it's)", .success([2024, 3, 5, 0, 0, 0, 0, 1, 65], nil, 0, nil)),
    ("1999 12 31 23 59 59 999999", "%Y %m %d %H %M %S %f", .success([1999, 12, 31, 23, 59, 59, 999999, 4, 365], nil, 0, nil)),
    ("3 1", "%m %I", .success([1900, 3, 1, 1, 0, 0, 0, 3, 60], nil, 0, nil)),
]

@Suite struct StrptimeTests {
    @Test("strptime matches CPython's _strptime", arguments: strptimeCases.indices)
    func matchesCPython(_ i: Int) {
        let (data, format, expected) = strptimeCases[i]
        do {
            let r = try Strptime.parse(data, format)
            guard case .success(let f, let off, let frac, let zone) = expected else {
                Issue.record("\(data) / \(format) parsed, CPython raised: \(expected)")
                return
            }
            #expect([r.year, r.month, r.day, r.hour, r.minute, r.second, r.microsecond, r.weekday, r.yearDay] == f)
            #expect(r.gmtoff == off)
            #expect(r.gmtoffFraction == frac)
            #expect(r.tzname == zone)
        } catch {
            guard case .failure(let message) = expected else {
                Issue.record("\(data) / \(format) raised \(error), CPython parsed it")
                return
            }
            #expect(error == .value(message))
        }
    }

    @Test("ISO date and time halves")
    func isoHalves() throws {
        #expect(try CivilDateTime.parseISODateOnly("2024-03-05") == (2024, 3, 5))
        #expect(try CivilDateTime.parseISODateOnly("20240305") == (2024, 3, 5))
        #expect(try CivilDateTime.parseISODateOnly("2024-W10-2") == (2024, 3, 5))
        #expect(try CivilDateTime.parseISODateOnly("2024-13-05") == (2024, 13, 5))  // the constructor rejects it
        #expect(throws: ISOFormatError.invalidString) { try CivilDateTime.parseISODateOnly("2024-3-5") }
        #expect(throws: ISOFormatError.invalidString) { try CivilDateTime.parseISODateOnly("2024-03-05T00") }
        let t = try CivilDateTime.parseISOTimeOnly("T14:07:09.5-03:30")
        #expect(t.hour == 14 && t.minute == 7 && t.second == 9 && t.microsecond == 500_000)
        #expect(t.offset == -12_600 && t.offsetMicroseconds == 0)
        let z = try CivilDateTime.parseISOTimeOnly("0102Z")
        #expect(z.hour == 1 && z.minute == 2 && z.offset == 0)
        #expect(try CivilDateTime.parseISOTimeOnly("14").offset == nil)
        #expect(throws: ISOFormatError.invalidString) { try CivilDateTime.parseISOTimeOnly("") }
        #expect(throws: ISOFormatError.invalidString) { try CivilDateTime.parseISOTimeOnly("noon") }
    }
}

/// `time.mktime` on a UTC machine; expected values from CPython 3.11.7 with TZ=UTC:
/// `int(time.mktime(fields + (0, 0, 0)))`.
@Suite struct CivilMktimeTests {
    @Test("timegm normalizes out-of-range fields as glibc's mktime")
    func normalizes() {
        let cases: [([Int], Int)] = [
            ([2024, 14, 1, 0, 0, 0], 1_738_368_000), ([2024, 1, 0, 0, 0, 0], 1_703_980_800),
            ([2024, 0, 1, 0, 0, 0], 1_701_388_800), ([2024, 3, 1, -1, 0, 0], 1_709_247_600),
            ([1969, 12, 31, 23, 59, 59], -1), ([2024, 2, 30, 25, 61, 61], 1_709_344_921),
            ([1, 1, 1, 0, 0, 0], -62_135_596_800),
        ]
        for (f, expected) in cases {
            #expect(CivilCalendar.timegm(year: f[0], month: f[1], day: f[2], hour: f[3], minute: f[4], second: f[5]) == expected)
        }
    }
}
