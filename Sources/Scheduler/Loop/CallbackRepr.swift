/// How asyncio names a callback in handle reprs and in "Exception in callback": format_helpers'
/// `_format_callback_source`, with the arguments through `reprlib.repr`.

extension VM {
    /// `func(args) at file:line` (the location only for Python functions).
    func callbackSource(_ fn: Value, _ args: [Value]) -> String {
        var name = (try? repr(fn)) ?? "?"
        var source = ""
        if fn.tag == .object {
            switch heap[fn.objectIndex] {
            case let f as FunctionObject:
                name = f.code.qualname
                source = " at \(f.code.file):\(f.code.firstLine)"
            case let m as BoundMethodObject:
                if m.function.tag == .object, let f = heap[m.function.objectIndex] as? FunctionObject { name = f.code.qualname }
            case let b as BuiltinObject:
                switch b.fn {
                case .boundMethod: name = "\(typeName(b.receiver)).\(symbols[b.symbol])"
                case .native: name = (heap[b.receiver.objectIndex] as? NativeFunction)?.name ?? name
                default: name = b.fn.pythonName
                }
            default: break
            }
        }
        return name + "(" + args.map { limitedRepr($0, level: 6) }.joined(separator: ", ") + ")" + source
    }

    /// `reprlib.repr`: strings cut at 30 characters, ints at 40, other reprs at 30, and at
    /// most 6 items of a list or tuple (4 of a dict), 6 levels deep.
    func limitedRepr(_ v: Value, level: Int) -> String {
        var full: String { (try? repr(v)) ?? "?" }    // only where the whole repr is cut
        guard v.tag == .object else { return v.tag == .int ? Self.cut(full, 40) : Self.cut(full, 30) }
        let o = heap[v.objectIndex]
        switch o.kind {
        case .str:
            let s = (o as! StrObject).value
            let head = VM.quote(String(s.prefix(30)))
            if head.count <= 30 { return head }
            let whole = Array(s)
            let kept = VM.quote(String(whole.prefix(13)) + String(whole.suffix(14)))
            return String(kept.prefix(13)) + "..." + String(kept.suffix(14))
        case .bigInt: return Self.cut(full, 40)
        case .list: return limitedItems((o as! ListObject).items, level, "[", "]", max: 6, trail: "")
        case .tuple: return limitedItems((o as! TupleObject).items, level, "(", ")", max: 6, trail: ",")
        case .dict:
            let pairs = (o as! DictObject).dict.pairs
            if pairs.isEmpty { return "{}" }
            if level <= 0 { return "{...}" }
            var pieces = sortedIfPossible(pairs).prefix(4).map { limitedRepr($0.0, level: level - 1) + ": " + limitedRepr($0.1, level: level - 1) }
            if pairs.count > 4 { pieces.append("...") }
            return "{" + pieces.joined(separator: ", ") + "}"
        default: return Self.cut(full, 30)
        }
    }

    private func limitedItems(_ items: [Value], _ level: Int, _ left: String, _ right: String, max: Int, trail: String) -> String {
        if level <= 0 && !items.isEmpty { return left + "..." + right }
        var pieces = items.prefix(max).map { limitedRepr($0, level: level - 1) }
        if items.count > max { pieces.append("...") }
        return left + pieces.joined(separator: ", ") + (items.count == 1 ? trail : "") + right
    }

    /// reprlib's `_possibly_sorted`: dict keys in order when they compare (all numbers or all
    /// strings here), else as inserted.
    private func sortedIfPossible(_ pairs: [(Value, Value)]) -> [(Value, Value)] {
        if pairs.allSatisfy({ $0.0.tag == .int }) { return pairs.sorted { $0.0.intValue < $1.0.intValue } }
        let strings = pairs.map { p -> String? in
            p.0.tag == .object ? (heap[p.0.objectIndex] as? StrObject)?.value : nil
        }
        if strings.allSatisfy({ $0 != nil }) {
            return zip(strings, pairs).sorted { Array($0.0!.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.0!.unicodeScalars.map(\.value)) }.map(\.1)
        }
        return pairs
    }

    /// reprlib's cut of a long repr: its head and tail around "...".
    private static func cut(_ s: String, _ limit: Int) -> String {
        guard s.count > limit else { return s }
        let i = (limit - 3) / 2, j = limit - 3 - i
        return String(s.prefix(i)) + "..." + String(s.suffix(j))
    }
}
