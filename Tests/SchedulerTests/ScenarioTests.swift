import Testing
@testable import Scheduler
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Parses `json` as if it were `path`, with `files` standing in for the disk.
private func parse(_ json: String, path: String = "scenarios/x.json", files: [String: String] = [:]) throws(ScenarioError) -> Scenario {
    try Scenario.parse(json: json, path: path) { name in
        guard let text = files[name] else { throw ScenarioReadError.cannotRead(reason: "No such file or directory") }
        return text
    }
}

/// The one-line description of the error that parsing `json` raises, or nil when it loads.
private func failure(_ json: String, path: String = "scenarios/x.json", files: [String: String] = [:]) -> String? {
    do {
        _ = try parse(json, path: path, files: files)
        return nil
    } catch {
        return error.description
    }
}

private func loadFailure(_ path: String) -> String? {
    do {
        _ = try Scenario.load(path: path)
        return nil
    } catch {
        return error.description
    }
}

/// A fresh folder per test, since tests run in parallel.
private func makeTempDir() throws -> String {
    let dir = FileManager.default.temporaryDirectory.path + "/scenario-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

private func write(_ path: String, _ text: String) throws {
    try write(path, Array(text.utf8))
}

private func write(_ path: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

@Suite struct ScenarioTests {
    // MARK: Successful loads

    @Test func allFields() throws {
        let json = """
        {
          "title": "display_date: two tasks on one event loop",
          "description": "The article's asyncio example.",
          "source": "print('hi')\\n",
          "seed": 1,
          "start": "2016-02-29 23:59:59.25",
          "limits": { "time": 120, "steps": 100000 },
          "tiebreak": "heap"
        }
        """
        let s = try parse(json)
        #expect(s.path == "scenarios/x.json")
        #expect(s.name == "x")
        #expect(s.title == "display_date: two tasks on one event loop")
        #expect(s.description == "The article's asyncio example.")
        #expect(s.config.file == "scenarios/x.json")
        #expect(s.config.source == "print('hi')\n")
        #expect(s.config.seed.negative == false)
        #expect(s.config.seed.magnitude == [1])
        #expect(s.config.seed.text == "1")
        #expect(s.config.start == CivilDateTime(year: 2016, month: 2, day: 29, hour: 23, minute: 59, second: 59, microsecond: 250_000))
        #expect(s.config.start.isoformat() == "2016-02-29T23:59:59.250000")
        #expect(s.config.limits.time == 120)
        #expect(s.config.limits.steps == 100_000)
        #expect(s.config.tiebreak == .heap)
    }

    @Test func defaults() throws {
        let s = try parse(#"{"source": "pass"}"#)
        #expect(s.title == "x.json")
        #expect(s.description == "")
        #expect(s.config.seed.negative == false)
        #expect(s.config.seed.magnitude == [])
        #expect(s.config.seed.text == "0")
        #expect(s.config.start == CivilDateTime(year: 2015, month: 11, day: 13, hour: 10, minute: 0, second: 0, microsecond: 0))
        #expect(s.config.start.isoformat() == "2015-11-13T10:00:00")
        #expect(s.config.limits.time == 1_000_000)
        #expect(s.config.limits.steps == 50_000_000)
        #expect(s.config.tiebreak == .fifo)
    }

    @Test func argvIsTheProgramsSysArgv() throws {
        #expect(try parse(#"{"source": "pass"}"#).config.argv == nil)
        let s = try parse(#"{"source": "pass", "argv": ["prog.py", "-v", "", "é"]}"#)
        #expect(s.config.argv == ["prog.py", "-v", "", "é"])
        #expect(failure(#"{"source": "x", "argv": "prog.py -v"}"#)
            == #"scenarios/x.json:1:25: argv: expected an array of strings, got the string "prog.py -v". Give sys.argv as an array of strings, the program's name first, e.g. ["prog.py", "--verbose"]."#)
        #expect(failure(#"{"source": "x", "argv": []}"#)
            == #"scenarios/x.json:1:25: argv: the array is empty. Give sys.argv as an array of strings, the program's name first, e.g. ["prog.py", "--verbose"]."#)
        #expect(failure(#"{"source": "x", "argv": ["p.py", 3]}"#)
            == #"scenarios/x.json:1:34: argv[1]: expected a string, got the number 3. Write every argument as a string in double quotes, e.g. "3" for the number 3."#)
        #expect(failure(#"{"source": "x", "argv": ["p\u0000"]}"#)
            == #"scenarios/x.json:1:26: argv[0]: the argument contains a NUL character. A command-line argument cannot hold NUL; remove it."#)
        #expect(failure(#"{"source": "x", "args": ["p.py"]}"#)
            == #"scenarios/x.json:1:17: args: unknown key "args". Did you mean "argv"?"#)
    }

    @Test func sourceAsArrayOfLines() throws {
        let s = try parse(#"{"source": ["import asyncio", "", "print(1)"]}"#)
        #expect(s.config.source == "import asyncio\n\nprint(1)\n")
        #expect(try parse(#"{"source": []}"#).config.source == "")
    }

    @Test func hugeAndNegativeSeeds() throws {
        let huge = try parse(#"{"source": "", "seed": 1180591620717411303424}"#)
        #expect(huge.config.seed.magnitude == [0, 0, 64])   // 2**70
        #expect(huge.config.seed.text == "1180591620717411303424")
        let negative = try parse(#"{"source": "", "seed": -4294967297}"#)
        #expect(negative.config.seed.negative)
        #expect(negative.config.seed.magnitude == [1, 1])
        #expect(negative.config.seed.text == "-4294967297")
        let minusZero = try parse(#"{"source": "", "seed": -0}"#)
        #expect(!minusZero.config.seed.negative)
        #expect(minusZero.config.seed.magnitude == [])
        #expect(minusZero.config.seed.text == "0")
    }

    @Test func startTimeForms() throws {
        let t = try parse(#"{"source": "", "start": "2000-02-29T00:00:00.5"}"#).config.start
        #expect(t.microsecond == 500_000)
        #expect(t.isoformat() == "2000-02-29T00:00:00.500000")
        let zero = try parse(#"{"source": "", "start": "1999-12-31 23:59:59.000000"}"#).config.start
        #expect(zero.isoformat() == "1999-12-31T23:59:59")
    }

    @Test func fractionalTimeLimit() throws {
        #expect(try parse(#"{"source": "", "limits": {"time": 2.5e-1}}"#).config.limits.time == 0.25)
    }

    @Test func sourceFileRelativeToScenarioFolder() throws {
        let s = try parse(#"{"source_file": "dates.py"}"#, files: ["scenarios/dates.py": "print(1)\n"])
        #expect(s.config.source == "print(1)\n")
        #expect(s.config.file == "scenarios/dates.py")
        let bare = try parse(#"{"source_file": "dates.py"}"#, path: "x.json", files: ["dates.py": "x = 1\n"])
        #expect(bare.config.file == "dates.py")
    }

    @Test func loadWithRelativeAndAbsoluteSourceFile() throws {
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/progs", withIntermediateDirectories: true)
        try write(dir + "/progs/dates.py", "print('dates')\n")
        try write(dir + "/rel.json", #"{"source_file": "progs/dates.py", "seed": 7}"#)
        try write(dir + "/abs.json", #"{"source_file": "\#(dir)/progs/dates.py"}"#)

        let rel = try Scenario.load(path: dir + "/rel.json")
        #expect(rel.config.source == "print('dates')\n")
        #expect(rel.config.file == dir + "/progs/dates.py")
        #expect(rel.name == "rel")
        #expect(rel.config.seed.text == "7")

        let abs = try Scenario.load(path: dir + "/abs.json")
        #expect(abs.config.source == "print('dates')\n")
        #expect(abs.config.file == dir + "/progs/dates.py")
    }

    @Test func loadBarePythonFile() throws {
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(dir + "/dates.py", "import asyncio\nprint('é')\n")
        let s = try Scenario.load(path: dir + "/dates.py")
        #expect(s.path == dir + "/dates.py")
        #expect(s.name == "dates")
        #expect(s.title == "dates.py")
        #expect(s.description == "")
        #expect(s.config.file == dir + "/dates.py")
        #expect(s.config.source == "import asyncio\nprint('é')\n")
        #expect(s.config.seed.text == "0")
        #expect(s.config.start.isoformat() == "2015-11-13T10:00:00")
        #expect(s.config.limits.time == 1_000_000)
        #expect(s.config.limits.steps == 50_000_000)
        #expect(s.config.tiebreak == .fifo)
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(dir + "/bom.json", [0xEF, 0xBB, 0xBF] + Array(#"{"source": "pass"}"#.utf8))
        #expect(try Scenario.load(path: dir + "/bom.json").config.source == "pass")
    }

    // MARK: JSON values and positions

    @Test func jsonKeepsPositionsAndLiterals() throws {
        let value = try JSON.parse("{\n  \"a\": [1, -2.50e+3],\n\t\"b\": \"x\\u00e9\\ud83d\\ude00\\n\"\n}")
        guard case .object(let members) = value.kind else { Issue.record("not an object"); return }
        #expect(value.position == JSONPosition(line: 1, column: 1))
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].keyPosition == JSONPosition(line: 2, column: 3))
        #expect(members[0].value.position == JSONPosition(line: 2, column: 8))
        guard case .array(let numbers) = members[0].value.kind else { Issue.record("not an array"); return }
        #expect(numbers.map(\.kind) == [.number("1"), .number("-2.50e+3")])
        #expect(numbers[1].position == JSONPosition(line: 2, column: 12))
        #expect(members[1].keyPosition == JSONPosition(line: 3, column: 2))
        #expect(members[1].value.kind == .string("xé😀\n"))
    }

    @Test func jsonColumnsCountUnicodeScalars() {
        #expect(failure(#"{"title": "é😀", "x": 1}"#)
            == #"scenarios/x.json:1:17: x: unknown key "x". Known keys: title, description, source_file, source, seed, start, limits, tiebreak, argv."#)
    }

    @Test func utf8DecodingRejectsSurrogatesAndOverlongs() {
        #expect(throws: ScenarioReadError.notUTF8(line: 1, column: 2, byte: 0xED)) { try Scenario.decodeUTF8([0x61, 0xED, 0xA0, 0x80]) }
        #expect(throws: ScenarioReadError.notUTF8(line: 2, column: 1, byte: 0xC0)) { try Scenario.decodeUTF8([0x0A, 0xC0, 0x80]) }
        #expect(throws: ScenarioReadError.notUTF8(line: 1, column: 1, byte: 0xE2)) { try Scenario.decodeUTF8([0xE2, 0x82]) }
    }

    // MARK: File errors

    @Test func missingFile() throws {
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(loadFailure(dir + "/nope.json")
            == "\(dir)/nope.json: cannot read the file: No such file or directory. Check the path.")
        let cwd = FileManager.default.currentDirectoryPath
        #expect(loadFailure("no-such-folder-4711/x.json")
            == "no-such-folder-4711/x.json: cannot read the file: No such file or directory. Check the path; it is relative to the current folder (\(cwd)).")
    }

    @Test func folderInsteadOfFile() throws {
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(loadFailure(dir) == "\(dir): this is a folder, not a scenario file. Give a .json scenario or a .py program inside it.")
    }

    @Test func unsupportedExtensions() {
        #expect(loadFailure("scenarios/x.yaml")
            == #"scenarios/x.yaml: unsupported file type ".yaml". Give a .json scenario or a .py program."#)
        #expect(loadFailure("scenarios/README")
            == "scenarios/README: the file name has no extension, so its kind is unknown. Give a .json scenario or a .py program.")
    }

    @Test func jsonNotUTF8() throws {
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(dir + "/bad.json", Array("{\n  \"title\": \"caf".utf8) + [0xE9] + Array("\"\n}".utf8))
        #expect(loadFailure(dir + "/bad.json") == "\(dir)/bad.json:2:16: the file is not valid UTF-8 (byte 0xE9). Save the file as UTF-8.")
    }

    @Test func pythonNotUTF8() throws {
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(dir + "/latin.py", Array("x = 1\nprint('".utf8) + [0xE9] + Array("')\n".utf8))
        let expected = "\(dir)/latin.py:2:8: the file is not valid UTF-8 (byte 0xE9). Save the file as UTF-8; Python coding declarations are not supported."
        #expect(loadFailure(dir + "/latin.py") == expected)
        // The same file reached through source_file names the .py file.
        try write(dir + "/s.json", #"{"source_file": "latin.py"}"#)
        #expect(loadFailure(dir + "/s.json") == expected)
    }

    @Test func emptyFile() throws {
        #expect(failure("") == #"scenarios/x.json: the file is empty. A scenario is a JSON object such as {"source_file": "dates.py"}."#)
        #expect(failure(" \n\t\r\n") == #"scenarios/x.json: the file contains only whitespace. A scenario is a JSON object such as {"source_file": "dates.py"}."#)
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(dir + "/empty.json", "")
        #expect(loadFailure(dir + "/empty.json") == #"\#(dir)/empty.json: the file is empty. A scenario is a JSON object such as {"source_file": "dates.py"}."#)
    }

    // MARK: JSON syntax errors

    @Test func trailingComma() {
        #expect(failure("{\n  \"source\": \"x\",\n}")
            == "scenarios/x.json:3:1: trailing comma before '}'. Remove the last comma; JSON does not allow trailing commas.")
        #expect(failure(#"{"source": ["a", "b",]}"#)
            == "scenarios/x.json:1:22: trailing comma before ']'. Remove the last comma; JSON does not allow trailing commas.")
    }

    @Test func comments() {
        #expect(failure("{\n  // the program\n  \"source\": \"x\"\n}")
            == #"scenarios/x.json:2:3: comments are not allowed in JSON. Remove the comment; a "description" key can hold notes."#)
        #expect(failure("{\"source\": \"x\" /* note */}")
            == #"scenarios/x.json:1:16: comments are not allowed in JSON. Remove the comment; a "description" key can hold notes."#)
    }

    @Test func singleQuotes() {
        #expect(failure("{'source': \"x\"}")
            == #"scenarios/x.json:1:2: keys must use double quotes, got a single quote. Write "key" instead of 'key'."#)
        #expect(failure("{\"source\": 'x'}")
            == #"scenarios/x.json:1:12: strings must use double quotes, got a single quote. Write "text" instead of 'text'."#)
    }

    @Test func curlyQuotes() {
        #expect(failure("{\"source\": \u{201C}x\u{201D}}")
            == #"scenarios/x.json:1:12: expected a value, got U+201C (left curly quote). Use straight double quotes (") around strings; an editor may have replaced them."#)
    }

    @Test func nanAndInfinity() {
        #expect(failure(#"{"limits": {"time": NaN}}"#)
            == "scenarios/x.json:1:21: NaN is not allowed in JSON. Give a finite number.")
        #expect(failure(#"{"limits": {"time": Infinity}}"#)
            == "scenarios/x.json:1:21: Infinity is not allowed in JSON. Give a finite number.")
        #expect(failure(#"{"limits": {"time": -Infinity}}"#)
            == "scenarios/x.json:1:22: -Infinity is not allowed in JSON. Give a finite number.")
    }

    @Test func controlCharactersInStrings() {
        #expect(failure("{\"source\": \"a\tb\"}")
            == #"scenarios/x.json:1:14: control character U+0009 (tab) is not allowed in a string. Write it as the escape \t."#)
        #expect(failure("{\"source\": \"a\u{01}b\"}")
            == #"scenarios/x.json:1:14: control character U+0001 is not allowed in a string. Write it as the escape \u0001."#)
    }

    @Test func stringSpanningLines() {
        #expect(failure("{\"source\": \"print(1)\nprint(2)\"}")
            == #"scenarios/x.json:1:21: the line ends inside a string (it starts at column 12); JSON strings cannot span lines. Close the string with " before the end of the line; write \n for a line break ("source" can also be an array of lines)."#)
    }

    @Test func unterminatedString() {
        #expect(failure("{\"source\": \"abc")
            == #"scenarios/x.json:1:16: unterminated string (it starts at line 1, column 12): the file ends before the closing quote. Close the string with "."#)
    }

    @Test func invalidEscapes() {
        #expect(failure(#"{"source": "C:\windows"}"#)
            == #"scenarios/x.json:1:15: invalid escape \w in a string. Valid escapes are \" \\ \/ \b \f \n \r \t and \uXXXX; write \\ for a backslash."#)
        #expect(failure(#"{"source": "\u12G4"}"#)
            == #"scenarios/x.json:1:13: invalid escape: \u must be followed by 4 hex digits. Write it like \u00E9."#)
        #expect(failure(#"{"source": "\ud83d x"}"#)
            == #"scenarios/x.json:1:13: invalid escape: the high surrogate \uD83D is not followed by a low surrogate. Characters beyond U+FFFF are written as a pair like \uD83D\uDE00, or as the character itself."#)
        #expect(failure(#"{"source": "\ude00"}"#)
            == #"scenarios/x.json:1:13: invalid escape: the low surrogate \uDE00 has no high surrogate before it. Characters beyond U+FFFF are written as a pair like \uD83D\uDE00, or as the character itself."#)
    }

    @Test func duplicateKeys() {
        #expect(failure("{\n  \"seed\": 1,\n  \"source\": \"x\",\n  \"seed\": 2\n}")
            == #"scenarios/x.json:4:3: seed: duplicate key "seed" (first given at line 2, column 3). Keep only one of them."#)
        #expect(failure(#"{"source": "x", "limits": {"time": 1, "time": 2}}"#)
            == #"scenarios/x.json:1:39: limits.time: duplicate key "time" (first given at line 1, column 28). Keep only one of them."#)
    }

    @Test func garbageAfterValue() {
        #expect(failure("{\"source\": \"x\"}\n}")
            == "scenarios/x.json:2:1: unexpected '}' after the end of the JSON value. A scenario file holds exactly one JSON object; remove what follows it.")
    }

    @Test func missingPunctuation() {
        #expect(failure("{\"source\" \"x\"}")
            == #"scenarios/x.json:1:11: expected ':' after the key "source", got '"'. Write "source": value."#)
        #expect(failure("{\"source\" = \"x\"}")
            == #"scenarios/x.json:1:11: expected ':' after the key "source", got '='. JSON uses ':' between a key and its value, not '='."#)
        #expect(failure("{\"source\": \"x\"\n \"seed\": 1}")
            == "scenarios/x.json:2:2: expected ',' or '}' after an object member, got '\"'. Put a comma between members, or close the object with '}'.")
        #expect(failure(#"{"source": ["a" "b"]}"#)
            == "scenarios/x.json:1:17: expected ',' or ']' after an array element, got '\"'. Put a comma between elements, or close the array with ']'.")
        #expect(failure(#"{source: "x"}"#)
            == #"scenarios/x.json:1:2: expected a key in double quotes, got 'source'. Put the key in double quotes: "source"."#)
        #expect(failure(#"{"source": }"#)
            == "scenarios/x.json:1:12: expected a value, got '}'. A value is missing here; JSON does not allow a trailing comma or an empty element.")
    }

    @Test func unexpectedEndOfFile() {
        #expect(failure("{\"source\": \"x\",\n")
            == "scenarios/x.json:2:1: unexpected end of file inside an object, expected a key. Close the object with '}'.")
        #expect(failure("{\"source\": [\"x\"")
            == "scenarios/x.json:1:16: unexpected end of file inside an array, expected ',' or ']'. Close the array with ']'.")
        #expect(failure("{\"source\":")
            == "scenarios/x.json:1:11: unexpected end of file, expected a value. The file ends too early; complete the value or the brackets.")
    }

    @Test func badLiteralsAndNumbers() {
        #expect(failure(#"{"source": "x", "seed": True}"#)
            == "scenarios/x.json:1:25: unknown word 'True'. JSON spells it true.")
        #expect(failure(#"{"source": "x", "title": None}"#)
            == "scenarios/x.json:1:26: unknown word 'None'. JSON spells it null.")
        #expect(failure(#"{"source": "x", "title": tru}"#)
            == "scenarios/x.json:1:26: unknown word 'tru'. Did you mean true?")
        #expect(failure(#"{"source": "x", "title": hello}"#)
            == #"scenarios/x.json:1:26: unknown word 'hello', expected a value. Put text in double quotes: "hello"."#)
        #expect(failure(#"{"source": "x", "seed": 007}"#)
            == "scenarios/x.json:1:26: numbers cannot have leading zeros. Remove the leading zero.")
        #expect(failure(#"{"source": "x", "seed": 0x1F}"#)
            == "scenarios/x.json:1:25: invalid number 0x1F. JSON numbers are decimal, like 12, -3, 0.5 or 1e6.")
        #expect(failure(#"{"source": "x", "seed": +1}"#)
            == "scenarios/x.json:1:25: unexpected '+', JSON numbers have no plus sign. Remove the '+'.")
        #expect(failure(#"{"source": "x", "limits": {"time": .5}}"#)
            == "scenarios/x.json:1:36: unexpected '.', a number must start with a digit. Write 0.5 rather than .5.")
        #expect(failure(#"{"source": "x", "limits": {"time": 1.}}"#)
            == "scenarios/x.json:1:38: expected a digit after '.', got '}'. Write a complete number such as 1.0.")
        #expect(failure(#"{"source": "x", "limits": {"time": 1e}}"#)
            == "scenarios/x.json:1:38: expected a digit after the exponent, got '}'. Write a complete number such as 1e6.")
        #expect(failure(#"{"source": "x", "seed": -}"#)
            == "scenarios/x.json:1:26: expected a digit after '-', got '}'. Write a number such as -5.")
    }

    @Test func strayWhitespaceCharacter() {
        #expect(failure("{\"source\":\u{A0}\"x\"}")
            == "scenarios/x.json:1:11: unexpected U+00A0 (no-break space). Replace it with an ordinary space; JSON allows only spaces, tabs and line breaks between values.")
    }

    @Test func deepNesting() {
        let deep = "{\"source\": \"x\", \"title\": " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
        #expect(failure(deep) == "scenarios/x.json:1:537: nesting is deeper than 512 levels. A scenario needs only a few levels.")
    }

    // MARK: Structure errors

    @Test func topLevelNotAnObject() {
        #expect(failure(#"["source", "x"]"#)
            == #"scenarios/x.json:1:1: expected a JSON object at the top level, got an array. A scenario file is an object such as {"source_file": "dates.py", "seed": 1}."#)
        #expect(failure("\n  \"dates.py\"")
            == #"scenarios/x.json:2:3: expected a JSON object at the top level, got the string "dates.py". A scenario file is an object such as {"source_file": "dates.py", "seed": 1}."#)
    }

    @Test func unknownKeys() {
        #expect(failure("{\n  \"source\": \"x\",\n  \"tiebrake\": \"fifo\"\n}")
            == #"scenarios/x.json:3:3: tiebrake: unknown key "tiebrake". Did you mean "tiebreak"?"#)
        #expect(failure(#"{"source": "x", "Seed": 1}"#)
            == #"scenarios/x.json:1:17: Seed: unknown key "Seed". Did you mean "seed"?"#)
        #expect(failure(#"{"source": "x", "name": "n"}"#)
            == #"scenarios/x.json:1:17: name: unknown key "name". Did you mean "title"?"#)
        #expect(failure(#"{"source": "x", "colour": 1}"#)
            == #"scenarios/x.json:1:17: colour: unknown key "colour". Known keys: title, description, source_file, source, seed, start, limits, tiebreak, argv."#)
        #expect(failure(#"{"source": "x", "two words": 1}"#)
            == #"scenarios/x.json:1:17: ["two words"]: unknown key "two words". Known keys: title, description, source_file, source, seed, start, limits, tiebreak, argv."#)
        #expect(failure(#"{"source": "x", "time": 120}"#)
            == #"scenarios/x.json:1:17: time: unknown key "time". Did you mean limits.time? Write it inside limits: "limits": {"time": 120}."#)
    }

    @Test func unknownLimitKeys() {
        #expect(failure(#"{"source": "x", "limits": {"step": 5}}"#)
            == #"scenarios/x.json:1:28: limits.step: unknown key "step". Did you mean "steps"?"#)
        #expect(failure(#"{"source": "x", "limits": {"ram": 5}}"#)
            == #"scenarios/x.json:1:28: limits.ram: unknown key "ram". Known keys in limits: time, steps, iterations, busy, memory, recursion."#)
        #expect(failure(#"{"source": "x", "limits": {"seed": 5}}"#)
            == #"scenarios/x.json:1:28: limits.seed: "seed" does not belong inside "limits". Move it to the top level of the scenario."#)
    }

    @Test func wrongTypes() {
        #expect(failure(#"{"source": "x", "title": 5}"#)
            == #"scenarios/x.json:1:26: title: expected a string, got the number 5. Give the title as a string, e.g. "title": "two tasks"."#)
        #expect(failure(#"{"source": "x", "title": null}"#)
            == #"scenarios/x.json:1:26: title: expected a string, got null. Leave the key out to get the default (the file name), or give the title as a string, e.g. "title": "two tasks"."#)
        #expect(failure(#"{"source": "x", "description": ["a"]}"#)
            == "scenarios/x.json:1:32: description: expected a string, got an array. Give the description as a string.")
        #expect(failure(#"{"source": {"a": 1}}"#)
            == "scenarios/x.json:1:12: source: expected a string or an array of strings, got an object. Give the program as a string, or as an array of strings, one per line.")
        #expect(failure("{\"source\": [\n  \"a\",\n  \"b\",\n  \"c\",\n  42\n]}")
            == "scenarios/x.json:5:3: source[3]: expected a string (one line of the program), got the number 42. Write every line as a string in double quotes.")
        #expect(failure(#"{"source_file": false}"#)
            == #"scenarios/x.json:1:17: source_file: expected a string, got the boolean false. Give the path of a .py file as a string, e.g. "dates.py"; relative paths start from the scenario's folder."#)
        #expect(failure(#"{"source": "x", "limits": [120]}"#)
            == #"scenarios/x.json:1:27: limits: expected an object, got an array. Give an object such as {"time": 120, "steps": 100000}."#)
        #expect(failure(#"{"source": "x", "tiebreak": 1}"#)
            == #"scenarios/x.json:1:29: tiebreak: expected a string, got the number 1. Allowed values: "fifo" (the default) and "heap"."#)
        #expect(failure(#"{"source": "x", "start": 2015}"#)
            == #"scenarios/x.json:1:26: start: expected a string, got the number 2015. Give a date and time as a string, e.g. "2015-11-13T10:00:00"."#)
    }

    @Test func longStringsAreShortenedInMessages() {
        let long = String(repeating: "a", count: 50)
        #expect(failure(#"{"source": "x", "seed": "\#(long)"}"#)
            == #"scenarios/x.json:1:25: seed: expected an integer, got the string "\#(String(repeating: "a", count: 40))...". Give a whole number written with digits only, e.g. 1."#)
    }

    // MARK: Program errors

    @Test func bothSourceAndSourceFile() {
        #expect(failure("{\n  \"source_file\": \"dates.py\",\n  \"source\": \"x\"\n}", files: ["scenarios/dates.py": ""])
            == #"scenarios/x.json:3:3: source: both "source" and "source_file" are given. Keep one: "source_file" names a .py file, "source" holds the program itself."#)
    }

    @Test func neitherSourceNorSourceFile() {
        #expect(failure("{\n  \"seed\": 1\n}")
            == #"scenarios/x.json:1:1: no program: neither "source_file" nor "source" is given. Add "source_file": "program.py" (relative to the scenario's folder) or "source": ["line 1", "line 2"]."#)
    }

    @Test func sourceFileMissing() {
        #expect(failure("{\n  \"source_file\": \"dates.py\"\n}")
            == #"scenarios/x.json:2:18: source_file: cannot read "scenarios/dates.py": No such file or directory. Check the name; relative paths start from the scenario's folder (scenarios)."#)
        #expect(failure(#"{"source_file": "dates.py"}"#, path: "x.json")
            == #"x.json:1:17: source_file: cannot read "dates.py": No such file or directory. Check the name; relative paths start from the current folder."#)
        #expect(failure(#"{"source_file": "/nowhere/dates.py"}"#)
            == #"scenarios/x.json:1:17: source_file: cannot read "/nowhere/dates.py": No such file or directory. Check the path."#)
        #expect(failure(#"{"source_file": ""}"#)
            == #"scenarios/x.json:1:17: source_file: the path is empty. Give the path of a .py file, e.g. "dates.py"."#)
    }

    @Test func sourceFileMissingOnDisk() throws {
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write(dir + "/s.json", #"{"source_file": "gone.py"}"#)
        #expect(loadFailure(dir + "/s.json")
            == #"\#(dir)/s.json:1:17: source_file: cannot read "\#(dir)/gone.py": No such file or directory. Check the name; relative paths start from the scenario's folder (\#(dir))."#)
    }

    @Test func sourceFileIsAFolder() throws {
        let dir = try makeTempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/progs", withIntermediateDirectories: true)
        try write(dir + "/s.json", #"{"source_file": "progs"}"#)
        #expect(loadFailure(dir + "/s.json")
            == #"\#(dir)/s.json:1:17: source_file: "\#(dir)/progs" is a folder, not a file. Name a .py file."#)
    }

    // MARK: Value errors

    @Test func badSeeds() {
        #expect(failure(#"{"source": "x", "seed": 1.5}"#)
            == "scenarios/x.json:1:25: seed: expected an integer, got the number 1.5. Give a whole number written with digits only, e.g. 1 or 1000; fractions and exponents are not allowed.")
        #expect(failure(#"{"source": "x", "seed": 1e3}"#)
            == "scenarios/x.json:1:25: seed: expected an integer, got the number 1e3. Give a whole number written with digits only, e.g. 1 or 1000; fractions and exponents are not allowed.")
        #expect(failure(#"{"source": "x", "seed": "42"}"#)
            == #"scenarios/x.json:1:25: seed: expected an integer, got the string "42". Write the number without quotes: 42."#)
        #expect(failure(#"{"source": "x", "seed": null}"#)
            == "scenarios/x.json:1:25: seed: expected an integer, got null. Leave the key out to get the default (0), or give a whole number written with digits only, e.g. 1.")
    }

    @Test func badStartTimes() {
        func start(_ text: String) -> String? { failure(#"{"source": "x", "start": "\#(text)"}"#) }
        let at = "scenarios/x.json:1:26: start: "
        #expect(start("2015-11-13T10:00:00Z")
            == at + #"time zones are not supported, got "2015-11-13T10:00:00Z". Remove "Z"; the start is a local time such as "2015-11-13T10:00:00"."#)
        #expect(start("2015-11-13T10:00:00.5+01:00")
            == at + #"time zones are not supported, got "2015-11-13T10:00:00.5+01:00". Remove "+01:00"; the start is a local time such as "2015-11-13T10:00:00"."#)
        #expect(start("13/11/2015 10:00")
            == at + #"expected a date and time like "2015-11-13T10:00:00", got "13/11/2015 10:00". Use YYYY-MM-DDTHH:MM:SS, optionally with up to 6 fractional digits (.ffffff); a space may replace the T."#)
        #expect(start("2015-11-13")
            == at + #"expected a date and time like "2015-11-13T10:00:00", got "2015-11-13". Add a time of day: "2015-11-13T00:00:00"."#)
        #expect(start("2015-11-13T10:00")
            == at + #"expected a date and time like "2015-11-13T10:00:00", got "2015-11-13T10:00". Add the seconds: "2015-11-13T10:00:00"."#)
        #expect(start("2015-11-13T10:00:00.1234567")
            == at + #"the fraction of a second has 7 digits, at most 6 are allowed, got "2015-11-13T10:00:00.1234567". Give at most microseconds, e.g. "2015-11-13T10:00:00.250000"."#)
        #expect(start("0000-01-01T00:00:00")
            == at + #"year 0000 is out of range, got "0000-01-01T00:00:00". Years run from 0001 to 9999."#)
        #expect(start("2015-13-01T10:00:00")
            == at + #"month 13 is out of range, got "2015-13-01T10:00:00". Months run from 01 to 12."#)
        #expect(start("2015-02-29T10:00:00")
            == at + #"day 29 is out of range for February 2015, got "2015-02-29T10:00:00". February 2015 has 28 days."#)
        #expect(start("1900-02-29T10:00:00")
            == at + #"day 29 is out of range for February 1900, got "1900-02-29T10:00:00". February 1900 has 28 days."#)
        #expect(start("2015-04-31T10:00:00")
            == at + #"day 31 is out of range for April 2015, got "2015-04-31T10:00:00". April has 30 days."#)
        #expect(start("2015-11-13T24:00:00")
            == at + #"hour 24 is out of range, got "2015-11-13T24:00:00". Hours run from 00 to 23."#)
        #expect(start("2015-11-13T10:60:00")
            == at + #"minute 60 is out of range, got "2015-11-13T10:60:00". Minutes run from 00 to 59."#)
        #expect(start("2015-11-13T10:00:60")
            == at + #"second 60 is out of range, got "2015-11-13T10:00:60". Seconds run from 00 to 59; leap seconds are not supported."#)
    }

    @Test func badLimits() {
        #expect(failure("{\"source\": \"x\",\n  \"limits\": {\"time\": \"abc\"}}")
            == #"scenarios/x.json:2:22: limits.time: expected a number, got the string "abc". Give the limit in virtual seconds, e.g. 120."#)
        #expect(failure(#"{"source": "x", "limits": {"time": "120"}}"#)
            == #"scenarios/x.json:1:36: limits.time: expected a number, got the string "120". Write the number without quotes: 120."#)
        #expect(failure(#"{"source": "x", "limits": {"time": 0}}"#)
            == "scenarios/x.json:1:36: limits.time: must be greater than 0, got 0. Give the limit in virtual seconds, e.g. 120.")
        #expect(failure(#"{"source": "x", "limits": {"time": -1.5}}"#)
            == "scenarios/x.json:1:36: limits.time: must be greater than 0, got -1.5. Give the limit in virtual seconds, e.g. 120.")
        #expect(failure(#"{"source": "x", "limits": {"time": 1e999}}"#)
            == "scenarios/x.json:1:36: limits.time: the number 1e999 is too large. Give the limit in virtual seconds, e.g. 120.")
        #expect(failure(#"{"source": "x", "limits": {"steps": 1.5}}"#)
            == "scenarios/x.json:1:37: limits.steps: expected an integer, got the number 1.5. Give a whole number written with digits only, e.g. 100000; fractions and exponents are not allowed.")
        #expect(failure(#"{"source": "x", "limits": {"steps": 0}}"#)
            == "scenarios/x.json:1:37: limits.steps: must be greater than 0, got 0. Give the most scheduler steps to run as a whole number, e.g. 100000.")
        #expect(failure(#"{"source": "x", "limits": {"steps": -3}}"#)
            == "scenarios/x.json:1:37: limits.steps: must be greater than 0, got -3. Give the most scheduler steps to run as a whole number, e.g. 100000.")
        #expect(failure(#"{"source": "x", "limits": {"steps": 99999999999999999999}}"#)
            == "scenarios/x.json:1:37: limits.steps: the number 99999999999999999999 is too large. The largest allowed is 9223372036854775807.")
        #expect(failure(#"{"source": "x", "limits": {"steps": "many"}}"#)
            == #"scenarios/x.json:1:37: limits.steps: expected an integer, got the string "many". Give the most scheduler steps to run as a whole number, e.g. 100000."#)
    }

    @Test func badTiebreak() {
        #expect(failure(#"{"source": "x", "tiebreak": "random"}"#)
            == #"scenarios/x.json:1:29: tiebreak: expected "fifo" or "heap", got "random". Allowed values: "fifo" (the default) and "heap"."#)
        #expect(failure(#"{"source": "x", "tiebreak": "HEAP"}"#)
            == #"scenarios/x.json:1:29: tiebreak: expected "fifo" or "heap", got "HEAP". Did you mean "heap"? Allowed values: "fifo" (the default) and "heap"."#)
    }

    @Test func errorDescriptionParts() {
        let e = ScenarioError(file: "a.json", line: 4, column: 11, keyPath: "limits.time", message: "m", hint: "Do x.")
        #expect(e.description == "a.json:4:11: limits.time: m. Do x.")
        #expect(ScenarioError(file: "a.json", message: "m", hint: "").description == "a.json: m.")
    }
}
