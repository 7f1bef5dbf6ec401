/// Variable annotations in module and class bodies, as CPython 3.11 compiles them (PEP 526):
/// the body starts with an empty `__annotations__` when any statement in it (outside nested
/// functions and classes) annotates a bare name; `x: T = v` stores `v`, then evaluates `T` and
/// records it under `'x'`. In a function body the annotation is not evaluated.

extension FunctionCompiler {
    /// CPython's `find_ann`: does the body annotate a simple name anywhere but in nested scopes?
    static func recordsAnnotations(_ body: [Stmt]) -> Bool {
        body.contains { s in
            switch s.kind {
            case .annAssign(_, _, _, let simple): return simple
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
        try expr(annotation)
        if simple, case .name(let n) = t.kind {
            load("__annotations__")
            loadString(n)
            emit(.storeSubscript)
        } else {
            emit(.pop)
        }
    }
}
