/// An expression written back as source, as CPython's `ast_unparse.c` writes it: the strings
/// `from __future__ import annotations` (PEP 563) stores for annotations. Precedence decides
/// the parentheses, as there; only the expressions annotations use are covered, the rest is
/// refused at compile time.

enum Unparse {
    // CPython's precedence levels, lowest first.
    private static let tuple = 0, test = 1, or = 2, and = 3, not = 4, cmp = 5, bor = 6, bxor = 7, band = 8,
                        shift = 9, arith = 10, term = 11, factor = 12, power = 13, await_ = 14, atom = 15

    static func annotation(_ e: Expr) throws(PySyntaxError) -> String { try text(e, test) }

    private static func text(_ e: Expr, _ level: Int) throws(PySyntaxError) -> String {
        func wrap(_ own: Int, _ s: String) -> String { level > own ? "(\(s))" : s }
        switch e.kind {
        case .name(let n): return n
        case .constant(let c): return constant(c)
        case .attribute(let o, let name):
            var base = try text(o, atom)
            if case .constant(.int) = o.kind { base += " " }
            return "\(base).\(name)"
        case .item(let o, let k):
            return "\(try text(o, atom))[\(try slice(k))]"
        case .slice(let a, let b, let c):
            var s = try (a.map { e throws(PySyntaxError) in try text(e, test) } ?? "") + ":" + (b.map { e throws(PySyntaxError) in try text(e, test) } ?? "")
            if let c { s += ":" + (try text(c, test)) }
            return s
        case .tuple(let items):
            if items.isEmpty { return "()" }
            let body = try items.map { e throws(PySyntaxError) in try text(e, test) }.joined(separator: ", ") + (items.count == 1 ? "," : "")
            return level > tuple ? "(\(body))" : body
        case .list(let items): return "[" + (try items.map { e throws(PySyntaxError) in try text(e, test) }.joined(separator: ", ")) + "]"
        case .set(let items): return "{" + (try items.map { e throws(PySyntaxError) in try text(e, test) }.joined(separator: ", ")) + "}"
        case .dict(let items):
            let parts = try items.map { kv throws(PySyntaxError) -> String in
                if let k = kv.key { return "\(try text(k, test)): \(try text(kv.value, test))" }
                return "**\(try text(kv.value, bor))"
            }
            return "{" + parts.joined(separator: ", ") + "}"
        case .binary(let op, let a, let b):
            let (sym, own) = binary(op)
            let rightAssoc = op == .pow
            return wrap(own, "\(try text(a, rightAssoc ? own + 1 : own)) \(sym) \(try text(b, rightAssoc ? own : own + 1))")
        case .unary(let op, let a):
            switch op {
            case .not: return wrap(not, "not \(try text(a, not))")
            case .neg: return wrap(factor, "-\(try text(a, factor))")
            case .pos: return wrap(factor, "+\(try text(a, factor))")
            case .invert: return wrap(factor, "~\(try text(a, factor))")
            }
        case .and(let items), .or(let items):
            let isAnd: Bool
            if case .and = e.kind { isAnd = true } else { isAnd = false }
            let own = isAnd ? and : or
            return wrap(own, try items.map { x throws(PySyntaxError) in try text(x, own + 1) }.joined(separator: isAnd ? " and " : " or "))
        case .compare(let first, let rest):
            var s = try text(first, cmp + 1)
            for (op, x) in rest { s += " \(compare(op)) \(try text(x, cmp + 1))" }
            return wrap(cmp, s)
        case .ifElse(let t, let body, let orElse):
            return wrap(test, "\(try text(body, test + 1)) if \(try text(t, test + 1)) else \(try text(orElse, test))")
        case .call(let f, let args):
            let parts = try args.map { a throws(PySyntaxError) -> String in
                let v = try text(a.value, test)
                if a.star == 1 { return "*" + v }
                if a.star == 2 { return "**" + v }
                if let n = a.name { return "\(n)=\(v)" }
                return v
            }
            return "\(try text(f, atom))(\(parts.joined(separator: ", ")))"
        case .starred(let v): return "*" + (try text(v, bor))
        case .await(let v): return wrap(await_, "await \(try text(v, atom))")
        default:
            throw PySyntaxError(.unsupported, "schedviz cannot write this annotation back as a string (from __future__ import annotations)",
                                line: Int(e.loc.line), column: Int(e.loc.column))
        }
    }

    /// A subscript's index: a tuple without its parentheses (`Dict[str, int]`), unless empty.
    private static func slice(_ k: Expr) throws(PySyntaxError) -> String {
        if case .tuple(let items) = k.kind, !items.isEmpty {
            return try items.map { e throws(PySyntaxError) in try text(e, test) }.joined(separator: ", ") + (items.count == 1 ? "," : "")
        }
        return try text(k, tuple)
    }

    private static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .ellipsis: return "..."
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let b): return String(b)
        case .float(let d): return d.isInfinite ? "1e309" : PyFormat.floatRepr(d)
        case .string(let s): return VM.quote(s)
        }
    }

    private static func binary(_ op: BinaryOp) -> (String, Int) {
        switch op {
        case .add: return ("+", arith)
        case .sub: return ("-", arith)
        case .mul: return ("*", term)
        case .div: return ("/", term)
        case .floorDiv: return ("//", term)
        case .mod: return ("%", term)
        case .matMul: return ("@", term)
        case .pow: return ("**", power)
        case .lshift: return ("<<", shift)
        case .rshift: return (">>", shift)
        case .bitAnd: return ("&", band)
        case .bitXor: return ("^", bxor)
        case .bitOr: return ("|", bor)
        }
    }

    private static func compare(_ op: CompareOp) -> String {
        switch op {
        case .eq: return "=="
        case .ne: return "!="
        case .lt: return "<"
        case .le: return "<="
        case .gt: return ">"
        case .ge: return ">="
        case .is: return "is"
        case .isNot: return "is not"
        case .in: return "in"
        case .notIn: return "not in"
        }
    }
}
