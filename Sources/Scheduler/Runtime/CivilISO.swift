// CivilISO.swift
//
// `date.fromisoformat` and `time.fromisoformat` of CPython 3.11: the date
// and the time halves of the `datetime.fromisoformat` parser (CivilTime.swift)
// on their own, with the length rule and the leading 'T' CPython allows.

extension CivilDateTime {
    /// `date.fromisoformat(s)`'s (year, month, day), unchecked (the date
    /// constructor reports out-of-range fields).
    public static func parseISODateOnly(_ s: String) throws(ISOFormatError) -> (year: Int, month: Int, day: Int) {
        var bytes = Array(s.utf8)
        let len = bytes.count
        guard len == 7 || len == 8 || len == 10 else { throw .invalidString }
        bytes.append(0)
        var ymd = (0, 0, 0)
        if parseISODate(bytes, 0, len, &ymd) < 0 { throw .invalidString }
        return ymd
    }

    /// `time.fromisoformat(s)`: hour, minute, second, microsecond and the
    /// offset (seconds, nil without one; signed microseconds).
    public static func parseISOTimeOnly(_ s: String) throws(ISOFormatError)
        -> (hour: Int, minute: Int, second: Int, microsecond: Int, offset: Int?, offsetMicroseconds: Int) {
        var bytes = Array(s.utf8)
        var start = 0
        if bytes.first == 84 { start = 1 }  // 'T'
        let len = bytes.count
        bytes.append(0)
        guard len > start else { throw .invalidString }
        var hms = (0, 0, 0, 0)
        var off = 0, offUS = 0
        let rv = parseISOTime(bytes, start, len, &hms, &off, &offUS)
        if rv < 0 { throw .invalidString }
        if rv == 1 && off == 0 { offUS = 0 }
        return (hms.0, hms.1, hms.2, hms.3, rv == 1 ? off : nil, rv == 1 ? offUS : 0)
    }
}
