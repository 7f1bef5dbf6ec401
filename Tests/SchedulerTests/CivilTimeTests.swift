// CivilTimeTests.swift
// Expected values were produced with CPython 3.11.7 on Linux (glibc 2.36,
// C.UTF-8, TZ=UTC); the generating Python is given beside each value.

import Testing
@testable import Scheduler

private func dt(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0, _ us: Int = 0) -> CivilDateTime {
    CivilDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: us)
}

/// Every directive on four dates: [(format, expected)] per date.
/// Produced by: d = datetime(...); [(f, d.strftime(f)) for f in "%Y %m %d %H %M %S %f %y %j %a %A %b %B %p %I %w %U %W %c %x %X %Z %z %% %e %k %l %P %u %V %G %g %C %D %F %T %R %r %h %n %t %s".split()]
private let strftimeDirectiveCases: [(fields: [Int], expected: [(String, String)])] = [
    // datetime(2015, 11, 13, 14, 5, 9, 500)
    (fields: [2015, 11, 13, 14, 5, 9, 500], expected: [
        ("%Y", "2015"), ("%m", "11"), ("%d", "13"), ("%H", "14"), ("%M", "05"),
        ("%S", "09"), ("%f", "000500"), ("%y", "15"), ("%j", "317"), ("%a", "Fri"),
        ("%A", "Friday"), ("%b", "Nov"), ("%B", "November"), ("%p", "PM"), ("%I", "02"),
        ("%w", "5"), ("%U", "45"), ("%W", "45"), ("%c", "Fri Nov 13 14:05:09 2015"), ("%x", "11/13/15"),
        ("%X", "14:05:09"), ("%Z", ""), ("%z", ""), ("%%", "%"), ("%e", "13"),
        ("%k", "14"), ("%l", " 2"), ("%P", "pm"), ("%u", "5"), ("%V", "46"),
        ("%G", "2015"), ("%g", "15"), ("%C", "20"), ("%D", "11/13/15"), ("%F", "2015-11-13"),
        ("%T", "14:05:09"), ("%R", "14:05"), ("%r", "02:05:09 PM"), ("%h", "Nov"), ("%n", "\n"),
        ("%t", "\t"), ("%s", "1447423509"),
    ]),
    // datetime(2024, 1, 1, 0, 0, 0)
    (fields: [2024, 1, 1, 0, 0, 0, 0], expected: [
        ("%Y", "2024"), ("%m", "01"), ("%d", "01"), ("%H", "00"), ("%M", "00"),
        ("%S", "00"), ("%f", "000000"), ("%y", "24"), ("%j", "001"), ("%a", "Mon"),
        ("%A", "Monday"), ("%b", "Jan"), ("%B", "January"), ("%p", "AM"), ("%I", "12"),
        ("%w", "1"), ("%U", "00"), ("%W", "01"), ("%c", "Mon Jan  1 00:00:00 2024"), ("%x", "01/01/24"),
        ("%X", "00:00:00"), ("%Z", ""), ("%z", ""), ("%%", "%"), ("%e", " 1"),
        ("%k", " 0"), ("%l", "12"), ("%P", "am"), ("%u", "1"), ("%V", "01"),
        ("%G", "2024"), ("%g", "24"), ("%C", "20"), ("%D", "01/01/24"), ("%F", "2024-01-01"),
        ("%T", "00:00:00"), ("%R", "00:00"), ("%r", "12:00:00 AM"), ("%h", "Jan"), ("%n", "\n"),
        ("%t", "\t"), ("%s", "1704067200"),
    ]),
    // datetime(2000, 12, 31, 23, 59, 59, 999999)
    (fields: [2000, 12, 31, 23, 59, 59, 999999], expected: [
        ("%Y", "2000"), ("%m", "12"), ("%d", "31"), ("%H", "23"), ("%M", "59"),
        ("%S", "59"), ("%f", "999999"), ("%y", "00"), ("%j", "366"), ("%a", "Sun"),
        ("%A", "Sunday"), ("%b", "Dec"), ("%B", "December"), ("%p", "PM"), ("%I", "11"),
        ("%w", "0"), ("%U", "53"), ("%W", "52"), ("%c", "Sun Dec 31 23:59:59 2000"), ("%x", "12/31/00"),
        ("%X", "23:59:59"), ("%Z", ""), ("%z", ""), ("%%", "%"), ("%e", "31"),
        ("%k", "23"), ("%l", "11"), ("%P", "pm"), ("%u", "7"), ("%V", "52"),
        ("%G", "2000"), ("%g", "00"), ("%C", "20"), ("%D", "12/31/00"), ("%F", "2000-12-31"),
        ("%T", "23:59:59"), ("%R", "23:59"), ("%r", "11:59:59 PM"), ("%h", "Dec"), ("%n", "\n"),
        ("%t", "\t"), ("%s", "978307199"),
    ]),
    // datetime(5, 1, 1, 12, 0, 0)
    (fields: [5, 1, 1, 12, 0, 0, 0], expected: [
        ("%Y", "5"), ("%m", "01"), ("%d", "01"), ("%H", "12"), ("%M", "00"),
        ("%S", "00"), ("%f", "000000"), ("%y", "05"), ("%j", "001"), ("%a", "Sat"),
        ("%A", "Saturday"), ("%b", "Jan"), ("%B", "January"), ("%p", "PM"), ("%I", "12"),
        ("%w", "6"), ("%U", "00"), ("%W", "00"), ("%c", "Sat Jan  1 12:00:00 5"), ("%x", "01/01/05"),
        ("%X", "12:00:00"), ("%Z", ""), ("%z", ""), ("%%", "%"), ("%e", " 1"),
        ("%k", "12"), ("%l", "12"), ("%P", "pm"), ("%u", "6"), ("%V", "53"),
        ("%G", "4"), ("%g", "04"), ("%C", "0"), ("%D", "01/01/05"), ("%F", "5-01-01"),
        ("%T", "12:00:00"), ("%R", "12:00"), ("%r", "12:00:00 PM"), ("%h", "Jan"), ("%n", "\n"),
        ("%t", "\t"), ("%s", "-62009323200"),
    ]),
]

/// glibc/CPython quirks: flags, widths, modifiers, invalid directives.
/// Produced by: datetime(2015, 11, 13, 14, 5, 9, 500).strftime(f)
private let strftimeQuirkCases: [(String, String)] = [
    ("%q", "%q"),
    ("%Ez", ""),
    ("%Ey", "15"),
    ("%Oy", "15"),
    ("%OY", "%OY"),
    ("%Oc", "%Oc"),
    ("%Ej", "%Ej"),
    ("%-d", "13"),
    ("%_d", "13"),
    ("%5Y", "02015"),
    ("%_6Y", "  2015"),
    ("%^a", "FRI"),
    ("%#b", "NOV"),
    ("%#A", "FRIDAY"),
    ("%^P", "pm"),
    ("%#p", "pm"),
    ("%#Z", ""),
    ("%10A", "    Friday"),
    ("%010A", "0000Friday"),
    ("%-10A", "    Friday"),
    ("%-5z", ""),
    ("%:z", "%:z"),
    ("%+Y", "%+Y"),
    ("%", "%"),
    ("abc%", "abc%"),
    ("%5", "   %5"),
    ("%_", "%_"),
    ("%3%", "  %"),
    ("%E", "%E"),
    ("%-f", "%-f"),
    ("%%f", "%f"),
    ("%Ef", "%Ef"),
    ("%5f", "  %5f"),
    ("%^q", "%^Q"),
    ("%#q", "%#q"),
    ("%05q", "0%05q"),
    ("%^é", "%^É"),
    ("日本 %A", "日本 Friday"),
    ("%-j", "317"),
    ("%-H", "14"),
    ("%_H", "14"),
    ("%05e", "00013"),
    ("%-e", "13"),
    ("%_3y", " 15"),
    ("%3C", "020"),
    ("%012R", "000000014:05"),
    ("%-12R", "       14:05"),
    ("%^c", "FRI NOV 13 14:05:09 2015"),
    ("%^r", "02:05:09 PM"),
    ("%12F", "  2015-11-13"),
    ("%5Ed", " %5Ed"),
    ("%E5d", "%E5d"),
    ("%EEd", "%EEd"),
    ("%10n", "         \n"),
    ("%#s", "1447423509"),
    ("%15s", "     1447423509"),
    ("%015s", "000001447423509"),
]

@Suite struct CivilTimeTests {

    // MARK: timedelta(seconds=x) rounding

    @Test("timedelta(seconds=x) rounds like CPython")
    func timedeltaRounding() throws {
        // (x, days, seconds, microseconds, str): t = timedelta(seconds=x); t.days, t.seconds, t.microseconds, str(t)
        let cases: [(Double, Int, Int, Int, String)] = [
            (0.5e-6, 0, 0, 0, "0:00:00"),                      // timedelta(seconds=0.5e-6) -> half to even: 0
            (1.5e-6, 0, 0, 2, "0:00:00.000002"),               // timedelta(seconds=1.5e-6)
            (2.5e-6, 0, 0, 2, "0:00:00.000002"),               // timedelta(seconds=2.5e-6)
            (3.5e-6, 0, 0, 4, "0:00:00.000004"),               // timedelta(seconds=3.5e-6)
            (-0.5e-6, 0, 0, 0, "0:00:00"),                     // timedelta(seconds=-0.5e-6)
            (-1.5e-6, -1, 86399, 999998, "-1 day, 23:59:59.999998"),   // timedelta(seconds=-1.5e-6)
            (-2.5e-6, -1, 86399, 999998, "-1 day, 23:59:59.999998"),   // timedelta(seconds=-2.5e-6)
            (0.1 + 0.2, 0, 0, 300000, "0:00:00.300000"),       // timedelta(seconds=0.1+0.2)
            (1e-7 * 3, 0, 0, 0, "0:00:00"),                    // timedelta(seconds=1e-7*3)
            (1.0000005, 0, 1, 1, "0:00:01.000001"),            // timedelta(seconds=1.0000005)
            (4.9999995e-6, 0, 0, 5, "0:00:00.000005"),         // timedelta(seconds=4.9999995e-6)
            (-1.0 / 3.0, -1, 86399, 666667, "-1 day, 23:59:59.666667"), // timedelta(seconds=-1/3)
            (1234567.0000005, 14, 24967, 0, "14 days, 6:56:07"),        // timedelta(seconds=1234567.0000005)
            (1e10 + 0.5e-6, 115740, 64000, 0, "115740 days, 17:46:40"), // timedelta(seconds=1e10+0.5e-6)
            (123456789.123456789, 1428, 77589, 123457, "1428 days, 21:33:09.123457"), // timedelta(seconds=123456789.123456789)
            (86399999999999.99, 999999999, 86399, 984375, "999999999 days, 23:59:59.984375"), // timedelta(seconds=86399999999999.99)
            (-86400 * 999999999.0, -999999999, 0, 0, "-999999999 days, 0:00:00"), // timedelta(seconds=-86400*999999999.0)
            (9.3e12, 107638888, 76800, 0, "107638888 days, 21:20:00"),  // timedelta(seconds=9.3e12)
            // Exact binary ties (1e6 * 2**-7 == 7812.5): half to even on the running total.
            (0.0078125, 0, 0, 7812, "0:00:00.007812"),                  // timedelta(seconds=0.0078125)
            (0.0234375, 0, 0, 23438, "0:00:00.023438"),                 // timedelta(seconds=0.0234375)
            (0.0390625, 0, 0, 39062, "0:00:00.039062"),                 // timedelta(seconds=0.0390625)
            (-0.0078125, -1, 86399, 992188, "-1 day, 23:59:59.992188"), // timedelta(seconds=-0.0078125)
            (-0.0234375, -1, 86399, 976562, "-1 day, 23:59:59.976562"), // timedelta(seconds=-0.0234375)
            (1.0078125, 0, 1, 7812, "0:00:01.007812"),                  // timedelta(seconds=1.0078125)
        ]
        for (x, days, secs, us, str) in cases {
            let td = try PyTimedelta.fromSeconds(x)
            #expect(td.days == days, "x=\(x)")
            #expect(td.seconds == secs, "x=\(x)")
            #expect(td.microseconds == us, "x=\(x)")
            #expect(td.description == str, "x=\(x)")
        }
    }

    @Test("timedelta(seconds=x) errors")
    func timedeltaErrors() {
        // timedelta(seconds=86400*1e9) -> OverflowError: days=1000000000; must have magnitude <= 999999999
        #expect(throws: PyTimeError.overflow("days=1000000000; must have magnitude <= 999999999")) {
            try PyTimedelta.fromSeconds(86400 * 1e9)
        }
        // timedelta(seconds=-86400*1e9)
        #expect(throws: PyTimeError.overflow("days=-1000000000; must have magnitude <= 999999999")) {
            try PyTimedelta.fromSeconds(-86400 * 1e9)
        }
        // timedelta(seconds=86400*2.0**31) -> OverflowError: Python int too large to convert to C int
        #expect(throws: PyTimeError.overflow("Python int too large to convert to C int")) {
            try PyTimedelta.fromSeconds(86400 * 2147483648.0)
        }
        // timedelta(seconds=1e20)
        #expect(throws: PyTimeError.overflow("Python int too large to convert to C int")) {
            try PyTimedelta.fromSeconds(1e20)
        }
        // timedelta(seconds=float('inf'))
        #expect(throws: PyTimeError.overflow("cannot convert float infinity to integer")) {
            try PyTimedelta.fromSeconds(.infinity)
        }
        // timedelta(seconds=float('nan'))
        #expect(throws: PyTimeError.value("cannot convert float NaN to integer")) {
            try PyTimedelta.fromSeconds(.nan)
        }
    }

    // MARK: timedelta strings

    @Test("str/repr/total_seconds of timedelta(microseconds=us)")
    func timedeltaStrings() {
        // (us, str, repr, total_seconds): t = timedelta(microseconds=us); str(t), repr(t), t.total_seconds()
        let cases: [(Int64, String, String, Double)] = [
            (3_000_000, "0:00:03", "datetime.timedelta(seconds=3)", 3.0),
            (86_400_000_000, "1 day, 0:00:00", "datetime.timedelta(days=1)", 86400.0),
            (-500_000, "-1 day, 23:59:59.500000", "datetime.timedelta(days=-1, seconds=86399, microseconds=500000)", -0.5),
            (0, "0:00:00", "datetime.timedelta(0)", 0.0),
            (172_800_000_001, "2 days, 0:00:00.000001", "datetime.timedelta(days=2, microseconds=1)", 172800.000001),
            (-86_400_000_000, "-1 day, 0:00:00", "datetime.timedelta(days=-1)", -86400.0),
            (-86_400_000_001, "-2 days, 23:59:59.999999", "datetime.timedelta(days=-2, seconds=86399, microseconds=999999)", -86400.000001),
            (90_000_000_001, "1 day, 1:00:00.000001", "datetime.timedelta(days=1, seconds=3600, microseconds=1)", 90000.000001),
            (-1, "-1 day, 23:59:59.999999", "datetime.timedelta(days=-1, seconds=86399, microseconds=999999)", -1e-06),
        ]
        for (us, str, repr, total) in cases {
            #expect(timedeltaDescription(microseconds: us) == str)
            #expect(PyTimedelta(totalMicroseconds: us).repr == repr)
            #expect(timedeltaTotalSeconds(microseconds: us) == total)
            #expect(PyTimedelta(totalMicroseconds: us).totalMicroseconds == us)
        }
        // timedelta(seconds=86399999999999.99).total_seconds() -> 86399999999999.98 (correctly rounded int division)
        #expect((try? PyTimedelta.fromSeconds(86399999999999.99))?.totalSeconds == 86399999999999.98)
        // timedelta(seconds=-86400*999999999.0).total_seconds()
        #expect((try? PyTimedelta.fromSeconds(-86400 * 999999999.0))?.totalSeconds == -86399999913600.0)
    }

    // MARK: datetime + timedelta(seconds=x)

    @Test("start + timedelta(seconds=x): str, isoformat, repr")
    func addingSeconds() {
        let start = dt(2015, 11, 13, 10)
        // (x, str, isoformat, repr): d = datetime(2015,11,13,10) + timedelta(seconds=x); str(d), d.isoformat(), repr(d)
        let cases: [(Double, String, String, String)] = [
            (3.5, "2015-11-13 10:00:03.500000", "2015-11-13T10:00:03.500000", "datetime.datetime(2015, 11, 13, 10, 0, 3, 500000)"),
            (0.1 + 0.2, "2015-11-13 10:00:00.300000", "2015-11-13T10:00:00.300000", "datetime.datetime(2015, 11, 13, 10, 0, 0, 300000)"),
            (1e-7 * 3, "2015-11-13 10:00:00", "2015-11-13T10:00:00", "datetime.datetime(2015, 11, 13, 10, 0)"),
            (2.5e-6, "2015-11-13 10:00:00.000002", "2015-11-13T10:00:00.000002", "datetime.datetime(2015, 11, 13, 10, 0, 0, 2)"),
            (-0.5, "2015-11-13 09:59:59.500000", "2015-11-13T09:59:59.500000", "datetime.datetime(2015, 11, 13, 9, 59, 59, 500000)"),
            (86400 * 365.25, "2016-11-12 16:00:00", "2016-11-12T16:00:00", "datetime.datetime(2016, 11, 12, 16, 0)"),
            (1e9, "2047-07-22 11:46:40", "2047-07-22T11:46:40", "datetime.datetime(2047, 7, 22, 11, 46, 40)"),
            (-1e10, "1698-12-23 16:13:20", "1698-12-23T16:13:20", "datetime.datetime(1698, 12, 23, 16, 13, 20)"),
        ]
        for (x, str, iso, repr) in cases {
            let d = start.adding(seconds: x)
            #expect(d.description == str)
            #expect(d.isoformat() == iso)
            #expect(d.repr == repr)
        }
        // datetime(2015,11,13,10,0,3).isoformat(' ') / timespec variants; datetime(2015,11,13,1,2,3,4).isoformat(timespec='milliseconds')
        #expect(dt(2015, 11, 13, 10, 0, 3).isoformat(sep: " ") == "2015-11-13 10:00:03")
        #expect(dt(2015, 11, 13, 1, 2, 3, 4).isoformat(timespec: .milliseconds) == "2015-11-13T01:02:03.000")
        #expect(dt(2015, 11, 13, 1, 2, 3).isoformat(timespec: .microseconds) == "2015-11-13T01:02:03.000000")
        #expect(dt(2015, 11, 13, 1, 2, 3, 4).isoformat(timespec: .minutes) == "2015-11-13T01:02")
        #expect(dt(5, 1, 1).description == "0005-01-01 00:00:00")   // str(datetime(5,1,1))
        #expect(dt(2015, 1, 1, 1, 2).repr == "datetime.datetime(2015, 1, 1, 1, 2)")
        #expect(dt(2015, 1, 1, 1, 2, 3).repr == "datetime.datetime(2015, 1, 1, 1, 2, 3)")
    }

    @Test("datetime + timedelta out of range")
    func addingOverflow() {
        // datetime(9999,12,31,23,59,59) + timedelta(seconds=1) -> OverflowError: date value out of range
        #expect(throws: PyTimeError.overflow("date value out of range")) {
            try dt(9999, 12, 31, 23, 59, 59).tryAdding(seconds: 1)
        }
        // datetime(1,1,1) + timedelta(seconds=-1e-6)
        #expect(throws: PyTimeError.overflow("date value out of range")) {
            try dt(1, 1, 1).tryAdding(seconds: -1e-6)
        }
        // datetime(2015,1,1) + timedelta(seconds=86400*1e9): the timedelta fails first
        #expect(throws: PyTimeError.overflow("days=1000000000; must have magnitude <= 999999999")) {
            try dt(2015, 1, 1).tryAdding(seconds: 86400 * 1e9)
        }
        // datetime(1,1,1) + timedelta(seconds=9.3e12): valid timedelta, date out of range
        #expect(throws: PyTimeError.overflow("date value out of range")) {
            try dt(1, 1, 1).tryAdding(seconds: 9.3e12)
        }
    }

    // MARK: leap years and weekday

    @Test("leap years")
    func leapYears() throws {
        #expect(CivilCalendar.isLeap(2000))
        #expect(!CivilCalendar.isLeap(1900))
        #expect(CivilCalendar.isLeap(2024))
        #expect(!CivilCalendar.isLeap(2023))
        // (datetime(y,m,d) + timedelta(days=1)), weekday()
        #expect(dt(2000, 2, 29).adding(seconds: 86400) == dt(2000, 3, 1))
        #expect(dt(2024, 2, 28).adding(seconds: 86400) == dt(2024, 2, 29))
        #expect(dt(2024, 2, 29).adding(seconds: 86400) == dt(2024, 3, 1))
        #expect(dt(1900, 2, 28).adding(seconds: 86400) == dt(1900, 3, 1))
        #expect(dt(2000, 2, 29).weekday == 1)   // datetime(2000,2,29).weekday()
        #expect(dt(2024, 2, 29).weekday == 3)   // datetime(2024,2,29).weekday()
        #expect(dt(1900, 2, 28).weekday == 2)   // datetime(1900,2,28).weekday()
        // datetime.fromisoformat('1900-02-29') -> ValueError: day is out of range for month
        #expect(CivilDateTime.parseISO("1900-02-29") == nil)
        #expect(throws: ISOFormatError.outOfRange("day is out of range for month")) {
            try CivilDateTime.parseISOFormat("1900-02-29")
        }
        #expect(CivilDateTime.parseISO("2000-02-29") == dt(2000, 2, 29))
        #expect(CivilDateTime.parseISO("2024-02-29") == dt(2024, 2, 29))
        #expect(CivilDateTime.parseISO("2023-02-29") == nil)
        #expect(throws: PyTimeError.value("day is out of range for month")) {
            try CivilDateTime.validated(year: 1900, month: 2, day: 29)
        }
        #expect(try CivilDateTime.validated(year: 2024, month: 2, day: 29) == dt(2024, 2, 29))
    }

    // MARK: epoch round trips

    @Test("epoch round trips")
    func epochRoundTrips() throws {
        // (d, us, ts, weekday, yday, ctime, asctime):
        //   us = (d - datetime(1970,1,1)) // timedelta(microseconds=1); d.replace(tzinfo=timezone.utc).timestamp();
        //   d.weekday(); d.timetuple().tm_yday; d.ctime(); time.asctime(d.timetuple())
        let cases: [(CivilDateTime, Int64, Double, Int, Int, String, String)] = [
            (dt(1970, 1, 1), 0, 0.0, 3, 1, "Thu Jan  1 00:00:00 1970", "Thu Jan  1 00:00:00 1970"),
            (dt(2015, 11, 13, 10, 0, 3, 500000), 1447408803500000, 1447408803.5, 4, 317,
             "Fri Nov 13 10:00:03 2015", "Fri Nov 13 10:00:03 2015"),
            (dt(2038, 1, 19, 3, 14, 8), 2147483648000000, 2147483648.0, 1, 19,
             "Tue Jan 19 03:14:08 2038", "Tue Jan 19 03:14:08 2038"),
            (dt(9999, 12, 31, 23, 59, 59, 999999), 253402300799999999, 253402300800.0, 4, 365,
             "Fri Dec 31 23:59:59 9999", "Fri Dec 31 23:59:59 9999"),
            (dt(1, 1, 1), -62135596800000000, -62135596800.0, 0, 1,
             "Mon Jan  1 00:00:00 0001", "Mon Jan  1 00:00:00 1"),
            (dt(1969, 12, 31, 23, 59, 59, 999999), -1, -1e-06, 2, 365,
             "Wed Dec 31 23:59:59 1969", "Wed Dec 31 23:59:59 1969"),
        ]
        for (d, us, ts, wd, yday, ctime, asctime) in cases {
            #expect(d.epochMicroseconds == us)
            #expect(CivilDateTime.fromEpochMicroseconds(us) == d)
            #expect(d.epochSeconds == ts)
            #expect(d.weekday == wd)
            #expect(d.yearDay == yday)
            #expect(d.ctime() == ctime)
            #expect(d.asctime() == asctime)
        }
        // datetime(2015,11,13).isocalendar(), datetime(1969,12,31).isocalendar()
        #expect(dt(2015, 11, 13).isoCalendar == (2015, 46, 5))
        #expect(dt(1969, 12, 31).isoCalendar == (1970, 1, 3))
        #expect(dt(2015, 11, 13).ordinal == 735915)   // datetime(2015,11,13).toordinal()
    }

    @Test("fromtimestamp and gmtime")
    func fromTimestamp() throws {
        // repr(datetime.fromtimestamp(t, timezone.utc).replace(tzinfo=None))
        let cases: [(Double, CivilDateTime)] = [
            (0.5e-6, dt(1970, 1, 1)),
            (1.5e-6, dt(1970, 1, 1, 0, 0, 0, 2)),
            (2.5e-6, dt(1970, 1, 1, 0, 0, 0, 2)),
            (-0.5e-6, dt(1970, 1, 1)),
            (-1.5e-6, dt(1969, 12, 31, 23, 59, 59, 999998)),
            (1447408803.5, dt(2015, 11, 13, 10, 0, 3, 500000)),
            (1000000000.9999995, dt(2001, 9, 9, 1, 46, 41)),
            (-1.0000005, dt(1969, 12, 31, 23, 59, 58, 999999)),
        ]
        for (t, d) in cases {
            #expect(try CivilDateTime.fromTimestamp(t) == d, "t=\(t)")
        }
        // datetime.fromtimestamp(1e12, timezone.utc) -> ValueError: year 33658 is out of range
        #expect(throws: PyTimeError.value("year 33658 is out of range")) {
            try CivilDateTime.fromTimestamp(1e12)
        }
        // tuple(time.gmtime(t))[:6]
        #expect(try CivilDateTime.fromEpochSecondsFloor(-1e-6) == dt(1969, 12, 31, 23, 59, 59))
        #expect(try CivilDateTime.fromEpochSecondsFloor(1700000000.99) == dt(2023, 11, 14, 22, 13, 20))
        #expect(try CivilDateTime.fromEpochSecondsFloor(1e12) == dt(33658, 9, 27, 1, 46, 40))
        // time.ctime(-63000000000.0) -> 'Sat Aug 11 08:00:00 -27'
        #expect(try CivilDateTime.fromEpochSecondsFloor(-63000000000.0).asctime() == "Sat Aug 11 08:00:00 -27")
        // time.gmtime(1e20) -> OverflowError: timestamp out of range for platform time_t
        #expect(throws: PyTimeError.overflow("timestamp out of range for platform time_t")) {
            try CivilDateTime.fromEpochSecondsFloor(1e20)
        }
        // time.gmtime(-5.961040560093066e18) -> OSError: [Errno 75] Value too large for defined data type
        #expect(throws: PyTimeError.osError(errno: 75, message: "Value too large for defined data type")) {
            try CivilDateTime.fromEpochSecondsFloor(-5.961040560093066e18)
        }
    }

    // MARK: strftime

    @Test("datetime.strftime: every directive")
    func strftimeDirectives() {
        for (fields, expected) in strftimeDirectiveCases {
            let d = dt(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6])
            for (format, want) in expected {
                #expect(d.strftime(format) == want, "\(d.repr).strftime(\(format))")
            }
        }
    }

    @Test("datetime.strftime: flags, widths, modifiers, invalid directives")
    func strftimeQuirks() {
        let d = dt(2015, 11, 13, 14, 5, 9, 500)
        for (format, want) in strftimeQuirkCases {
            #expect(d.strftime(format) == want, "strftime(\(format))")
        }
    }

    @Test("time.strftime on struct_time")
    func timeModuleStrftime() {
        // tt = time.struct_time((2015,11,13,14,5,9,4,317,0,"UTC",0)) -- what time.localtime() gives on a UTC machine
        let tt = dt(2015, 11, 13, 14, 5, 9).timeStruct()
        #expect(tt.strftime("%Z") == "UTC")                    // time.strftime('%Z', tt)
        #expect(tt.strftime("%z") == "+0000")                  // time.strftime('%z', tt)
        #expect(tt.strftime("%#Z") == "utc")                   // time.strftime('%#Z', tt)
        #expect(tt.strftime("%5z") == "    +00000")            // time.strftime('%5z', tt)
        #expect(tt.strftime("%f") == "%f")                     // time.strftime('%f', tt): no %f in the time module
        #expect(tt.strftime("%c %Z") == "Fri Nov 13 14:05:09 2015 UTC")
        #expect(tt.strftime("%s") == "1447423509")
        // time.strftime('%Z %z', time.struct_time((2015,11,13,14,5,9,4,317,0,"GMT",0)))  (time.gmtime)
        #expect(dt(2015, 11, 13, 14, 5, 9).timeStruct(zone: "GMT").strftime("%Z %z") == "GMT +0000")
        // time.strftime('%Z|%z|%s', (2015,11,13,14,5,9,4,317,1)): plain tuple, isdst=1 -> tzname[1], mktime shifts an hour
        let dst = TimeStruct(year: 2015, month: 11, day: 13, hour: 14, minute: 5, second: 9,
                             weekday: 4, yearDay: 317, isDST: 1)
        #expect(dst.strftime("%Z|%z|%s") == "UTC|+0000|1447419909")
        // time.strftime('%Z|%z', (2015,11,13,14,5,9,4,317,-1))
        let unknown = TimeStruct(year: 2015, month: 11, day: 13, hour: 14, minute: 5, second: 9,
                                 weekday: 4, yearDay: 317, isDST: -1)
        #expect(unknown.strftime("%Z|%z") == "|")
        // len(time.strftime('%2000d', tt)), len(time.strftime('%5000d', tt)), len(time.strftime('%3000d%3000d', tt))
        #expect(tt.strftime("%2000d").count == 2000)
        #expect(tt.strftime("%5000d") == "")
        #expect(tt.strftime("%3000d%3000d") == "")
        // time.strftime('%99999999999d', tt) -> '' (glibc gives up, CPython returns the empty string)
        #expect(tt.strftime("%99999999999d") == "")
        #expect(tt.strftime("") == "")
        // len(datetime(2015,11,13,14,5,9,500).strftime('%f'*300))
        #expect(dt(2015, 11, 13, 14, 5, 9, 500).strftime(String(repeating: "%f", count: 300)).count == 1800)
    }

    @Test("time.strftime argument checks")
    func strftimeArgumentChecks() throws {
        func ts(_ v: [Int]) -> TimeStruct {
            TimeStruct(year: v[0], month: v[1], day: v[2], hour: v[3], minute: v[4], second: v[5],
                       weekday: v[6], yearDay: v[7], isDST: v[8])
        }
        // time.strftime('%Y-%m-%d %H:%M:%S %a %j', (2015,0,0,0,0,0,0,0,0)) -> '2015-01-01 00:00:00 Mon 001'
        #expect(try ts([2015, 0, 0, 0, 0, 0, 0, 0, 0]).checkedForStrftime().strftime("%Y-%m-%d %H:%M:%S %a %j")
                == "2015-01-01 00:00:00 Mon 001")
        // time.strftime('%a', (2015,1,1,0,0,0,-1,1,0)) -> 'Sun'; weekday 9 -> 'Wed'
        #expect(try ts([2015, 1, 1, 0, 0, 0, -1, 1, 0]).checkedForStrftime().strftime("%a") == "Sun")
        #expect(try ts([2015, 1, 1, 0, 0, 0, 9, 1, 0]).checkedForStrftime().strftime("%a") == "Wed")
        // time.strftime('%S', (2015,1,1,0,0,61,0,1,0)) -> '61'
        #expect(try ts([2015, 1, 1, 0, 0, 61, 0, 1, 0]).checkedForStrftime().strftime("%S") == "61")
        // time.strftime('%Y', (-5,1,1,0,0,0,0,1,0)) -> '-5'
        #expect(try ts([-5, 1, 1, 0, 0, 0, 0, 1, 0]).checkedForStrftime().strftime("%Y") == "-5")
        // ValueError messages from time.strftime(fmt, t)
        let bad: [([Int], String)] = [
            ([2015, 13, 1, 0, 0, 0, 0, 1, 0], "month out of range"),
            ([2015, -1, 1, 0, 0, 0, 0, 1, 0], "month out of range"),
            ([2015, 1, 32, 0, 0, 0, 0, 1, 0], "day of month out of range"),
            ([2015, 1, 1, 24, 0, 0, 0, 1, 0], "hour out of range"),
            ([2015, 1, 1, 0, 60, 0, 0, 1, 0], "minute out of range"),
            ([2015, 1, 1, 0, 0, 62, 0, 1, 0], "seconds out of range"),
            ([2015, 1, 1, 0, 0, 0, -2, 1, 0], "day of week out of range"),
            ([2015, 1, 1, 0, 0, 0, 0, 367, 0], "day of year out of range"),
        ]
        for (v, message) in bad {
            #expect(throws: PyTimeError.value(message)) { try ts(v).checkedForStrftime() }
        }
    }

    // MARK: fromisoformat

    @Test("datetime.fromisoformat")
    func fromISOFormat() throws {
        // repr(datetime.fromisoformat(s))
        let good: [(String, CivilDateTime)] = [
            ("2015-11-13T10:00:03.5", dt(2015, 11, 13, 10, 0, 3, 500000)),
            ("2015-11-13 10:00:03", dt(2015, 11, 13, 10, 0, 3)),
            ("2015-11-13", dt(2015, 11, 13)),
            ("2015-11-13T10:00:03.123456", dt(2015, 11, 13, 10, 0, 3, 123456)),
            ("2015-11-13T10:00:03.1234567", dt(2015, 11, 13, 10, 0, 3, 123456)),
            ("2015-11-13T10:00:03,5", dt(2015, 11, 13, 10, 0, 3, 500000)),
            ("2015-11-13T10", dt(2015, 11, 13, 10)),
            ("2015-11-13T1000", dt(2015, 11, 13, 10)),
            ("20151113T100003", dt(2015, 11, 13, 10, 0, 3)),
            ("2015-11-13é10:00:03", dt(2015, 11, 13, 10, 0, 3)),
            ("2015-W46-5", dt(2015, 11, 13)),
            ("2015W465", dt(2015, 11, 13)),
            ("2015-W46", dt(2015, 11, 9)),
            ("0001-01-01", dt(1, 1, 1)),
            ("9999-12-31T23:59:59.999999", dt(9999, 12, 31, 23, 59, 59, 999999)),
        ]
        for (s, d) in good {
            #expect(CivilDateTime.parseISO(s) == d, "\(s)")
        }
        // datetime.fromisoformat(s) -> ValueError
        let bad: [(String, ISOFormatError)] = [
            ("2015-11-13T24:00:00", .outOfRange("hour must be in 0..23")),
            ("2015-13-01", .outOfRange("month must be in 1..12")),
            ("2015-00-10", .outOfRange("month must be in 1..12")),
            ("2015-11-31", .outOfRange("day is out of range for month")),
            ("2015-11-13T10:60:00", .outOfRange("minute must be in 0..59")),
            ("0000-01-01", .outOfRange("year 0 is out of range")),
            ("bogus", .invalidString),
            ("2015-317", .invalidString),
            (" 2015-11-13", .invalidString),
            ("2015-11-13 ", .invalidString),
            ("2015-1-13", .invalidString),
            ("2015-11-13T", .invalidString),
            ("2015-11-13T10:00:03.", .invalidString),
            ("2015-11-13T1:00", .invalidString),
            ("2015-11-13T10:0003", .invalidString),
            ("2015-11-13T10:00:03+24:00", .outOfRange("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).")),
        ]
        for (s, err) in bad {
            #expect(throws: err, "\(s)") { try CivilDateTime.parseISOFormat(s) }
            #expect(CivilDateTime.parseISO(s) == nil)
        }
        // datetime.fromisoformat('2015-11-13T10:00:03+01:00') is aware: parseISO refuses, the full parser reports the offset
        #expect(CivilDateTime.parseISO("2015-11-13T10:00:03+01:00") == nil)
        let aware = try CivilDateTime.parseISOFormat("2015-11-13T10:00:03-05:30")
        #expect(aware.dateTime == dt(2015, 11, 13, 10, 0, 3))
        #expect(aware.utcOffsetSeconds == -19800)
        #expect(try CivilDateTime.parseISOFormat("2015-11-13T10:00:03Z").utcOffsetSeconds == 0)
    }

    @Test("comparison")
    func ordering() {
        #expect(dt(2015, 11, 13, 10, 0, 3) < dt(2015, 11, 13, 10, 0, 3, 1))
        #expect(dt(2014, 12, 31, 23, 59, 59) < dt(2015, 1, 1))
        #expect(!(dt(2015, 1, 1) < dt(2015, 1, 1)))
        #expect(dt(2015, 11, 13, 10, 0, 3).subtracting(dt(2015, 11, 13, 10)).description == "0:00:03")
        #expect(dt(2015, 11, 13, 10).subtracting(dt(2015, 11, 13, 10, 0, 0, 500000)).description == "-1 day, 23:59:59.500000")
    }
}
