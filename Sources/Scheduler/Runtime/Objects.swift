/// Heap objects. Each is a final class with a `kind`, stored once in `Heap`
/// and referred to by index from `Value`s.
import BigInt

public enum ObjKind: UInt8, Sendable {
    case type, str, bigInt, list, tuple, dict, function, builtin, boundMethod
    case generator, cell, exception, module, range, iterator, slice, native, instance, set, asyncGenerator
}

public class PyObject {
    public let kind: ObjKind
    init(kind: ObjKind) { self.kind = kind }
}

/// A type, built-in or made by a `class` statement: its bases, C3 method resolution order
/// and its namespace keyed by interned symbols.
public final class TypeObject: PyObject {
    public var name: String
    public var qualname: String
    public let base: Int32          // heap index of the first base, -1 for object
    public var bases: [Int32]
    public var mro: [Int32] = []    // this type first; set by the VM once it has an index
    public var attributes = Attributes()
    /// Made by a `class` statement (its dunders are looked up; built-in types' are Swift).
    public var isUser = false
    /// `__module__` of a class statement: `__main__`, or `asyncio.locks` for the prelude's.
    public var module = "__main__"
    /// The built-in type whose instances this type's instances are (object, an exception…).
    public var layout: Int32 = 0
    /// `__slots__` names when every class in the MRO declares them: instances have no `__dict__`.
    var slotNames: [Int32]?
    var docValue: Value = .none
    /// Its heap index (its key in the VM's lookup cache).
    var index: Int32 = -1
    /// The most attributes an instance has had: the room a new instance's table starts with.
    var instanceSize = 0
    init(name: String, base: Int32) {
        self.name = name; self.qualname = name; self.base = base; self.bases = base >= 0 ? [base] : []
        super.init(kind: .type)
    }
}

/// An object's own attributes, keyed by symbol in first-set order. Once a program asks for
/// `__dict__`, a real dict takes them over (`dict`), so writes through it are seen.
public struct Attributes {
    struct Entry {
        var sym: Int32
        var value: Value
        static let empty = Entry(sym: -1, value: .unbound)
    }
    /// The first four attributes live in the struct itself, so an instance's sit beside its
    /// header (no allocation of their own, no pointer to follow); more go to `more`. An
    /// unused place holds `Entry.empty`, whose symbol matches no name: the attribute sites
    /// read a place by its address alone (`InstanceObject.inlineOffset`).
    var inline = (Entry.empty, Entry.empty, Entry.empty, Entry.empty)
    private var more: [Entry] = []
    private(set) var count = 0
    public var dict: Value = .unbound

    private func at(_ i: Int) -> Entry {
        switch i {
        case 0: return inline.0
        case 1: return inline.1
        case 2: return inline.2
        case 3: return inline.3
        default: return more[i &- 4]
        }
    }

    private mutating func put(_ i: Int, _ e: Entry) {
        switch i {
        case 0: inline.0 = e
        case 1: inline.1 = e
        case 2: inline.2 = e
        case 3: inline.3 = e
        default: more[i &- 4] = e
        }
    }

    /// The attributes in the order they were set.
    var entries: [Entry] { (0..<count).map { at($0) } }

    /// Each value, in order, with no array made (the collector's marking).
    func forEachValue(_ body: (Value) -> Void) {
        for i in 0..<count { body(at(i).value) }
    }

    func index(_ sym: Int32) -> Int? {
        for i in 0..<count where at(i).sym == sym { return i }
        return nil
    }

    subscript(sym: Int32) -> Value? {
        get { index(sym).map { at($0).value } }
        set {
            if let i = index(sym) {
                if let newValue { put(i, Entry(sym: sym, value: newValue)) } else { remove(at: i) }
            } else if let newValue {
                append(Entry(sym: sym, value: newValue))
            }
        }
    }

    mutating func append(_ e: Entry) {
        if count >= 4 { more.append(e) } else { put(count, e) }
        count &+= 1
    }

    private mutating func remove(at i: Int) {
        var rest = entries
        rest.remove(at: i)
        removeAll()
        for e in rest { append(e) }
    }

    /// Sets `sym`, making room for `expected` attributes past the four in place.
    mutating func set(_ sym: Int32, _ value: Value, expected: Int) {
        if let i = index(sym) { put(i, Entry(sym: sym, value: value)); return }
        if count == 4 && more.isEmpty && expected > 5 { more.reserveCapacity(expected &- 4) }
        append(Entry(sym: sym, value: value))
    }

    /// The value at `pos` if it is `sym`'s (the guess an attribute site keeps).
    func value(at pos: Int32, _ sym: Int32) -> Value? {
        let i = Int(pos)
        guard i < count else { return nil }
        let e = at(i)
        return e.sym == sym ? e.value : nil
    }

    /// Overwrites the value at `pos` if it is `sym`'s; false otherwise.
    mutating func replace(at pos: Int32, _ sym: Int32, _ value: Value) -> Bool {
        let i = Int(pos)
        guard i < count && at(i).sym == sym else { return false }
        put(i, Entry(sym: sym, value: value))
        return true
    }

    mutating func reserve(_ n: Int) { if n > 4 { more.reserveCapacity(n &- 4) } }

    mutating func removeAll() {
        inline = (.empty, .empty, .empty, .empty)
        more = []
        count = 0
    }
}

/// An instance of a user class whose layout is `object`'s.
public final class InstanceObject: PyObject {
    public let type: Int32
    public var attributes = Attributes()
    /// The built-in value an instance of a `list`, `dict`, `str`, `int`… subclass is
    /// (`BuiltinSubclasses.swift`); unbound for every other instance.
    public var native: Value = .unbound

    /// Where an instance's four in-place attributes start, from its address: the same for
    /// every instance, measured on one (the VM keeps it: a static would be a `swift_once`
    /// at every read).
    static func measureInlineOffset() -> Int {
        let probe = InstanceObject(type: 0)
        let start = UnsafeRawPointer(Unmanaged.passUnretained(probe).toOpaque())
        return withUnsafeMutablePointer(to: &probe.attributes.inline) { UnsafeRawPointer($0) - start }
    }
    /// `room`: the attributes its class's instances have had at most, made room for now (one
    /// allocation, not one per attribute `__init__` sets).
    init(type: Int32, room: Int = 0) {
        self.type = type
        super.init(kind: .instance)
        if room > 0 { attributes.reserve(room) }
    }
}

public final class StrObject: PyObject {
    public let value: String
    private var count = -1
    init(_ value: String) { self.value = value; super.init(kind: .str) }
    /// Length in code points, as Python counts it.
    var length: Int {
        if count < 0 { count = value.unicodeScalars.count }
        return count
    }
    var isASCII: Bool { length == value.utf8.count }
    /// The code points as an array, made on the first index into a non-ASCII string and kept:
    /// building it for each `s[i]` made a loop over the indices quadratic.
    var scalars: [Unicode.Scalar] {
        if let scalarCache { return scalarCache }
        let a = Array(value.unicodeScalars)
        scalarCache = a
        return a
    }
    private var scalarCache: [Unicode.Scalar]?
    /// `hash(self)`, made on first use (-1 until then: no hash is -1).
    var hash: Int64 {
        if hashCache == -1 { hashCache = PyHash.string(value) }
        return hashCache
    }
    private var hashCache: Int64 = -1
}

public final class BigIntObject: PyObject {
    public let value: BigInt
    init(_ value: BigInt) { self.value = value; super.init(kind: .bigInt) }
}

public final class ListObject: PyObject {
    public var items: [Value]
    init(_ items: [Value]) { self.items = items; super.init(kind: .list) }
}

public final class TupleObject: PyObject {
    public let items: [Value]
    init(_ items: [Value]) { self.items = items; super.init(kind: .tuple) }
}

public final class DictObject: PyObject {
    public var dict = PyDict()
    init() { super.init(kind: .dict) }
}

public final class FunctionObject: PyObject {
    public let code: CodeObject
    public var defaults: [Value]
    public var kwDefaults: [Value]      // one per keyword-only parameter; .unbound when required
    public var cells: [Value]           // free variables' cells, in code.freeNames order
    public var name: String
    /// `__qualname__`, `__doc__` and `__module__`: writable, and not in `__dict__` (`functools.wraps` sets them).
    public var qualname: String { qualnameSet ?? code.qualname }
    public var qualnameSet: String?       // nil: the code's (set only by an assignment: no cost per function made)
    public var doc: Value = .unbound      // .unbound: the code's docstring
    public var module: Value = .unbound   // .unbound: the module the code was compiled for
    /// `__annotations__`, a field of its own as CPython's `func_annotations` (not in `__dict__`).
    public var annotations: Value = .unbound
    public var iterableCoroutine = false   // set by @types.coroutine
    public var attributes = Attributes()   // `f.calls = 0`, `__wrapped__`, `__doc__`…
    /// The positional argument count a call binds by copying alone (no defaults, `*args`,
    /// keywords, generator or coroutine to make), or -1: such calls run in the caller's loop.
    let plainArity: Int
    init(code: CodeObject, defaults: [Value], kwDefaults: [Value], cells: [Value]) {
        self.code = code; self.defaults = defaults; self.kwDefaults = kwDefaults; self.cells = cells
        self.name = code.name
        let plain = code.kwOnlyCount == 0 && !code.flags.contains(.varArgs) && !code.flags.contains(.varKeywords)
            && !code.isGenerator && !code.isCoroutine
        plainArity = plain ? code.argCount : -1
        super.init(kind: .function)
    }
}

public final class BuiltinObject: PyObject {
    public let fn: Builtin
    public let receiver: Value          // bound `self` for methods, .unbound for plain functions
    public let symbol: Int32            // method name symbol when bound
    init(fn: Builtin, receiver: Value = .unbound, symbol: Int32 = -1) {
        self.fn = fn; self.receiver = receiver; self.symbol = symbol
        super.init(kind: .builtin)
    }
}

public final class BoundMethodObject: PyObject {
    public let function: Value
    public let receiver: Value
    init(function: Value, receiver: Value) { self.function = function; self.receiver = receiver; super.init(kind: .boundMethod) }
}

public final class CellObject: PyObject {
    public var value: Value
    init(_ value: Value) { self.value = value; super.init(kind: .cell) }
}

public final class RangeObject: PyObject {
    public let start: Int64, stop: Int64, step: Int64
    init(start: Int64, stop: Int64, step: Int64) { self.start = start; self.stop = stop; self.step = step; super.init(kind: .range) }
    /// The number of items, exact: `range(-2**63, 2**63 - 1)` has more than Int64.max.
    var length: UInt64 {
        if step > 0 { return start < stop ? (UInt64(bitPattern: stop &- start) - 1) / step.magnitude + 1 : 0 }
        return start > stop ? (UInt64(bitPattern: start &- stop) - 1) / step.magnitude + 1 : 0
    }
    /// The number of items, for indexing (a longer range is cut at Int64.max; `len` refuses it).
    var count: Int64 { Int64(clamping: length) }
    /// The item at `i` (0 ≤ i < count): wrapping arithmetic, since the result is in range
    /// even when `i * step` alone is not.
    func item(_ i: Int64) -> Int64 { start &+ i &* step }
    func contains(_ i: Int64) -> Bool {
        if step > 0 { return i >= start && i < stop && UInt64(bitPattern: i &- start) % step.magnitude == 0 }
        return i <= start && i > stop && UInt64(bitPattern: start &- i) % step.magnitude == 0
    }
    /// Ranges are equal when they produce the same numbers.
    func sameItems(_ other: RangeObject) -> Bool {
        count == other.count && (count == 0 || (start == other.start && (count == 1 || step == other.step)))
    }
}

public final class SliceObject: PyObject {
    public let start: Value, stop: Value, step: Value
    init(start: Value, stop: Value, step: Value) { self.start = start; self.stop = stop; self.step = step; super.init(kind: .slice) }
}

public enum IteratorKind: UInt8, Sendable {
    case list, tuple, range, rangeEdge, str, dictKeys, dictValues, dictItems, enumerate, zip, map, filter, reversedList, callable, set
    case sequence     // a user class's `__getitem__` from 0 until IndexError
}

public final class IteratorObject: PyObject {
    public let iterKind: IteratorKind
    public var source: Value
    public var index: Int64
    public var end: Int64 = 0
    public var step: Int64 = 1
    public var extra: [Value] = []     // zip's iterators, map's function, enumerate's iterator
    /// A range iterator's next value, or nil at its end: a step past Int64's ends is the end.
    @inline(__always) func nextInRange() -> Int64? {
        let cur = index
        if step > 0 ? cur >= end : cur <= end { return nil }
        let (next, overflow) = cur.addingReportingOverflow(step)
        index = overflow ? end : next
        return cur
    }

    init(_ kind: IteratorKind, source: Value, index: Int64 = 0) {
        self.iterKind = kind; self.source = source; self.index = index
        super.init(kind: .iterator)
    }
}

/// A few values keyed by symbol id, found by a linear scan: for the handful of names a
/// program reads from a module, cheaper than hashing (module attributes are read in loops).
public struct SymbolMap {
    private(set) var keys: [Int32] = []
    public private(set) var values: [Value] = []

    subscript(sym: Int32) -> Value? {
        @inline(__always) get {
            keys.withUnsafeBufferPointer { k in
                for i in 0..<k.count where k[i] == sym { return values[i] }
                return nil
            }
        }
        set {
            if let i = keys.firstIndex(of: sym) {
                if let newValue { values[i] = newValue } else { keys.remove(at: i); values.remove(at: i) }
            } else if let newValue {
                keys.append(sym); values.append(newValue)
            }
        }
    }
}

public final class ModuleObject: PyObject {
    public let name: String
    public var attributes = SymbolMap()
    init(name: String) { self.name = name; super.init(kind: .module) }
}

public struct TracebackEntry: Sendable, Equatable {
    public var file: String
    public var line: Int32
    public var function: String
    /// Where the failing instruction's node starts and ends (1-based, end exclusive), for the
    /// caret line; `endLine` 0 when unknown.
    public var column: Int32 = 0
    public var endLine: Int32 = 0
    public var lastColumn: Int32 = 0

    init(file: String, line: Int32, function: String) {
        self.file = file; self.line = line; self.function = function
    }

    /// The entry for the instruction at `at` in `code`: its node's position when the compiler knew it.
    init(_ code: CodeObject, at: Int) {
        self.init(file: code.file, line: code.lines.isEmpty ? Int32(code.firstLine) : code.lines[at], function: code.name)
        guard at < code.positions.count else { return }
        let p = code.positions[at]
        guard p.endLine != 0 else { return }
        line = p.line; column = p.column; endLine = p.endLine; lastColumn = p.lastColumn
    }

    /// The same frame line, as CPython counts repeated lines (file, line and function).
    func sameLine(_ other: TracebackEntry?) -> Bool {
        guard let other else { return false }
        return line == other.line && file == other.file && function == other.function
    }
}

public final class ExceptionObject: PyObject {
    public let type: Int32               // heap index of its TypeObject
    public var args: [Value]
    public var context: Value = .none
    public var cause: Value = .none
    public var suppressContext = false
    public var traceback: [TracebackEntry] = []
    public var attributes = Attributes()   // a user exception's `self.code = code`
    /// Coroutines that never started, passed to the call that raised it: CPython's traceback
    /// holds the callee's frame, and the frame them (see NeverAwaited.swift).
    var heldCoroutines: [Value] = []
    /// An exception group's `message` and `exceptions` (a tuple), set by `BaseExceptionGroup.__new__`.
    var groupMessage: Value = .none
    var groupExceptions: Value = .none
    /// A NameError's or AttributeError's missing name, and the object or code it was missing
    /// from: what its traceback's "Did you mean" is worked out from (`Suggestions.swift`).
    var missingName: String?
    var missingFrom: Value = .unbound
    var missingIn: CodeObject?
    init(type: Int32, args: [Value]) { self.type = type; self.args = args; super.init(kind: .exception) }
}

/// Objects implemented by runtime subsystems (futures, tasks, loops, datetimes…).
public class NativeObject: PyObject {
    public let typeIndex: Int32
    /// What Swift class this is, read where `as?` would walk the class hierarchy.
    let role: NativeRole
    public init(type: Int32) { self.typeIndex = type; role = .plain; super.init(kind: .native) }
    init(type: Int32, role: NativeRole) { self.typeIndex = type; self.role = role; super.init(kind: .native) }
}

enum NativeRole: UInt8 {
    case plain          // a NativeObject only
    case nativeClass    // a NativeClass
    case future         // a FutureObject (or a task)
    case loop           // an EventLoopObject
}
