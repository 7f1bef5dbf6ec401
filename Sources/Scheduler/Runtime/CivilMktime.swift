// CivilMktime.swift
//
// `time.mktime` on a UTC machine: glibc normalizes out-of-range fields by carrying into the next
// larger one (month 14 is February of the next year, day 0 the last day of the month before), so
// the result is linear in every field once the month is folded into the year.

extension CivilCalendar {
    /// Seconds since the epoch of the (possibly out-of-range) UTC fields.
    public static func timegm(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int {
        let firstOfMonth = daysFromCivil(year: year + floorDiv(month - 1, 12), month: floorMod(month - 1, 12) + 1, day: 1)
        return (firstOfMonth + day - 1) * 86_400 + hour * 3600 + minute * 60 + second
    }
}
