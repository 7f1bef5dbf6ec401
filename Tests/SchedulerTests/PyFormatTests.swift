import Foundation
import Testing
@testable import Scheduler

// Checks PyFormat against CPython 3.11 output recorded in Fixtures/*.txt
// (regenerate with Fixtures/gen_format_cases.py; the record format is described there).


private enum FixtureValue {
    case float(Double)
    case int(negative: Bool, digits: [Int: String])
    case bool(Bool)
    case str(String, repr: String)
    case other(type: String, str: String, repr: String)

    var percentArg: PercentArg {
        switch self {
        case .float(let d): return .float(d)
        case .int(let neg, let digits): return .int(negative: neg, magnitude: { digits[$0]! })
        case .bool(let b): return .bool(b)
        case .str(let s, let r): return .string(str: s, repr: r)
        case .other(let t, let s, let r): return .other(typeName: t, str: s, repr: r)
        }
    }
}

private enum PyFormatFixtures {
    static func unescape(_ s: Substring) -> String {
        if !s.contains("\\") { return String(s) }
        var out = ""
        var it = s.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "\\", let n = it.next() {
                switch n {
                case "t": out.unicodeScalars.append("\t")
                case "n": out.unicodeScalars.append("\n")
                case "r": out.unicodeScalars.append("\r")
                default: out.unicodeScalars.append(n)
                }
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func double(fromHex h: Substring) -> Double {
        Double(bitPattern: UInt64(h, radix: 16)!)
    }

    static func decodeValue(_ f: [Substring], _ i: inout Int) -> FixtureValue {
        let kind = f[i]
        i += 1
        switch kind {
        case "f":
            defer { i += 1 }
            return .float(double(fromHex: f[i]))
        case "i":
            defer { i += 5 }
            return .int(negative: f[i] == "1",
                        digits: [10: String(f[i + 1]), 2: String(f[i + 2]), 8: String(f[i + 3]), 16: String(f[i + 4])])
        case "b":
            defer { i += 1 }
            return .bool(f[i] == "1")
        case "s":
            defer { i += 2 }
            return .str(unescape(f[i]), repr: unescape(f[i + 1]))
        default:
            defer { i += 3 }
            return .other(type: String(f[i]), str: unescape(f[i + 1]), repr: unescape(f[i + 2]))
        }
    }

    static func outcome(_ body: () throws(FormatError) -> String) -> String {
        do {
            return "=" + (try body())
        } catch {
            return "!" + error.type + ": " + error.message
        }
    }

    static func formatValue(_ v: FixtureValue, _ spec: String) -> String {
        outcome { () throws(FormatError) -> String in
            switch v {
            case .float(let d):
                return try PyFormat.format(d, spec: spec)
            case .int(let neg, let digits):
                return try PyFormat.format(integerNegative: neg, magnitude: { digits[$0]! }, spec: spec)
            case .bool(let b):
                if spec.isEmpty { return b ? "True" : "False" }
                return try PyFormat.format(integerNegative: false, magnitude: { _ in b ? "1" : "0" }, spec: spec,
                                           typeName: "bool")
            case .str(let s, _):
                return try PyFormat.format(string: s, spec: spec)
            case .other:
                return "unsupported"
            }
        }
    }

    /// Runs every record of a fixture file; returns (number of records, failure descriptions).
    static func run(path: String) -> (Int, [String]) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            return (0, ["cannot read \(path)"])
        }
        var failures: [String] = []
        var count = 0
        for (lineNo, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            let expected = unescape(f[f.count - 1])
            var got = ""
            count += 1
            switch f[0] {
            case "F":
                let spec = unescape(f[1])
                var i = 2
                let v = decodeValue(f, &i)
                got = formatValue(v, spec)
            case "P":
                let fmt = unescape(f[1])
                let n = Int(f[2])!
                var i = 3
                var args: [PercentArg] = []
                for _ in 0..<n { args.append(decodeValue(f, &i).percentArg) }
                got = outcome { () throws(FormatError) -> String in try PyFormat.percent(format: fmt, args: args) }
            case "M":
                let fmt = unescape(f[1])
                var i = 2
                let selfValue = decodeValue(f, &i)
                let n = Int(f[i])!
                i += 1
                var dict: [String: PercentArg] = [:]
                for _ in 0..<n {
                    let k = unescape(f[i])
                    i += 1
                    dict[k] = decodeValue(f, &i).percentArg
                }
                got = outcome { () throws(FormatError) -> String in
                    try PyFormat.percent(format: fmt, args: [selfValue.percentArg], mapping: { (k: String) throws(FormatError) -> PercentArg in
                        guard let v = dict[k] else { throw FormatError(type: "KeyError", message: "'\(k)'") }
                        return v
                    })
                }
            case "D":
                let x = double(fromHex: f[1])
                let n = Int(f[2])!
                got = outcome { () throws(FormatError) -> String in
                    let r = try PyFormat.round(x, digits: n)
                    let h = String(r.bitPattern, radix: 16)
                    return String(repeating: "0", count: 16 - h.count) + h
                }
            case "R":
                let x = double(fromHex: f[1])
                got = PyFormat.floatRepr(x)
            default:
                got = "unknown record"
            }
            if got != expected {
                failures.append("line \(lineNo + 1): \(line)\n    got: \(got)")
            }
        }
        return (count, failures)
    }
}

private func fixturePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name).path
}

private func checkFixture(_ name: String, minimumRecords: Int) {
    let (count, failures) = PyFormatFixtures.run(path: fixturePath(name))
    #expect(count >= minimumRecords, "\(name): only \(count) records")
    #expect(failures.isEmpty, "\(failures.count) mismatches in \(name):\n\(failures.prefix(25).joined(separator: "\n"))")
}

private func fmt(_ x: Double, _ spec: String) -> String {
    PyFormatFixtures.outcome { () throws(FormatError) -> String in try PyFormat.format(x, spec: spec) }
}

private func fmt(_ n: Int, _ spec: String) -> String {
    PyFormatFixtures.outcome { () throws(FormatError) -> String in try PyFormat.format(n, spec: spec) }
}

private func fmt(_ s: String, _ spec: String) -> String {
    PyFormatFixtures.outcome { () throws(FormatError) -> String in try PyFormat.format(string: s, spec: spec) }
}

private func pct(_ f: String, _ args: [PercentArg]) -> String {
    PyFormatFixtures.outcome { () throws(FormatError) -> String in try PyFormat.percent(format: f, args: args) }
}

private func int(_ n: Int) -> PercentArg {
    let m = n.magnitude
    return .int(negative: n < 0, magnitude: { String(m, radix: $0) })
}

@Suite struct PyFormatTests {
    @Test func formatFixture() {
        checkFixture("format_cases.txt", minimumRecords: 1000)
    }

    @Test func floatReprFixture() {
        checkFixture("float_repr_cases.txt", minimumRecords: 3000)
    }

    @Test func floatReprExamples() {
        #expect(PyFormat.floatRepr(1.0) == "1.0")
        #expect(PyFormat.floatRepr(1e15) == "1000000000000000.0")
        #expect(PyFormat.floatRepr(9.1e15) == "9100000000000000.0")
        #expect(PyFormat.floatRepr(1e16) == "1e+16")
        #expect(PyFormat.floatRepr(1.5e-5) == "1.5e-05")
        #expect(PyFormat.floatRepr(1e-4) == "0.0001")
        #expect(PyFormat.floatRepr(123456789012345678.0) == "1.2345678901234568e+17")
        #expect(PyFormat.floatRepr(Double.leastNonzeroMagnitude) == "5e-324")
        #expect(PyFormat.floatRepr(Double.greatestFiniteMagnitude) == "1.7976931348623157e+308")
        #expect(PyFormat.floatRepr(-0.0) == "-0.0")
        #expect(PyFormat.floatRepr(.infinity) == "inf")
        #expect(PyFormat.floatRepr(-.infinity) == "-inf")
        #expect(PyFormat.floatRepr(-.nan) == "nan")
        #expect(PyFormat.floatRepr(0.1 + 0.2) == "0.30000000000000004")
    }

    @Test func parseSpecFields() throws {
        let s = try PyFormat.parseSpec("*^+z#012_.3f")
        #expect(s.fill == "*")
        #expect(s.align == "^")
        #expect(s.sign == "+")
        #expect(s.noNegZero)
        #expect(s.alternate)
        #expect(!s.zeroPad)        // '0' after an explicit fill is part of the width
        #expect(s.width == 12)
        #expect(s.grouping == "_")
        #expect(s.precision == 3)
        #expect(s.type == "f")
        let z = try PyFormat.parseSpec("08,d")
        #expect(z.zeroPad && z.width == 8 && z.grouping == "," && z.type == "d" && z.fill == nil)
        #expect(try PyFormat.parseSpec("") == PyFormat.Spec())
        #expect(throws: FormatError(type: "ValueError", message: "Format specifier missing precision")) {
            try PyFormat.parseSpec(".")
        }
        #expect(throws: FormatError(type: "ValueError", message: "Invalid format specifier 'abc' for object of type 'int'")) {
            try PyFormat.parseSpec("abc", typeName: "int")
        }
    }

    @Test func floatFormatting() {
        #expect(fmt(2.675, ".2f") == "=2.67")
        #expect(fmt(0.125, ".2f") == "=0.12")
        #expect(fmt(0.375, ".2f") == "=0.38")
        #expect(fmt(1.0, ".3") == "=1.0")
        #expect(fmt(100.0, ".2") == "=1e+02")
        #expect(fmt(1e20, "") == "=1e+20")
        #expect(fmt(2.0.squareRoot(), ".40f") == "=1.4142135623730951454746218587388284504414")
        #expect(fmt(1e300, "f").hasPrefix("=1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"))
        #expect(fmt(1234.5, "010,") == "=0,001,234.5")
        #expect(fmt(-0.0, "z.1f") == "=0.0")
        #expect(fmt(.infinity, "05") == "=00inf")
        #expect(fmt(.nan, "+") == "=+nan")
        #expect(fmt(0.5, "%") == "=50.000000%")
        #expect(fmt(1.5, "d") == "!ValueError: Unknown format code 'd' for object of type 'float'")
        #expect(fmt(1.5, ",n") == "!ValueError: Cannot specify ',' with 'n'.")
    }

    @Test func intFormatting() {
        #expect(fmt(42, "08d") == "=00000042")
        #expect(fmt(42, "+08d") == "=+0000042")
        #expect(fmt(-42, "=8") == "=-     42")
        #expect(fmt(1234567, ",") == "=1,234,567")
        #expect(fmt(1234, "08,") == "=0,001,234")
        #expect(fmt(0x12345, "_x") == "=1_2345")
        #expect(fmt(255, "#X") == "=0XFF")
        #expect(fmt(5, "#b") == "=0b101")
        #expect(fmt(65, "c") == "=A")
        #expect(fmt(7, "*^7") == "=***7***")
        #expect(fmt(5, ".2f") == "=5.00")
        #expect(fmt(5, ".2d") == "!ValueError: Precision not allowed in integer format specifier")
        #expect(fmt(5, "s") == "!ValueError: Unknown format code 's' for object of type 'int'")
        #expect(fmt(65, "+c") == "!ValueError: Sign not allowed with integer format specifier 'c'")
        #expect(fmt(1, ",_") == "!ValueError: Cannot specify both ',' and '_'.")
        #expect(fmt(1, ",x") == "!ValueError: Cannot specify ',' with 'x'.")
        // big ints through the magnitude closure
        let big = PyFormatFixtures.outcome { () throws(FormatError) -> String in
            try PyFormat.format(integerNegative: true, magnitude: { r in
                r == 10 ? "123456789012345678901234567890" : "unused"
            }, spec: ",")
        }
        #expect(big == "=-123,456,789,012,345,678,901,234,567,890")
    }

    @Test func stringFormatting() {
        #expect(fmt("ab", ">5") == "=   ab")
        #expect(fmt("ab", "^7") == "=  ab   ")
        #expect(fmt("abc", ".1s") == "=a")
        #expect(fmt("ab", "05") == "=ab000")
        #expect(fmt("ab", "=5") == "!ValueError: '=' alignment not allowed in string format specifier")
        #expect(fmt("ab", "+") == "!ValueError: Sign not allowed in string format specifier")
        #expect(fmt("ab", "#") == "!ValueError: Alternate form (#) not allowed in string format specifier")
        #expect(fmt("ab", ",") == "!ValueError: Cannot specify ',' with 's'.")
        #expect(fmt("e\u{301}", ">3") == "= e\u{301}")   // widths count code points, like CPython
    }

    @Test func percentFormatting() {
        #expect(pct("%.2f", [.float(2.675)]) == "=2.67")
        #expect(pct("%5d|%-5d|%05d|%+d", [int(42), int(42), int(-42), int(42)]) == "=   42|42   |-0042|+42")
        #expect(pct("%#06x %#o %X", [int(255), int(8), int(255)]) == "=0x00ff 0o10 FF")
        #expect(pct("%s=%r", [.string(str: "k", repr: "'k'"), .string(str: "v", repr: "'v'")]) == "=k='v'")
        #expect(pct("%*.*f", [int(8), int(2), .float(3.14159)]) == "=    3.14")
        #expect(pct("%c%c", [int(72), .string(str: "i", repr: "'i'")]) == "=Hi")
        #expect(pct("%d%%", [.float(99.9)]) == "=99%")
        #expect(pct("%e|%g|%G", [.float(12345.678), .float(1e-5), .float(1e20)]) == "=1.234568e+04|1e-05|1E+20")
        #expect(pct("%s %s", [int(1)]) == "!TypeError: not enough arguments for format string")
        #expect(pct("%s", [int(1), int(2)]) == "!TypeError: not all arguments converted during string formatting")
        #expect(pct("%d", [.string(str: "a", repr: "'a'")]) == "!TypeError: %d format: a real number is required, not str")
        #expect(pct("%q", [int(1)]) == "!ValueError: unsupported format character 'q' (0x71) at index 1")
        #expect(pct("abc %", [int(1)]) == "!ValueError: incomplete format")
        let mapped = PyFormatFixtures.outcome { () throws(FormatError) -> String in
            try PyFormat.percent(format: "%(name)s is %(age)d", args: [.other(typeName: "dict", str: "{}", repr: "{}")],
                                 mapping: { (k: String) throws(FormatError) -> PercentArg in
                                     k == "name" ? .string(str: "Bob", repr: "'Bob'") : int(7)
                                 })
        }
        #expect(mapped == "=Bob is 7")
    }

    @Test func rounding() throws {
        #expect(try PyFormat.round(2.675, digits: 2) == 2.67)
        #expect(try PyFormat.round(0.125, digits: 2) == 0.12)
        #expect(try PyFormat.round(1234.5, digits: -2) == 1200.0)
        #expect(try PyFormat.round(-0.4, digits: 0).sign == .minus)
        #expect(try PyFormat.round(5e-324, digits: 400) == 5e-324)
        #expect(throws: FormatError(type: "OverflowError", message: "rounded value too large to represent")) {
            try PyFormat.round(1.7976931348623157e308, digits: -308)
        }
        #expect(PyFormat.roundHalfEven(2.5) == 2.0)
        #expect(PyFormat.roundHalfEven(3.5) == 4.0)
        #expect(PyFormat.roundHalfEven(-0.5).sign == .minus)
    }
}
