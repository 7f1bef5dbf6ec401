/// An insertion-ordered dictionary keyed by Python equality.
import BigInt

/// What makes two keys equal in Python: 1 == 1.0 == True, strings by content, tuples element-wise.
enum HashKey: Hashable {
    case none
    case int(Int64)
    case big(BigInt)
    case float(UInt64)
    case str(String)
    case tuple([HashKey])
    case identity(Int)
}

public struct PyDict {
    var keys: [Value] = []
    var values: [Value] = []
    var index: [HashKey: Int] = [:]
    private(set) var count = 0

    func find(_ k: HashKey) -> Int? { index[k] }

    mutating func set(_ key: Value, _ hk: HashKey, _ value: Value) {
        if let i = index[hk] { values[i] = value; return }
        index[hk] = keys.count
        keys.append(key); values.append(value)
        count += 1
    }

    @discardableResult
    mutating func remove(_ hk: HashKey) -> Value? {
        guard let i = index.removeValue(forKey: hk) else { return nil }
        let v = values[i]
        keys[i] = .unbound; values[i] = .unbound
        count -= 1
        if keys.count > 32 && count < keys.count / 2 { compact() }
        return v
    }

    private mutating func compact() {
        var nk: [Value] = [], nv: [Value] = []
        var map: [Int: Int] = [:]
        for i in keys.indices where keys[i].tag != .unbound {
            map[i] = nk.count
            nk.append(keys[i]); nv.append(values[i])
        }
        for (k, i) in index { index[k] = map[i]! }
        keys = nk; values = nv
    }

    mutating func removeAll() { keys = []; values = []; index = [:]; count = 0 }

    var pairs: [(Value, Value)] {
        var out: [(Value, Value)] = []
        out.reserveCapacity(count)
        for i in keys.indices where keys[i].tag != .unbound { out.append((keys[i], values[i])) }
        return out
    }

    var liveKeys: [Value] { keys.filter { $0.tag != .unbound } }
    var liveValues: [Value] { keys.indices.filter { keys[$0].tag != .unbound }.map { values[$0] } }
}

extension VM {
    func hashKey(_ v: Value) throws(PyRaise) -> HashKey {
        switch v.tag {
        case .none: return .none
        case .bool, .int: return .int(v.intValue)
        case .float:
            let d = v.floatValue
            if d.rounded() == d, let i = Int64(exactly: d) { return .int(i) }
            if d.isNaN { return .identity(-1) }
            return .float(d.bitPattern)
        case .object:
            let o = heap[v.objectIndex]
            switch o.kind {
            case .str: return .str((o as! StrObject).value)
            case .bigInt: return .big((o as! BigIntObject).value)
            case .tuple:
                try enterNative(); defer { nativeDepth -= 1 }
                var parts: [HashKey] = []
                for item in (o as! TupleObject).items { parts.append(try hashKey(item)) }
                return .tuple(parts)
            case .list, .dict:
                throw typeError("unhashable type: '\(typeName(v))'")
            default:
                return .identity(v.objectIndex)
            }
        default:
            return .identity(Int(v.bits))
        }
    }

    func dictSet(_ d: DictObject, _ k: Value, _ v: Value) throws(PyRaise) {
        d.dict.set(k, try hashKey(k), v)
    }

    func dictGet(_ d: DictObject, _ k: Value) throws(PyRaise) -> Value? {
        guard let i = d.dict.find(try hashKey(k)) else { return nil }
        return d.dict.values[i]
    }

    func dictUpdate(_ d: DictObject, _ other: Value, forCall: Bool = false, callee: String = "") throws(PyRaise) {
        if other.tag == .object, let src = heap[other.objectIndex] as? DictObject {
            for (k, v) in src.dict.pairs {
                if forCall, try dictGet(d, k) != nil {
                    throw typeError("\(callee)() got multiple values for keyword argument '\(try strOf(k))'")
                }
                try dictSet(d, k, v)
            }
            return
        }
        if forCall { throw typeError("\(callee)() argument after ** must be a mapping, not \(typeName(other))") }
        for item in try iterateToArray(other) {
            let pair = try iterateToArray(item)
            guard pair.count == 2 else {
                throw valueError("dictionary update sequence element has length \(pair.count); 2 is required")
            }
            try dictSet(d, pair[0], pair[1])
        }
    }
}
