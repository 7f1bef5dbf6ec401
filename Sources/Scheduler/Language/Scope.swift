/// Scope analysis: which names are fast locals, cells, free variables or globals,
/// and whether a function is a generator. Runs before code generation.

final class Scope {
    enum Kind { case module, function, lambda, classBody }
    let kind: Kind
    let name: String
    weak var parent: Scope?
    var params: [String] = []
    var assigned: [String] = []          // in first-assignment order
    private var assignedSet: Set<String> = []
    var used: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    var declarations: [String: Loc] = [:]   // where each global/nonlocal name was declared
    var children: [Scope] = []
    /// Children by where their node starts: the compiler may compile a node more than once
    /// (a `finally` body on every exit path) or in another order than the tree (`else` before
    /// the handlers), so it finds a node's scope by its place, not by counting.
    private var childAt: [ChildKey: Scope] = [:]
    private struct ChildKey: Hashable { var line: Int32; var column: Int32; var name: String }
    var isAsync = false
    var hasYield = false
    var hasAwait = false

    // Results of `resolve()`.
    var locals: [String] = []
    var cells: [String] = []
    var frees: [String] = []
    private var localSet: Set<String> = []

    init(kind: Kind, name: String, parent: Scope?) { self.kind = kind; self.name = name; self.parent = parent }

    /// The one parameter of a comprehension's function: CPython's name for it.
    static let comprehensionArgument = ".0"
    static let comprehensionParams: Params = {
        var p = Params()
        p.names = [comprehensionArgument]
        p.positionalCount = 1
        return p
    }()
    var isGenExp: Bool { kind == .function && name == "<genexpr>" }
    var isComprehension: Bool { comprehensionNoun != nil }
    /// A comprehension's iteration variables bound so far: an assignment expression may not rebind them.
    var iterationVariables: Set<String> = []
    /// A list or dict comprehension's function: CPython's name for what it is, for errors.
    var comprehensionNoun: String? {
        guard kind == .function else { return nil }
        switch name {
        case "<listcomp>": return "list comprehension"
        case "<dictcomp>": return "dict comprehension"
        case "<setcomp>": return "set comprehension"
        case "<genexpr>": return "generator expression"
        default: return nil
        }
    }

    func addChild(_ c: Scope, at l: Loc) {
        children.append(c)
        childAt[ChildKey(line: l.line, column: l.column, name: c.name)] = c
    }

    /// The scope of the function, lambda or comprehension named `name` that starts at `l`.
    func child(at l: Loc, named name: String) -> Scope {
        guard let c = childAt[ChildKey(line: l.line, column: l.column, name: name)] else {
            preconditionFailure("no scope for \(name) at \(l.line):\(l.column)")
        }
        return c
    }

    func assign(_ n: String) {
        if assignedSet.insert(n).inserted { assigned.append(n) }
    }

    func isLocal(_ n: String) -> Bool { localSet.contains(n) }

    /// A class body's names live in its namespace, not in fast locals, and its functions do
    /// not see them: only module and class bodies are read through names.
    var isModuleLike: Bool { kind == .module || kind == .classBody }
    /// Whether an inner function uses `super` or `__class__`, which gives this class body the
    /// implicit `__class__` cell.
    var needsClassCell: Bool { cells.contains("__class__") }

    /// Decide locals for this scope and its children, then cells/frees bottom-up.
    func resolve() throws(PySyntaxError) {
        if kind != .module && kind != .classBody {
            var seen = Set<String>()
            for n in params + assigned where !globals.contains(n) && !nonlocals.contains(n) {
                if seen.insert(n).inserted { locals.append(n) }
            }
            localSet = seen
        }
        for n in nonlocals.sorted(by: { (declarations[$0]?.line ?? 0, $0) < (declarations[$1]?.line ?? 0, $1) }) {
            if !bindsInEnclosingFunction(n), let l = declarations[n] {
                throw PySyntaxError(.syntax, "no binding for nonlocal '\(n)' found", line: Int(l.line), column: Int(l.column))
            }
        }
        for c in children { try c.resolve() }
        if kind == .classBody {
            // A class body reads an enclosing function's variable through a cell, unless it assigns it.
            for n in used.sorted() where !assignedSet.contains(n) && !globals.contains(n) { _ = captureFromParents(n) }
            for n in nonlocals.sorted() { _ = captureFromParents(n) }
        } else if kind != .module {
            for n in used.sorted() where !isLocal(n) && !globals.contains(n) { _ = captureFromParents(n) }
            for n in nonlocals.sorted() { _ = captureFromParents(n) }
            if used.contains("super") || used.contains("__class__") { captureClassCell() }
        }
    }

    /// `super()` and `__class__` in a method: the nearest enclosing class body holds a
    /// `__class__` cell that the class statement fills with the new class.
    private func captureClassCell() {
        var chain: [Scope] = [self]
        var p = parent
        while let s = p, s.kind != .module {
            if s.kind == .classBody {
                if !s.cells.contains("__class__") { s.cells.append("__class__") }
                for c in chain where !c.frees.contains("__class__") && !c.isLocal("__class__") { c.frees.append("__class__") }
                return
            }
            chain.append(s)
            p = s.parent
        }
    }

    /// Whether an enclosing function (not the module) has `n` as a local or nonlocal name.
    private func bindsInEnclosingFunction(_ n: String) -> Bool {
        var p = parent
        while let s = p, s.kind != .module {
            if s.kind == .classBody { p = s.parent; continue }
            if s.globals.contains(n) { return false }
            if s.params.contains(n) || s.assigned.contains(n) || s.nonlocals.contains(n) { return true }
            p = s.parent
        }
        return false
    }

    /// Makes `n` a free variable here if an enclosing function binds it.
    private func captureFromParents(_ n: String) -> Bool {
        if frees.contains(n) { return true }
        var chain: [Scope] = [self]
        var p = parent
        while let s = p, s.kind != .module {
            if s.kind == .classBody { chain.append(s); p = s.parent; continue }
            if s.isLocal(n) {
                if !s.cells.contains(n) { s.cells.append(n) }
                for c in chain where !c.frees.contains(n) { c.frees.append(n) }
                return true
            }
            if s.globals.contains(n) { return false }
            chain.append(s)
            p = s.parent
        }
        return false
    }
}

/// Walks the tree once, building the scope tree (each child keyed by where its node starts).
struct ScopeBuilder {
    private var current: Scope
    private var exprDepth = 0
    /// Inside a comprehension's iterable expression (lexically, lambdas and comprehensions included).
    private var iterableDepth = 0
    /// Binding a comprehension's `for` target.
    private var bindingIteration = false

    init() {
        current = Scope(kind: .module, name: "<module>", parent: nil)
    }

    /// The module's scope, its functions' below it.
    static func build(_ body: [Stmt]) throws(PySyntaxError) -> Scope {
        var b = ScopeBuilder()
        try b.block(body)
        try b.current.resolve()
        return b.current
    }

    private mutating func use(_ n: String) {
        current.used.insert(n)
    }

    private mutating func bind(_ n: String) {
        current.assign(n)
    }

    private mutating func block(_ body: [Stmt]) throws(PySyntaxError) { for s in body { try stmt(s) } }

    private mutating func target(_ e: Expr) throws(PySyntaxError) {
        switch e.kind {
        case .name(let n):
            if bindingIteration {
                if current.globals.contains(n) || current.nonlocals.contains(n) {
                    throw PySyntaxError(.syntax, "comprehension inner loop cannot rebind assignment expression target '\(n)'", line: Int(e.loc.line),
                                        column: Int(e.loc.column), endColumn: Int(e.loc.endColumn))
                }
                current.iterationVariables.insert(n)
            }
            bind(n)
        case .tuple(let items), .list(let items): for i in items { try target(i) }
        case .starred(let i): try target(i)
        case .attribute(let o, _): try expr(o)
        case .item(let o, let k): try expr(o); try expr(k)
        default: try expr(e)
        }
    }

    private mutating func stmt(_ s: Stmt) throws(PySyntaxError) {
        switch s.kind {
        case .expr(let e): try expr(e)
        case .assign(let targets, let value):
            try expr(value)
            for t in targets { try target(t) }
        case .annAssign(let t, let annotation, let value, let simple):
            if let value { try expr(value) }
            if value != nil || simple { try target(t) }
            if current.kind != .function { try expr(annotation) }
        case .augAssign(let t, _, let v):
            try expr(v)
            if case .name(let n) = t.kind { use(n) }
            try target(t)
        case .function(let f):
            for d in f.decorators { try expr(d) }
            try functionScope(name: f.name, at: s.loc, params: f.params, isAsync: f.isAsync, kind: .function) { b throws(PySyntaxError) in try b.block(f.body) }
            bind(f.binding)
        case .classDef(let c):
            for d in c.decorators { try expr(d) }
            for a in c.arguments { try expr(a.value) }
            let scope = Scope(kind: .classBody, name: c.name, parent: current)
            current.addChild(scope, at: s.loc)
            let saved = current
            current = scope
            try block(c.body)
            current = saved
            bind(c.binding)
        case .return(let e): if let e { try expr(e) }
        case .if(let t, let a, let b): try expr(t); try block(a); try block(b)
        case .while(let t, let a, let b): try expr(t); try block(a); try block(b)
        case .for(let t, let it, let a, let b): try expr(it); try target(t); try block(a); try block(b)
        case .break, .continue, .pass: break
        case .try(let body, let handlers, let orElse, let final):
            try block(body)
            for h in handlers {
                if let t = h.type { try expr(t) }
                if let n = h.name { bind(n) }
                try block(h.body)
            }
            try block(orElse); try block(final)
        case .raise(let e, let c): if let e { try expr(e) }; if let c { try expr(c) }
        case .with(let items, let body, _):
            for (c, t) in items { try expr(c); if let t { try target(t) } }
            try block(body)
        case .import(let items):
            for i in items { bind(i.alias ?? String(i.name.split(separator: ".")[0])) }
        case .importFrom(_, let items):
            for i in items { bind(i.alias ?? i.name) }
        case .global(let names):
            for n in names {
                try checkDeclaration(n, "global", s.loc)
                if current.kind == .module { continue }
                current.globals.insert(n)
                current.declarations[n] = current.declarations[n] ?? s.loc
            }
        case .nonlocal(let names):
            if current.kind == .module {
                throw PySyntaxError(.syntax, "nonlocal declaration not allowed at module level", line: Int(s.loc.line), column: Int(s.loc.column))
            }
            for n in names {
                try checkDeclaration(n, "nonlocal", s.loc)
                current.nonlocals.insert(n)
                current.declarations[n] = current.declarations[n] ?? s.loc
            }
        case .assert(let t, let m): try expr(t); if let m { try expr(m) }
        case .del(let targets): for t in targets { try target(t) }
        case .asyncFor(let t, let it, let a, let b): try expr(it); try target(t); try block(a); try block(b)
        }
    }

    /// CPython's symtable errors for a `global`/`nonlocal` declaration of `n`.
    private func checkDeclaration(_ n: String, _ what: String, _ l: Loc) throws(PySyntaxError) {
        func fail(_ msg: String, _ at: Loc) -> PySyntaxError {
            PySyntaxError(.syntax, msg, line: Int(at.line), column: Int(at.column))
        }
        let other = what == "global" ? current.nonlocals : current.globals
        if other.contains(n) { throw fail("name '\(n)' is nonlocal and global", current.declarations[n] ?? l) }
        if current.params.contains(n) { throw fail("name '\(n)' is parameter and \(what)", l) }
        if current.assigned.contains(n) && !current.globals.contains(n) && !current.nonlocals.contains(n) {
            throw fail("name '\(n)' is assigned to before \(what) declaration", l)
        }
        if current.used.contains(n) && !current.globals.contains(n) && !current.nonlocals.contains(n) {
            throw fail("name '\(n)' is used prior to \(what) declaration", l)
        }
    }

    private mutating func functionScope(name: String, at loc: Loc, params: Params, isAsync: Bool, kind: Scope.Kind,
                                        body: (inout ScopeBuilder) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        for d in params.defaults { try expr(d) }
        for case let d? in params.kwOnlyDefaults { try expr(d) }
        for a in params.annotations { try expr(a.value) }
        let scope = Scope(kind: kind, name: name, parent: current)
        scope.isAsync = isAsync
        scope.params = params.names + [params.varArgs, params.kwArgs].compactMap { $0 }
        current.addChild(scope, at: loc)
        let saved = current
        current = scope
        try body(&self)
        current = saved
    }

    private mutating func expr(_ e: Expr) throws(PySyntaxError) {
        // Long operator chains parse without recursion but nest as deep as they are long.
        exprDepth += 1
        defer { exprDepth -= 1 }
        if exprDepth > PySyntaxError.maxNesting { throw PySyntaxError.tooDeep(line: Int(e.loc.line), column: Int(e.loc.column)) }
        switch e.kind {
        case .name(let n): use(n)
        case .constant: break
        case .fstring(let parts): try fparts(parts)
        case .list(let items), .tuple(let items): for i in items { try expr(i) }
        case .dict(let items): for (k, v) in items { if let k { try expr(k) }; try expr(v) }
        case .unary(_, let a): try expr(a)
        case .binary(_, let a, let b): try expr(a); try expr(b)
        case .and(let items), .or(let items): for i in items { try expr(i) }
        case .compare(let a, let rest): try expr(a); for (_, b) in rest { try expr(b) }
        case .call(let f, let args): try expr(f); for a in args { try expr(a.value) }
        case .attribute(let o, _): try expr(o)
        case .item(let o, let k): try expr(o); try expr(k)
        case .slice(let a, let b, let c): if let a { try expr(a) }; if let b { try expr(b) }; if let c { try expr(c) }
        case .ifElse(let t, let a, let b): try expr(t); try expr(a); try expr(b)
        case .lambda(let params, let body):
            try functionScope(name: "<lambda>", at: e.loc, params: params, isAsync: false, kind: .lambda) { b throws(PySyntaxError) in try b.expr(body) }
        case .listComp(let elt, let clauses):
            try comprehension("<listcomp>", e.loc, clauses) { b throws(PySyntaxError) in try b.expr(elt) }
        case .genExp(let elt, let clauses):
            try comprehension("<genexpr>", e.loc, clauses) { b throws(PySyntaxError) in
                b.current.hasYield = true
                try b.expr(elt)
            }
        case .dictComp(let k, let v, let clauses):
            try comprehension("<dictcomp>", e.loc, clauses) { b throws(PySyntaxError) in try b.expr(k); try b.expr(v) }
        case .set(let items): for i in items { try expr(i) }
        case .setComp(let elt, let clauses):
            try comprehension("<setcomp>", e.loc, clauses) { b throws(PySyntaxError) in try b.expr(elt) }
        case .named(let n, let value):
            if iterableDepth > 0 {
                throw PySyntaxError(.syntax, "assignment expression cannot be used in a comprehension iterable expression", line: Int(e.loc.line),
                                    column: Int(e.loc.column), endColumn: Int(e.loc.endColumn))
            }
            if current.isComprehension { try bindInEnclosingScope(n, at: e.loc) }
            try expr(value)
            if !current.isComprehension { bind(n) }
        case .yield(let v):
            current.hasYield = true
            if let v { try expr(v) }
        case .yieldFrom(let v):
            current.hasYield = true
            try expr(v)
        case .await(let v):
            current.hasAwait = true
            try expr(v)
        case .starred(let v): try expr(v)
        }
    }

    private mutating func fparts(_ parts: [FPart]) throws(PySyntaxError) {
        for p in parts {
            if case .field(let e, _, let spec) = p {
                try expr(e)
                if let spec { try fparts(spec) }
            }
        }
    }

    /// An assignment expression's target inside a comprehension binds in the function (or
    /// module) around the comprehensions, as a nonlocal (global) of this one; it may not be
    /// one of their iteration variables.
    private mutating func bindInEnclosingScope(_ n: String, at l: Loc) throws(PySyntaxError) {
        var scope = current
        while scope.isComprehension, let parent = scope.parent {
            if scope.iterationVariables.contains(n) {
                throw PySyntaxError(.syntax, "assignment expression cannot rebind comprehension iteration variable '\(n)'", line: Int(l.line),
                                    column: Int(l.column), endColumn: Int(l.column) + n.unicodeScalars.count)
            }
            scope = parent
        }
        if scope.kind == .module || scope.globals.contains(n) {
            current.globals.insert(n)
        } else {
            current.nonlocals.insert(n)
        }
        if scope.kind != .module { scope.assign(n) }
    }

    /// A comprehension is a function of its own, as in CPython 3.11 (`<listcomp>`,
    /// `<dictcomp>`, `<setcomp>`, `<genexpr>`), of one argument: the first iterable's iterator,
    /// which is evaluated in this scope. Visited in CPython's order (its errors come in that
    /// order): the first iterable, then each clause's target, iterable and conditions, then
    /// the element.
    private mutating func comprehension(_ name: String, _ loc: Loc, _ clauses: [Comprehension],
                                        element: (inout ScopeBuilder) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        let scope = Scope(kind: .function, name: name, parent: current)
        scope.params = Scope.comprehensionParams.names
        current.addChild(scope, at: loc)
        try iterable(clauses[0].iter)
        let saved = current
        current = scope
        for (i, c) in clauses.enumerated() {
            let outer = bindingIteration
            bindingIteration = true
            try target(c.target)
            bindingIteration = outer
            if i > 0 { try iterable(c.iter) }
            if c.isAsync { scope.hasAwait = true }
            for cond in c.conditions { try expr(cond) }
        }
        try element(&self)
        current = saved
        // An asynchronous list, set or dict comprehension makes the comprehension around it
        // asynchronous too (CPython's symtable marks it a coroutine).
        if scope.hasAwait && !scope.isGenExp && saved.isComprehension { saved.hasAwait = true }
    }

    private mutating func iterable(_ e: Expr) throws(PySyntaxError) {
        iterableDepth += 1
        defer { iterableDepth -= 1 }
        try expr(e)
    }
}
