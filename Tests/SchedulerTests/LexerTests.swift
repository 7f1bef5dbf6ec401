import Testing
@testable import Scheduler

// MARK: - Helpers

private func lex(_ source: String) throws(PySyntaxError) -> [Token] {
    try Lexer.tokenize(source)
}

/// Kind and text of each token, e.g. "name:x", "op:=", "newline", "eof".
private func summary(_ source: String) throws(PySyntaxError) -> [String] {
    try lex(source).map { summaryOf($0) }
}

private func summaryOf(_ t: Token) -> String {
    switch t.kind {
    case .newline: return "newline"
    case .indent: return "indent"
    case .dedent: return "dedent"
    case .eof: return "eof"
    default: return "\(t.kind):\(t.text)"
    }
}

private func lexError(_ source: String) -> PySyntaxError? {
    do {
        _ = try Lexer.tokenize(source)
        return nil
    } catch {
        return error
    }
}

private func expressionError(_ source: String, line: Int, column: Int) -> PySyntaxError? {
    do {
        _ = try Lexer.tokenizeExpression(source, line: line, column: column)
        return nil
    } catch {
        return error
    }
}

/// The value of the first token of `source`.
private func value(_ source: String) throws(PySyntaxError) -> TokenValue {
    try lex(source)[0].value
}

private func parts(_ source: String) throws(PySyntaxError) -> [FStringPart] {
    guard case .fstring(let p) = try lex(source)[0].value else { return [] }
    return p
}

private func expr(_ source: String, _ line: Int, _ column: Int, conversion: Character? = nil,
                  spec: [FStringPart]? = nil, selfDoc: String? = nil) -> FStringPart {
    .expression(source: source, line: line, column: column, conversion: conversion, spec: spec, selfDoc: selfDoc)
}

// MARK: - Tokens and positions

@Test func simpleStatementTokensAndPositions() throws {
    let t = try lex("x = 1\n")
    #expect(t.map(summaryOf) == ["name:x", "op:=", "int:1", "newline", "eof"])
    #expect((t[0].line, t[0].column, t[0].endLine, t[0].endColumn) == (1, 1, 1, 2))
    #expect((t[1].column, t[1].endColumn) == (3, 4))
    #expect((t[2].column, t[2].endColumn) == (5, 6))
    // NEWLINE sits on the newline character; EOF has column 0 like CPython's offset.
    #expect((t[3].line, t[3].column, t[3].endColumn) == (1, 6, 6))
    #expect((t[4].line, t[4].column) == (1, 0))
}

@Test func columnsCountUnicodeScalars() throws {
    let t = try lex("s = 'é€😀' + naïve\n")
    #expect(t[2].text == "'é€😀'")
    #expect((t[2].column, t[2].endColumn) == (5, 10))
    #expect((t[3].column, t[4].column, t[4].endColumn) == (11, 13, 18))
    #expect(t[4].kind == .name && t[4].text == "naïve")
}

@Test func newlineStartsAtTrailingComment() throws {
    let t = try lex("x = 1  # note\n")
    #expect(t[3].kind == .newline)
    #expect((t[3].column, t[3].endColumn) == (8, 14))
}

@Test func hardKeywordsAndSoftKeywords() throws {
    #expect(try summary("if not x: pass\n") == ["keyword:if", "keyword:not", "name:x", "op::", "keyword:pass", "newline", "eof"])
    #expect(try summary("match case _ type\n") == ["name:match", "name:case", "name:_", "name:type", "newline", "eof"])
    #expect(try summary("async await None True False\n") ==
            ["keyword:async", "keyword:await", "keyword:None", "keyword:True", "keyword:False", "newline", "eof"])
}

@Test func unicodeIdentifiers() throws {
    #expect(try summary("π = 3\nnaïve_2 = π\n") == ["name:π", "op:=", "int:3", "newline", "name:naïve_2", "op:=", "name:π", "newline", "eof"])
}

@Test func lastLineWithoutNewline() throws {
    let t = try lex("x = 1")
    #expect(t.map(summaryOf) == ["name:x", "op:=", "int:1", "newline", "eof"])
    #expect((t[3].line, t[3].column) == (1, 6))
}

@Test func emptyAndBlankSources() throws {
    #expect(try summary("") == ["eof"])
    #expect(try summary("\n\n  \n# only a comment\n") == ["eof"])
    #expect(try summary("   ") == ["eof"])
}

@Test func crlfAndCrNewlines() throws {
    let lf = try lex("if x:\n    y = 'a'\nz\n")
    #expect(try lex("if x:\r\n    y = 'a'\r\nz\r\n") == lf)
    #expect(try lex("if x:\r    y = 'a'\rz\r") == lf)
    // Inside a triple-quoted string too.
    #expect(try value("'''a\r\nb'''\n") == .string("a\nb"))
}

@Test func byteOrderMarkIsDropped() throws {
    #expect(try summary("\u{FEFF}x\n") == ["name:x", "newline", "eof"])
}

// MARK: - Indentation

@Test func indentAndDedent() throws {
    let src = "if a:\n    b\n    if c:\n        d\ne\n"
    #expect(try summary(src) == [
        "keyword:if", "name:a", "op::", "newline",
        "indent", "name:b", "newline",
        "keyword:if", "name:c", "op::", "newline",
        "indent", "name:d", "newline",
        "dedent", "dedent", "name:e", "newline", "eof",
    ])
    let t = try lex(src)
    #expect((t[4].line, t[4].column, t[4].endColumn) == (2, 1, 5))
    #expect((t[14].line, t[14].column) == (5, 1))
}

@Test func dedentsAtEndOfFile() throws {
    let t = try lex("def f():\n  if x:\n    return 1")
    #expect(Array(t.suffix(4)).map(summaryOf) == ["newline", "dedent", "dedent", "eof"])
    // On the last line, past its end (CPython's offset for "unexpected unindent").
    #expect((t[t.count - 2].line, t[t.count - 2].column) == (3, 13))
}

@Test func blankAndCommentLinesDoNotAffectIndentation() throws {
    let src = "if a:\n\n      # odd comment\n  b\n   \n  c\n"
    #expect(try summary(src) == ["keyword:if", "name:a", "op::", "newline", "indent", "name:b", "newline",
                                 "name:c", "newline", "dedent", "eof"])
}

@Test func tabsAdvanceToMultiplesOfEight() throws {
    // "  \t" and "\t" both reach column 8 but are only consistent when the
    // tab-as-one-column widths agree too, so CPython refuses the mix...
    #expect(lexError("if a:\n  \tb\n\tc\n")?.kind == .tab)
    // ...while a form feed resets the column.
    #expect(try summary("if a:\n\tb\n\u{0C}\tc\n") == ["keyword:if", "name:a", "op::", "newline", "indent",
                                                       "name:b", "newline", "name:c", "newline", "dedent", "eof"])
}

@Test func implicitLineJoiningInsideBrackets() throws {
    let src = "x = [1,\n       2,\n  # comment\n\n    3]\ny\n"
    #expect(try summary(src) == ["name:x", "op:=", "op:[", "int:1", "op:,", "int:2", "op:,", "int:3", "op:]", "newline",
                                 "name:y", "newline", "eof"])
}

@Test func backslashContinuation() throws {
    #expect(try summary("x = 1 + \\\n    2\n") == ["name:x", "op:=", "int:1", "op:+", "int:2", "newline", "eof"])
    // A backslash in the indentation fixes the indentation there.
    #expect(try summary("if x:\n  \\\n    y\n") == ["keyword:if", "name:x", "op::", "newline", "indent", "name:y", "newline", "dedent", "eof"])
}

// MARK: - Numbers

@Test func integerLiterals() throws {
    #expect(try value("42\n") == .int(digits: "42", radix: 10))
    #expect(try value("1_000_000\n") == .int(digits: "1000000", radix: 10))
    #expect(try value("0xFF_ff\n") == .int(digits: "FFff", radix: 16))
    #expect(try value("0o7_7\n") == .int(digits: "77", radix: 8))
    #expect(try value("0B1010\n") == .int(digits: "1010", radix: 2))
    #expect(try value("0x_1\n") == .int(digits: "1", radix: 16))
    #expect(try value("0\n") == .int(digits: "0", radix: 10))
    #expect(try value("00_0\n") == .int(digits: "0", radix: 10))
    let big = String(repeating: "9", count: 60)
    #expect(try value(big + "\n") == .int(digits: big, radix: 10))
    #expect(try lex("0x1F\n")[0].text == "0x1F")
}

@Test func floatAndImaginaryLiterals() throws {
    #expect(try value("1.\n") == .float(1.0))
    #expect(try value(".5\n") == .float(0.5))
    #expect(try value("1e10\n") == .float(1e10))
    #expect(try value("1_000.5e-3\n") == .float(1.0005))
    #expect(try value("09.5\n") == .float(9.5))
    #expect(try value("1e400\n") == .float(.infinity))
    #expect(try lex("1.5\n")[0].kind == .float)
    let j = try lex("1j 2.5J 1e3j\n")
    #expect(j[0].kind == .imaginary && j[0].value == .float(1))
    #expect(j[1].kind == .imaginary && j[1].value == .float(2.5))
    #expect(j[2].kind == .imaginary && j[2].value == .float(1000))
}

@Test func numberFollowedByKeyword() throws {
    // CPython only warns here; the number ends where the keyword starts.
    #expect(try summary("1if x else 2\n") == ["int:1", "keyword:if", "name:x", "keyword:else", "int:2", "newline", "eof"])
    #expect(try summary("0x1for\n") == ["int:0x1f", "keyword:or", "newline", "eof"])
    #expect(try summary("1else\n") == ["int:1", "keyword:else", "newline", "eof"])
}

// MARK: - Strings

@Test func stringPrefixesAndKinds() throws {
    let t = try lex(#"'a' "b" u'c' r'\d' b'e' Rb'\f' bR'g' f'h' fR'i' Rf'j' F'k'"# + "\n")
    #expect(t[0..<11].map(\.kind) == [.string, .string, .string, .string, .bytes, .bytes, .bytes,
                                      .fstring, .fstring, .fstring, .fstring])
    #expect(t[3].value == .string(#"\d"#))
    #expect(t[3].text == #"r'\d'"#)
    #expect(t[5].value == .bytes([0x5C, 0x66]))
}

@Test func invalidPrefixesAreNames() throws {
    #expect(try summary("ur'' bu'' fb''\n") == ["name:ur", "string:''", "name:bu", "string:''", "name:fb", "string:''", "newline", "eof"])
}

@Test func escapeSequences() throws {
    #expect(try value(#"'\n\t\\\'\"\a\b\f\v\r\0'"# + "\n") == .string("\n\t\\'\"\u{07}\u{08}\u{0C}\u{0B}\r\0"))
    #expect(try value(#"'\101\x41\u00e9\U0001F600'"# + "\n") == .string("AAé😀"))
    #expect(try value(#"'\777'"# + "\n") == .string("\u{1FF}"))
    #expect(try value(#"'\N{EURO SIGN}\N{latin small letter a}'"# + "\n") == .string("€a"))
    // Unknown escapes are kept (CPython only warns).
    #expect(try value(#"'\d\q\é'"# + "\n") == .string(#"\d\q\é"#))
    // Backslash-newline continues the string.
    #expect(try value("'ab\\\ncd'\n") == .string("abcd"))
}

@Test func rawStringsKeepBackslashes() throws {
    #expect(try value(#"r'\n\'x'"# + "\n") == .string(#"\n\'x"#))
    #expect(try value("r'a\\\nb'\n") == .string("a\\\nb"))
}

@Test func bytesLiterals() throws {
    #expect(try value(#"b'A\x42\101\n\u1234\777'"# + "\n") == .bytes([0x41, 0x42, 0x41, 0x0A] + Array(#"\u1234"#.utf8) + [0xFF]))
    #expect(try value("b''\n") == .bytes([]))
}

@Test func tripleQuotedStrings() throws {
    let t = try lex("x = '''a\n'b'\n\"\"\"c'''\ny\n")
    #expect(t[2].value == .string("a\n'b'\n\"\"\"c"))
    #expect((t[2].line, t[2].column, t[2].endLine, t[2].endColumn) == (1, 5, 3, 8))
    #expect((t[4].line, t[4].column) == (4, 1))
    #expect(try value("''''''\n") == .string(""))
    #expect(try summary("'' ''\n") == ["string:''", "string:''", "newline", "eof"])
}

// MARK: - f-strings

@Test func fstringLiteralAndExpressionParts() throws {
    #expect(try parts(#"f'a{x}b{{c}}\n{y!r:>10}'"# + "\n") == [
        .literal("a"), expr("x", 1, 5), .literal("b{c}\n"),
        expr("y", 1, 16, conversion: "r", spec: [.literal(">10")]),
    ])
    #expect(try parts("f''\n") == [])
    #expect(try parts("f'{{}}'\n") == [.literal("{}")])
}

@Test func fstringRawKeepsBackslashes() throws {
    #expect(try parts(#"rf'\n{x}\d'"# + "\n") == [.literal(#"\n"#), expr("x", 1, 7), .literal(#"\d"#)])
}

@Test func fstringNestedFormatSpec() throws {
    #expect(try parts("f'{x:{w}.{p}f}'\n") == [
        expr("x", 1, 4, spec: [expr("w", 1, 7), .literal("."), expr("p", 1, 11), .literal("f")]),
    ])
    #expect(try parts("f'{x:}'\n") == [expr("x", 1, 4, spec: [])])
}

@Test func fstringSelfDocumentingExpressions() throws {
    #expect(try parts("f'{x=}'\n") == [expr("x", 1, 4, conversion: "r", selfDoc: "x=")])
    #expect(try parts("f'{x = }'\n") == [expr("x ", 1, 4, conversion: "r", selfDoc: "x = ")])
    #expect(try parts("f'{x=!s}'\n") == [expr("x", 1, 4, conversion: "s", selfDoc: "x=")])
    // With a format spec and no conversion CPython uses format(), not repr.
    #expect(try parts("f'{x=:>5}'\n") == [expr("x", 1, 4, spec: [.literal(">5")], selfDoc: "x=")])
}

@Test func fstringExpressionScanning() throws {
    // "!=", "==", "<=", ">=" do not end the expression; brackets nest; the other quote may appear.
    #expect(try parts("f'{a != b}'\n") == [expr("a != b", 1, 4)])
    #expect(try parts("f'{a == b <= c}'\n") == [expr("a == b <= c", 1, 4)])
    #expect(try parts("f'{d[\"k\"]:{w}}'\n") == [expr("d[\"k\"]", 1, 4, spec: [expr("w", 1, 12)])])
    #expect(try parts("f'{ {1: 2}[1] }'\n") == [expr(" {1: 2}[1] ", 1, 4)])
    #expect(try parts("f\"{'}' + x!a}\"\n") == [expr("'}' + x", 1, 4, conversion: "a")])
}

@Test func fstringMultilineExpressionPosition() throws {
    let t = try lex("x = f'''abc\n{\n  y}'''\n")
    #expect(t[2].value == .fstring([.literal("abc\n"), expr("\n  y", 2, 2)]))
}

// MARK: - tokenizeExpression

@Test func expressionTokensAreOffsetToTheirPlace() throws {
    let t = try Lexer.tokenizeExpression("a + f(b)", line: 3, column: 10)
    #expect(t.map(summaryOf) == ["name:a", "op:+", "name:f", "op:(", "name:b", "op:)", "eof"])
    #expect((t[0].line, t[0].column, t[0].endColumn) == (3, 10, 11))
    #expect((t[4].line, t[4].column) == (3, 16))
    #expect((t[6].line, t[6].column, t[6].endColumn) == (3, 18, 19))
}

@Test func expressionIgnoresNewlines() throws {
    let t = try Lexer.tokenizeExpression("\n  a,\nb", line: 2, column: 5)
    #expect(t.map(summaryOf) == ["name:a", "op:,", "name:b", "eof"])
    #expect((t[0].line, t[0].column) == (3, 3))
    #expect((t[2].line, t[2].column) == (4, 1))
}

@Test func expressionErrorsUseCPythonCoordinates() {
    // x = f'{1abc}': CPython reports relative to "(1abc)".
    #expect(expressionError("1abc", line: 1, column: 8) == PySyntaxError(.syntax, "invalid decimal literal", line: 1, column: 2, endColumn: 2))
    // String errors get the "f-string: " prefix (and UTF-8 byte columns, as CPython's sub-parser).
    #expect(expressionError("b\"é\"", line: 1, column: 8) ==
            PySyntaxError(.syntax, "f-string: bytes can only contain ASCII literal characters", line: 1, column: 2, endColumn: 7))
    #expect(expressionError("f\"{\"", line: 1, column: 8) ==
            PySyntaxError(.syntax, "f-string: f-string: expecting '}'", line: 1, column: 6, endColumn: 7))
    #expect(Lexer.fstringErrorColumn(12, line: 1, exprLine: 1, exprColumn: 8) == 6)
    #expect(Lexer.fstringErrorColumn(3, line: 2, exprLine: 1, exprColumn: 8) == 3)
}

// MARK: - Operators

@Test func allOperatorsLongestMatch() throws {
    let ops = ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "==", "!=",
               "->", ":=", "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", ">>=", "<<=",
               ",", ":", ";", ".", "..."]
    let t = try lex(ops.joined(separator: " ") + " ( ) [ ] { }\n")
    #expect(t.filter { $0.kind == .op }.map(\.text) == ops + ["(", ")", "[", "]", "{", "}"])
    #expect(try summary("a**=-b//c...\n") == ["name:a", "op:**=", "op:-", "name:b", "op://", "name:c", "op:...", "newline", "eof"])
    #expect(try summary("x..y\n") == ["name:x", "op:.", "op:.", "name:y", "newline", "eof"])
}

@Test func unknownCharactersAreLeftToTheParser() throws {
    // CPython's tokenizer passes these on and its parser says "invalid syntax".
    #expect(try summary("a $ b ? ! ` <>\n") == ["name:a", "op:$", "name:b", "op:?", "op:!", "op:`", "op:<>", "newline", "eof"])
}

// MARK: - Errors (expected values are CPython 3.11.7's msg, lineno, offset, end_offset)

struct ErrorCase: Sendable, CustomTestStringConvertible {
    var source: String
    var kind: PySyntaxError.Kind
    var message: String
    var line: Int
    var column: Int
    var endColumn: Int
    init(_ source: String, _ kind: PySyntaxError.Kind, _ message: String, _ line: Int, _ column: Int, _ endColumn: Int) {
        self.source = source; self.kind = kind; self.message = message
        self.line = line; self.column = column; self.endColumn = endColumn
    }
    var testDescription: String { String(reflecting: source) }
}

@Test(arguments: [
        ErrorCase("x\n  y\n", .indentation, "unexpected indent", 2, 2, 0),
        ErrorCase("if x: pass\n    y\n", .indentation, "unexpected indent", 2, 4, 0),
        ErrorCase("x = 1\n\u{C}  y\n", .indentation, "unexpected indent", 2, 3, 0),
        ErrorCase("  \\\nx\n", .indentation, "unexpected indent", 2, 0, 0),
        ErrorCase("if x:\n    y\n  z\n", .indentation, "unindent does not match any outer indentation level", 3, 4, 0),
        ErrorCase("def f():\n  x\n y\n", .indentation, "unindent does not match any outer indentation level", 3, 3, 0),
        ErrorCase("if x:\n\ty\n        z\n", .tab, "inconsistent use of tabs and spaces in indentation", 3, 1, 0),
        ErrorCase("if x:\n        y\n\tz\n", .tab, "inconsistent use of tabs and spaces in indentation", 3, 1, 0),
        ErrorCase("if x:\n \ty\n\tz\n", .tab, "inconsistent use of tabs and spaces in indentation", 3, 1, 0),
        ErrorCase("x = 'abc\n", .syntax, "unterminated string literal (detected at line 1)", 1, 5, 5),
        ErrorCase("x = 'abc", .syntax, "unterminated string literal (detected at line 1)", 1, 5, 5),
        ErrorCase("x = '''abc\n\ndef\n", .syntax, "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 5),
        ErrorCase("x = ''' abc", .syntax, "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 5),
        ErrorCase("x = 'abc\\\ndef\n", .syntax, "unterminated string literal (detected at line 2)", 1, 5, 5),
        ErrorCase("x='''\n\n\n\n   ", .syntax, "unterminated triple-quoted string literal (detected at line 5)", 1, 3, 3),
        ErrorCase("x = f'abc\n", .syntax, "unterminated string literal (detected at line 1)", 1, 5, 5),
        ErrorCase("y = 1\nx = (\n  'a' +\n  'b\n)\n", .syntax, "unterminated string literal (detected at line 4)", 4, 3, 3),
        ErrorCase("x = 1 \\ y\n", .syntax, "unexpected character after line continuation character", 1, 8, 0),
        ErrorCase("x = 1 \\", .syntax, "unexpected EOF while parsing", 1, 8, 0),
        ErrorCase("a = 1\nx = 1 \\\n", .syntax, "unexpected EOF while parsing", 2, 8, 0),
        ErrorCase("x = 'é' + 1 \\ y\n", .syntax, "unexpected character after line continuation character", 1, 14, 0),
        ErrorCase("(\n  1 \\ 2)\n", .syntax, "unexpected character after line continuation character", 2, 6, 0),
        ErrorCase("x = (1 \\\n", .syntax, "'(' was never closed", 1, 5, 0),
        ErrorCase("x = €\n", .syntax, "invalid character '€' (U+20AC)", 1, 5, 5),
        ErrorCase("x = a€b\n", .syntax, "invalid character '€' (U+20AC)", 1, 6, 6),
        ErrorCase("x = 1€\n", .syntax, "invalid character '€' (U+20AC)", 1, 6, 6),
        ErrorCase("x = \u{A0}\n", .syntax, "invalid non-printable character U+00A0", 1, 5, 5),
        ErrorCase("x = a\u{2028}b\n", .syntax, "invalid non-printable character U+2028", 1, 6, 6),
        ErrorCase("x = 1\n\u{1}\n", .syntax, "invalid non-printable character U+0001", 2, 1, 1),
        ErrorCase("x = 1 \u{B} 2\n", .syntax, "invalid non-printable character U+000B", 1, 7, 7),
        ErrorCase("x = (1,\n2\n", .syntax, "'(' was never closed", 1, 5, 0),
        ErrorCase("x = [1, 2\ny = 3\n", .syntax, "'[' was never closed", 1, 5, 0),
        ErrorCase("foo(a, [b,\n  {c: (d\n", .syntax, "'(' was never closed", 2, 7, 0),
        ErrorCase("x = 1)\n", .syntax, "unmatched ')'", 1, 6, 6),
        ErrorCase("x = }\n", .syntax, "unmatched '}'", 1, 5, 5),
        ErrorCase("x = (1]\n", .syntax, "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 7),
        ErrorCase("x = (1\n]\n", .syntax, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 1),
        ErrorCase("x = 1abc\n", .syntax, "invalid decimal literal", 1, 5, 5),
        ErrorCase("x = 0x\n", .syntax, "invalid hexadecimal literal", 1, 6, 6),
        ErrorCase("x = 0xg\n", .syntax, "invalid hexadecimal literal", 1, 6, 6),
        ErrorCase("x = 0x1_\n", .syntax, "invalid hexadecimal literal", 1, 8, 8),
        ErrorCase("x = 0123\n", .syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 6),
        ErrorCase("x = 0_7\n", .syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 7),
        ErrorCase("y = 'é'; x = 012\n", .syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 15, 16),
        ErrorCase("x = 1__0\n", .syntax, "invalid decimal literal", 1, 6, 6),
        ErrorCase("x = 1_\n", .syntax, "invalid decimal literal", 1, 6, 6),
        ErrorCase("x = 0b2\n", .syntax, "invalid digit '2' in binary literal", 1, 7, 7),
        ErrorCase("x = 0b12\n", .syntax, "invalid digit '2' in binary literal", 1, 8, 8),
        ErrorCase("x = 0o8\n", .syntax, "invalid digit '8' in octal literal", 1, 7, 7),
        ErrorCase("x = 0o1_8\n", .syntax, "invalid digit '8' in octal literal", 1, 9, 9),
        ErrorCase("x = 0b\n", .syntax, "invalid binary literal", 1, 6, 6),
        ErrorCase("x = 0o\n", .syntax, "invalid octal literal", 1, 6, 6),
        ErrorCase("x = 0o7x\n", .syntax, "invalid octal literal", 1, 7, 7),
        ErrorCase("x = 1e\n", .syntax, "invalid decimal literal", 1, 5, 5),
        ErrorCase("x = 1e+\n", .syntax, "invalid decimal literal", 1, 7, 7),
        ErrorCase("x = 1e5f\n", .syntax, "invalid decimal literal", 1, 7, 7),
        ErrorCase("x = 1.5abc\n", .syntax, "invalid decimal literal", 1, 7, 7),
        ErrorCase("x = 1._5\n", .syntax, "invalid decimal literal", 1, 6, 6),
        ErrorCase("x = 1jabc\n", .syntax, "invalid imaginary literal", 1, 6, 6),
        ErrorCase("x = 0x1and 2\n", .syntax, "invalid hexadecimal literal", 1, 8, 8),
        ErrorCase("x = 1_é\n", .syntax, "invalid decimal literal", 1, 6, 6),
        ErrorCase("x = '\\x4'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 10),
        ErrorCase("x = '\\u12'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 11, 11),
        ErrorCase("x = '\\U00110000'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 17),
        ErrorCase("x = 'a\\N{foo}'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-7: unknown Unicode character name", 1, 15, 15),
        ErrorCase("x = '\\N'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 9, 9),
        ErrorCase("x = 'é\\x4'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 11, 11),
        ErrorCase("x = '\\é\\x4'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: truncated \\xXX escape", 1, 12, 12),
        ErrorCase("x = 'ab' 'é\\x4' # hi\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 17, 21),
        ErrorCase("x = ('\\x4'\n)\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 2, 1, 2),
        ErrorCase("x = '''\n\\x4'''\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \\xXX escape", 2, 7, 7),
        ErrorCase("x = b'\\x4'\n", .syntax, "(value error) invalid \\x escape at position 0", 1, 11, 11),
        ErrorCase("x = b'é'\n", .syntax, "bytes can only contain ASCII literal characters", 1, 5, 9),
        ErrorCase("x = b'é' b'\\x4'\n", .syntax, "bytes can only contain ASCII literal characters", 1, 5, 9),
        ErrorCase("x = '\\x4'\ny = 1abc\n", .syntax, "invalid decimal literal", 2, 5, 5),
        ErrorCase("x = '\\x4'\ny = 1 \\ z\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 10),
        ErrorCase("x = '\\x4'\ny = (\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 10),
        ErrorCase("y = (\nx = '\\x4'\n", .syntax, "'(' was never closed", 1, 5, 0),
        ErrorCase("x = '\\x4'\n  y = 1\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 10),
        ErrorCase("x\n  y\nz = 1abc\n", .indentation, "unexpected indent", 2, 2, 0),
        ErrorCase("f'{a\\n}'\n", .syntax, "f-string expression part cannot include a backslash", 1, 9, 9),
        ErrorCase("f'{#}'\n", .syntax, "f-string expression part cannot include '#'", 1, 7, 7),
        ErrorCase("f'{}'\n", .syntax, "f-string: empty expression not allowed", 1, 6, 6),
        ErrorCase("f'{ }'\n", .syntax, "f-string: empty expression not allowed", 1, 7, 7),
        ErrorCase("f'{!r}'\n", .syntax, "f-string: expression required before '!'", 1, 8, 8),
        ErrorCase("f'{:x}'\n", .syntax, "f-string: expression required before ':'", 1, 8, 8),
        ErrorCase("f'{=}'\n", .syntax, "f-string: expression required before '='", 1, 7, 7),
        ErrorCase("f'}'\n", .syntax, "f-string: single '}' is not allowed", 1, 5, 5),
        ErrorCase("f'{a}}'\n", .syntax, "f-string: single '}' is not allowed", 1, 8, 8),
        ErrorCase("f'{'\n", .syntax, "f-string: expecting '}'", 1, 5, 5),
        ErrorCase("f'{a'\n", .syntax, "f-string: expecting '}'", 1, 6, 6),
        ErrorCase("f'{a!x}'\n", .syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 9),
        ErrorCase("f'{a!}'\n", .syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 8),
        ErrorCase("f'{a!r }'\n", .syntax, "f-string: expecting '}'", 1, 10, 10),
        ErrorCase("f'{a!r=}'\n", .syntax, "f-string: expecting '}'", 1, 10, 10),
        ErrorCase("f'{a)}'\n", .syntax, "f-string: unmatched ')'", 1, 8, 8),
        ErrorCase("f'{a(}'\n", .syntax, "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 8, 8),
        ErrorCase("f'{a[}'\n", .syntax, "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 8, 8),
        ErrorCase("f'{a['x']}'\n", .syntax, "f-string: unmatched '['", 1, 7, 8),
        ErrorCase("f'{a\"}'\n", .syntax, "f-string: unterminated string", 1, 8, 8),
        ErrorCase("f'{a:{b:{c}}}'\n", .syntax, "f-string: expressions nested too deeply", 1, 15, 15),
        ErrorCase("f'{' + 1\n", .syntax, "f-string: expecting '}'", 1, 6, 7),
        ErrorCase("f'{a}' f'{'\n", .syntax, "f-string: expecting '}'", 1, 12, 12),
        ErrorCase("(f'{'\n)\n", .syntax, "f-string: expecting '}'", 2, 1, 2),
        ErrorCase("f'''{\n'''\n", .syntax, "f-string: expecting '}'", 2, 4, 4),
        ErrorCase("x = f'\\x4{a}'\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 14, 14)
])
func errorsMatchCPython(_ c: ErrorCase) {
    #expect(lexError(c.source) == PySyntaxError(c.kind, c.message, line: c.line, column: c.column, endColumn: c.endColumn))
}

@Test func tooManyIndentationLevels() {
    let src = (0..<100).map { String(repeating: " ", count: $0) + "if x:\n" }.joined() + String(repeating: " ", count: 100) + "y\n"
    #expect(lexError(src) == PySyntaxError(.indentation, "too many levels of indentation", line: 101, column: 1, endColumn: 0))
}

@Test func tooManyNestedParentheses() {
    let src = "x = " + String(repeating: "(", count: 201) + "\n"
    #expect(lexError(src) == PySyntaxError(.syntax, "too many nested parentheses", line: 1, column: 205, endColumn: 205))
}

@Test func nullBytesAreRefused() {
    #expect(lexError("x = 1\ny\0\n") == PySyntaxError(.syntax, "source code cannot contain null bytes", line: 2, column: 0, endColumn: 0))
}

@Test func programsOnlyTheParserRejects() {
    for src in ["x = 1é\n", "x = 'a' b'b'\n", "f'{a b}'\n", "x = 1:\n  y\n", "if x:\n", "@foo\n", "f'\\{x}'\n"] {
        #expect(lexError(src) == nil, "\(src)")
    }
}
