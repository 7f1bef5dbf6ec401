/// Set displays, compiled as CPython 3.11 compiles them. The ways build differently laid
/// out tables, and so sets that iterate in different orders: more than two constant items
/// become a frozenset constant copied into a new set; other displays add their items in
/// order; a display of constants that a `for`, a comprehension or an `in` test runs over
/// is that frozenset constant itself.
import BigInt

extension FunctionCompiler {
    func setDisplay(_ items: [Expr]) throws(PySyntaxError) {
        if items.count > 2, let folded = constantFrozenset(items) {
            emit(.buildDict, Instruction.buildSet)
            emit(.loadConst, constant(folded, key: nil))
            emit(.dictUpdate, Instruction.setUpdate | 1)
            return
        }
        let plain = items.firstIndex { if case .starred = $0.kind { return true }; return false } ?? items.count
        for item in items[..<plain] { try expr(item) }
        emit(.buildDict, Instruction.buildSet | plain)
        for item in items[plain...] {
            if case .starred(let inner) = item.kind {
                try expr(inner)
                emit(.dictUpdate, Instruction.setUpdate | 1)
            } else {
                try expr(item)
                emit(.dictUpdate, Instruction.setAdd | 1)
            }
        }
    }

    /// A `for` loop's or comprehension's iterable, or the right of a last `in`/`not in`.
    func iterable(_ e: Expr) throws(PySyntaxError) {
        if case .set(let items) = e.kind, let folded = constantFrozenset(items) {
            emit(.loadConst, constant(folded, key: nil))
        } else {
            try expr(e)
        }
    }

    func comparand(_ e: Expr, _ op: CompareOp) throws(PySyntaxError) {
        if op == .in || op == .notIn { try iterable(e) } else { try expr(e) }
    }

    /// The frozenset constant of the items when every one is a constant once folded, or nil.
    /// CPython builds it by adding the items; builds it again from that set's order when it
    /// merges the module's constants (where an equal constant made before takes its place);
    /// and once more when its code object interns its strings, if that replaces one (see
    /// `internsAString`). Each rebuild can change the order the set iterates in.
    private func constantFrozenset(_ items: [Expr]) -> Value? {
        let vm = program.vm
        let first = SetObject(frozen: true)
        for item in items {
            guard let v = folded(item), (try? vm.setAdd(first, v)) != nil else { return nil }
        }
        var merged = rebuilt(first)
        for c in program.frozensets where sameConstants(vm.setObject(c)!, merged) { return c }
        if internsAString(merged) { merged = rebuilt(merged) }
        let v = vm.alloc(merged)
        program.frozensets.append(v)
        return v
    }

    /// A frozenset of `s`'s keys added in its order.
    private func rebuilt(_ s: SetObject) -> SetObject {
        let r = SetObject(frozen: true)
        for e in s.active { _ = try? r.add(e.key, e.hash, program.vm.keysEqual) }
        return r
    }

    /// Whether interning replaces one of the strings: one of ASCII letters, digits and
    /// underscores (not empty) of which CPython already holds an interned copy, being an
    /// identifier of the module or interned at startup.
    private func internsAString(_ s: SetObject) -> Bool {
        let vm = program.vm
        return s.active.contains { e in
            guard vm.kind(e.key) == .str else { return false }
            let text = unsafeDowncast(vm.heap[e.key.objectIndex], to: StrObject.self).value
            let nameLike = text.utf8.allSatisfy { c in
                (0x30...0x39).contains(c) || (0x41...0x5a).contains(c) || (0x61...0x7a).contains(c) || c == 0x5f
            }
            guard !text.isEmpty, nameLike else { return false }
            return StartupStrings.all.contains(text) || program.identifiers.contains(text)
        }
    }

    /// Equal constants of the same types (CPython's constant keys: `{1}` and `{1.0}` differ).
    private func sameConstants(_ a: SetObject, _ b: SetObject) -> Bool {
        let vm = program.vm
        guard a.count == b.count else { return false }
        for e in a.active {
            guard let i = try? b.find(e.key, e.hash, vm.keysEqual), sameConstant(e.key, b.entries[i].key) else { return false }
        }
        return true
    }

    private func sameConstant(_ x: Value, _ y: Value) -> Bool {
        let vm = program.vm
        guard vm.typeIndex(x) == vm.typeIndex(y) else { return false }
        if x.tag == .float { return x.bits == y.bits }
        guard vm.kind(x) == .tuple else { return true }
        let xs = unsafeDowncast(vm.heap[x.objectIndex], to: TupleObject.self).items
        let ys = unsafeDowncast(vm.heap[y.objectIndex], to: TupleObject.self).items
        return zip(xs, ys).allSatisfy { sameConstant($0, $1) }
    }

    /// An expression's value when CPython's compiler folds it into a constant: literals,
    /// tuples of constants, and arithmetic on numbers whose result stays small.
    private func folded(_ e: Expr) -> Value? {
        let vm = program.vm
        switch e.kind {
        case .constant(let c):
            switch c {
            case .none: return Value.none
            case .ellipsis: return vm.ellipsis
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .bigInt(let b): return vm.makeInt(b)
            case .float(let d): return .float(d)
            case .string(let s): return vm.internString(s)
            }
        case .tuple(let items):
            var values: [Value] = []
            for item in items {
                guard let v = folded(item) else { return nil }
                values.append(v)
            }
            return vm.makeTuple(values)
        case .unary(let op, let operand):
            guard op != .not, let v = folded(operand), isNumber(v) else { return nil }
            let code = op == .neg ? 0 : op == .pos ? 1 : 2
            return try? vm.unaryOp(code, v)
        case .binary(let op, let left, let right):
            guard let a = folded(left), let b = folded(right), isNumber(a), isNumber(b), foldsSmall(op, a, b) else { return nil }
            return try? vm.binaryOp(op, a, b)
        default:
            return nil
        }
    }

    private func isNumber(_ v: Value) -> Bool { v.tag == .float || program.vm.isIntLike(v) }

    /// CPython folds products, powers and left shifts of ints only up to 128-bit results.
    private func foldsSmall(_ op: BinaryOp, _ a: Value, _ b: Value) -> Bool {
        let vm = program.vm
        guard let x = vm.bigValue(a), let y = vm.bigValue(b), x != 0, y != 0 else { return op != .matMul }
        let xbits = x.magnitude.bitWidth, ybits = y.magnitude.bitWidth
        switch op {
        case .mul: return xbits + ybits <= 128
        case .pow: return y < 0 || BigInt(xbits) * y <= 128
        case .lshift: return y <= 128 && BigInt(xbits) <= 128 - y
        case .matMul: return false
        default: return true
        }
    }
}
