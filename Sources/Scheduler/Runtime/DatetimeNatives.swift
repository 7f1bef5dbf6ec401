/// What the `datetime` and `time` modules' Python source (DatetimeSource.swift, TimeSource.swift)
/// calls in Swift: the virtual clock, the calendar math and the parsers of CivilTime.swift,
/// CivilISO.swift and Strptime.swift, and glibc's strftime. Fields travel as int tuples.

extension VM {
    func fieldsTuple(_ t: CivilDateTime) -> Value {
        makeTuple([t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond].map { .int($0) })
    }

    private func intArg(_ v: Value) throws(PyRaise) -> Int {
        guard v.tag == .int || v.tag == .bool else {
            if v.tag == .object, heap[v.objectIndex] is BigIntObject {
                throw error(.OverflowError, "Python int too large to convert to C int")
            }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        return Int(v.intValue)
    }

    /// A timestamp as CPython's `datetime.fromtimestamp` reads it (naive UTC fields).
    func timestampFields(_ v: Value) throws(PyRaise) -> CivilDateTime {
        let t: CivilDateTime
        if v.tag == .int || v.tag == .bool {
            t = try civil { () throws(PyTimeError) in try CivilDateTime.fromEpochSeconds(v.intValue) }
            if t.year < 1 || t.year > 9999 { throw valueError("year \(t.year) is out of range") }
        } else if v.tag == .float {
            t = try civil { () throws(PyTimeError) in try CivilDateTime.fromTimestamp(v.floatValue) }
        } else if v.tag == .object, heap[v.objectIndex] is BigIntObject {
            throw error(.OverflowError, "timestamp out of range for platform time_t")
        } else {
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        return t
    }

    private func isoError(_ e: ISOFormatError, _ s: String) -> PyRaise {
        switch e {
        case .invalidString: return valueError("Invalid isoformat string: \(VM.quote(s))")
        case .outOfRange(let m): return valueError(m)
        }
    }

    func datetimeNative(_ name: String) -> Value? {
        switch name {
        case "_now_fields":
            return function(name) { vm, _ throws(PyRaise) in
                vm.fieldsTuple(try vm.civil { () throws(PyTimeError) in try vm.clock.start.tryAdding(seconds: vm.clock.now) })
            }
        case "_timestamp_fields":
            return function(name) { vm, a throws(PyRaise) in vm.fieldsTuple(try vm.timestampFields(a[0])) }
        case "_strftime":
            // (format, year, month, day, hour, minute, second, wday, yday, isdst): a timetuple without a zone.
            return function(name) { vm, a throws(PyRaise) in
                var f: [Int] = []
                for i in 1..<10 { f.append(try vm.intArg(a[i])) }
                let tm = TimeStruct(year: f[0], month: f[1], day: f[2], hour: f[3], minute: f[4], second: f[5],
                                    weekday: f[6], yearDay: f[7], isDST: f[8])
                return vm.str(tm.strftime(vm.strValue(a[0])))
            }
        case "_parse_iso_date":
            return function(name) { vm, a throws(PyRaise) in
                let s = vm.strValue(a[0])
                do throws(ISOFormatError) {
                    let r = try CivilDateTime.parseISODateOnly(s)
                    return vm.makeTuple([.int(r.year), .int(r.month), .int(r.day)])
                } catch { throw vm.isoError(error, s) }
            }
        case "_parse_iso_time":
            return function(name) { vm, a throws(PyRaise) in
                let s = vm.strValue(a[0])
                do throws(ISOFormatError) {
                    let r = try CivilDateTime.parseISOTimeOnly(s)
                    return vm.makeTuple([.int(r.hour), .int(r.minute), .int(r.second), .int(r.microsecond),
                                         r.offset.map { .int($0) } ?? .none, .int(r.offsetMicroseconds)])
                } catch { throw vm.isoError(error, s) }
            }
        case "_parse_iso_datetime":
            return function(name) { vm, a throws(PyRaise) in
                let s = vm.strValue(a[0])
                do throws(ISOFormatError) {
                    let r = try CivilDateTime.parseISOFormat(s)
                    let t = r.dateTime
                    return vm.makeTuple([t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond].map { .int($0) }
                                        + [r.utcOffsetSeconds.map { .int($0) } ?? .none, .int(r.utcOffsetMicroseconds)])
                } catch { throw vm.isoError(error, s) }
            }
        case "_strptime":
            return function(name) { vm, a throws(PyRaise) in
                do throws(PyTimeError) {
                    let r = try Strptime.parse(vm.strValue(a[0]), vm.strValue(a[1]))
                    return vm.makeTuple([r.year, r.month, r.day, r.hour, r.minute, r.second, r.microsecond].map { .int($0) }
                                        + [r.gmtoff.map { .int($0) } ?? .none, .int(r.gmtoffFraction),
                                           r.tzname.map { vm.str($0) } ?? .none, .int(r.weekday), .int(r.yearDay)])
                } catch { throw vm.timeError(error) }
            }
        case "_hash_bytes":
            // CPython hashes a naive date, time or datetime as the bytes of its state.
            return function(name) { vm, a throws(PyRaise) in
                var bytes: [UInt8] = []
                for v in a.positional { bytes.append(UInt8(truncatingIfNeeded: try vm.intArg(v))) }
                let h = bytes.withUnsafeBytes { PyHash.sipHash13($0) }
                return .int(PyHash.avoidingMinusOne(Int64(bitPattern: h)))
            }
        case "_ymd2ord":
            return function(name) { vm, a throws(PyRaise) in
                .int(CivilCalendar.ordinal(year: try vm.intArg(a[0]), month: try vm.intArg(a[1]), day: try vm.intArg(a[2])))
            }
        case "_ord2ymd":
            return function(name) { vm, a throws(PyRaise) in
                let c = CivilCalendar.civilFromDays(try vm.intArg(a[0]) - 719_163)
                return vm.makeTuple([.int(c.year), .int(c.month), .int(c.day)])
            }
        case "_days_in_month":
            return function(name) { vm, a throws(PyRaise) in
                .int(CivilCalendar.daysInMonth(year: try vm.intArg(a[0]), month: try vm.intArg(a[1])))
            }
        default:
            return nil
        }
    }

    func timeNative(_ name: String) -> Value? {
        switch name {
        case "time": return builtinFunction(.timeTime)
        case "monotonic": return builtinFunction(.timeMonotonic)
        case "_gmtime_fields":
            // (year, month, day, hour, minute, second, wday, yday) of `time.gmtime(secs)`.
            return function(name) { vm, a throws(PyRaise) in
                let v = a[0]
                let t: CivilDateTime
                if v.tag == .int || v.tag == .bool {
                    t = try vm.civil { () throws(PyTimeError) in try CivilDateTime.fromEpochSeconds(v.intValue) }
                } else if v.tag == .float {
                    t = try vm.civil { () throws(PyTimeError) in try CivilDateTime.fromEpochSecondsFloor(v.floatValue) }
                } else if v.tag == .object, vm.heap[v.objectIndex] is BigIntObject {
                    throw vm.error(.OverflowError, "timestamp out of range for platform time_t")
                } else {
                    throw vm.typeError("'\(vm.typeName(v))' object cannot be interpreted as an integer")
                }
                return vm.makeTuple([t.year, t.month, t.day, t.hour, t.minute, t.second, t.weekday, t.yearDay].map { .int($0) })
            }
        case "_timegm":
            return function(name) { vm, a throws(PyRaise) in
                var f: [Int] = []
                for i in 0..<6 { f.append(try vm.intArg(a[i])) }
                return .int(CivilCalendar.timegm(year: f[0], month: f[1], day: f[2], hour: f[3], minute: f[4], second: f[5]))
            }
        case "_strftime_tm":
            // (format, nine struct_time fields, tm_zone or None, tm_gmtoff).
            return function(name) { vm, a throws(PyRaise) in
                var f: [Int] = []
                for i in 1..<10 { f.append(try vm.intArg(a[i])) }
                let zone: String? = a[10].isNone ? nil : vm.strValue(a[10])
                let tm = TimeStruct(year: f[0], month: f[1], day: f[2], hour: f[3], minute: f[4], second: f[5],
                                    weekday: f[6], yearDay: f[7], isDST: f[8], zone: zone, gmtOffset: try vm.intArg(a[11]))
                do throws(PyTimeError) {
                    return vm.str(try tm.checkedForStrftime().strftime(vm.strValue(a[0])))
                } catch { throw vm.timeError(error) }
            }
        case "_asctime":
            return function(name) { vm, a throws(PyRaise) in
                var f: [Int] = []
                for i in 0..<7 { f.append(try vm.intArg(a[i])) }
                let tm = TimeStruct(year: f[0], month: f[1], day: f[2], hour: f[3], minute: f[4], second: f[5],
                                    weekday: f[6], yearDay: 1, isDST: 0)
                do throws(PyTimeError) {
                    let c = try tm.checkedForStrftime()
                    let t = CivilDateTime(year: c.year, month: c.month, day: c.day, hour: c.hour, minute: c.minute, second: c.second)
                    return vm.str(t.asctime(weekday: CivilCalendar.floorMod(c.weekday, 7)))
                } catch { throw vm.timeError(error) }
            }
        case "_strptime":
            return datetimeNative(name)
        default:
            return nil
        }
    }
}
