/// `time` and `datetime`, reading the virtual clock: `datetime.datetime.now()` is
/// `start + timedelta(seconds=now)`, `time.time()` is start's epoch (as UTC) + now.

final class DateTimeObject: NativeClass {
    let value: CivilDateTime
    init(_ value: CivilDateTime, type: Int32) { self.value = value; super.init(type: type) }

    override func str(_ vm: VM) throws(PyRaise) -> String? { value.description }
    override func repr(_ vm: VM) throws(PyRaise) -> String? {
        var parts = [value.year, value.month, value.day, value.hour, value.minute].map(String.init)
        if value.second != 0 || value.microsecond != 0 { parts.append(String(value.second)) }
        if value.microsecond != 0 { parts.append(String(value.microsecond)) }
        return "datetime.datetime(\(parts.joined(separator: ", ")))"
    }
    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        switch vm.symbols[sym] {
        case "year": return .int(value.year)
        case "month": return .int(value.month)
        case "day": return .int(value.day)
        case "hour": return .int(value.hour)
        case "minute": return .int(value.minute)
        case "second": return .int(value.second)
        case "microsecond": return .int(value.microsecond)
        default: return nil
        }
    }
    override func equals(_ vm: VM, _ other: Value) throws(PyRaise) -> Bool? {
        (vm.native(other) as? DateTimeObject).map { $0.value == value }
    }
    override func less(_ vm: VM, _ other: Value) throws(PyRaise) -> Bool? {
        (vm.native(other) as? DateTimeObject).map { value < $0.value }
    }
    override func binary(_ vm: VM, _ op: BinaryOp, _ other: Value, reflected: Bool) throws(PyRaise) -> Value? {
        if op == .sub && !reflected, let o = vm.native(other) as? DateTimeObject {
            return vm.alloc(TimedeltaObject(value.subtracting(o.value), type: vm.timedeltaType))
        }
        if let td = vm.native(other) as? TimedeltaObject, op == .add || (op == .sub && !reflected) {
            guard let us = td.value.totalMicroseconds else { throw vm.error(.OverflowError, "date value out of range") }
            do {
                return vm.alloc(DateTimeObject(try value.adding(microseconds: op == .add ? us : -us), type: typeIndex))
            } catch { throw vm.error(.OverflowError, "date value out of range") }
        }
        return nil
    }
    override func format(_ vm: VM, _ spec: String) throws(PyRaise) -> String? { spec.isEmpty ? value.description : value.strftime(spec) }
}

final class TimedeltaObject: NativeClass {
    let value: PyTimedelta
    init(_ value: PyTimedelta, type: Int32) { self.value = value; super.init(type: type) }
    override func str(_ vm: VM) throws(PyRaise) -> String? { value.description }
    override func repr(_ vm: VM) throws(PyRaise) -> String? { value.repr }
    override func getAttr(_ vm: VM, _ sym: Int32) throws(PyRaise) -> Value? {
        switch vm.symbols[sym] {
        case "days": return .int(value.days)
        case "seconds": return .int(value.seconds)
        case "microseconds": return .int(value.microseconds)
        default: return nil
        }
    }
    override func equals(_ vm: VM, _ other: Value) throws(PyRaise) -> Bool? { (vm.native(other) as? TimedeltaObject).map { $0.value == value } }
    override func less(_ vm: VM, _ other: Value) throws(PyRaise) -> Bool? { (vm.native(other) as? TimedeltaObject).map { value < $0.value } }
}

extension VM {
    func registerNativeTypes() {
        datetimeType = registerType("datetime", qualifiedName: "datetime.datetime") { vm, a throws(PyRaise) in
            guard a.count >= 3 else { throw vm.typeError("function missing required argument 'day' (pos 3)") }
            var f: [Int] = []
            for v in a.positional {
                guard v.tag == .int else { throw vm.typeError("'\(vm.typeName(v))' object cannot be interpreted as an integer") }
                f.append(Int(v.intValue))
            }
            while f.count < 7 { f.append(0) }
            let dt: CivilDateTime
            dt = try vm.civil { () throws(PyTimeError) in
                try CivilDateTime.validated(year: f[0], month: f[1], day: f[2], hour: f[3], minute: f[4], second: f[5], microsecond: f[6])
            }
            return vm.alloc(DateTimeObject(dt, type: vm.datetimeType))
        }
        timedeltaType = registerType("timedelta", qualifiedName: "datetime.timedelta") { vm, a throws(PyRaise) in
            var seconds = 0.0
            let names = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]
            let scale: [Double] = [86400.0, 1, 1e-6, 1e-3, 60, 3600, 604800]
            for (i, v) in a.positional.enumerated() where i < names.count { seconds += (try vm.timedeltaArgument(v)) * scale[i] }
            for (k, v) in a.keywords {
                guard let i = names.firstIndex(of: k) else { throw vm.typeError("'\(k)' is an invalid keyword argument for __new__()") }
                seconds += (try vm.timedeltaArgument(v)) * scale[i]
            }
            do throws(PyTimeError) { return vm.alloc(TimedeltaObject(try PyTimedelta.fromSeconds(seconds), type: vm.timedeltaType)) } catch {
                throw vm.timeError(error)
            }
        }
        // `start + timedelta(seconds=now)`: past year 9999 CPython's OverflowError, not a trap.
        let now = function("now") { vm, _ throws(PyRaise) in
            let t = try vm.civil { () throws(PyTimeError) in try vm.clock.start.tryAdding(seconds: vm.clock.now) }
            return vm.alloc(DateTimeObject(t, type: vm.datetimeType))
        }
        setTypeAttribute(datetimeType, "now", now)
        setTypeAttribute(datetimeType, "today", now)
        methods(for: datetimeType) { m in
            m.add("isoformat", DateTimeObject.self) { vm, d, a throws(PyRaise) in
                let sep = a.count > 0 ? try vm.strOf(a[0]) : "T"
                return vm.str(d.value.isoformat(sep: sep.first ?? "T"))
            }
            m.add("strftime", DateTimeObject.self) { vm, d, a throws(PyRaise) in
                try vm.argCount("strftime", a, min: 1, max: 1)
                return vm.str(d.value.strftime(try vm.strOf(a[0])))
            }
            m.add("timestamp", DateTimeObject.self) { _, d, _ in .float(d.value.epochSeconds) }
            m.add("weekday", DateTimeObject.self) { _, d, _ in .int(d.value.weekday) }
            m.add("isoweekday", DateTimeObject.self) { _, d, _ in .int(d.value.isoWeekday) }
        }
        methods(for: timedeltaType) { m in
            m.add("total_seconds", TimedeltaObject.self) { _, d, _ in .float(d.value.totalSeconds) }
        }
    }

    /// One `timedelta()` argument as a float; an int too large for one is CPython's C int overflow.
    func timedeltaArgument(_ v: Value) throws(PyRaise) -> Double {
        do { return try toDouble(v) ?? 0 } catch { throw self.error(.OverflowError, "Python int too large to convert to C int") }
    }

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
            traced { $0.clockAdvanced(clock.now) }
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
