/// Bytecode: one 32-bit word per instruction, opcode in the low byte and the
/// operand in the upper 24 bits; lines and exception handlers in parallel arrays.

public enum Op: UInt8, CaseIterable, Sendable {
    case nop, pop, dup, dup2, rot2, rot3, rot4
    case loadConst, loadSmallInt, loadNone, loadFast, storeFast, deleteFast
    case loadGlobal, storeGlobal, deleteGlobal, loadDeref, storeDeref, deleteDeref, loadClosure
    case binary, inplace, compare, unary
    case jump, popJumpIfFalse, popJumpIfTrue, jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter, forIter
    case buildList, buildTuple, buildDict, listAppend, dictSet, listExtend, dictUpdate, listToTuple, buildSlice
    case unpackSequence, unpackEx, formatValue, buildString
    case loadAttr, storeAttr, deleteAttr, loadMethod, pushNull, getItem, storeSubscript, deleteSubscript
    case kwNames, call, callEx, makeFunction, makeCell
    case returnValue, yieldValue, getYieldFromIter, getAwaitable, send, returnGenerator
    case raise, reraise, pushExcInfo, popExcept, checkExcMatch, loadAssertionError
    case beforeWith, beforeAsyncWith, withExit, withExceptStart
    case importName, importFrom
    case loadName, storeName, deleteName, loadBuildClass
    case popIter      // a for-loop's iterator left early: a generator nobody else holds is closed, as CPython's refcount would
    // Superinstructions: never emitted, only written over the first of a pair in the copy the VM runs
    // (see Superinstructions.swift). Each does both instructions and skips the second.
    case forIterStore, storeLoadFast, loadFastPair, compareJumpIfFalse, binarySmallInt, jumpForIter, loadFastYield
    case loadFastBinary, compareSmallIntJumpIfFalse, loadFastAttr
}

public struct Instruction {
    @inline(__always) static func encode(_ op: Op, _ arg: Int = 0) -> UInt32 { UInt32(op.rawValue) | (UInt32(truncatingIfNeeded: arg) << 8) }
    @inline(__always) static func op(_ word: UInt32) -> Op { Op(rawValue: UInt8(truncatingIfNeeded: word))! }
    @inline(__always) static func arg(_ word: UInt32) -> Int { Int(word >> 8) }
    static let maxArg = (1 << 24) - 1
    /// The `yield` of a `yield from`/`await` loop (operand 1): the frame is then delegating.
    static let delegatingYield = encode(.yieldValue, 1)
    /// `pop`'s operand for an expression statement's call result (`f()` on its own line).
    static let droppedCall = 1
    /// Set displays and comprehensions run as variants of the dict instructions, sharing their
    /// out-of-line handlers: the dispatch loop's code is laid out by its cases, and an added
    /// case (or one more value live in them) cost the arithmetic loops 3%.
    /// `buildDict`'s operand bit for a set display of the count below it.
    static let buildSet = 1 << 23
    /// `dictUpdate`'s operand bits for a set comprehension's item and for `{*x}`.
    static let setAdd = 0x200, setUpdate = 0x400
    /// `checkExcMatch`'s operands for `except*`: a clause's match, and the re-raise after the clauses.
    static let exceptStarMatch = 1, exceptStarReraise = 2
}

/// Where an exception raised at an instruction goes.
public struct Handler: Sendable {
    public var target: Int
    public var stackDepth: Int      // value-stack height to cut back to before pushing the exception
    public var excDepth: Int        // frame's handled-exception stack height to cut back to
}

public struct CodeFlags: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let generator = CodeFlags(rawValue: 1)
    public static let coroutine = CodeFlags(rawValue: 2)
    public static let varArgs = CodeFlags(rawValue: 4)
    public static let varKeywords = CodeFlags(rawValue: 8)
    public static let module = CodeFlags(rawValue: 16)
    public static let lambda = CodeFlags(rawValue: 32)
    public static let classBody = CodeFlags(rawValue: 64)
    /// A frame tracebacks leave out: code standing in for what CPython does in C (abc, dataclasses).
    public static let hiddenFrame = CodeFlags(rawValue: 128)
}

/// A class body's name operand: the symbol, looked up in the namespace first, and the
/// global slot that is read next (then the builtins).
public struct NameSlot: Sendable {
    public var symbol: Int32
    public var global: Int32
}

public final class CodeObject {
    public var name: String
    public var qualname: String
    public var doc: String?                // a function's docstring
    public var file: String
    public var firstLine: Int              // co_firstlineno: the first decorator's line if decorated
    public var defLine: Int                // the `def` line itself, where a trace points
    public var flags: CodeFlags = []
    public var code: [UInt32] = []
    public var lines: [Int32] = []
    /// Per instruction: the node it was compiled from (start, end), read only to draw a
    /// traceback's carets, as CPython's `co_positions`.
    public var positions: [Loc] = []
    public var handlerAt: [Int32] = []     // per instruction: index in `handlers`, or -1
    public var handlers: [Handler] = []
    public var constants: [Value] = []
    public var names: [Int32] = []         // symbol ids for attribute/import operands
    public var nameSlots: [NameSlot] = []  // operands of a class body's name instructions
    public var localNames: [String] = []   // parameters first
    public var cellNames: [String] = []    // locals captured by inner functions
    public var freeNames: [String] = []    // captured from outer functions
    public var cellOfLocal: [Int32] = []   // for each cell: the local slot it mirrors (parameter) or -1
    public var argCount = 0                // positional parameters
    public var isLibrary = false           // asyncio's prelude, not the user's program
    public var kwOnlyCount = 0
    public var maxStack = 0
    /// The constants as a stable pointer for the dispatch loop (filled once, on first run).
    public var constantPointer: UnsafeMutablePointer<Value> { Self.stable(constants, &constantStorage) }
    private var constantStorage: UnsafeMutablePointer<Value>?

    /// Frames of this code that returned, ready for the next call (`Frame.make`).
    /// Up to `Frame.poolLimit` frames, each held by one reference the pool owns: taking one
    /// out or putting one back counts no reference (an array's pop and append, or a list of
    /// strong links, were a tenth of a call).
    private let pool = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: Frame.poolLimit)
    private(set) var pooledFrames = 0

    /// A pooled frame and the reference to it, now the caller's; nil when the pool is empty.
    @inline(__always) func takePooledFrame() -> Unmanaged<Frame>? {
        guard pooledFrames > 0 else { return nil }
        pooledFrames &-= 1
        return pool[pooledFrames]
    }

    /// Keeps `frame` (the reference given is the pool's now); false when the pool is full.
    @inline(__always) func poolFrame(_ frame: Unmanaged<Frame>) -> Bool {
        guard pooledFrames < Frame.poolLimit else { return false }
        pool[pooledFrames] = frame
        pooledFrames &+= 1
        return true
    }

    func dropPooledFrames() {
        while let f = takePooledFrame() { f.release() }
    }

    /// Code objects of nested functions, referenced by `makeFunction` operands.
    public var children: [CodeObject] = []

    /// The instructions as a stable pointer for the dispatch loop (code objects live for the whole run).
    public var instructions: UnsafeMutablePointer<UInt32> {
        if let p = instructionStorage { return p }
        let p = Self.stable(code, &instructionStorage)
        Superinstructions.fuse(p, count: code.count)
        return p
    }
    private var instructionStorage: UnsafeMutablePointer<UInt32>?

    /// `names` as a stable pointer for the dispatch loop.
    var namePointer: UnsafeMutablePointer<Int32> { Self.stable(names, &nameStorage) }
    private var nameStorage: UnsafeMutablePointer<Int32>?

    /// One inline cache per entry of `names` (see AttrSites.swift), allocated on first run.
    var sitePointer: UnsafeMutablePointer<AttrSite> {
        if let p = siteStorage { return p }
        let p = UnsafeMutablePointer<AttrSite>.allocate(capacity: max(names.count, 1))
        p.initialize(repeating: AttrSite(), count: max(names.count, 1))
        siteStorage = p
        return p
    }
    private var siteStorage: UnsafeMutablePointer<AttrSite>?

    /// The line table as a stable pointer, for frames to find their line without reference counting.
    public var linePointer: UnsafeMutablePointer<Int32> { Self.stable(lines, &lineStorage) }
    private var lineStorage: UnsafeMutablePointer<Int32>?

    /// A copy of `items` made on first use, at an address that stays put.
    private static func stable<T>(_ items: [T], _ storage: inout UnsafeMutablePointer<T>?) -> UnsafeMutablePointer<T> {
        if let p = storage { return p }
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(items.count, 1))
        p.initialize(from: items, count: items.count)
        storage = p
        return p
    }

    // Values, instruction words and lines hold no references: freeing the buffers is enough.
    deinit {
        constantStorage?.deallocate()
        instructionStorage?.deallocate()
        lineStorage?.deallocate()
        siteStorage?.deallocate()
        nameStorage?.deallocate()
        dropPooledFrames()
        pool.deallocate()
    }

    init(name: String, qualname: String, file: String, firstLine: Int) {
        self.name = name; self.qualname = qualname; self.file = file; self.firstLine = firstLine; self.defLine = firstLine
    }

    var isGenerator: Bool { flags.contains(.generator) }
    /// A generator that can be suspended inside a try/with/except block: dropping one then
    /// runs its cleanup (see Finalize.swift).
    lazy var yieldsInsideHandler: Bool = code.indices.contains {
        Instruction.op(code[$0]) == .yieldValue && handlerAt[$0] >= 0
    }
    var isCoroutine: Bool { flags.contains(.coroutine) }
    var localCount: Int { localNames.count }
    var derefCount: Int { cellNames.count + freeNames.count }
}
