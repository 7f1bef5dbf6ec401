/// Tokens produced by `Lexer`, consumed by `Parser`.
///
/// Lines are 1-based. Columns are 1-based and count Unicode scalars, so a
/// caret printed under `column` lands where CPython puts it.

public enum TokenKind: UInt8, Sendable {
    case name        // identifier (soft keywords like `match` stay names)
    case keyword     // hard keyword: False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield
    case int         // value: .int
    case float       // value: .float
    case imaginary   // value: .float (the imaginary part); refused later as unsupported
    case string      // value: .string (escapes decoded); adjacent strings are joined by the parser
    case bytes       // value: .bytes
    case fstring     // value: .fstring
    case op          // operator or delimiter; `text` holds it ("+", "**=", "->", ":=", "...", "(", ...)
    case newline     // end of a logical line
    case indent
    case dedent
    case eof
}

public enum FStringPart: Sendable, Equatable {
    case literal(String)
    /// `{expr!conv:spec}`. `source` is the expression text exactly as written
    /// (without the `=` of a self-documenting `{x=}`), starting at `line`/`column`.
    /// `selfDoc` is the literal text to print before the value for `{x=}`
    /// (e.g. "x=" or "x = "), nil otherwise. `spec` is nil when there is no `:`.
    case expression(source: String, line: Int, column: Int, conversion: Character?, spec: [FStringPart]?, selfDoc: String?)
}

public enum TokenValue: Sendable, Equatable {
    case none
    /// Digits without prefix or underscores, in `radix` (2, 8, 10 or 16).
    case int(digits: String, radix: Int)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case fstring([FStringPart])
}

public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    /// Source text of the token (for names, keywords and operators this is what the parser matches on).
    public var text: String
    public var value: TokenValue
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int   // exclusive, 1-based

    public init(kind: TokenKind, text: String, value: TokenValue = .none, line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.kind = kind; self.text = text; self.value = value
        self.line = line; self.column = column; self.endLine = endLine; self.endColumn = endColumn
    }
}

/// A compile-time error, printed the way CPython prints a `SyntaxError`.
public struct PySyntaxError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable { case syntax = "SyntaxError", indentation = "IndentationError", tab = "TabError", unsupported = "Unsupported", tooDeep = "RecursionError" }

    /// CPython's limit on nesting while parsing and compiling (about 3000 levels in 3.11).
    public static let maxNesting = 2990

    /// The error for an expression nested beyond `maxNesting` levels.
    static func tooDeep(line: Int, column: Int) -> PySyntaxError {
        PySyntaxError(.tooDeep, "maximum recursion depth exceeded during compilation", line: line, column: column)
    }
    public var kind: Kind
    public var message: String
    public var line: Int
    public var column: Int      // 1-based; 0 when unknown
    public var endColumn: Int   // 1-based exclusive; 0 when unknown (CPython prints one caret then)

    public init(_ kind: Kind = .syntax, _ message: String, line: Int, column: Int, endColumn: Int = 0) {
        self.kind = kind; self.message = message; self.line = line; self.column = column; self.endColumn = endColumn
    }
}
