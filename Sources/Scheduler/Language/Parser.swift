/// Recursive-descent parser for the Python subset, with CPython's messages for
/// the errors people make most, and refusals for constructs outside the subset.
import BigInt

public struct Parser {
    private var tokens: [Token]
    fileprivate(set) var pos = 0
    private var functionDepth = 0
    /// Recursive rules entered and not yet left, against `PySyntaxError.maxNesting`.
    private var nesting = 0
    /// The innermost class whose body (or a function in it) is being read: its private
    /// names `__x` are `_Class__x` wherever they are bound or read, as CPython mangles them.
    private var className: String?

    public static func parse(_ source: String) throws(PySyntaxError) -> [Stmt] {
        let (tokens, deferred, at) = try Lexer.tokenizeDeferring(source)
        var p = Parser(tokens: tokens)
        guard let deferred else { return try p.parseModule() }
        // A grammar error before the token where the tokenizer gave up is what CPython reports.
        do { _ = try p.parseModule() } catch let e {
            if p.pos < at { throw e }
            // Inside a bracket never closed, CPython keeps only a plain "invalid syntax" on the bracket's own line.
            if deferred.message.hasSuffix("was never closed"), e.message == "invalid syntax", e.line == deferred.line { throw e }
        }
        throw deferred
    }

    init(tokens: [Token]) { self.tokens = tokens }

    // MARK: - Token helpers

    private var tok: Token { tokens[pos] }
    private var next: Token { tokens[min(pos + 1, tokens.count - 1)] }
    private func loc(_ t: Token) -> Loc {
        var l = Loc(line: t.line, column: t.column, endColumn: t.endColumn)
        l.endLine = Int32(t.endLine); l.lastColumn = Int32(t.endColumn)
        return l
    }

    /// `l` starting at `start`: a node whose first operand is in brackets starts at the bracket, as CPython's.
    private func from(_ start: Token, _ l: Loc) -> Loc {
        var out = l
        out.line = Int32(start.line); out.column = Int32(start.column)
        return out
    }

    /// A compound statement ends where its body's last token does (on another line, a
    /// traceback draws its markers to the end of the first line: none under the whole line).
    private func compound(_ l: Loc) -> Loc {
        var i = pos - 1
        while i > 0, [.newline, .indent, .dedent, .eof].contains(tokens[i].kind) { i -= 1 }
        guard i >= 0, i < tokens.count else { return l }
        var out = l
        out.endLine = Int32(tokens[i].endLine); out.lastColumn = Int32(tokens[i].endColumn)
        return out
    }

    /// `l` ending where the last token consumed ends.
    private func endingHere(_ l: Loc) -> Loc {
        let last = tokens[max(0, pos - 1)]
        var out = l
        out.endLine = Int32(last.endLine); out.lastColumn = Int32(last.endColumn)
        return out
    }
    private mutating func advance() -> Token { let t = tokens[pos]; if pos < tokens.count - 1 { pos += 1 }; return t }

    private func isOp(_ s: String) -> Bool { tok.kind == .op && tok.text == s }
    private func isKw(_ s: String) -> Bool { tok.kind == .keyword && tok.text == s }

    private mutating func acceptOp(_ s: String) -> Bool { if isOp(s) { pos += 1; return true }; return false }
    private mutating func acceptKw(_ s: String) -> Bool { if isKw(s) { pos += 1; return true }; return false }

    private mutating func expectOp(_ s: String) throws(PySyntaxError) {
        if !acceptOp(s) { throw expected("'\(s)'") }
    }
    private mutating func expectKw(_ s: String) throws(PySyntaxError) {
        if !acceptKw(s) { throw invalid() }
    }
    private mutating func expectName() throws(PySyntaxError) -> String {
        guard tok.kind == .name else { throw invalid() }
        return advance().text
    }

    /// A name that is bound or read (not a module's or a keyword argument's): mangled.
    private mutating func expectBinding() throws(PySyntaxError) -> String { mangle(try expectName()) }

    private func mangle(_ n: String) -> String {
        guard let c = className, n.hasPrefix("__"), !n.hasSuffix("__") else { return n }
        let stripped = c.drop { $0 == "_" }
        return stripped.isEmpty ? n : "_\(stripped)\(n)"
    }

    private func invalid(_ t: Token? = nil) -> PySyntaxError {
        let t = t ?? tok
        if t.kind == .eof { return PySyntaxError(.syntax, "unexpected EOF while parsing", line: t.line, column: t.column) }
        if t.kind == .indent { return PySyntaxError(.indentation, "unexpected indent", line: t.line, column: t.column) }
        return PySyntaxError(.syntax, "invalid syntax", line: t.line, column: t.column, endColumn: t.endColumn)
    }
    private func expected(_ what: String) -> PySyntaxError {
        // CPython points just past the previous token for "expected ':'" (but `with x := 1:` is plain invalid syntax).
        if what == "':'" && pos > 0 && !isOp(":=") {
            let p = tokens[pos - 1]
            return PySyntaxError(.syntax, "expected ':'", line: p.line, column: p.endColumn)
        }
        return invalid()
    }
    private func unsupported(_ what: String, _ t: Token) -> PySyntaxError {
        PySyntaxError(.unsupported, "\(what) are not supported", line: t.line, column: t.column, endColumn: t.endColumn)
    }

    /// Inside brackets, an expression followed directly by another one: CPython's "forgot a comma?".
    private mutating func checkMissingComma(_ e: Expr) throws(PySyntaxError) {
        let startsExpression: Bool
        switch tok.kind {
        case .name:
            if case .name = e.kind, tok.kind == .string { return }
            startsExpression = true
        case .int, .float, .string, .fstring: startsExpression = !(tok.kind == .string && { if case .name = e.kind { return true }; return false }())
        case .keyword: startsExpression = ["None", "True", "False", "lambda", "not", "await"].contains(tok.text)
        case .op: startsExpression = ["(", "[", "{", "~"].contains(tok.text)
        default: startsExpression = false
        }
        if startsExpression {
            // The caret range runs to the end of the expression that follows.
            let save = pos
            var end = tok.endColumn
            if let b = try? expression(), b.loc.line == e.loc.line, b.loc.endColumn > 0 { end = Int(b.loc.endColumn) }
            pos = save
            throw PySyntaxError(.syntax, "invalid syntax. Perhaps you forgot a comma?", line: Int(e.loc.line), column: Int(e.loc.column),
                                endColumn: e.loc.line == tok.line ? end : 0)
        }
    }

    /// `if x = 1:` — CPython's hint for `=` where a condition is expected.
    private mutating func checkConditionAssignment(_ test: Expr) throws(PySyntaxError) {
        guard isOp("=") else { return }
        let l = test.loc
        // The caret range covers `x = 1` for a name, just the target otherwise.
        let save = pos
        pos += 1
        var end = 0
        if let value = try? bitOr(), value.loc.line == l.line { end = Int(value.loc.endColumn) }
        pos = save
        switch test.kind {
        case .name:
            throw PySyntaxError(.syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: Int(l.line), column: Int(l.column), endColumn: end)
        case .tuple, .list, .constant(.none), .constant(.bool): return
        default:
            throw PySyntaxError(.syntax, "cannot assign to \(test.kindName) here. Maybe you meant '==' instead of '='?", line: Int(l.line), column: Int(l.column), endColumn: Int(l.endColumn))
        }
    }

    // MARK: - Statements

    mutating func parseModule() throws(PySyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        while tok.kind != .eof {
            if tok.kind == .newline { pos += 1; continue }
            body += try statement()
        }
        return body
    }

    private mutating func statement() throws(PySyntaxError) -> [Stmt] {
        let t = tok
        if t.kind == .indent { throw invalid() }
        if t.kind == .keyword {
            switch t.text {
            case "def": return [try functionDef(decorators: [], isAsync: false)]
            case "if": return [try ifStmt()]
            case "while": return [try whileStmt()]
            case "for": return [try forStmt()]
            case "try": return [try tryStmt()]
            case "with": return [try withStmt(isAsync: false)]
            case "class": return [try classDef(decorators: [])]
            case "async":
                let n = next
                if n.kind == .keyword && n.text == "def" { pos += 1; return [try functionDef(decorators: [], isAsync: true)] }
                if n.kind == .keyword && n.text == "with" { pos += 1; return [try withStmt(isAsync: true)] }
                if n.kind == .keyword && n.text == "for" { pos += 1; return [try asyncForStmt(t)] }
                throw invalid(n)
            default: break
            }
        }
        if t.kind == .op && t.text == "@" { return [try decorated()] }
        if t.kind == .name && t.text == "match" && next.kind != .op && next.kind != .newline {
            // `match x:` at statement start; `match = 1` and `match(x)` stay expressions.
            throw unsupported("match statements", t)
        }
        return try simpleStatements()
    }

    private mutating func simpleStatements() throws(PySyntaxError) -> [Stmt] {
        var out: [Stmt] = []
        while true {
            var s = try smallStatement()
            s.loc = endingHere(s.loc)
            out.append(s)
            if acceptOp(";") {
                if tok.kind == .newline { break }
                continue
            }
            break
        }
        if tok.kind != .newline && tok.kind != .eof { throw invalid() }
        if tok.kind == .newline { pos += 1 }
        return out
    }

    private mutating func smallStatement() throws(PySyntaxError) -> Stmt {
        let t = tok
        let l = loc(t)
        if t.kind == .keyword {
            switch t.text {
            case "pass": pos += 1; return Stmt(.pass, l)
            case "break": pos += 1; return Stmt(.break, l)
            case "continue": pos += 1; return Stmt(.continue, l)
            case "return":
                pos += 1
                // "'return' outside function" comes from the compiler, after the whole file parsed (as in CPython).
                if atStatementEnd { return Stmt(.return(nil), l) }
                return Stmt(.return(try starExpressions()), l)
            case "raise":
                pos += 1
                if atStatementEnd { return Stmt(.raise(nil, nil), l) }
                let e = try expression()
                var cause: Expr?
                if acceptKw("from") { cause = try expression() }
                return Stmt(.raise(e, cause), l)
            case "global", "nonlocal":
                pos += 1
                var names = [try expectBinding()]
                while acceptOp(",") { names.append(try expectBinding()) }
                return Stmt(t.text == "global" ? .global(names) : .nonlocal(names), l)
            case "import":
                pos += 1
                var items: [(name: String, alias: String?)] = []
                repeat {
                    var name = try expectName()
                    while acceptOp(".") { name += "." + (try expectName()) }
                    var alias: String?
                    if acceptKw("as") { alias = try expectName() }
                    items.append((name, alias))
                } while acceptOp(",")
                return Stmt(.import(items), l)
            case "from":
                pos += 1
                if isOp(".") || isOp("...") { throw unsupported("relative imports", tok) }
                var module = try expectName()
                while acceptOp(".") { module += "." + (try expectName()) }
                try expectKw("import")
                if isOp("*") { throw unsupported("star imports", tok) }
                let paren = acceptOp("(")
                var items: [(name: String, alias: String?)] = []
                repeat {
                    if paren && isOp(")") { break }
                    let name = try expectName()
                    var alias: String?
                    if acceptKw("as") { alias = try expectName() }
                    items.append((name, alias))
                } while acceptOp(",")
                if paren { try expectOp(")") }
                return Stmt(.importFrom(module, items), l)
            case "assert":
                pos += 1
                let test = try expression()
                var msg: Expr?
                if acceptOp(",") { msg = try expression() }
                return Stmt(.assert(test, msg), l)
            case "del":
                pos += 1
                var targets = [try bitOr()]
                while acceptOp(",") { if atStatementEnd { break }; targets.append(try bitOr()) }
                for e in targets { try checkTarget(e, del: true) }
                return Stmt(.del(targets), l)
            default: break
            }
        }
        // Expression, assignment or augmented assignment.
        let first = try isKw("yield") ? yieldExpr() : starExpressions()
        if case .name(let n) = first.kind, n == "print" || n == "exec",
           [.name, .int, .float, .string, .fstring].contains(tok.kind) || (tok.kind == .keyword && ["None", "True", "False", "lambda", "not"].contains(tok.text)) {
            throw PySyntaxError(.syntax, "Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", line: Int(first.loc.line), column: Int(first.loc.column))
        }
        if isOp(":=") { throw statementWalrus(first, start: t) }
        if tok.kind == .op {
            if let op = Parser.augOps[tok.text] {
                try checkTarget(first, del: false, augmented: true)
                pos += 1
                let value = try isKw("yield") ? yieldExpr() : starExpressions()
                return Stmt(.augAssign(first, op, value), l)
            }
            if tok.text == ":" {
                // Annotated assignment: module and class bodies evaluate and record the annotation.
                let parenthesized = tokens[pos - 1].kind == .op && tokens[pos - 1].text == ")"
                pos += 1
                switch first.kind {
                case .tuple, .list:
                    var isTuple = false
                    if case .tuple = first.kind { isTuple = true }
                    let what = isTuple ? "tuple" : "list"
                    throw PySyntaxError(.syntax, "only single target (not \(what)) can be annotated", line: Int(first.loc.line), column: Int(first.loc.column),
                                        endColumn: isTuple && !parenthesized ? Int(first.loc.column) + 1 : Int(first.loc.endColumn))
                default: break
                }
                try checkTarget(first, del: false)
                let annotation = try expression()
                var value: Expr?
                if acceptOp("=") { value = try isKw("yield") ? yieldExpr() : starExpressions() }
                var simple = false
                if case .name = first.kind { simple = !parenthesized }
                return Stmt(.annAssign(first, annotation, value, simple: simple), l)
            }
            if tok.text == "=" {
                var targets = [first]
                var value = first
                while acceptOp("=") {
                    let isYield = isKw("yield")
                    value = try isYield ? yieldExpr() : starExpressions()
                    if isYield && isOp("=") {
                        throw PySyntaxError(.syntax, "assignment to yield expression not possible", line: Int(value.loc.line), column: Int(value.loc.column))
                    }
                    targets.append(value)
                }
                targets.removeLast()
                // CPython's "Maybe you meant '=='" hint is only for a single `target = value`.
                for target in targets { try checkTarget(target, del: false, hint: targets.count == 1) }
                return Stmt(.assign(targets, value), l)
            }
        }
        return Stmt(.expr(first), l)
    }

    private static let augOps: [String: BinaryOp] = [
        "+=": .add, "-=": .sub, "*=": .mul, "/=": .div, "//=": .floorDiv, "%=": .mod, "**=": .pow,
        "<<=": .lshift, ">>=": .rshift, "&=": .bitAnd, "|=": .bitOr, "^=": .bitXor, "@=": .matMul,
    ]

    private var atStatementEnd: Bool { tok.kind == .newline || tok.kind == .eof || isOp(";") }

    /// `hint`: a lone assignment target, where CPython suggests `==` for most expressions.
    private func checkTarget(_ e: Expr, del: Bool, augmented: Bool = false, hint: Bool = true) throws(PySyntaxError) {
        func fail(_ target: Expr) -> PySyntaxError {
            let what = target.kindName
            let msg: String
            if augmented { msg = "'\(what)' is an illegal expression for augmented assignment" }
            else if !del && hint && target.suggestsEquality { msg = "cannot assign to \(what) here. Maybe you meant '==' instead of '='?" }
            else { msg = "cannot \(del ? "delete" : "assign to") \(what)" }
            return PySyntaxError(.syntax, msg, line: Int(e.loc.line), column: Int(e.loc.column), endColumn: Int(e.loc.endColumn))
        }
        switch e.kind {
        case .name, .attribute, .item: return
        case .tuple(let items), .list(let items):
            if augmented { throw fail(e) }
            for item in items { try checkTarget(item, del: del, hint: hint) }
        case .starred(let inner):
            if del || augmented { throw fail(e) }
            try checkTarget(inner, del: del, hint: hint)
        default: throw fail(e)
        }
    }

    private mutating func block(after what: String, line: Int) throws(PySyntaxError) -> [Stmt] {
        if !acceptOp(":") { throw expected("':'") }
        if tok.kind != .newline {
            return try simpleStatements()
        }
        pos += 1
        guard tok.kind == .indent else {
            throw PySyntaxError(.indentation, "expected an indented block after \(what) on line \(line)", line: tok.line, column: tok.column)
        }
        pos += 1
        var body: [Stmt] = []
        while tok.kind != .dedent && tok.kind != .eof {
            if tok.kind == .newline { pos += 1; continue }
            body += try statement()
        }
        if tok.kind == .dedent { pos += 1 }
        return body
    }

    private mutating func decorated() throws(PySyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while acceptOp("@") {
            decorators.append(try namedExpression())
            guard tok.kind == .newline else { throw invalid() }
            pos += 1
        }
        if isKw("def") { return try functionDef(decorators: decorators, isAsync: false) }
        if isKw("async") && next.kind == .keyword && next.text == "def" {
            pos += 1
            return try functionDef(decorators: decorators, isAsync: true)
        }
        if isKw("class") { return try classDef(decorators: decorators) }
        throw invalid()
    }

    private mutating func functionDef(decorators: [Expr], isAsync: Bool) throws(PySyntaxError) -> Stmt {
        let defTok = advance()   // `def`
        let l = isAsync ? Loc(line: defTok.line, column: defTok.column - 6) : loc(defTok)
        let name = try expectName()
        let binding = mangle(name)
        try expectOp("(")
        var params = try parameters(closing: ")")
        try expectOp(")")
        if acceptOp("->") { params.annotations.append((name: "return", value: try expression())) }
        functionDepth += 1
        let body = try block(after: "function definition", line: defTok.line)
        functionDepth -= 1
        return Stmt(.function(FunctionDef(name: name, binding: binding, params: params, body: body, decorators: decorators, isAsync: isAsync)), compound(l))
    }

    private mutating func classDef(decorators: [Expr]) throws(PySyntaxError) -> Stmt {
        let classTok = advance()   // `class`
        let name = try expectName()
        var arguments: [CallArgument] = []
        if acceptOp("(") {
            arguments = try callArguments()
            try expectOp(")")
        }
        let outer = className
        className = name
        let body = try block(after: "class definition", line: classTok.line)
        className = outer
        return Stmt(.classDef(ClassDef(name: name, binding: mangle(name), arguments: arguments, body: body, decorators: decorators)), compound(loc(classTok)))
    }

    private mutating func parameters(closing: String) throws(PySyntaxError) -> Params {
        var p = Params()
        var seenStar = false
        var seenDefault = false
        var seen = Set<String>()
        func dup(_ t: Token, _ n: String) throws(PySyntaxError) {
            if seen.contains(n) { throw PySyntaxError(.syntax, "duplicate argument '\(n)' in function definition", line: t.line, column: t.column, endColumn: t.endColumn) }
            seen.insert(n)
        }
        while !isOp(closing) {
            if acceptOp("**") {
                let t = tok
                let n = try expectBinding(); try dup(t, n)
                if closing == ")" && acceptOp(":") { p.annotations.append((name: n, value: try expression())) }
                p.kwArgs = n
                _ = acceptOp(",")
                break
            }
            if isOp("*") {
                let starTok = advance()
                if seenStar { throw invalid() }
                seenStar = true
                if tok.kind == .name {
                    let t = tok
                    let n = try expectBinding(); try dup(t, n)
                    if closing == ")" && acceptOp(":") { p.annotations.append((name: n, value: try expression())) }
                    p.varArgs = n
                } else if isOp(closing) || (isOp(",") && (next.kind == .op && (next.text == "**" || next.text == closing))) {
                    // CPython points at the `*` in a def, at the token after it in a lambda.
                    let at = closing == ")" ? starTok : tok
                    throw PySyntaxError(.syntax, "named arguments must follow bare *", line: at.line, column: at.column, endColumn: at.endColumn)
                }
            } else if acceptOp("/") {
                // positional-only marker: accepted, treated as ordinary parameters
            } else {
                let t = tok
                let n = try expectBinding(); try dup(t, n)
                if closing == ")" && acceptOp(":") { p.annotations.append((name: n, value: try expression())) }
                var def: Expr?
                if acceptOp("=") { def = try expression() }
                p.names.append(n)
                if seenStar {
                    p.kwOnlyDefaults.append(def)
                } else {
                    p.positionalCount += 1
                    if let d = def { p.defaults.append(d); seenDefault = true }
                    else if seenDefault {
                        throw PySyntaxError(.syntax, "non-default argument follows default argument", line: t.line, column: t.column, endColumn: t.endColumn)
                    }
                }
            }
            if !acceptOp(",") { break }
        }
        return p
    }

    private mutating func ifStmt() throws(PySyntaxError) -> Stmt {
        let t = advance()
        let test = try namedExpression()
        try checkConditionAssignment(test)
        let body = try block(after: "'\(t.text)' statement", line: t.line)
        var orElse: [Stmt] = []
        if isKw("elif") {
            orElse = [try ifStmt()]
        } else if isKw("else") {
            let e = advance()
            orElse = try block(after: "'else' statement", line: e.line)
        }
        return Stmt(.if(test, body, orElse), compound(loc(t)))
    }

    private mutating func whileStmt() throws(PySyntaxError) -> Stmt {
        let t = advance()
        let test = try namedExpression()
        try checkConditionAssignment(test)
        let body = try block(after: "'while' statement", line: t.line)
        var orElse: [Stmt] = []
        if isKw("else") { let e = advance(); orElse = try block(after: "'else' statement", line: e.line) }
        return Stmt(.while(test, body, orElse), compound(loc(t)))
    }

    private mutating func forStmt() throws(PySyntaxError) -> Stmt {
        let t = advance()
        let target = try targetList()
        try checkTarget(target, del: false, hint: false)
        try expectKw("in")
        let iter = try starExpressions()
        let body = try block(after: "'for' statement", line: t.line)
        var orElse: [Stmt] = []
        if isKw("else") { let e = advance(); orElse = try block(after: "'else' statement", line: e.line) }
        return Stmt(.for(target, iter, body, orElse), compound(loc(t)))
    }

    /// `async for target in iter: body else: orElse`.
    private mutating func asyncForStmt(_ asyncTok: Token) throws(PySyntaxError) -> Stmt {
        let f = try forStmt()
        guard case .for(let target, let iter, let body, let orElse) = f.kind else { throw invalid() }
        return Stmt(.asyncFor(target, iter, body, orElse), compound(loc(asyncTok)))
    }

    /// Targets of `for` and comprehensions: a bit-or expression list (stops before `in`).
    private mutating func targetList() throws(PySyntaxError) -> Expr {
        let start = tok
        var items = [try targetAtom()]
        var trailingComma = false
        while acceptOp(",") {
            trailingComma = true
            if isKw("in") { break }
            items.append(try targetAtom())
            trailingComma = false
        }
        if items.count == 1 && !trailingComma { return items[0] }
        return ended(Expr(.tuple(items), loc(start)))
    }
    private mutating func targetAtom() throws(PySyntaxError) -> Expr {
        if isOp("*") { let t = advance(); let inner = try bitOr(); return ended(Expr(.starred(inner), loc(t))) }
        return try bitOr()
    }

    private mutating func tryStmt() throws(PySyntaxError) -> Stmt {
        let t = advance()
        let body = try block(after: "'try' statement", line: t.line)
        var handlers: [ExceptHandler] = []
        while isKw("except") {
            let e = advance()
            let starTok = tok
            let star = acceptOp("*")
            if let first = handlers.first, first.star != star {
                throw PySyntaxError(.syntax, "cannot have both 'except' and 'except*' on the same 'try'",
                                    line: e.line, column: e.column, endColumn: star ? starTok.endColumn : e.endColumn)
            }
            if star && isOp(":") {
                throw PySyntaxError(.syntax, "expected one or more exception types", line: tok.line, column: tok.column)
            }
            var type: Expr?
            var name: String?
            if !isOp(":") {
                type = try expression()
                if isOp(",") {
                    throw PySyntaxError(.syntax, "multiple exception types must be parenthesized", line: Int(type!.loc.line), column: Int(type!.loc.column))
                }
                if acceptKw("as") { name = try expectBinding() }
            }
            let hbody = try block(after: "'except' statement", line: e.line)
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, loc: compound(loc(e)), star: star))
        }
        var orElse: [Stmt] = []
        var final: [Stmt] = []
        if isKw("else") {
            let e = advance()
            if handlers.isEmpty { throw invalid(e) }
            orElse = try block(after: "'else' statement", line: e.line)
        }
        if isKw("finally") { let f = advance(); final = try block(after: "'finally' statement", line: f.line) }
        if handlers.isEmpty && final.isEmpty {
            throw PySyntaxError(.syntax, "expected 'except' or 'finally' block", line: tok.line, column: tok.column, endColumn: tok.endColumn)
        }
        return Stmt(.try(body, handlers, orElse, final), compound(loc(t)))
    }

    private mutating func withStmt(isAsync: Bool) throws(PySyntaxError) -> Stmt {
        let t = advance()
        let l = isAsync ? Loc(line: t.line, column: t.column - 6) : loc(t)
        var items: [(Expr, Expr?)] = []
        let paren = isOp("(") && parenthesizedWithItems()
        if paren { pos += 1 }
        repeat {
            if paren && isOp(")") { break }
            let ctx = try expression()
            var target: Expr?
            if acceptKw("as") { let e = try targetAtom(); try checkTarget(e, del: false, hint: false); target = e }
            items.append((ctx, target))
        } while acceptOp(",")
        if paren { try expectOp(")") }
        let body = try block(after: "'with' statement", line: t.line)
        return Stmt(.with(items, body, isAsync: isAsync), compound(l))
    }

    /// `with (a as b, c):` — distinguishes the parenthesized form from `with (a):`.
    private func parenthesizedWithItems() -> Bool {
        var depth = 0
        var i = pos
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .op {
                if t.text == "(" || t.text == "[" || t.text == "{" { depth += 1 }
                if t.text == ")" || t.text == "]" || t.text == "}" {
                    depth -= 1
                    if depth == 0 { return i + 1 < tokens.count && tokens[i + 1].kind == .op && tokens[i + 1].text == ":" }
                }
            }
            if t.kind == .keyword && t.text == "as" && depth == 1 { return true }
            if t.kind == .newline { return false }
            i += 1
        }
        return false
    }

    // MARK: - Expressions

    /// A comma-separated list of expressions (possibly starred): a tuple unless single without a trailing comma.
    mutating func starExpressions() throws(PySyntaxError) -> Expr {
        let start = tok
        let first = try starExpression()
        guard isOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            if atStatementEnd || isOp("=") || isOp(")") || isOp(":") || (tok.kind == .op && Parser.augOps[tok.text] != nil) { break }
            items.append(try starExpression())
        }
        return ended(Expr(.tuple(items), loc(start)))
    }

    private mutating func starExpression() throws(PySyntaxError) -> Expr {
        if isOp("*") { let t = advance(); let inner = try bitOr(); return ended(Expr(.starred(inner), loc(t))) }
        return try expression()
    }

    /// An expression, or `name := value` where CPython's grammar has a named expression
    /// (conditions, displays, groups, subscripts, decorators); another target before `:=`
    /// is CPython's "cannot use assignment expressions with ...".
    private mutating func namedExpression() throws(PySyntaxError) -> Expr {
        let start = tok
        let e = try expression()
        guard isOp(":=") else { return e }
        guard case .name(let n) = e.kind, !(start.kind == .op && start.text == "(") else {
            throw PySyntaxError(.syntax, "cannot use assignment expressions with \(e.kindName)", line: Int(e.loc.line), column: Int(e.loc.column),
                                endColumn: Int(e.loc.endColumn))
        }
        return try walrus(n, e)
    }

    /// `name := value` for a call argument, where CPython accepts nothing else before `:=`
    /// (which then is an unexpected token).
    private mutating func argumentExpression() throws(PySyntaxError) -> Expr {
        let start = tok
        let e = try expression()
        guard isOp(":="), case .name(let n) = e.kind, start.kind == .name else { return e }
        return try walrus(n, e)
    }

    /// The value after `:=` of the name `target` (at `:=`).
    private mutating func walrus(_ name: String, _ target: Expr) throws(PySyntaxError) -> Expr {
        pos += 1
        let value = try expression()
        return ended(Expr(.named(name, value), target.loc))
    }

    /// `*x` or a named expression: an item of a display or a parenthesized tuple.
    private mutating func starNamedExpression() throws(PySyntaxError) -> Expr {
        if isOp("*") { let t = advance(); let inner = try bitOr(); return ended(Expr(.starred(inner), loc(t))) }
        return try namedExpression()
    }

    /// `e`, built from the tokens up to the last one consumed, with its end there (CPython's
    /// carets cover the whole expression); past its first line the end stays the first token's.
    /// (Parse `e`'s parts before the call: the argument is evaluated after `self` is read.)
    private func ended(_ e: Expr) -> Expr {
        let last = tokens[max(0, pos - 1)]
        var out = e
        out.loc = endingHere(e.loc)
        guard last.line == Int(e.loc.line) else { return out }
        out.loc.endColumn = Int32(last.endColumn)
        return out
    }

    /// `x := 1` as a statement: CPython's "invalid syntax" at `:=` after a bare name, tuple,
    /// starred or yield; "cannot use assignment expressions with ..." after anything else.
    private func statementWalrus(_ first: Expr, start: Token) -> PySyntaxError {
        let parenthesized = start.kind == .op && start.text == "("
        switch first.kind {
        case .name, .tuple, .starred, .yield, .yieldFrom:
            if !parenthesized { return invalid() }
        default: break
        }
        return PySyntaxError(.syntax, "cannot use assignment expressions with \(first.kindName)", line: Int(first.loc.line), column: Int(first.loc.column),
                             endColumn: Int(first.loc.endColumn))
    }

    private mutating func yieldExpr() throws(PySyntaxError) -> Expr {
        let t = advance()   // "'yield' outside function" comes from the compiler, after the whole file parsed.
        if acceptKw("from") { let v = try expression(); return ended(Expr(.yieldFrom(v), loc(t))) }
        if atStatementEnd || isOp(")") || isOp("=") || isOp("]") || isOp("}") { return ended(Expr(.yield(nil), loc(t))) }
        let v = try starExpressions()
        return ended(Expr(.yield(v), loc(t)))
    }

    /// Counts one level of a recursive rule; deep enough input is refused as CPython does.
    private mutating func enter() throws(PySyntaxError) {
        nesting += 1
        if nesting > PySyntaxError.maxNesting { throw PySyntaxError.tooDeep(line: tok.line, column: tok.column) }
    }

    mutating func expression() throws(PySyntaxError) -> Expr {
        try enter()
        defer { nesting -= 1 }
        if isKw("lambda") { return try lambda() }
        let start = tok
        let body = try orTest()
        if isKw("if") {
            let save = pos
            pos += 1
            let test = try orTest()
            guard acceptKw("else") else {
                pos = save
                throw PySyntaxError(.syntax, "expected 'else' after 'if' expression", line: Int(body.loc.line), column: Int(body.loc.column), endColumn: tokens[pos].endColumn)
            }
            let orElse = try expression()
            return ended(Expr(.ifElse(test: test, body: body, orElse: orElse), from(start, body.loc)))
        }
        return body
    }

    private mutating func lambda() throws(PySyntaxError) -> Expr {
        let t = advance()
        let params = try parameters(closing: ":")
        try expectOp(":")
        functionDepth += 1
        let body = try expression()
        functionDepth -= 1
        return ended(Expr(.lambda(params, body), loc(t)))
    }

    private mutating func orTest() throws(PySyntaxError) -> Expr {
        let start = tok
        let first = try andTest()
        guard isKw("or") else { return first }
        var items = [first]
        while acceptKw("or") { items.append(try andTest()) }
        return ended(Expr(.or(items), from(start, first.loc)))
    }

    private mutating func andTest() throws(PySyntaxError) -> Expr {
        let start = tok
        let first = try notTest()
        guard isKw("and") else { return first }
        var items = [first]
        while acceptKw("and") { items.append(try notTest()) }
        return ended(Expr(.and(items), from(start, first.loc)))
    }

    private mutating func notTest() throws(PySyntaxError) -> Expr {
        try enter()
        defer { nesting -= 1 }
        if isKw("not") { let t = advance(); let v = try notTest(); return ended(Expr(.unary(.not, v), loc(t))) }
        return try comparison()
    }

    private mutating func comparison() throws(PySyntaxError) -> Expr {
        let start = tok
        let first = try bitOr()
        var ops: [(CompareOp, Expr)] = []
        while true {
            var op: CompareOp?
            if tok.kind == .op {
                switch tok.text {
                case "==": op = .eq
                case "!=": op = .ne
                case "<": op = .lt
                case "<=": op = .le
                case ">": op = .gt
                case ">=": op = .ge
                default: break
                }
                if op != nil { pos += 1 }
            } else if isKw("in") {
                pos += 1; op = .in
            } else if isKw("not") && next.kind == .keyword && next.text == "in" {
                pos += 2; op = .notIn
            } else if isKw("is") {
                pos += 1
                op = acceptKw("not") ? .isNot : .is
            }
            guard let o = op else { break }
            ops.append((o, try bitOr()))
        }
        return ops.isEmpty ? first : ended(Expr(.compare(first, ops), from(start, first.loc)))
    }

    private mutating func binaryLevel(_ table: [String: BinaryOp], _ sub: (inout Parser) throws(PySyntaxError) -> Expr) throws(PySyntaxError) -> Expr {
        let start = tok
        var left = try sub(&self)
        while tok.kind == .op, let op = table[tok.text] {
            pos += 1
            let right = try sub(&self)
            left = ended(Expr(.binary(op, left, right), from(start, left.loc)))
        }
        return left
    }

    private static let bitOrOps: [String: BinaryOp] = ["|": .bitOr]
    private static let bitXorOps: [String: BinaryOp] = ["^": .bitXor]
    private static let bitAndOps: [String: BinaryOp] = ["&": .bitAnd]
    private static let shiftOps: [String: BinaryOp] = ["<<": .lshift, ">>": .rshift]
    private static let arithOps: [String: BinaryOp] = ["+": .add, "-": .sub]
    private static let termOps: [String: BinaryOp] = ["*": .mul, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMul]

    mutating func bitOr() throws(PySyntaxError) -> Expr { try binaryLevel(Parser.bitOrOps) { p throws(PySyntaxError) in try p.bitXor() } }
    private mutating func bitXor() throws(PySyntaxError) -> Expr { try binaryLevel(Parser.bitXorOps) { p throws(PySyntaxError) in try p.bitAnd() } }
    private mutating func bitAnd() throws(PySyntaxError) -> Expr { try binaryLevel(Parser.bitAndOps) { p throws(PySyntaxError) in try p.shift() } }
    private mutating func shift() throws(PySyntaxError) -> Expr { try binaryLevel(Parser.shiftOps) { p throws(PySyntaxError) in try p.arith() } }
    private mutating func arith() throws(PySyntaxError) -> Expr { try binaryLevel(Parser.arithOps) { p throws(PySyntaxError) in try p.term() } }
    private mutating func term() throws(PySyntaxError) -> Expr {
        try binaryLevel(Parser.termOps) { p throws(PySyntaxError) in try p.factor() }
    }

    private mutating func factor() throws(PySyntaxError) -> Expr {
        try enter()
        defer { nesting -= 1 }
        if tok.kind == .op {
            let t = tok
            switch t.text {
            case "-": pos += 1; let v = try factor(); return ended(Expr(.unary(.neg, v), loc(t)))
            case "+": pos += 1; let v = try factor(); return ended(Expr(.unary(.pos, v), loc(t)))
            case "~": pos += 1; let v = try factor(); return ended(Expr(.unary(.invert, v), loc(t)))
            default: break
            }
        }
        return try power()
    }

    private mutating func power() throws(PySyntaxError) -> Expr {
        let start = tok
        var base: Expr
        if isKw("await") {
            let t = advance()
            let v = try primary()
            base = ended(Expr(.await(v), loc(t)))
        } else {
            base = try primary()
        }
        if acceptOp("**") {
            let exp = try factor()
            base = ended(Expr(.binary(.pow, base, exp), from(start, base.loc)))
        }
        return base
    }

    private mutating func primary() throws(PySyntaxError) -> Expr {
        let start = tok
        var e = try atom()
        while true {
            if isOp("(") {
                pos += 1
                let args = try callArguments()
                let end = tok
                try expectOp(")")
                e = Expr(.call(e, args), endingHere(Loc(line: start.line, column: start.column, endColumn: end.endColumn)))
            } else if isOp("[") {
                pos += 1
                let index = try subscriptList()
                let end = tok
                try expectOp("]")
                e = Expr(.item(e, index), endingHere(Loc(line: start.line, column: start.column, endColumn: end.endColumn)))
            } else if isOp(".") {
                pos += 1
                let t = tok
                let name = try expectBinding()
                e = Expr(.attribute(e, name), endingHere(Loc(line: start.line, column: start.column, endColumn: t.endColumn)))
            } else {
                return e
            }
        }
    }

    private mutating func callArguments() throws(PySyntaxError) -> [CallArgument] {
        var args: [CallArgument] = []
        var sawKeyword = false, sawDoubleStar = false
        var misplaced: String?   // CPython reports these at the token after the arguments
        while !isOp(")") {
            if isOp("*") {
                if sawDoubleStar && misplaced == nil {
                    throw PySyntaxError(.syntax, "iterable argument unpacking follows keyword argument unpacking", line: tok.line, column: tok.column, endColumn: tok.endColumn)
                }
                pos += 1
                args.append(CallArgument(name: nil, value: try expression(), star: 1))
            } else if acceptOp("**") {
                args.append(CallArgument(name: nil, value: try expression(), star: 2)); sawKeyword = true; sawDoubleStar = true
            } else if tok.kind == .name && next.kind == .op && next.text == "=" {
                let nameTok = tok
                let name = advance().text
                if args.contains(where: { $0.name == name }) {
                    throw PySyntaxError(.syntax, "keyword argument repeated: \(name)", line: nameTok.line, column: nameTok.column, endColumn: nameTok.endColumn)
                }
                pos += 1
                let value = try expression()
                try checkMissingComma(value)
                args.append(CallArgument(name: name, value: value, star: 0)); sawKeyword = true
            } else {
                let t = tok
                var value = try argumentExpression()
                if startsComprehension {
                    // `f(x for x in xs)`: the call's parentheses serve, when it is the only argument.
                    let clauses = try comprehensionClauses()
                    value = ended(Expr(.genExp(value, clauses), value.loc))
                    if !args.isEmpty || isOp(",") {
                        throw PySyntaxError(.syntax, "Generator expression must be parenthesized", line: t.line, column: t.column, endColumn: t.endColumn)
                    }
                }
                try checkMissingComma(value)
                if sawKeyword && misplaced == nil {
                    misplaced = sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument"
                }
                args.append(CallArgument(name: nil, value: value, star: 0))
            }
            if !acceptOp(",") { break }
        }
        if let misplaced {
            throw PySyntaxError(.syntax, misplaced, line: tok.line, column: tok.column, endColumn: tok.endColumn)
        }
        return args
    }

    private mutating func subscriptList() throws(PySyntaxError) -> Expr {
        let start = tok
        let first = try sliceItem()
        guard isOp(",") else { return first }
        var items = [first]
        while acceptOp(",") { if isOp("]") { break }; items.append(try sliceItem()) }
        return ended(Expr(.tuple(items), loc(start)))
    }

    private mutating func sliceItem() throws(PySyntaxError) -> Expr {
        let t = tok
        var lower: Expr?
        if !isOp(":") { lower = try namedExpression() }
        if case .named? = lower?.kind, isOp(":") { throw invalid() }
        guard acceptOp(":") else { return lower! }
        var upper: Expr?
        var step: Expr?
        if !isOp(":") && !isOp("]") && !isOp(",") { upper = try expression() }
        if acceptOp(":") { if !isOp("]") && !isOp(",") { step = try expression() } }
        return ended(Expr(.slice(lower, upper, step), loc(t)))
    }

    /// `for` or `async for`: a comprehension's clauses start.
    private var startsComprehension: Bool { isKw("for") || (isKw("async") && next.text == "for") }

    private mutating func comprehensionClauses() throws(PySyntaxError) -> [Comprehension] {
        var clauses: [Comprehension] = []
        while startsComprehension {
            let isAsync = isKw("async")
            if isAsync { pos += 1 }
            pos += 1
            let target = try targetList()
            try checkTarget(target, del: false, hint: false)
            try expectKw("in")
            let iter = try orTest()
            var conds: [Expr] = []
            while isKw("if") { pos += 1; conds.append(try orTestNoCond()) }
            clauses.append(Comprehension(target: target, iter: iter, conditions: conds, isAsync: isAsync))
        }
        return clauses
    }
    private mutating func orTestNoCond() throws(PySyntaxError) -> Expr { try orTest() }

    private mutating func atom() throws(PySyntaxError) -> Expr {
        let t = tok
        let l = loc(t)
        switch t.kind {
        case .name:
            pos += 1
            return Expr(.name(mangle(t.text)), l)
        case .int:
            pos += 1
            guard case .int(let digits, let radix) = t.value else { throw invalid(t) }
            if let v = Int64(digits, radix: radix) { return Expr(.constant(.int(v)), l) }
            return Expr(.constant(.bigInt(BigInt(digits, radix: radix) ?? 0)), l)
        case .float:
            pos += 1
            guard case .float(let d) = t.value else { throw invalid(t) }
            return Expr(.constant(.float(d)), l)
        case .imaginary:
            throw unsupported("complex numbers", t)
        case .bytes:
            throw unsupported("bytes literals", t)
        case .string, .fstring:
            return try strings()
        case .keyword:
            switch t.text {
            case "None": pos += 1; return Expr(.constant(.none), l)
            case "True": pos += 1; return Expr(.constant(.bool(true)), l)
            case "False": pos += 1; return Expr(.constant(.bool(false)), l)
            case "yield": throw invalid(t)
            default: throw invalid(t)
            }
        case .op:
            switch t.text {
            case "(": return try parenthesized()
            case "[": return try listDisplay()
            case "{": return try dictDisplay()
            case "...": pos += 1; return Expr(.constant(.ellipsis), l)
            default: throw invalid(t)
            }
        default:
            throw invalid(t)
        }
    }

    private mutating func parenthesized() throws(PySyntaxError) -> Expr {
        let open = advance()
        let l = loc(open)
        if isOp(")") { pos += 1; return ended(Expr(.tuple([]), l)) }
        if isKw("yield") {
            let y = try yieldExpr()
            try expectOp(")")
            return y
        }
        let first = try starNamedExpression()
        if startsComprehension {
            try checkComprehensionElement(first)
            let clauses = try comprehensionClauses()
            try expectOp(")")
            return ended(Expr(.genExp(first, clauses), l))
        }
        if acceptOp(")") {
            if case .starred = first.kind { throw PySyntaxError(.syntax, "cannot use starred expression here", line: Int(first.loc.line), column: Int(first.loc.column)) }
            return first
        }
        var items = [first]
        while acceptOp(",") {
            if isOp(")") { break }
            items.append(try starNamedExpression())
        }
        try expectOp(")")
        return ended(Expr(.tuple(items), l))
    }

    /// `[*x for ...]` is refused as CPython refuses it.
    private func checkComprehensionElement(_ e: Expr) throws(PySyntaxError) {
        guard case .starred = e.kind else { return }
        throw PySyntaxError(.syntax, "iterable unpacking cannot be used in comprehension", line: Int(e.loc.line), column: Int(e.loc.column), endColumn: Int(e.loc.endColumn))
    }

    private mutating func listDisplay() throws(PySyntaxError) -> Expr {
        let open = advance()
        let l = loc(open)
        if acceptOp("]") { return ended(Expr(.list([]), l)) }
        return try displayOrComprehension(try starNamedExpression(), at: l, closing: "]")
    }

    /// After a list's or set's first item: its comprehension, or the rest of the display.
    private mutating func displayOrComprehension(_ first: Expr, at l: Loc, closing: String) throws(PySyntaxError) -> Expr {
        let isList = closing == "]"
        if startsComprehension {
            try checkComprehensionElement(first)
            let clauses = try comprehensionClauses()
            try expectOp(closing)
            return ended(Expr(isList ? .listComp(first, clauses) : .setComp(first, clauses), l))
        }
        let items = try displayItems(first, closing: closing)
        return ended(Expr(isList ? .list(items) : .set(items), l))
    }

    /// The items of a list or set display after the first, up to the closing bracket.
    private mutating func displayItems(_ first: Expr, closing: String) throws(PySyntaxError) -> [Expr] {
        try checkMissingComma(first)
        var items = [first]
        while acceptOp(",") {
            if isOp(closing) { break }
            if isKw("for") { throw comprehensionTarget(first) }
            items.append(try starNamedExpression())
            try checkMissingComma(items[items.count - 1])
        }
        if isKw("for") { throw comprehensionTarget(first) }
        try expectOp(closing)
        return items
    }

    /// `[a, b for ...]`: CPython's hint, from the first item to the last token before `for`.
    private func comprehensionTarget(_ first: Expr) -> PySyntaxError {
        let last = tokens[pos - 1]
        return PySyntaxError(.syntax, "did you forget parentheses around the comprehension target?", line: Int(first.loc.line), column: Int(first.loc.column),
                             endColumn: last.line == Int(first.loc.line) ? last.endColumn : 0)
    }

    /// `{...}`: a dict or set display or comprehension, told apart by the first item.
    private mutating func dictDisplay() throws(PySyntaxError) -> Expr {
        let open = advance()
        let l = loc(open)
        if acceptOp("}") { return ended(Expr(.dict([]), l)) }
        var items: [(key: Expr?, value: Expr)] = []
        if isOp("**") {
            let star = advance()
            items.append((nil, try bitOr()))
            if isKw("for") {
                throw PySyntaxError(.syntax, "dict unpacking cannot be used in dict comprehension", line: star.line, column: star.column, endColumn: star.endColumn)
            }
        } else {
            let start = tok
            let key = try starNamedExpression()
            var isSet = !isOp(":")
            if case .starred = key.kind { isSet = true }
            if case .named = key.kind, !(start.kind == .op && start.text == "(") { isSet = true }
            if isSet { return try displayOrComprehension(key, at: l, closing: "}") }
            pos += 1
            let value = try expression()
            if startsComprehension {
                let clauses = try comprehensionClauses()
                try expectOp("}")
                return ended(Expr(.dictComp(key, value, clauses), l))
            }
            items.append((key, value))
        }
        while acceptOp(",") {
            if isOp("}") { break }
            if acceptOp("**") { items.append((nil, try bitOr())); continue }
            let key = try expression()
            if !acceptOp(":") {
                if isOp(",") || isOp("}") {
                    throw PySyntaxError(.syntax, "':' expected after dictionary key", line: Int(key.loc.line), column: Int(key.loc.endColumn) - 1)
                }
                throw invalid()
            }
            items.append((key, try expression()))
        }
        try expectOp("}")
        return ended(Expr(.dict(items), l))
    }

    /// Adjacent string and f-string literals join into one constant or f-string.
    private mutating func strings() throws(PySyntaxError) -> Expr {
        let l = loc(tok)
        var parts: [FPart] = []
        var isF = false
        while tok.kind == .string || tok.kind == .fstring {
            let t = advance()
            switch t.value {
            case .string(let s): parts.append(.literal(s))
            case .fstring(let fp): isF = true; parts += try convertFString(fp)
            default: break
            }
        }
        if tok.kind == .bytes { throw unsupported("bytes literals", tok) }
        if !isF {
            var s = ""
            for case .literal(let piece) in parts { s += piece }
            return ended(Expr(.constant(.string(s)), l))
        }
        return ended(Expr(.fstring(mergeLiterals(parts)), l))
    }

    private func mergeLiterals(_ parts: [FPart]) -> [FPart] {
        var out: [FPart] = []
        for p in parts {
            if case .literal(let s) = p, case .literal(let prev)? = out.last {
                out[out.count - 1] = .literal(prev + s)
            } else if case .literal(let s) = p, s.isEmpty {
                continue
            } else {
                out.append(p)
            }
        }
        return out
    }

    private func convertFString(_ parts: [FStringPart]) throws(PySyntaxError) -> [FPart] {
        var out: [FPart] = []
        for part in parts {
            switch part {
            case .literal(let s): out.append(.literal(s))
            case .expression(let source, let line, let column, let conversion, let spec, let selfDoc):
                if let doc = selfDoc { out.append(.literal(doc)) }
                let toks = try Lexer.tokenizeExpression(source, line: line, column: column)
                var sub = Parser(tokens: toks)
                sub.functionDepth = functionDepth
                sub.className = className
                if sub.tok.kind == .eof {
                    throw PySyntaxError(.syntax, "f-string: empty expression not allowed", line: line, column: column)
                }
                let e = try sub.starExpressions()
                guard sub.tok.kind == .eof else { throw sub.invalid() }
                let convertedSpec: [FPart]? = try spec.map { s throws(PySyntaxError) in mergeLiterals(try convertFString(s)) }
                out.append(.field(e, conversion: conversion, spec: convertedSpec))
            }
        }
        return out
    }
}

extension Expr {
    /// An assignment to this (an operand, in CPython's grammar, other than a list, tuple,
    /// generator expression, None, True or False) gets CPython's "Maybe you meant '=='?".
    var suggestsEquality: Bool {
        switch kind {
        case .constant(.none), .constant(.bool), .list, .tuple, .genExp, .compare, .and, .or, .unary(.not, _), .ifElse, .lambda,
             .starred, .yield, .yieldFrom:
            return false
        default: return true
        }
    }

    /// The noun CPython uses for this kind of expression in error messages.
    var kindName: String {
        switch kind {
        case .name: return "name"
        case .constant(.none): return "None"
        case .constant(.bool(let b)): return b ? "True" : "False"
        case .constant(.ellipsis): return "ellipsis"
        case .constant: return "literal"
        case .fstring: return "f-string expression"
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .unary, .binary: return "expression"
        case .and, .or: return "expression"
        case .compare: return "comparison"
        case .call: return "function call"
        case .attribute: return "attribute"
        case .item: return "subscript"
        case .slice: return "slice"
        case .ifElse: return "conditional expression"
        case .lambda: return "lambda"
        case .listComp: return "list comprehension"
        case .genExp: return "generator expression"
        case .dictComp: return "dict comprehension"
        case .setComp: return "set comprehension"
        case .named: return "named expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .starred: return "starred"
        }
    }
}
