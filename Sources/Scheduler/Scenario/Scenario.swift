/// Loading and validating scenario files (`.json`, or a bare `.py`).
///
/// Every problem becomes a `ScenarioError` that names the file, the line and
/// column of the offending text when there is one, the key path, what is
/// wrong, and what to do about it. Only the first problem is reported.

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A scenario: a `RunConfig` with a name, a title and a description.
public struct Scenario: Sendable {
    public var path: String
    public var name: String
    public var title: String
    public var description: String
    public var config: RunConfig

    /// Scenario files and programs larger than this are refused before reading.
    public static let maxFileBytes = 10 << 20

    /// A scenario with every default, for programs that do not come from a file (tests, tools).
    public init(source: String, path: String = "<inline>") {
        self.path = path
        self.name = Self.baseName(path)
        self.title = Self.fileName(path)
        self.description = ""
        self.config = RunConfig(source: source, file: path)
    }
}

public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var keyPath: String?
    /// What is wrong, without a final period.
    public var message: String
    /// What to do, as whole sentences; may be empty.
    public var hint: String

    public init(file: String, line: Int? = nil, column: Int? = nil, keyPath: String? = nil, message: String, hint: String) {
        self.file = file; self.line = line; self.column = column
        self.keyPath = keyPath; self.message = message; self.hint = hint
    }

    /// `file:line:column: key.path: message. Hint.`; the file name and key path escaped
    /// (`SafeText`): they come from the user, and a newline in them would forge a line.
    public var description: String {
        var out = SafeText.escape(file)
        if let line {
            out += ":\(line)"
            if let column { out += ":\(column)" }
        }
        out += ": "
        if let keyPath { out += SafeText.escape(keyPath) + ": " }
        out += message + "."
        if !hint.isEmpty { out += " " + hint }
        return out
    }
}

/// What a `readFile` function passed to `Scenario.parse` may throw, so that
/// messages about a `source_file` can be precise. Any other error is shown as is.
public enum ScenarioReadError: Error, Sendable, Equatable {
    /// The OS refused, e.g. "No such file or directory".
    case cannotRead(reason: String)
    case isDirectory
    /// Larger than `Scenario.maxFileBytes`.
    case tooLarge(bytes: Int)
    /// A FIFO, socket or device: reading could block forever.
    case notRegular
    /// A file of a kernel pseudo-filesystem (procfs, sysfs, …): its size says nothing and
    /// its contents are the machine's, not a program.
    case pseudoFile(fileSystem: String)
    /// Position of the first byte that is not UTF-8.
    case notUTF8(line: Int, column: Int, byte: UInt8)
}

// MARK: - Loading

extension Scenario {
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        if isDirectory(path) {
            throw ScenarioError(file: path, message: "this is a folder, not a scenario file",
                                hint: "Give a .json scenario or a .py program inside it.")
        }
        let ext = fileExtension(path)
        switch ext.lowercased() {
        case "json":
            let text = try readScenarioFile(path)
            return try parse(json: text, path: path, readFile: { file in try readText(path: file) })
        case "py":
            return python(source: stripBOM(try readScenarioFile(path)), path: path)
        case "":
            throw ScenarioError(file: path, message: "the file name has no extension, so its kind is unknown",
                                hint: "Give a .json scenario or a .py program.")
        default:
            throw ScenarioError(file: path, message: "unsupported file type \".\(ext)\"",
                                hint: "Give a .json scenario or a .py program.")
        }
    }

    /// A bare Python file: the whole file is the program and every default applies.
    static func python(source: String, path: String) -> Scenario {
        Scenario(source: source, path: path)
    }

    /// Reads the file named on the command line, turning failures into scenario errors.
    static func readScenarioFile(_ path: String) throws(ScenarioError) -> String {
        do {
            return try readText(path: path)
        } catch {
            switch error {
            case .cannotRead(let reason):
                // "Check the path" only helps when there is nothing there.
                let hint = FileManager.default.fileExists(atPath: path) ? "Check that the file can be read." : relativeHint(path)
                throw ScenarioError(file: path, message: "cannot read the file: \(reason)", hint: hint)
            case .isDirectory:
                throw ScenarioError(file: path, message: "this is a folder, not a scenario file",
                                    hint: "Give a .json scenario or a .py program inside it.")
            case .tooLarge(let bytes):
                throw ScenarioError(file: path, message: tooLargeMessage(bytes), hint: "Programs for schedviz are small; check that this is the right file.")
            case .notRegular:
                throw ScenarioError(file: path, message: "not a regular file (a pipe, socket or device)", hint: "Give a .json scenario or a .py program saved in a file.")
            case .pseudoFile(let fs):
                throw ScenarioError(file: path, message: "this is " + pseudoFileMessage(fs) + ", not a program", hint: "Give a .json scenario or a .py program saved in a file.")
            case .notUTF8(let line, let column, let byte):
                throw notUTF8Error(file: path, line: line, column: column, byte: byte)
            }
        }
    }

    static func tooLargeMessage(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "the file is \(tenths / 10).\(tenths % 10) MB, over the \(maxFileBytes >> 20) MB limit"
    }

    static func relativeHint(_ path: String) -> String {
        if path.hasPrefix("/") { return "Check the path." }
        return "Check the path; it is relative to the current folder (\(FileManager.default.currentDirectoryPath))."
    }

    static func notUTF8Error(file: String, line: Int, column: Int, byte: UInt8) -> ScenarioError {
        let hex = String(byte, radix: 16, uppercase: true)
        let shown = "0x" + (hex.count < 2 ? "0" + hex : hex)
        let hint = fileExtension(file).lowercased() == "py"
            ? "Save the file as UTF-8; Python coding declarations are not supported."
            : "Save the file as UTF-8."
        return ScenarioError(file: file, line: line, column: column,
                             message: "the file is not valid UTF-8 (byte \(shown))", hint: hint)
    }

    /// The name of the kernel pseudo-filesystem `path` lies on (`procfs`, `sysfs`, …), or nil.
    public static func pseudoFileSystem(at path: String) -> String? {
        var fs = [Int64](repeating: 0, count: 32)
        return fs.withUnsafeMutableBytes({ c_statfs(path, $0.baseAddress!) }) == 0 ? pseudoFileSystems[fs[0] & 0xffff_ffff] : nil
    }

    public static func pseudoFileMessage(_ fileSystem: String) -> String {
        "a file of the kernel's \(fileSystem) pseudo-filesystem"
    }

    /// The one reader for scenario and source files: refuses folders, pipes, devices and
    /// pseudo-files before reading, and reads at most `maxFileBytes + 1` bytes whatever
    /// `stat` says (procfs reports 0 for files of any length).
    public static func readText(path: String) throws(ScenarioReadError) -> String {
        // stat first: opening a device can have effects of its own.
        var info = stat()
        if stat(path, &info) != 0 { throw .cannotRead(reason: String(cString: strerror(errno))) }
        try checkKind(info, statfsOf: path)
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        if fd < 0 { throw errno == EISDIR ? .isDirectory : .cannotRead(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        // Again on what was opened: the path may have changed in between.
        if fstat(fd, &info) != 0 { throw .cannotRead(reason: String(cString: strerror(errno))) }
        try checkKind(info, statfsOf: nil, fd: fd)
        var bytes = [UInt8](repeating: 0, count: min(max(Int(info.st_size), 0), maxFileBytes) + 1)
        var count = 0
        while count <= maxFileBytes {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, maxFileBytes + 1 - count)) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw errno == EISDIR ? .isDirectory : .cannotRead(reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
        }
        if count > maxFileBytes { throw .tooLarge(bytes: max(Int(info.st_size), count)) }
        bytes.removeLast(bytes.count - count)
        return try decodeUTF8(bytes)
    }

    /// Folders, non-regular files and files on kernel pseudo-filesystems are refused.
    private static func checkKind(_ info: stat, statfsOf path: String?, fd: Int32 = -1) throws(ScenarioReadError) {
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw .isDirectory }
        if type != S_IFREG { throw .notRegular }
        if let name = path.map(pseudoFileSystem(at:)) ?? pseudoFileSystem(fd: fd) { throw .pseudoFile(fileSystem: name) }
    }

    private static func pseudoFileSystem(fd: Int32) -> String? {
        var fs = [Int64](repeating: 0, count: 32)
        return fs.withUnsafeMutableBytes({ c_fstatfs(fd, $0.baseAddress!) }) == 0 ? pseudoFileSystems[fs[0] & 0xffff_ffff] : nil
    }

    /// Linux `f_type` magic numbers of the filesystems whose files are the kernel's views.
    static let pseudoFileSystems: [Int64: String] = [
        0x9fa0: "procfs", 0x6265_6572: "sysfs", 0x1cd1: "devpts", 0x6462_6720: "debugfs",
        0x7472_6163: "tracefs", 0x7363_6673: "securityfs", 0x0027_e0eb: "cgroup", 0x6367_7270: "cgroup2",
        0x6265_6570: "configfs", 0xde5e_81e4: "efivarfs", 0x6165_676c: "pstore", 0xcafe_4a11: "bpf",
        0x4249_4e4d: "binfmt_misc", 0x6573_5543: "fusectl", 0x1980_0202: "mqueue", 0x0187: "autofs",
        0x5346_4846: "nsfs", 0x5049_5045: "pipefs", 0x534f_434b: "sockfs", 0x0000_9fa2: "usbdevfs",
    ]

    static func isDirectory(_ path: String) -> Bool {
        var isDir = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir
    }

    /// Strict UTF-8 decoding that reports where the first bad byte is.
    public static func decodeUTF8(_ bytes: [UInt8]) throws(ScenarioReadError) -> String {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var line = 1, column = 1, offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return String(scalars)
            case .error:
                throw .notUTF8(line: line, column: column, byte: bytes[offset])
            }
        }
    }

    static func stripBOM(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    // MARK: Paths

    static func fileName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/"), trimmed.count > 1 {
            return String(trimmed[trimmed.index(after: slash)...])
        }
        return String(trimmed)
    }

    /// Like Python's `os.path.splitext`: a leading dot does not start an extension.
    static func fileExtension(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    static func baseName(_ path: String) -> String {
        let name = fileName(path)
        let ext = fileExtension(path)
        return ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
    }

    /// The folder part of `path` as given ("" for a bare file name).
    static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// `source_file` joined to the scenario's folder, keeping the user's spelling.
    static func resolve(_ sourceFile: String, relativeTo scenarioPath: String) -> String {
        if sourceFile.hasPrefix("/") { return sourceFile }
        let dir = folder(scenarioPath)
        if dir.isEmpty { return sourceFile }
        return dir.hasSuffix("/") ? dir + sourceFile : dir + "/" + sourceFile
    }
}

// Glibc's module does not bring <sys/vfs.h>; the two calls are plain C functions.
// struct statfs (120 bytes on 64-bit Linux) begins with f_type, a long: the buffers are 256 bytes.
@_silgen_name("statfs") private func c_statfs(_ path: UnsafePointer<CChar>, _ buf: UnsafeMutableRawPointer) -> Int32
@_silgen_name("fstatfs") private func c_fstatfs(_ fd: Int32, _ buf: UnsafeMutableRawPointer) -> Int32

// MARK: - Parsing

extension Scenario {
    public static func parse(json: String, path: String, readFile: (String) throws -> String) throws(ScenarioError) -> Scenario {
        let text = stripBOM(json)
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            throw ScenarioError(file: path, message: text.isEmpty ? "the file is empty" : "the file contains only whitespace",
                                hint: "A scenario is a JSON object such as {\"source_file\": \"dates.py\"}.")
        }
        let root: JSONValue
        do {
            root = try JSON.parse(text)
        } catch {
            throw ScenarioError(file: path, line: error.position.line, column: error.position.column,
                                keyPath: error.keyPath, message: error.message, hint: error.hint)
        }
        var reader = ScenarioReader(path: path)
        return try reader.read(root, readFile: readFile)
    }
}

/// Walks the parsed JSON and fills a `Scenario`, key by key in file order.
private struct ScenarioReader {
    let path: String
    var scenario: Scenario
    var sourceMember: JSONMember?
    var sourceFileMember: JSONMember?

    static let topKeys = ["title", "description", "source_file", "source", "seed", "start", "limits", "tiebreak", "argv"]
    static let limitKeys = ["time", "steps", "iterations", "busy", "memory", "recursion"]
    static let defaults = RunConfig.defaults.limits

    /// Names people reach for that are too far from ours for the edit distance to catch.
    static let aliases: [String: String] = [
        "name": "title", "file": "source_file", "path": "source_file", "script": "source_file",
        "source_path": "source_file", "program": "source", "code": "source", "src": "source",
        "random_seed": "seed", "args": "argv", "arguments": "argv", "start_time": "start", "date": "start", "datetime": "start",
        "time": "limits.time", "steps": "limits.steps", "time_limit": "limits.time", "timeout": "limits.time",
        "step_limit": "limits.steps", "max_steps": "limits.steps", "max_time": "limits.time",
    ]
    static let limitAliases: [String: String] = [
        "seconds": "time", "timeout": "time", "max_time": "time", "time_limit": "time",
        "step": "steps", "max_steps": "steps", "step_limit": "steps",
        "loops": "iterations", "loop_iterations": "iterations", "cpu": "busy", "mem": "memory",
        "memory_mb": "memory", "depth": "recursion", "recursion_limit": "recursion", "stack": "recursion",
    ]

    init(path: String) {
        self.path = path
        scenario = Scenario(source: "", path: path)
    }

    mutating func read(_ root: JSONValue, readFile: (String) throws -> String) throws(ScenarioError) -> Scenario {
        guard case .object(let members) = root.kind else {
            throw error(at: root.position, nil, "expected a JSON object at the top level, got \(describe(root))",
                        hint: "A scenario file is an object such as {\"source_file\": \"dates.py\", \"seed\": 1}.")
        }
        for member in members {
            try readMember(member)
        }
        try checkProgram(root)
        if let member = sourceFileMember {
            try loadSourceFile(member, readFile: readFile)
        }
        return scenario
    }

    mutating func readMember(_ member: JSONMember) throws(ScenarioError) {
        let value = member.value
        let key = member.key
        switch key {
        case "title":
            scenario.title = try string(value, key, hint: "Give the title as a string, e.g. \"title\": \"two tasks\".",
                                        defaultText: "the file name")
        case "description":
            scenario.description = try string(value, key, hint: "Give the description as a string.",
                                              defaultText: "no description")
        case "source_file":
            sourceFileMember = member
            let file = try string(value, key, hint: "Give the path of a .py file as a string, e.g. \"dates.py\"; relative paths start from the scenario's folder.")
            if file.isEmpty {
                throw error(at: value.position, key, "the path is empty", hint: "Give the path of a .py file, e.g. \"dates.py\".")
            }
        case "source":
            sourceMember = member
            scenario.config.source = try source(value)
        case "seed":
            try readSeed(value)
        case "start":
            let text = try string(value, key, hint: "Give a date and time as a string, e.g. \"2015-11-13T10:00:00\".",
                                  defaultText: RunConfig.defaults.start.isoformat())
            scenario.config.start = try startTime(text, at: value.position)
        case "limits":
            try readLimits(value)
        case "tiebreak":
            try readTiebreak(value)
        case "argv":
            scenario.config.argv = try argv(value)
        default:
            throw unknownKey(member, known: Self.topKeys, aliases: Self.aliases, parents: [])
        }
    }

    /// Exactly one of `source` and `source_file`.
    func checkProgram(_ root: JSONValue) throws(ScenarioError) {
        switch (sourceMember, sourceFileMember) {
        case (let a?, let b?):
            let later = a.keyPosition.line > b.keyPosition.line
                || (a.keyPosition.line == b.keyPosition.line && a.keyPosition.column > b.keyPosition.column) ? a : b
            throw error(at: later.keyPosition, later.key, "both \"source\" and \"source_file\" are given",
                        hint: "Keep one: \"source_file\" names a .py file, \"source\" holds the program itself.")
        case (nil, nil):
            throw error(at: root.position, nil, "no program: neither \"source_file\" nor \"source\" is given",
                        hint: "Add \"source_file\": \"program.py\" (relative to the scenario's folder) or \"source\": [\"line 1\", \"line 2\"].")
        default:
            return
        }
    }

    mutating func loadSourceFile(_ member: JSONMember, readFile: (String) throws -> String) throws(ScenarioError) {
        guard case .string(let file) = member.value.kind else { return }
        let resolved = Scenario.resolve(file, relativeTo: path)
        let at = member.value.position
        do {
            scenario.config.source = Scenario.stripBOM(try readFile(resolved))
            scenario.config.file = resolved
        } catch let failure as ScenarioReadError {
            switch failure {
            case .cannotRead(let reason):
                throw error(at: at, "source_file", "cannot read \(JSON.quoted(resolved)): \(reason)",
                            hint: sourceFileHint(file))
            case .isDirectory:
                throw error(at: at, "source_file", "\(JSON.quoted(resolved)) is a folder, not a file",
                            hint: "Name a .py file.")
            case .tooLarge(let bytes):
                throw error(at: at, "source_file", "\(JSON.quoted(resolved)): \(Scenario.tooLargeMessage(bytes))",
                            hint: "Programs for schedviz are small; check that this is the right file.")
            case .notRegular:
                throw error(at: at, "source_file", "\(JSON.quoted(resolved)) is not a regular file (a pipe, socket or device)",
                            hint: "Name a .py file.")
            case .pseudoFile(let fs):
                throw error(at: at, "source_file", "\(JSON.quoted(resolved)) is \(Scenario.pseudoFileMessage(fs)), not a program",
                            hint: "Name a .py file.")
            case .notUTF8(let line, let column, let byte):
                throw Scenario.notUTF8Error(file: resolved, line: line, column: column, byte: byte)
            }
        } catch {
            throw self.error(at: at, "source_file", "cannot read \(JSON.quoted(resolved)): \(error)",
                             hint: sourceFileHint(file))
        }
    }

    func sourceFileHint(_ file: String) -> String {
        if file.hasPrefix("/") { return "Check the path." }
        let dir = Scenario.folder(path)
        let shown = dir.isEmpty ? "the current folder" : "the scenario's folder (\(dir))"
        return "Check the name; relative paths start from \(shown)."
    }

    // MARK: Values

    func string(_ value: JSONValue, _ key: String, hint: String, defaultText: String? = nil) throws(ScenarioError) -> String {
        if case .string(let s) = value.kind { return s }
        throw typeError(value, key, expected: "a string", hint: hint, defaultText: defaultText)
    }

    func source(_ value: JSONValue) throws(ScenarioError) -> String {
        let hint = "Give the program as a string, or as an array of strings, one per line."
        switch value.kind {
        case .string(let s):
            return s
        case .array(let elements):
            var out = ""
            for (i, element) in elements.enumerated() {
                guard case .string(let line) = element.kind else {
                    throw error(at: element.position, "source[\(i)]",
                                "expected a string (one line of the program), got \(describe(element))",
                                hint: "Write every line as a string in double quotes.")
                }
                out += line + "\n"
            }
            return out
        default:
            throw typeError(value, "source", expected: "a string or an array of strings", hint: hint)
        }
    }

    /// `sys.argv`: strings, the first the program's name as `python3` gives it.
    func argv(_ value: JSONValue) throws(ScenarioError) -> [String] {
        let hint = "Give sys.argv as an array of strings, the program's name first, e.g. [\"prog.py\", \"--verbose\"]."
        guard case .array(let elements) = value.kind else {
            throw typeError(value, "argv", expected: "an array of strings", hint: hint, defaultText: "[the program's file name]")
        }
        if elements.isEmpty {
            throw error(at: value.position, "argv", "the array is empty", hint: hint)
        }
        var out: [String] = []
        for (i, element) in elements.enumerated() {
            guard case .string(let s) = element.kind else {
                throw error(at: element.position, "argv[\(i)]", "expected a string, got \(describe(element))",
                            hint: "Write every argument as a string in double quotes, e.g. \"3\" for the number 3.")
            }
            if s.unicodeScalars.contains("\0") {
                throw error(at: element.position, "argv[\(i)]", "the argument contains a NUL character",
                            hint: "A command-line argument cannot hold NUL; remove it.")
            }
            out.append(s)
        }
        return out
    }

    mutating func readSeed(_ value: JSONValue) throws(ScenarioError) {
        let hint = "Give a whole number written with digits only, e.g. 1."
        guard case .number(let text) = value.kind else {
            throw typeError(value, "seed", expected: "an integer", hint: hint, defaultText: "0")
        }
        guard Self.isIntegerLiteral(text) else {
            throw error(at: value.position, "seed", "expected an integer, got the number \(JSON.shownNumber(text))",
                        hint: "Give a whole number written with digits only, e.g. 1 or 1000; fractions and exponents are not allowed.")
        }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        // Python's json module refuses longer integers, and the conversion below is quadratic.
        if digits.utf8.count > IntLimits.maxStrDigits {
            throw error(at: value.position, "seed", "the number \(JSON.shownNumber(text)) has more than \(IntLimits.maxStrDigits) digits",
                        hint: "Give a seed of at most \(IntLimits.maxStrDigits) digits, e.g. 1.")
        }
        scenario.config.seed = Seed(decimal: text)
    }

    /// JSON integer literal: -?(0|[1-9][0-9]*). JSON's grammar already forbids leading zeros.
    static func isIntegerLiteral(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return false }
        return digits == "0" || !digits.hasPrefix("0")
    }

    mutating func readLimits(_ value: JSONValue) throws(ScenarioError) {
        guard case .object(let members) = value.kind else {
            throw typeError(value, "limits", expected: "an object", hint: "Give an object such as {\"time\": 120, \"steps\": 100000}.",
                            defaultText: "time \(Self.plain(Self.defaults.time)), steps \(Self.defaults.steps)")
        }
        for member in members {
            switch member.key {
            case "time": scenario.config.limits.time = try timeLimit(member.value)
            case "steps": scenario.config.limits.steps = try stepLimit(member.value)
            case "iterations":
                scenario.config.limits.loopIterations = try wholeNumber(member.value, "limits.iterations", example: 1000000,
                                                          what: "the most loop iterations in the whole run",
                                                          defaultValue: Self.defaults.loopIterations)
            case "busy":
                scenario.config.limits.busy = try wholeNumber(member.value, "limits.busy", example: 1000000,
                                                     what: "the most loop iterations between two yields",
                                                     defaultValue: Self.defaults.busy)
            case "memory":
                scenario.config.limits.memoryMB = try wholeNumber(member.value, "limits.memory", example: 512,
                                                         what: "the most memory in megabytes",
                                                         defaultValue: Self.defaults.memoryMB,
                                                         maximum: RunLimits.maxMemoryMB)
            case "recursion":
                scenario.config.limits.recursion = try wholeNumber(member.value, "limits.recursion", example: 1000,
                                                          what: "the deepest Python call nesting",
                                                          defaultValue: Self.defaults.recursion,
                                                          maximum: RunLimits.maxRecursion)
            default: throw unknownKey(member, known: Self.limitKeys, aliases: Self.limitAliases, parents: [.key("limits")])
            }
        }
    }

    func timeLimit(_ value: JSONValue) throws(ScenarioError) -> Double {
        let key = "limits.time"
        let hint = "Give the limit in virtual seconds, e.g. 120."
        guard case .number(let text) = value.kind else {
            throw typeError(value, key, expected: "a number", hint: hint, defaultText: Self.plain(Self.defaults.time))
        }
        guard let seconds = Double(text), seconds.isFinite else {
            throw error(at: value.position, key, "the number \(JSON.shownNumber(text)) is too large", hint: hint)
        }
        guard seconds > 0 else {
            throw error(at: value.position, key, "must be greater than 0, got \(JSON.shownNumber(text))", hint: hint)
        }
        return seconds
    }

    func stepLimit(_ value: JSONValue) throws(ScenarioError) -> Int {
        try wholeNumber(value, "limits.steps", example: 100000, what: "the most scheduler steps to run",
                        defaultValue: Self.defaults.steps)
    }

    /// A positive integer limit, at most `maximum`.
    func wholeNumber(_ value: JSONValue, _ key: String, example: Int, what: String, defaultValue: Int,
                     maximum: Int = Int.max) throws(ScenarioError) -> Int {
        let hint = "Give \(what) as a whole number, e.g. \(example)."
        guard case .number(let text) = value.kind else {
            throw typeError(value, key, expected: "an integer", hint: hint, defaultText: String(defaultValue))
        }
        guard Self.isIntegerLiteral(text) else {
            throw error(at: value.position, key, "expected an integer, got the number \(JSON.shownNumber(text))",
                        hint: "Give a whole number written with digits only, e.g. \(example); fractions and exponents are not allowed.")
        }
        if text.hasPrefix("-") || text == "0" {
            throw error(at: value.position, key, "must be greater than 0, got \(JSON.shownNumber(text))", hint: hint)
        }
        guard let n = Int(text), n <= maximum else {
            throw error(at: value.position, key, "the number \(JSON.shownNumber(text)) is too large",
                        hint: "The largest allowed is \(maximum).")
        }
        return n
    }

    mutating func readTiebreak(_ value: JSONValue) throws(ScenarioError) {
        let allowed = "Allowed values: \"fifo\" (the default) and \"heap\"."
        guard case .string(let text) = value.kind else {
            throw typeError(value, "tiebreak", expected: "a string", hint: allowed, defaultText: "\"fifo\"")
        }
        guard let tiebreak = Tiebreak(rawValue: text) else {
            let names = Tiebreak.allCases.map(\.rawValue)
            let suggestion = Self.nearest(text, in: names).map { "Did you mean \"\($0)\"? " } ?? ""
            throw error(at: value.position, "tiebreak", "expected \"fifo\" or \"heap\", got \(JSON.quoted(text))",
                        hint: suggestion + allowed)
        }
        scenario.config.tiebreak = tiebreak
    }

    // MARK: Start time

    func startTime(_ text: String, at position: JSONPosition) throws(ScenarioError) -> CivilDateTime {
        do {
            return try StartTimeParser.parse(text)
        } catch {
            throw self.error(at: position, "start", error.message + ", got \(JSON.quoted(text))", hint: error.hint)
        }
    }

    // MARK: Errors

    func error(at position: JSONPosition, _ keyPath: String?, _ message: String, hint: String) -> ScenarioError {
        ScenarioError(file: path, line: position.line, column: position.column, keyPath: keyPath, message: message, hint: hint)
    }

    /// "expected X, got Y"; for null, points out that leaving the key out gives the default.
    func typeError(_ value: JSONValue, _ key: String, expected: String, hint: String, defaultText: String? = nil) -> ScenarioError {
        var hint = hint
        if case .null = value.kind, let defaultText {
            hint = "Leave the key out to get the default (\(defaultText)), or " + hint.prefix(1).lowercased() + hint.dropFirst()
        } else if case .string(let s) = value.kind, Self.looksLike(expected, s) {
            hint = "Write the number without quotes: \(s)."
        }
        return error(at: value.position, key, "expected \(expected), got \(describe(value))", hint: hint)
    }

    /// Whether a quoted string would have been the right value without its quotes.
    static func looksLike(_ expected: String, _ s: String) -> Bool {
        if expected == "an integer" { return isIntegerLiteral(s) }
        guard expected == "a number", s.unicodeScalars.first.map({ $0 == "-" || ($0 >= "0" && $0 <= "9") }) == true,
              let value = try? JSON.parse(s), case .number = value.kind else { return false }
        return !s.unicodeScalars.contains { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }

    func unknownKey(_ member: JSONMember, known: [String], aliases: [String: String], parents: [JSON.PathComponent]) -> ScenarioError {
        let key = member.key
        let path = JSON.keyPath(parents + [.key(key)])
        let hint: String
        if !parents.isEmpty, Self.topKeys.contains(key) {
            // A top-level key written inside "limits".
            return error(at: member.keyPosition, path, "\(JSON.quoted(key)) does not belong inside \"limits\"",
                         hint: "Move it to the top level of the scenario.")
        } else if let target = aliases[key.lowercased()] ?? Self.nearest(key, in: known) {
            if target.hasPrefix("limits.") {
                let inner = String(target.dropFirst("limits.".count))
                hint = "Did you mean \(target)? Write it inside limits: \"limits\": {\"\(inner)\": \(inner == "time" ? "120" : "100000")}."
            } else {
                hint = "Did you mean \"\(target)\"?"
            }
        } else {
            hint = "Known keys" + (parents.isEmpty ? "" : " in limits") + ": " + known.joined(separator: ", ") + "."
        }
        return error(at: member.keyPosition, path, "unknown key \(JSON.quoted(key))", hint: hint)
    }

    /// The known name closest to `word`, if it is close enough to be a likely typo.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        let lower = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lower, Array(candidate))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(lower.count, best.name.count) / 3)
        return best.distance <= allowed ? best.name : nil
    }

    /// Optimal string alignment distance: Levenshtein plus swaps of neighbours ("tiebraek").
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// How a value is named in "got ...": `the string "abc"`, `the number 5`, `an array`.
    func describe(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: return "null"
        case .bool(let b): return "the boolean \(b)"
        case .number(let text): return "the number \(JSON.shownNumber(text))"
        case .string(let s):
            let limit = 40
            let shown = s.count > limit ? String(s.prefix(limit)) + "..." : s
            return "the string \(JSON.quoted(shown))"
        case .array(let a): return a.isEmpty ? "an empty array" : "an array"
        case .object(let o): return o.isEmpty ? "an empty object" : "an object"
        }
    }

    /// 1000000.0 -> "1000000", for showing defaults.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

// MARK: - Start time parsing

struct StartTimeError: Error {
    var message: String
    var hint: String
}

/// `YYYY-MM-DDTHH:MM:SS[.f{1,6}]`, with a space allowed in place of the T.
enum StartTimeParser {
    static let format = "Use YYYY-MM-DDTHH:MM:SS, optionally with up to 6 fractional digits (.ffffff); a space may replace the T."

    static func parse(_ text: String) throws(StartTimeError) -> CivilDateTime {
        let chars = Array(text.unicodeScalars)
        try rejectTimeZone(chars)
        guard chars.count >= 19, chars[4] == "-", chars[7] == "-", chars[13] == ":", chars[16] == ":" else {
            throw formatError(chars)
        }
        guard chars[10] == "T" || chars[10] == " " else { throw formatError(chars) }
        guard let year = number(chars, 0, 4), let month = number(chars, 5, 2), let day = number(chars, 8, 2),
              let hour = number(chars, 11, 2), let minute = number(chars, 14, 2), let second = number(chars, 17, 2)
        else { throw formatError(chars) }
        let microsecond = try fraction(chars)
        try checkRanges(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond)
    }

    /// "Z", "+01:00" or "-0500" after the seconds (or fraction) is a zone, not garbage.
    static func rejectTimeZone(_ chars: [Unicode.Scalar]) throws(StartTimeError) {
        guard chars.count > 19 else { return }
        var i = 19
        if chars[i] == "." { i += 1; while i < chars.count, isDigit(chars[i]) { i += 1 } }
        guard i < chars.count else { return }
        let rest = String(String.UnicodeScalarView(chars[i...]))
        let isZone = rest == "Z" || rest == "z" || rest.first == "+" || rest.first == "-"
            || rest.trimmingPrefix(" ").uppercased() == "UTC"
        if isZone {
            throw StartTimeError(message: "time zones are not supported",
                                 hint: "Remove \(JSON.quoted(rest)); the start is a local time such as \"2015-11-13T10:00:00\".")
        }
    }

    static func fraction(_ chars: [Unicode.Scalar]) throws(StartTimeError) -> Int {
        guard chars.count > 19 else { return 0 }
        guard chars[19] == "." else { throw formatError(chars) }
        let digits = chars[20...]
        guard !digits.isEmpty, digits.allSatisfy(isDigit) else { throw formatError(chars) }
        guard digits.count <= 6 else {
            throw StartTimeError(message: "the fraction of a second has \(digits.count) digits, at most 6 are allowed",
                                 hint: "Give at most microseconds, e.g. \"2015-11-13T10:00:00.250000\".")
        }
        var value = 0
        for d in digits { value = value * 10 + Int(d.value - 48) }
        for _ in digits.count..<6 { value *= 10 }
        return value
    }

    static func checkRanges(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) throws(StartTimeError) {
        func fail(_ message: String, _ hint: String) -> StartTimeError { StartTimeError(message: message, hint: hint) }
        if year < 1 { throw fail("year 0000 is out of range", "Years run from 0001 to 9999.") }
        if month < 1 || month > 12 { throw fail("month \(two(month)) is out of range", "Months run from 01 to 12.") }
        let days = CivilCalendar.daysInMonth(year: year, month: month)
        if day < 1 || day > days {
            let monthName = monthNames[month - 1]
            let detail = month == 2 ? "\(monthName) \(year) has \(days) days" : "\(monthName) has \(days) days"
            throw fail("day \(two(day)) is out of range for \(monthName) \(year)", "\(detail).")
        }
        if hour > 23 { throw fail("hour \(two(hour)) is out of range", "Hours run from 00 to 23.") }
        if minute > 59 { throw fail("minute \(two(minute)) is out of range", "Minutes run from 00 to 59.") }
        if second > 59 { throw fail("second \(two(second)) is out of range", "Seconds run from 00 to 59; leap seconds are not supported.") }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    static func formatError(_ chars: [Unicode.Scalar]) -> StartTimeError {
        let text = String(String.UnicodeScalarView(chars))
        // Near misses get a precise fix when adding the missing part makes them valid.
        let dateOnly = chars.count == 10 && (try? parse(text + "T00:00:00")) != nil
        let noSeconds = chars.count == 16 && (try? parse(text + ":00")) != nil
        var hint = format
        if dateOnly { hint = "Add a time of day: \"\(text)T00:00:00\"." }
        if noSeconds { hint = "Add the seconds: \"\(text):00\"." }
        return StartTimeError(message: "expected a date and time like \"2015-11-13T10:00:00\"", hint: hint)
    }

    static func number(_ chars: [Unicode.Scalar], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= chars.count else { return nil }
        var value = 0
        for c in chars[start..<(start + count)] {
            guard isDigit(c) else { return nil }
            value = value * 10 + Int(c.value - 48)
        }
        return value
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
