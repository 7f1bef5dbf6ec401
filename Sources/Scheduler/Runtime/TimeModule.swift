/// `time`'s native functions, reading the virtual clock: `time.time()` is start's epoch (as UTC)
/// + now (`datetime.datetime.now()` is `start + timedelta(seconds=now)`: DatetimeNatives.swift).

extension VM {
    /// A calendar or clock failure as the exception CPython raises.
    func timeError(_ e: PyTimeError) -> PyRaise {
        switch e {
        case .overflow(let m): return error(.OverflowError, m)
        case .value(let m): return valueError(m)
        case .osError(let n, let m): return error(.OSError, "[Errno \(n)] \(m)")
        }
    }

    func civil(_ body: () throws(PyTimeError) -> CivilDateTime) throws(PyRaise) -> CivilDateTime {
        do { return try body() } catch { throw timeError(error) }
    }

    /// `time.sleep`'s argument as CPython converts it to nanoseconds (`_PyTime_FromSecondsObject`):
    /// NaN and values past 2**63 ns raise before the sign is checked.
    private func sleepSeconds(_ v: Value) throws(PyRaise) -> Double {
        let d: Double
        switch v.tag {
        case .float:
            d = v.floatValue
            if d.isNaN { throw valueError("Invalid value NaN (not a number)") }
            let ns = (d * 1e9).rounded(.awayFromZero)
            if !(ns >= -9_223_372_036_854_775_808.0 && ns < 9_223_372_036_854_775_808.0) {
                throw error(.OverflowError, "timestamp out of range for platform time_t")
            }
        case .int, .bool:
            if v.intValue.multipliedReportingOverflow(by: 1_000_000_000).overflow {
                throw error(.OverflowError, "timestamp too large to convert to C _PyTime_t")
            }
            d = Double(v.intValue)
        default:
            if v.tag == .object, heap[v.objectIndex] is BigIntObject {
                throw error(.OverflowError, "timestamp too large to convert to C _PyTime_t")
            }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
        if d < 0 { throw valueError("sleep length must be non-negative") }
        return d
    }

    func callTime(_ fn: Builtin, _ a: BuiltinArgs) throws(PyRaise) -> Value {
        switch fn {
        case .timeTime:
            return .float(clock.start.epochSeconds + clock.now)
        case .timeMonotonic, .timePerfCounter:
            return .float(clock.now)
        case .timeSleep:
            try argCount("sleep", a, min: 1, max: 1)
            let d = try sleepSeconds(a[0])
            if clock.now + d > limits.time {
                throw stop(.limit("time"), "schedviz: limit reached: time.sleep(\(PyFormat.floatRepr(d))) would pass limits.time = \(PyFormat.floatRepr(limits.time)) s\n")
            }
            clock.now += d
            traced { $0.blockingSleep(d, until: clock.now) }
            return .none
        case .timeStrftime:
            try argCount("strftime", a, min: 1, max: 2)
            let t = try civil { () throws(PyTimeError) in try CivilDateTime.fromEpochSecondsFloor(clock.start.epochSeconds + clock.now) }
            return str(t.timeStruct().strftime(try strOf(a[0])))
        case .timeCtime:
            try argCount("ctime", a, min: 0, max: 1)
            let t: CivilDateTime
            if a.count > 0 && !a[0].isNone {
                let v = a[0]
                if v.tag == .int || v.tag == .bool {
                    t = try civil { () throws(PyTimeError) in try CivilDateTime.fromEpochSeconds(v.intValue) }
                } else if v.tag == .float {
                    t = try civil { () throws(PyTimeError) in try CivilDateTime.fromEpochSecondsFloor(v.floatValue) }
                } else if v.tag == .object, heap[v.objectIndex] is BigIntObject {
                    throw error(.OverflowError, "timestamp out of range for platform time_t")
                } else {
                    throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
                }
            } else {
                t = try civil { () throws(PyTimeError) in try CivilDateTime.fromEpochSecondsFloor(clock.start.epochSeconds + clock.now) }
            }
            return str(t.asctime())
        default:
            throw typeError("unsupported time function")
        }
    }
}
