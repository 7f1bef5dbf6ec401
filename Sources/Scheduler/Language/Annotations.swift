/// Variable annotations in module and class bodies, as CPython 3.11 compiles them (PEP 526):
/// the body starts with an empty `__annotations__` when any statement in it (outside nested
/// functions and classes) is annotated; `x: T = v` stores `v`, then evaluates `T` and
/// records it under `'x'`. In a function body the annotation is not evaluated.

extension FunctionCompiler {
    /// CPython's `find_ann`: does the body annotate anything anywhere but in nested scopes?
    static func recordsAnnotations(_ body: [Stmt]) -> Bool {
        body.contains { s in
            switch s.kind {
            case .annAssign: return true
            case .if(_, let a, let b), .while(_, let a, let b), .for(_, _, let a, let b), .asyncFor(_, _, let a, let b):
                return recordsAnnotations(a) || recordsAnnotations(b)
            case .with(_, let a, _): return recordsAnnotations(a)
            case .try(let a, let handlers, let b, let c):
                return recordsAnnotations(a) || handlers.contains { recordsAnnotations($0.body) } || recordsAnnotations(b) || recordsAnnotations(c)
            default: return false
            }
        }
    }

    func annotatedAssign(_ t: Expr, _ annotation: Expr, _ value: Expr?, simple: Bool) throws(PySyntaxError) {
        if let value {
            try expr(value)
            try storeTarget(t)
        }
        guard scope.isModuleLike else { return }
        try self.annotation(annotation)
        if simple, case .name(let n) = t.kind {
            load("__annotations__")
            loadString(n)
            emit(.storeSubscript)
        } else {
            emit(.pop)
        }
    }
}

extension FunctionCompiler {
    /// An annotation's value: the expression, or under `from __future__ import annotations` its text.
    func annotation(_ e: Expr) throws(PySyntaxError) {
        if program.stringAnnotations { loadString(try Unparse.annotation(e)) } else { try expr(e) }
    }
}

extension Compiler {
    static let futureFeatures: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "generator_stop", "annotations",
    ]

    /// The `from __future__ import ...` statements at the top of the module (after the docstring):
    /// their features checked, `annotations` noted; the lines they are on allowed them.
    func readFutureImports(_ body: [Stmt]) throws(PySyntaxError) {
        for (i, s) in body.enumerated() {
            if i == 0, case .expr(let e) = s.kind, case .constant(.string) = e.kind { continue }
            guard case .importFrom("__future__", let items) = s.kind else { return }
            for item in items {
                if item.name == "annotations" { stringAnnotations = true }
                else if item.name == "braces" { throw PySyntaxError(.syntax, "not a chance", line: Int(s.loc.line), column: Int(s.loc.column)) }
                else if !Compiler.futureFeatures.contains(item.name) {
                    throw PySyntaxError(.syntax, "future feature \(item.name) is not defined", line: Int(s.loc.line), column: Int(s.loc.column))
                }
            }
            futureLines.insert(s.loc.line)
        }
    }
}
