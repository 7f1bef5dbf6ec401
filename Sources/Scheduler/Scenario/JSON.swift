/// A strict JSON parser (RFC 8259) that remembers where every key and value
/// starts, so that scenario errors can point at the offending text.
///
/// Strict means: no comments, no trailing commas, no single quotes, no NaN or
/// Infinity, no raw control characters in strings, no leading zeros, and (as a
/// choice of this project) no duplicate keys. Numbers keep their literal text
/// so that integers of any size survive.
///
/// Lines and columns are 1-based; columns count Unicode scalars, like the
/// Python lexer's tokens.

public struct JSONPosition: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
}

public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var keyPosition: JSONPosition
    public var value: JSONValue
}

public struct JSONValue: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number exactly as written, e.g. "-12", "1.5e3".
        case number(String)
        case string(String)
        case array([JSONValue])
        /// Members in file order.
        case object([JSONMember])
    }
    public var kind: Kind
    /// Where the value starts (its first character: quote, bracket, digit...).
    public var position: JSONPosition
}

/// A syntax error in the JSON text. `keyPath` is set only for errors that
/// belong to a key (duplicate keys).
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public var position: JSONPosition
    public var keyPath: String?
    public var message: String
    public var hint: String
}

public enum JSON {
    /// Deeper nesting than this is refused rather than risking the stack.
    public static let maxDepth = 512

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(text)
        return try parser.parseDocument()
    }

    /// `a.b`, `a[3]`, or `a["odd key"]` for keys that are not plain words.
    static func keyPath(_ components: [PathComponent]) -> String {
        var out = ""
        for component in components {
            switch component {
            case .index(let i):
                out += "[\(i)]"
            case .key(let k):
                if isPlainKey(k) {
                    out += out.isEmpty ? k : "." + k
                } else {
                    out += "[" + quoted(k) + "]"
                }
            }
        }
        return out
    }

    enum PathComponent: Equatable {
        case key(String)
        case index(Int)
    }

    private static func isPlainKey(_ k: String) -> Bool {
        guard let first = k.unicodeScalars.first, !(first >= "0" && first <= "9") else { return false }
        return k.unicodeScalars.allSatisfy { isWordScalar($0) }
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_"
    }

    /// A number as written, cut short when long: a message must stay one readable line.
    static func shownNumber(_ text: String) -> String {
        text.utf8.count <= 40 ? text : String(text.prefix(32)) + "... (\(text.count) characters)"
    }

    /// A string as JSON would write it, for messages: `"a\"b"`.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

// MARK: - Parser

private struct JSONParser {
    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var lineStart = 0          // index of the first scalar of the current line
    var path: [JSON.PathComponent] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var position: JSONPosition { JSONPosition(line: line, column: index - lineStart + 1) }
    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if let c = current {
            throw error("unexpected \(describe(c)) after the end of the JSON value",
                        hint: "A scenario file holds exactly one JSON object; remove what follows it.")
        }
        return value
    }

    // MARK: Values

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        guard let c = current else {
            throw error("unexpected end of file, expected a value",
                        hint: "The file ends too early; complete the value or the brackets.")
        }
        switch c {
        case "{": return JSONValue(kind: try parseObject(), position: start)
        case "[": return JSONValue(kind: try parseArray(), position: start)
        case "\"": return JSONValue(kind: .string(try parseString()), position: start)
        case "-", "0"..."9": return JSONValue(kind: .number(try parseNumber()), position: start)
        default: break
        }
        if isWordStart(c) {
            return JSONValue(kind: try parseWord(), position: start)
        }
        throw unexpectedValue(c)
    }

    /// The error for a character that cannot start a value, with advice for the usual mistakes.
    func unexpectedValue(_ c: Unicode.Scalar) -> JSONSyntaxError {
        switch c {
        case "'":
            return error("strings must use double quotes, got a single quote",
                         hint: "Write \"text\" instead of 'text'.")
        case "/":
            return commentError()
        case "+":
            return error("unexpected '+', JSON numbers have no plus sign", hint: "Remove the '+'.")
        case ".":
            return error("unexpected '.', a number must start with a digit", hint: "Write 0.5 rather than .5.")
        case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}":
            return error("expected a value, got \(describe(c))",
                         hint: "Use straight double quotes (\") around strings; an editor may have replaced them.")
        case "]", "}", ",":
            return error("expected a value, got \(describe(c))",
                         hint: "A value is missing here; JSON does not allow a trailing comma or an empty element.")
        default:
            if c.properties.isWhitespace {
                return error("unexpected \(describe(c))",
                             hint: "Replace it with an ordinary space; JSON allows only spaces, tabs and line breaks between values.")
            }
            return error("expected a value, got \(describe(c))",
                         hint: "A value is a string in double quotes, a number, true, false, null, an array [...] or an object {...}.")
        }
    }

    func commentError() -> JSONSyntaxError {
        error("comments are not allowed in JSON", hint: "Remove the comment; a \"description\" key can hold notes.")
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONValue.Kind {
        try checkDepth()
        advance() // {
        var members: [JSONMember] = []
        var seen: [String: JSONPosition] = [:]
        skipWhitespace()
        if current == "}" {
            advance()
            return .object([])
        }
        while true {
            skipWhitespace()
            let keyPosition = position
            let key = try parseKey(afterComma: !members.isEmpty)
            path.append(.key(key))
            if let first = seen[key] {
                throw JSONSyntaxError(position: keyPosition, keyPath: JSON.keyPath(path),
                                      message: "duplicate key \(JSON.quoted(key)) (first given at line \(first.line), column \(first.column))",
                                      hint: "Keep only one of them.")
            }
            seen[key] = keyPosition
            skipWhitespace()
            try expectColon(after: key)
            skipWhitespace()
            let value = try parseValue()
            path.removeLast()
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            if try endOfContainer(close: "}", what: "member", kind: "object") { break }
        }
        return .object(members)
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue.Kind {
        try checkDepth()
        advance() // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == "]" {
            advance()
            return .array([])
        }
        while true {
            path.append(.index(elements.count))
            elements.append(try parseValue())
            path.removeLast()
            skipWhitespace()
            if try endOfContainer(close: "]", what: "element", kind: "array") { break }
            skipWhitespace()
            if current == "]" {
                throw error("trailing comma before ']'", hint: "Remove the last comma; JSON does not allow trailing commas.")
            }
        }
        return .array(elements)
    }

    /// After a member or element: consumes ',' (returns false) or the closing bracket (returns true).
    mutating func endOfContainer(close: Unicode.Scalar, what: String, kind: String) throws(JSONSyntaxError) -> Bool {
        guard let c = current else {
            throw error("unexpected end of file inside an \(kind), expected ',' or '\(close)'",
                        hint: "Close the \(kind) with '\(close)'.")
        }
        if c == close { advance(); return true }
        if c == "," { advance(); return false }
        if c == "/" { throw commentError() }
        throw error("expected ',' or '\(close)' after an \(kind) \(what), got \(describe(c))",
                    hint: "Put a comma between \(what)s, or close the \(kind) with '\(close)'.")
    }

    mutating func parseKey(afterComma: Bool) throws(JSONSyntaxError) -> String {
        skipWhitespace()
        guard let c = current else {
            throw error("unexpected end of file inside an object, expected a key",
                        hint: "Close the object with '}'.")
        }
        if c == "\"" { return try parseString() }
        if c == "}" && afterComma {
            throw error("trailing comma before '}'", hint: "Remove the last comma; JSON does not allow trailing commas.")
        }
        if c == "'" {
            throw error("keys must use double quotes, got a single quote", hint: "Write \"key\" instead of 'key'.")
        }
        if c == "/" { throw commentError() }
        if isWordStart(c) {
            let word = peekWord()
            throw error("expected a key in double quotes, got '\(word)'",
                        hint: "Put the key in double quotes: \(JSON.quoted(word)).")
        }
        throw error("expected a key in double quotes, got \(describe(c))",
                    hint: "Each member of an object is \"key\": value.")
    }

    mutating func expectColon(after key: String) throws(JSONSyntaxError) {
        guard let c = current else {
            throw error("unexpected end of file, expected ':' after the key \(JSON.quoted(key))",
                        hint: "Give the key a value: \(JSON.quoted(key)): value.")
        }
        guard c == ":" else {
            let hint = c == "=" ? "JSON uses ':' between a key and its value, not '='."
                                : "Write \(JSON.quoted(key)): value."
            throw error("expected ':' after the key \(JSON.quoted(key)), got \(describe(c))", hint: hint)
        }
        advance()
    }

    /// The path grows by one per open container, so it doubles as the depth.
    func checkDepth() throws(JSONSyntaxError) {
        guard path.count < JSON.maxDepth else {
            throw error("nesting is deeper than \(JSON.maxDepth) levels", hint: "A scenario needs only a few levels.")
        }
    }

    // MARK: Literals

    mutating func parseWord() throws(JSONSyntaxError) -> JSONValue.Kind {
        let word = peekWord()
        switch word {
        case "true": skip(word); return .bool(true)
        case "false": skip(word); return .bool(false)
        case "null": skip(word); return .null
        case "NaN", "Infinity":
            throw error("\(word) is not allowed in JSON", hint: "Give a finite number.")
        case "True", "False", "None", "TRUE", "FALSE", "NULL", "Null":
            let fix = ["True": "true", "TRUE": "true", "False": "false", "FALSE": "false"][word] ?? "null"
            throw error("unknown word '\(word)'", hint: "JSON spells it \(fix).")
        default:
            if ["tru", "fals", "nul", "ture", "flase", "nill", "nil", "none", "undefined"].contains(word.lowercased()) {
                let fix = word.lowercased().hasPrefix("f") ? "false" : word.lowercased().hasPrefix("t") ? "true" : "null"
                throw error("unknown word '\(word)'", hint: "Did you mean \(fix)?")
            }
            throw error("unknown word '\(word)', expected a value",
                        hint: "Put text in double quotes: \(JSON.quoted(word)).")
        }
    }

    func isWordStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }

    func peekWord() -> String {
        var end = index
        while end < scalars.count, JSON.isWordScalar(scalars[end]) { end += 1 }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[index..<end])
        return word
    }

    mutating func skip(_ word: String) {
        index += word.unicodeScalars.count
    }

    /// Keeps the literal text; checks the grammar -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?.
    mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let startIndex = index
        let start = position
        if current == "-" {
            advance()
            if current == "I" && peekWord() == "Infinity" {
                throw error("-Infinity is not allowed in JSON", hint: "Give a finite number.")
            }
        }
        guard let first = current, isDigit(first) else {
            throw error("expected a digit after '-', got \(describeOrEnd(current))", hint: "Write a number such as -5.")
        }
        advance()
        if first == "0", let c = current, isDigit(c) {
            throw error("numbers cannot have leading zeros", hint: "Remove the leading zero.")
        }
        skipDigits()
        if current == "." {
            advance()
            try requireDigit(after: "'.'", example: "1.0")
        }
        if current == "e" || current == "E" {
            advance()
            if current == "+" || current == "-" { advance() }
            try requireDigit(after: "the exponent", example: "1e6")
        }
        if let c = current, JSON.isWordScalar(c) || c == "." {
            // e.g. 0x10, 12abc, 1.2.3: name the whole run rather than a confusing "expected ','".
            var end = index
            while end < scalars.count, JSON.isWordScalar(scalars[end]) || scalars[end] == "." { end += 1 }
            let text = String(String.UnicodeScalarView(scalars[startIndex..<end]))
            throw JSONSyntaxError(position: start, keyPath: nil, message: "invalid number \(JSON.shownNumber(text))",
                                  hint: "JSON numbers are decimal, like 12, -3, 0.5 or 1e6.")
        }
        return String(String.UnicodeScalarView(scalars[startIndex..<index]))
    }

    mutating func requireDigit(after what: String, example: String) throws(JSONSyntaxError) {
        guard let c = current, isDigit(c) else {
            throw error("expected a digit after \(what), got \(describeOrEnd(current))", hint: "Write a complete number such as \(example).")
        }
        skipDigits()
    }

    mutating func skipDigits() {
        while let c = current, isDigit(c) { advance() }
    }

    func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    // MARK: Strings

    mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = position
        advance() // opening quote
        var out = String.UnicodeScalarView()
        while true {
            guard let c = current else {
                throw error("unterminated string (it starts at line \(start.line), column \(start.column)): the file ends before the closing quote",
                            hint: "Close the string with \".")
            }
            if c == "\"" { advance(); break }
            if c == "\n" || c == "\r" {
                throw error("the line ends inside a string (it starts at column \(start.column)); JSON strings cannot span lines",
                            hint: "Close the string with \" before the end of the line; write \\n for a line break (\"source\" can also be an array of lines).")
            }
            if c.value < 0x20 {
                let escape = c == "\t" ? "\\t" : "\\u" + JSON.hex4(c.value)
                throw error("control character U+\(JSON.hex4(c.value))\(c == "\t" ? " (tab)" : "") is not allowed in a string",
                            hint: "Write it as the escape \(escape).")
            }
            if c == "\\" {
                out.append(try parseEscape())
            } else {
                out.append(c)
                advance()
            }
        }
        return String(out)
    }

    mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let escapeStart = position
        advance() // backslash
        guard let c = current else {
            throw error("unterminated string: the file ends after a backslash", hint: "Close the string with \".")
        }
        let simple: [Unicode.Scalar: Unicode.Scalar] = [
            "\"": "\"", "\\": "\\", "/": "/", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t",
        ]
        if let decoded = simple[c] {
            advance()
            return decoded
        }
        guard c == "u" else {
            let shown = c.value < 0x20 ? "U+" + JSON.hex4(c.value) : "\\" + String(Character(c))
            throw JSONSyntaxError(position: escapeStart, keyPath: nil, message: "invalid escape \(shown) in a string",
                                  hint: "Valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write \\\\ for a backslash.")
        }
        advance()
        let unit = try parseHex4(escapeStart)
        switch unit {
        case 0xD800...0xDBFF:
            // A high surrogate must be followed by \u and a low surrogate.
            guard current == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" else {
                throw unpairedSurrogate(unit, at: escapeStart)
            }
            let lowStart = position
            index += 2
            let low = try parseHex4(lowStart)
            guard (0xDC00...0xDFFF).contains(low) else { throw unpairedSurrogate(unit, at: escapeStart) }
            let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            return Unicode.Scalar(value)!
        case 0xDC00...0xDFFF:
            throw unpairedSurrogate(unit, at: escapeStart)
        default:
            return Unicode.Scalar(unit)!
        }
    }

    func unpairedSurrogate(_ unit: UInt32, at start: JSONPosition) -> JSONSyntaxError {
        let kind = unit < 0xDC00 ? "high surrogate \\u\(JSON.hex4(unit)) is not followed by a low surrogate"
                                 : "low surrogate \\u\(JSON.hex4(unit)) has no high surrogate before it"
        return JSONSyntaxError(position: start, keyPath: nil, message: "invalid escape: the \(kind)",
                               hint: "Characters beyond U+FFFF are written as a pair like \\uD83D\\uDE00, or as the character itself.")
    }

    mutating func parseHex4(_ escapeStart: JSONPosition) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = current, let digit = hexValue(c) else {
                throw JSONSyntaxError(position: escapeStart, keyPath: nil,
                                      message: "invalid escape: \\u must be followed by 4 hex digits",
                                      hint: "Write it like \\u00E9.")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f": return c.value - 87
        case "A"..."F": return c.value - 55
        default: return nil
        }
    }

    // MARK: Characters and positions

    /// JSON whitespace only: space, tab, LF, CR. Anything else is an error where it is used.
    mutating func skipWhitespace() {
        while let c = current {
            switch c {
            case " ", "\t": index += 1
            case "\n": newline(after: index)
            case "\r":
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                newline(after: index)
            default: return
            }
        }
    }

    mutating func newline(after i: Int) {
        index = i + 1
        line += 1
        lineStart = index
    }

    /// Moves past one scalar that is not a line break.
    mutating func advance() { index += 1 }

    func error(_ message: String, hint: String) -> JSONSyntaxError {
        JSONSyntaxError(position: position, keyPath: nil, message: message, hint: hint)
    }

    func describeOrEnd(_ c: Unicode.Scalar?) -> String {
        c.map(describe) ?? "the end of the file"
    }

    /// How a stray character is shown: 'x', or U+00A0 (name) for invisible ones.
    func describe(_ c: Unicode.Scalar) -> String {
        if isWordStart(c) { return "'\(peekWord())'" }
        if c.value >= 0x21 && c.value < 0x7F { return "'\(Character(c))'" }
        let names: [UInt32: String] = [
            0x0B: "vertical tab", 0x0C: "form feed", 0xA0: "no-break space", 0x200B: "zero-width space",
            0xFEFF: "byte order mark", 0x2028: "line separator", 0x201C: "left curly quote", 0x201D: "right curly quote",
            0x2018: "left curly single quote", 0x2019: "right curly single quote",
        ]
        let name = names[c.value].map { " (\($0))" } ?? (c.properties.isWhitespace || c.value < 0x20 ? "" : " '\(Character(c))'")
        return "U+\(JSON.hex4(c.value))\(name)"
    }
}
