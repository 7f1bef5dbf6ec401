/// An activation record: locals, cells and the value stack in one buffer.

public final class Frame {
    public let code: CodeObject
    let slots: UnsafeMutablePointer<Value>
    let stackBase: Int
    var ip = 0
    var sp: Int
    var excStack: [Value] = []
    /// The frame that resumed or called this one, while it runs.
    unowned(unsafe) var back: Frame?
    /// The generator this frame belongs to, if any (the generator owns the frame).
    unowned(unsafe) var owner: GeneratorObject?
    /// The owner's address, read without a reference (reading `owner` retains it, atomically).
    var ownerAddress: UnsafeRawPointer? {
        withUnsafeBytes(of: &owner) { $0.load(as: UnsafeRawPointer?.self) }
    }
    /// Suspended at the `yield` of a `yield from`/`await` loop: the delegate is on top of the stack.
    var delegating = false
    private(set) var function: FunctionObject?
    var returned = false      // the last `run` ended by returning (not yielding)
    /// A plain call the caller's dispatch loop entered (see `VM.run`): it holds one reference.
    var inlined = false
    /// For an inlined frame: where its result goes on the caller's stack (everything from
    /// there up is the call's, dropped on return), and what the caller makes of it.
    var returnSP = 0
    var returnAction = ReturnAction.push
    /// A class body's namespace, which its name instructions read and write.
    var namespace: Value = .none
    let instructions: UnsafeMutablePointer<UInt32>
    let constants: UnsafeMutablePointer<Value>
    let sites: UnsafeMutablePointer<AttrSite>
    let names: UnsafeMutablePointer<Int32>
    // The code's line table and flags, read by the trace at every event.
    let lineTable: UnsafeMutablePointer<Int32>
    let lineCount: Int32
    let firstLine: Int32
    let defLine: Int32
    let isLibrary: Bool

    init(code: CodeObject, function: FunctionObject?) {
        self.code = code
        self.function = function
        instructions = code.instructions
        constants = code.constantPointer
        sites = code.sitePointer
        names = code.namePointer
        lineTable = code.linePointer
        lineCount = Int32(truncatingIfNeeded: code.lines.count)
        firstLine = Int32(truncatingIfNeeded: code.firstLine)
        defLine = Int32(truncatingIfNeeded: code.defLine)
        isLibrary = code.isLibrary
        stackBase = code.localCount + code.derefCount
        let n = stackBase + code.maxStack
        slots = .allocate(capacity: n)
        slots.initialize(repeating: .unbound, count: n)
        sp = stackBase
    }

    deinit { slots.deallocate() }

    /// A frame of a plain function that returned and that nothing else holds: kept by its
    /// code object for the next call (allocating and freeing a frame and its slots was a
    /// quarter of a method-heavy loop). Only the locals need clearing: the stack above
    /// them is written before it is read.
    static let poolLimit = 4

    @inline(__always) static func make(_ code: CodeObject, _ function: FunctionObject) -> Frame {
        taken(code, function).takeRetainedValue()
    }

    /// A frame for `function` (whose code is `code`), from the pool when it has one, with the
    /// one reference to it given to the caller.
    @inline(__always) static func taken(_ code: CodeObject, _ function: FunctionObject) -> Unmanaged<Frame> {
        guard let u = code.takePooledFrame() else { return .passRetained(Frame(code: code, function: function)) }
        u._withUnsafeGuaranteedRef { f in
            // The same function again (the usual case) counts no reference.
            if f.function !== function { f.function = function }
        }
        return u
    }

    @inline(__always) func recycle() {
        guard code.pooledFrames < Frame.poolLimit else { return }
        clearForPool()
        back = nil; owner = nil
        delegating = false; returned = false; namespace = .none
        _ = code.poolFrame(.passRetained(self))
    }

    /// A frame the dispatch loop entered and that returned: back to its code's pool with the
    /// loop's reference (`frame`), or let go. Nothing else holds such a frame (a plain
    /// function's frame is reachable only from the loop; generators and class bodies are
    /// never entered so).
    @inline(__always) static func recycleInlined(_ frame: Unmanaged<Frame>) {
        let kept = frame._withUnsafeGuaranteedRef { f -> Bool in
            f.clearForPool()
            return f.code.poolFrame(frame)
        }
        if !kept { frame.release() }
    }

    /// Only the locals need clearing: the stack above them is written before it is read.
    @inline(__always) private func clearForPool() {
        for i in 0..<stackBase { slots[i] = .unbound }
        ip = 0; sp = stackBase; inlined = false
        if !excStack.isEmpty { excStack.removeAll() }
    }

    @inline(__always) var line: Int32 {
        if lineCount == 0 { return firstLine }
        return lineTable[max(0, min(ip - 1, Int(lineCount) - 1))]
    }

    /// Where a trace points for this frame: its `def` line before it starts, then its current line.
    @inline(__always) var eventLine: Int32 { ip == 0 ? defLine : line }

    /// Resumes a frame suspended at a yield with `value`, the yield's result. A `yield`
    /// statement pops it at once: then both are skipped.
    @inline(__always) func send(_ value: Value) {
        if UInt8(truncatingIfNeeded: instructions[ip]) == Op.pop.rawValue {
            ip += 1
        } else {
            slots[sp] = value
            sp += 1
        }
    }

    /// The value the delegating `yield from` sends to.
    var delegate: Value { slots[sp - 1] }
}

/// What the caller's instruction does with an inlined frame's result (see `VM.run`).
enum ReturnAction: UInt8 {
    case push           // a call, a property's getter: the result
    case initialize     // `C(...)`'s `__init__`: None, and the instance (at `returnSP`) is the result
    case binary         // `a op b`'s `__op__`: NotImplemented goes on to the reflected side
    case length         // `len(x)`'s `__len__`: an int of at least 0
    case compare        // `a == b`'s `__eq__` (and the other five): the same, then its truth
    case compareJump    // the same, and the fused jump after it is taken on false
}

public enum GenState: UInt8 { case created, suspended, running, closed }

public final class GeneratorObject: PyObject {
    public let frame: Frame
    public var state: GenState = .created
    public let isCoroutine: Bool
    public let iterableCoroutine: Bool
    public var name: String
    public var qualname: String
    /// Trace lane id, assigned when the trace first sees it.
    public var lane: Int32 = -1
    /// The order generators were made in: the program's end closes them in it.
    var serial = 0
    /// An asynchronous generator (its kind `.asyncGenerator`), and its state beside the
    /// frame's: an awaitable is running it, it is closed to new awaitables, its hooks ran
    /// (AsyncGenerator.swift).
    public let isAsyncGen: Bool
    var runningAsync = false
    var agClosed = false
    var hooksInited = false
    /// What the event loop's finalizer hook needs when the generator is dropped unfinished.
    var finalizer: AnyObject?

    init(frame: Frame, isCoroutine: Bool, iterableCoroutine: Bool, name: String, qualname: String, isAsyncGen: Bool = false) {
        self.frame = frame; self.isCoroutine = isCoroutine; self.iterableCoroutine = iterableCoroutine
        self.name = name; self.qualname = qualname
        self.isAsyncGen = isAsyncGen
        super.init(kind: isAsyncGen ? .asyncGenerator : .generator)
        frame.owner = self
    }

    var noun: String { isCoroutine ? "coroutine" : isAsyncGen ? "async generator" : "generator" }
}
