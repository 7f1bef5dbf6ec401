/// Code generation: AST + scopes → `CodeObject`s.
import BigInt

struct Label { var id: Int }

/// What a comprehension builds: its function's name and the instruction that starts it.
enum ComprehensionKind {
    case list, dict, set, generator

    var name: String {
        switch self {
        case .list: return "<listcomp>"
        case .dict: return "<dictcomp>"
        case .set: return "<setcomp>"
        case .generator: return "<genexpr>"
        }
    }

    var start: (Op, Int)? {
        switch self {
        case .list: return (.buildList, 0)
        case .dict: return (.buildDict, 0)
        case .set: return (.buildDict, Instruction.buildSet)
        case .generator: return nil
        }
    }
}

/// What `return`, `break` and `continue` must unwind on their way out.
private enum Unwind {
    case loop(breakLabel: Label, continueLabel: Label, isFor: Bool, depth: Int)
    case finally([Stmt], handlerCount: Int, depth: Int)
    case handlerBody(name: String?)
    case starHandlerBody        // `break`, `continue` and `return` cannot leave an `except*` clause
    case with(isAsync: Bool, handlerCount: Int, depth: Int, line: Int32)
}

final class FunctionCompiler {
    let code: CodeObject
    let scope: Scope
    unowned let program: Compiler
    private var labels: [Int] = []            // label id -> instruction index (-1 until placed)
    private var labelDepth: [Int] = []
    private var fixups: [(at: Int, label: Int)] = []
    private var depth = 0
    private var handlerStack: [Int32] = []    // indices into code.handlers
    private var unwind: [Unwind] = []
    private var blockDepth = 0                // values held on the stack by enclosing blocks
    private var line: Int32 = 1
    private var pos = Loc(line: 0, column: 0)   // the node being compiled (see CodeObject.positions)
    private var constIndex: [ExactString: Int] = [:]
    private var localIndex: [String: Int] = [:]
    private var kwNamesIndex: [[String]: Int] = [:]

    init(program: Compiler, scope: Scope, name: String, qualname: String, firstLine: Int) {
        self.program = program
        self.scope = scope
        code = CodeObject(name: name, qualname: qualname, file: program.file, firstLine: firstLine)
        code.localNames = scope.locals
        for (i, n) in scope.locals.enumerated() { localIndex[n] = i }
        code.cellNames = scope.cells
        code.freeNames = scope.frees
        code.cellOfLocal = scope.cells.map { Int32(scope.params.firstIndex(of: $0).map { localIndex[scope.params[$0]]! } ?? -1) }
        line = Int32(firstLine)
    }

    // MARK: - Emission

    func newLabel() -> Label { labels.append(-1); labelDepth.append(-1); return Label(id: labels.count - 1) }

    func place(_ l: Label) {
        labels[l.id] = code.code.count
        if labelDepth[l.id] >= 0 { depth = labelDepth[l.id] }
    }

    private func noteJump(_ l: Label, depthAtTarget: Int) {
        if labelDepth[l.id] < 0 { labelDepth[l.id] = depthAtTarget }
    }

    func emit(_ op: Op, _ arg: Int = 0) {
        code.code.append(Instruction.encode(op, arg))
        code.lines.append(line)
        code.positions.append(pos)
        code.handlerAt.append(handlerStack.last ?? -1)
        depth += FunctionCompiler.stackEffect(op, arg)
        if depth > code.maxStack { code.maxStack = depth }
    }

    func emitJump(_ op: Op, _ l: Label) {
        let before = depth
        fixups.append((code.code.count, l.id))
        emit(op, 0)
        switch op {
        case .jump: noteJump(l, depthAtTarget: before)
        case .popJumpIfFalse, .popJumpIfTrue: noteJump(l, depthAtTarget: before - 1)
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: noteJump(l, depthAtTarget: before)
        case .forIter: noteJump(l, depthAtTarget: before - 1)
        case .send: noteJump(l, depthAtTarget: before - 1)
        default: break
        }
    }

    /// Marks code after an unconditional transfer as reached only through labels.
    private func deadEnd() { depth = 0 }

    static func stackEffect(_ op: Op, _ arg: Int) -> Int {
        switch op {
        case .nop, .rot2, .rot3, .rot4, .deleteFast, .deleteGlobal, .deleteDeref, .unary, .jump, .getIter, .listToTuple,
             .loadAttr, .kwNames, .makeCell, .yieldValue, .getYieldFromIter, .getAwaitable, .send, .returnGenerator,
             .pushExcInfo, .popExcept, .withExit, .deleteName:
            return 0
        case .checkExcMatch: return arg == Instruction.exceptStarMatch ? 1 : 0
        case .pop, .popIter, .storeFast, .storeGlobal, .storeDeref, .binary, .inplace, .compare,
             .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .listAppend, .listExtend,
             .dictUpdate, .getItem, .deleteAttr, .returnValue, .reraise, .storeName:
            return -1
        case .dup, .loadConst, .loadSmallInt, .loadNone, .loadFast, .loadGlobal, .loadDeref, .loadClosure,
             .loadMethod, .pushNull, .loadAssertionError, .beforeWith, .beforeAsyncWith, .withExceptStart,
             .importName, .importFrom, .forIter, .loadName, .loadBuildClass:
            return 1
        case .dup2: return 2
        case .dictSet, .storeAttr, .deleteSubscript: return -2
        case .storeSubscript: return -3
        case .buildList, .buildTuple, .buildSlice, .buildString: return 1 - arg
        case .buildDict: return arg & Instruction.buildSet != 0 ? 1 - (arg ^ Instruction.buildSet) : 1 - 2 * arg
        case .unpackSequence: return arg - 1
        case .unpackEx: return (arg & 0xFF) + (arg >> 8)
        case .formatValue: return (arg & 4) != 0 ? -1 : 0
        case .call: return -arg - 1
        case .callEx: return (arg & 1) != 0 ? -3 : -2
        case .makeFunction: return 1 - (arg & 1) - ((arg >> 1) & 1) - ((arg >> 2) & 1)
        case .raise: return -arg
        case .forIterStore: return 0
        case .storeLoadFast: return 0
        case .loadFastPair: return 2
        case .loadFastAttr: return 1
        case .compareJumpIfFalse: return -2
        case .binarySmallInt: return 0
        case .jumpForIter: return 0
        case .loadFastYield: return 1
        case .loadFastBinary: return 0
        case .compareSmallIntJumpIfFalse: return -1
        }
    }

    func finish() -> CodeObject {
        program.vm.codeObjects.append(code)
        code.isLibrary = !program.globalPrefix.isEmpty
        for f in fixups {
            let target = labels[f.label]
            precondition(target >= 0, "unplaced label")
            let op = Instruction.op(code.code[f.at])
            code.code[f.at] = Instruction.encode(op, target)
        }
        code.maxStack += 4
        return code
    }

    func setLine(_ l: Loc) { line = l.line; pos = l }

    /// Compiles `body` with `l` as the position of what it emits (CPython's `SET_LOC`).
    private func at(_ l: Loc, _ body: () throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        let saved = pos
        pos = l
        defer { pos = saved }
        try body()
    }

    /// An attribute spanning lines is placed at its name (CPython's
    /// `update_start_location_to_match_attr`), keeping `l`'s end.
    private func attributeStart(_ attr: Expr, _ name: String, _ l: Loc) -> Loc {
        guard attr.loc.endLine != 0, attr.loc.endLine != attr.loc.line else { return l }
        var out = l
        out.line = attr.loc.endLine
        out.column = max(1, attr.loc.lastColumn - Int32(name.unicodeScalars.count))
        return out
    }

    // MARK: - Constants and names

    func constant(_ v: Value, key: String?) -> Int {
        if let key, let i = constIndex[ExactString(key)] { return i }
        code.constants.append(v)
        if let key { constIndex[ExactString(key)] = code.constants.count - 1 }
        return code.constants.count - 1
    }

    func loadConstant(_ c: Constant) {
        switch c {
        case .none: emit(.loadNone)
        case .int(let i) where i >= -(1 << 22) && i < (1 << 22): emit(.loadSmallInt, Int(i) + (1 << 22))
        case .int(let i): emit(.loadConst, constant(.int(i), key: "i\(i)"))
        case .bool(let b): emit(.loadConst, constant(.bool(b), key: b ? "True" : "False"))
        case .float(let d): emit(.loadConst, constant(.float(d), key: "f\(d.bitPattern)"))
        case .string(let s): emit(.loadConst, constant(program.vm.internString(s), key: "s" + s))
        case .bigInt(let b): emit(.loadConst, constant(program.vm.makeInt(b), key: "b\(b)"))
        case .ellipsis: emit(.loadConst, constant(program.vm.ellipsis, key: "..."))
        }
    }

    func loadString(_ s: String) { loadConstant(.string(s)) }

    func symbol(_ s: String) -> Int {
        let id = program.vm.symbols.intern(s)
        if let i = code.names.firstIndex(of: id) { return i }
        code.names.append(id)
        return code.names.count - 1
    }

    /// An attribute site's operand: a `names` entry of its own, which also indexes its inline cache.
    func attrSite(_ s: String) -> Int {
        code.names.append(program.vm.symbols.intern(s))
        return code.names.count - 1
    }

    enum NameRef { case fast(Int), deref(Int), global(Int), name(Int) }

    func resolve(_ n: String) -> NameRef {
        if scope.kind == .classBody { return resolveInClass(n) }
        if scope.kind == .module { return .global(program.vm.globalSlot(program.globalPrefix + n)) }
        if scope.globals.contains(n) { return .global(program.vm.globalSlot(program.globalPrefix + n)) }
        if let i = scope.cells.firstIndex(of: n) { return .deref(i) }
        if let i = scope.frees.firstIndex(of: n) { return .deref(scope.cells.count + i) }
        if let i = localIndex[n] { return .fast(i) }
        return .global(program.vm.globalSlot(program.globalPrefix + n))
    }

    /// A class body reads and writes its namespace; it reaches an enclosing function's
    /// variable through a cell only when it does not assign the name itself.
    private func resolveInClass(_ n: String) -> NameRef {
        if scope.globals.contains(n) { return .global(program.vm.globalSlot(program.globalPrefix + n)) }
        if scope.nonlocals.contains(n) || !scope.assigned.contains(n), let i = scope.frees.firstIndex(of: n) {
            return .deref(scope.cells.count + i)
        }
        return .name(nameSlot(n))
    }

    /// The operand of a name instruction: the symbol, and the global slot it falls back to.
    private func nameSlot(_ n: String) -> Int {
        let sym = program.vm.symbols.intern(n)
        if let i = code.nameSlots.firstIndex(where: { $0.symbol == sym }) { return i }
        code.nameSlots.append(NameSlot(symbol: sym, global: Int32(program.vm.globalSlot(program.globalPrefix + n))))
        return code.nameSlots.count - 1
    }

    func load(_ n: String) {
        switch resolve(n) {
        case .fast(let i): emit(.loadFast, i)
        case .deref(let i): emit(.loadDeref, i)
        case .global(let i): emit(.loadGlobal, i)
        case .name(let i): emit(.loadName, i)
        }
    }

    func store(_ n: String) {
        switch resolve(n) {
        case .fast(let i): emit(.storeFast, i)
        case .deref(let i): emit(.storeDeref, i)
        case .global(let i): emit(.storeGlobal, i)
        case .name(let i): emit(.storeName, i)
        }
    }

    func delete(_ n: String) {
        switch resolve(n) {
        case .fast(let i): emit(.deleteFast, i)
        case .deref(let i): emit(.deleteDeref, i)
        case .global(let i): emit(.deleteGlobal, i)
        case .name(let i): emit(.deleteName, i)
        }
    }

    // MARK: - Body

    func compileBody(_ body: [Stmt], params: Params?) throws(PySyntaxError) {
        if !scope.cells.isEmpty || !scope.frees.isEmpty { emit(.makeCell) }
        if code.isGenerator || code.isCoroutine { emit(.returnGenerator) }
        if params != nil, case .expr(let e) = body.first?.kind, case .constant(.string(let doc)) = e.kind { code.doc = doc }
        if params == nil && Self.recordsAnnotations(body) { emit(.buildDict, 0); store("__annotations__") }
        try block(body)
        emit(.loadNone)
        emit(.returnValue)
    }

    /// A class body: `__module__`, `__qualname__` and the docstring first, then the
    /// statements; the `__class__` cell goes back in the namespace for the new class to fill.
    func compileClassBody(_ body: [Stmt]) throws(PySyntaxError) {
        if !scope.cells.isEmpty || !scope.frees.isEmpty { emit(.makeCell) }
        loadString(program.moduleName); emit(.storeName, nameSlot("__module__"))
        loadString(code.qualname); emit(.storeName, nameSlot("__qualname__"))
        if Self.recordsAnnotations(body) { emit(.buildDict, 0); emit(.storeName, nameSlot("__annotations__")) }
        var rest = body[...]
        if case .expr(let e) = body.first?.kind, case .constant(.string(let doc)) = e.kind {
            setLine(e.loc)
            loadString(doc); emit(.storeName, nameSlot("__doc__"))
            rest = body.dropFirst()
        }
        try block(Array(rest))
        if let i = scope.cells.firstIndex(of: "__class__") {
            emit(.loadClosure, i); emit(.storeName, nameSlot("__classcell__"))
        }
        emit(.loadNone)
        emit(.returnValue)
    }

    func compileLambda(_ body: Expr) throws(PySyntaxError) {
        if !scope.cells.isEmpty || !scope.frees.isEmpty { emit(.makeCell) }
        if code.isGenerator { emit(.returnGenerator) }
        setLine(body.loc)
        try expr(body)
        emit(.returnValue)
    }

    /// A comprehension's function body: the list, dict or set it builds, the clauses as nested
    /// loops over `.0` and the later iterables, the element, and the result returned.
    func compileComprehension(_ e: Expr, _ clauses: [Comprehension], _ kind: ComprehensionKind,
                              element: (FunctionCompiler, Int) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        if !scope.cells.isEmpty || !scope.frees.isEmpty { emit(.makeCell) }
        if code.isGenerator || code.isCoroutine { emit(.returnGenerator) }
        setLine(e.loc)
        if let (op, arg) = kind.start { emit(op, arg) }
        try clauseLoops(clauses, 0, iterators: 0, iterator: { fc, c, i throws(PySyntaxError) in
            if i == 0 {
                fc.load(Scope.comprehensionArgument)
            } else {
                try fc.iterable(c.iter)
                if c.isAsync { fc.asyncIter() } else { fc.emit(.getIter) }
            }
        }, element: element)
        if kind.start == nil { emit(.loadNone) }
        emit(.returnValue)
    }

    func block(_ body: [Stmt]) throws(PySyntaxError) { for s in body { try stmt(s) } }

    // MARK: - Statements

    func stmt(_ s: Stmt) throws(PySyntaxError) {
        setLine(s.loc)
        switch s.kind {
        case .expr(let e):
            try expr(e)
            // A call's result dropped by a statement: a coroutine there was never awaited.
            if case .call = e.kind { emit(.pop, Instruction.droppedCall) } else { emit(.pop) }
        case .assign(let targets, let value):
            try expr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { emit(.dup) }
                try storeTarget(t)
            }
        case .annAssign(let t, let annotation, let value, let simple):
            try annotatedAssign(t, annotation, value, simple: simple)
        case .augAssign(let t, let op, let v):
            try augAssign(t, op, v)
        case .function(let f):
            try functionDef(f, loc: s.loc)
        case .classDef(let c):
            try classDef(c, loc: s.loc)
        case .return(let e):
            if scope.isModuleLike { throw PySyntaxError(.syntax, "'return' outside function", line: Int(s.loc.line), column: Int(s.loc.column), endColumn: program.errorEnd(s.loc)) }
            if code.isCoroutine && code.isGenerator && e != nil {
                throw PySyntaxError(.syntax, "'return' with value in async generator", line: Int(s.loc.line), column: Int(s.loc.column), endColumn: program.errorEnd(s.loc))
            }
            if let e { try expr(e) } else { emit(.loadNone) }
            if unwind.contains(where: { if case .starHandlerBody = $0 { return true }; return false }) {
                // CPython points at a constant returned from the same line, else at the statement.
                var at = s.loc
                if let e, case .constant = e.kind, e.loc.line == s.loc.line { at = e.loc }
                throw starHandlerExit(at)
            }
            try unwindAll(keepingValue: true, upTo: nil)
            emit(.returnValue)
            deadEnd()
        case .if(let test, let body, let orElse):
            let elseL = newLabel(), end = newLabel()
            try condJump(test, ifFalse: elseL)
            try block(body)
            if !orElse.isEmpty { emitJump(.jump, end) }
            place(elseL)
            try block(orElse)
            place(end)
        case .while(let test, let body, let orElse):
            let top = newLabel(), elseL = newLabel(), end = newLabel()
            place(top)
            setLine(s.loc)
            try condJump(test, ifFalse: elseL)
            unwind.append(.loop(breakLabel: end, continueLabel: top, isFor: false, depth: blockDepth))
            try block(body)
            unwind.removeLast()
            emitJump(.jump, top)
            place(elseL)
            try block(orElse)
            place(end)
        case .for(let target, let iter, let body, let orElse):
            try iterable(iter)
            emit(.getIter)
            let top = newLabel(), elseL = newLabel(), end = newLabel()
            place(top)
            setLine(s.loc)
            emitJump(.forIter, elseL)
            blockDepth += 1
            try storeTarget(target)
            unwind.append(.loop(breakLabel: end, continueLabel: top, isFor: true, depth: blockDepth))
            try block(body)
            unwind.removeLast()
            blockDepth -= 1
            emitJump(.jump, top)
            place(elseL)
            try block(orElse)
            place(end)
        case .break, .continue:
            let isBreak: Bool
            if case .break = s.kind { isBreak = true } else { isBreak = false }
            for u in unwind.reversed() {
                if case .loop = u { break }
                if case .starHandlerBody = u { throw starHandlerExit(s.loc) }
            }
            guard let loopIndex = unwind.lastIndex(where: { if case .loop = $0 { return true }; return false }) else {
                throw PySyntaxError(.syntax, isBreak ? "'break' outside loop" : "'continue' not properly in loop", line: Int(s.loc.line), column: Int(s.loc.column), endColumn: program.errorEnd(s.loc))
            }
            try unwindAll(keepingValue: false, upTo: loopIndex)
            guard case .loop(let brk, let cont, let isFor, _) = unwind[loopIndex] else { fatalError() }
            if isBreak {
                if isFor { emit(.popIter) }
                emitJump(.jump, brk)
            } else {
                emitJump(.jump, cont)
            }
            deadEnd()
        case .pass:
            break
        case .try(let body, let handlers, let orElse, let final):
            try tryStmt(body, handlers, orElse, final)
        case .raise(let e, let cause):
            if let e {
                try expr(e)
                if let cause { try expr(cause); emit(.raise, 2) } else { emit(.raise, 1) }
            } else {
                emit(.raise, 0)
            }
            deadEnd()
        case .with(let items, let body, let isAsync):
            if isAsync && !code.isCoroutine {
                throw PySyntaxError(.syntax, scope.isModuleLike ? "'async with' outside function" : "'async with' outside async function", line: Int(s.loc.line), column: Int(s.loc.column), endColumn: program.errorLineEnd(s.loc))
            }
            try withStmt(items[...], body, isAsync: isAsync, loc: s.loc)
        case .import(let items):
            for item in items {
                if item.name.contains(".") { throw PySyntaxError(.unsupported, "dotted imports are not supported", line: Int(s.loc.line), column: Int(s.loc.column)) }
                try checkModule(item.name, s.loc)
                emit(.importName, symbol(item.name))
                store(item.alias ?? item.name)
            }
        case .importFrom("__future__", _):
            // Read before compiling (`readFutureImports`); one here is not at the top of the module.
            if scope.kind != .module || !program.futureLines.contains(s.loc.line) {
                throw PySyntaxError(.syntax, "from __future__ imports must occur at the beginning of the file", line: Int(s.loc.line), column: Int(s.loc.column),
                                    endColumn: program.errorLineEnd(s.loc))
            }
        case .importFrom(let module, let items):
            try checkModule(module, s.loc)
            emit(.importName, symbol(module))
            for item in items {
                emit(.importFrom, symbol(item.name))
                store(item.alias ?? item.name)
            }
            emit(.pop)
        case .global, .nonlocal:
            break
        case .assert(let test, let msg):
            let ok = newLabel()
            try condJump(test, ifTrue: ok)
            // CPython 3.11 leaves the test's last comparison as the position of what follows.
            if let l = Self.lastComparison(test) { pos = l }
            emit(.loadAssertionError)
            if let msg {
                emit(.pushNull); emit(.rot2)
                try expr(msg)
                emit(.call, 1)
            }
            emit(.raise, 1)
            deadEnd()
            place(ok)
        case .asyncFor(let target, let iter, let body, let orElse):
            if !code.isCoroutine || scope.kind == .lambda {
                throw PySyntaxError(.syntax, scope.isModuleLike ? "'async for' outside function" : "'async for' outside async function", line: Int(s.loc.line), column: Int(s.loc.column), endColumn: program.errorLineEnd(s.loc))
            }
            try expr(iter)
            asyncIter()
            let top = newLabel(), end = newLabel()
            place(top)
            setLine(s.loc)
            let exhausted = asyncNext()
            blockDepth += 1
            try storeTarget(target)
            unwind.append(.loop(breakLabel: end, continueLabel: top, isFor: true, depth: blockDepth))
            try block(body)
            unwind.removeLast()
            blockDepth -= 1
            emitJump(.jump, top)
            asyncLoopEnd(exhausted)
            try block(orElse)
            place(end)
        case .del(let targets):
            for t in targets { try deleteTarget(t) }
        }
    }

    private func starHandlerExit(_ l: Loc) -> PySyntaxError {
        PySyntaxError(.syntax, "'break', 'continue' and 'return' cannot appear in an except* block",
                      line: Int(l.line), column: Int(l.column), endColumn: program.errorEnd(l))
    }

    /// `aiter(x)` of the value on the stack, with `async for`'s checks.
    private func asyncIter() {
        load(".aiter"); emit(.rot2); emit(.pushNull); emit(.rot3)
        emit(.call, 1)
    }

    /// The next item of the `async for` iterator on top of the stack, awaited, pushed above
    /// it. An exception there goes to the handler returned, for `asyncLoopEnd` to place.
    private func asyncNext() -> (label: Label, depth: Int) {
        let exhausted = newLabel(), base = depth
        let saved = blockDepth
        blockDepth = base
        pushHandler(target: exhausted)
        code.handlers[code.handlers.count - 1].excDepth = excDepthStatic
        blockDepth = saved
        // it -> it, NULL, anext, it: `anext(it)`.
        emit(.dup); emit(.pushNull); emit(.rot2)
        load(".anext"); emit(.rot2)
        emit(.call, 1)
        emit(.getAwaitable)
        emit(.loadNone)
        yieldFromLoop()
        popHandler()
        return (exhausted, base)
    }

    /// Where an `async for` goes when awaiting its next item raised: StopAsyncIteration ends
    /// the loop (the iterator popped), anything else goes on up.
    private func asyncLoopEnd(_ exhausted: (label: Label, depth: Int)) {
        place(exhausted.label)
        depth = exhausted.depth + 1
        emit(.pushExcInfo)
        load(".StopAsyncIteration")
        emit(.checkExcMatch)
        let other = newLabel(), done = newLabel()
        emitJump(.popJumpIfFalse, other)
        emit(.pop)
        emit(.popExcept)
        emit(.pop)
        emitJump(.jump, done)
        place(other)
        emit(.reraise)
        deadEnd()
        place(done)
        depth = exhausted.depth - 1
    }

    private func checkModule(_ name: String, _ l: Loc) throws(PySyntaxError) {
        if !VM.moduleNames.contains(name) && program.globalPrefix.isEmpty {
            throw PySyntaxError(.unsupported, "module '\(name)' is not available (schedviz provides asyncio, random, datetime, time, types, contextlib, contextvars, math, json, string, copy, textwrap, collections, functools, itertools, operator, heapq, bisect, typing, dataclasses, abc, sys, statistics, pprint, logging, enum, re)", line: Int(l.line), column: Int(l.column))
        }
    }

    /// Emits what leaving the enclosing blocks requires, innermost first, down to `unwind[upTo]` (exclusive) or the function.
    private func unwindAll(keepingValue: Bool, upTo: Int?) throws(PySyntaxError) {
        let savedHandlers = handlerStack
        let savedUnwind = unwind
        let savedBlockDepth = blockDepth
        var i = unwind.count - 1
        let stop = upTo ?? -1
        while i > stop {
            let u = unwind[i]
            switch u {
            case .loop(_, _, let isFor, _):
                if isFor {
                    if keepingValue { emit(.rot2) }
                    emit(.popIter)
                    blockDepth -= 1
                }
            case .finally(let body, let handlerCount, _):
                handlerStack = Array(handlerStack.prefix(handlerCount))
                unwind = Array(unwind.prefix(i))
                if keepingValue { blockDepth += 1 }
                try block(body)
                if keepingValue { blockDepth -= 1 }
                unwind = savedUnwind
            case .handlerBody(let name):
                emit(.popExcept)
                if let name { emit(.loadNone); store(name); delete(name) }
            case .starHandlerBody:
                break
            case .with(let isAsync, let handlerCount, _, let withLine):
                handlerStack = Array(handlerStack.prefix(handlerCount))
                if keepingValue { emit(.rot2) }
                let saved = line
                line = withLine
                emit(.withExit)
                if isAsync { emit(.getAwaitable); emit(.loadNone); yieldFromLoop() }
                emit(.pop)
                line = saved
                blockDepth -= 1
            }
            i -= 1
        }
        handlerStack = savedHandlers
        unwind = savedUnwind
        blockDepth = savedBlockDepth
    }

    private func pushHandler(target: Label) {
        // The target's stack depth is the block depth plus the pushed exception.
        code.handlers.append(Handler(target: target.id, stackDepth: blockDepth, excDepth: 0))
        handlerStack.append(Int32(code.handlers.count - 1))
        noteJump(target, depthAtTarget: blockDepth + 1)
        pendingHandlerLabels.append((code.handlers.count - 1, target.id))
    }
    private var pendingHandlerLabels: [(handler: Int, label: Int)] = []
    private var excDepthStatic = 0     // handled exceptions pushed by enclosing handler bodies

    private func popHandler() { handlerStack.removeLast() }

    func resolveHandlers() {
        for (h, l) in pendingHandlerLabels { code.handlers[h].target = labels[l] }
    }

    private func tryStmt(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ final: [Stmt]) throws(PySyntaxError) {
        let end = newLabel()
        var finalHandler: Label?
        if !final.isEmpty {
            let h = newLabel()
            finalHandler = h
            pushHandler(target: h)
            code.handlers[code.handlers.count - 1].excDepth = excDepthStatic
            unwind.append(.finally(final, handlerCount: handlerStack.count - 1, depth: blockDepth))
        }
        if handlers.isEmpty {
            try block(body)
        } else {
            let excL = newLabel()
            pushHandler(target: excL)
            code.handlers[code.handlers.count - 1].excDepth = excDepthStatic
            try block(body)
            popHandler()
            try block(orElse)
            let afterHandlers = newLabel()
            emitJump(.jump, afterHandlers)
            place(excL)
            depth = blockDepth + 1
            emit(.pushExcInfo)
            excDepthStatic += 1
            if handlers[0].star { try starHandlers(handlers, done: afterHandlers) }
            for h in handlers where !h.star {
                setLine(h.loc)
                let nextL = newLabel()
                if let t = h.type {
                    try expr(t)
                    emit(.checkExcMatch)
                    emitJump(.popJumpIfFalse, nextL)
                }
                if let n = h.name { store(n) } else { emit(.pop) }
                unwind.append(.handlerBody(name: h.name))
                try block(h.body)
                unwind.removeLast()
                emit(.popExcept)
                if let n = h.name { emit(.loadNone); store(n); delete(n) }
                emitJump(.jump, afterHandlers)
                place(nextL)
                if h.type == nil { break }
            }
            excDepthStatic -= 1
            if !handlers[0].star && handlers.last?.type != nil {
                emit(.reraise)
                deadEnd()
            }
            place(afterHandlers)
        }
        if let h = finalHandler {
            unwind.removeLast()
            popHandler()
            try block(final)
            emitJump(.jump, end)
            place(h)
            depth = blockDepth + 1
            emit(.pushExcInfo)
            excDepthStatic += 1
            blockDepth += 1
            try block(final)
            blockDepth -= 1
            excDepthStatic -= 1
            emit(.reraise)
            deadEnd()
        }
        place(end)
    }

    /// The `except*` clauses of a `try` (PEP 654), as CPython 3.11 compiles them. Below the
    /// clauses the stack holds the caught exception, the list of what they raised and the part
    /// of the exception no clause has matched yet; each clause takes its match out of that part
    /// (`checkExcMatch` with `exceptStarMatch`) and runs with it as the handled exception;
    /// then `exceptStarReraise` combines what was raised with what is left, as
    /// `_PyExc_PrepReraiseStar` does, and that is raised again, or nothing is.
    private func starHandlers(_ handlers: [ExceptHandler], done: Label) throws(PySyntaxError) {
        emit(.dup)
        emit(.buildList, 0)
        emit(.rot2)                                     // caught, raised, rest
        blockDepth += 3
        for h in handlers {
            setLine(h.loc)
            let noMatch = newLabel(), cleanup = newLabel(), next = newLabel()
            if let t = h.type { try expr(t) }
            emit(.checkExcMatch, Instruction.exceptStarMatch)    // caught, raised, rest, match, matched?
            emitJump(.popJumpIfFalse, noMatch)
            if let n = h.name { store(n) } else { emit(.pop) }
            pushHandler(target: cleanup)
            code.handlers[code.handlers.count - 1].excDepth = excDepthStatic
            unwind.append(.starHandlerBody)
            try block(h.body)
            unwind.removeLast()
            popHandler()
            if let n = h.name { emit(.loadNone); store(n); delete(n) }
            emitJump(.jump, next)
            // The clause raised: the exception joins the list.
            place(cleanup)
            depth = blockDepth + 1
            if let n = h.name { emit(.loadNone); store(n); delete(n) }
            emit(.listAppend, 2)
            emitJump(.jump, next)
            place(noMatch)
            emit(.pop)
            place(next)
        }
        blockDepth -= 3
        emit(.listAppend, 1)                            // caught, raised + [rest]
        emit(.checkExcMatch, Instruction.exceptStarReraise)     // to raise (or None), any?
        let reraise = newLabel()
        emitJump(.popJumpIfTrue, reraise)
        emit(.pop)
        emit(.popExcept)
        emitJump(.jump, done)
        place(reraise)
        emit(.popExcept)
        emit(.reraise)
        deadEnd()
    }

    /// The exits (normal and exceptional) are on the `with` line, as CPython 3.11 numbers them.
    private func withStmt(_ items: ArraySlice<(Expr, Expr?)>, _ body: [Stmt], isAsync: Bool, loc: Loc) throws(PySyntaxError) {
        guard let (ctx, target) = items.first else { try block(body); return }
        try expr(ctx)
        if isAsync {
            emit(.beforeAsyncWith)
            emit(.getAwaitable); emit(.loadNone); yieldFromLoop()
        } else {
            emit(.beforeWith)
        }
        blockDepth += 1
        let handlerL = newLabel(), end = newLabel()
        pushHandler(target: handlerL)
        code.handlers[code.handlers.count - 1].excDepth = excDepthStatic
        if let target { try storeTarget(target) } else { emit(.pop) }
        unwind.append(.with(isAsync: isAsync, handlerCount: handlerStack.count - 1, depth: blockDepth, line: loc.line))
        try withStmt(items.dropFirst(), body, isAsync: isAsync, loc: loc)
        unwind.removeLast()
        popHandler()
        setLine(loc)
        emit(.withExit)
        if isAsync { emit(.getAwaitable); emit(.loadNone); yieldFromLoop() }
        emit(.pop)
        blockDepth -= 1
        emitJump(.jump, end)
        // Exceptional exit: stack is [exit, exc].
        place(handlerL)
        depth = blockDepth + 2
        emit(.pushExcInfo)
        emit(.withExceptStart)
        if isAsync { emit(.getAwaitable); emit(.loadNone); yieldFromLoop() }
        let suppress = newLabel()
        emitJump(.popJumpIfTrue, suppress)
        emit(.reraise)
        deadEnd()
        place(suppress)
        depth = blockDepth + 2
        emit(.pop)
        emit(.popExcept)
        emit(.pop)
        place(end)
    }

    /// Stack: decorators, then the function or class: calls them innermost first, each at
    /// its decorator's position (where CPython's traceback points).
    private func applyDecorators(_ decorators: [Expr]) throws(PySyntaxError) {
        for d in decorators.reversed() {
            try at(d.loc) { () throws(PySyntaxError) in
                emit(.pushNull); emit(.rot3)
                emit(.call, 1)
            }
        }
    }

    /// The comparison a condition's jumps were compiled from last (through `not`, `and`,
    /// `or` and conditional expressions), as CPython 3.11's `compiler_jump_if` leaves it.
    static func lastComparison(_ e: Expr) -> Loc? {
        switch e.kind {
        case .compare: return e.loc
        case .unary(.not, let inner): return lastComparison(inner)
        case .and(let items), .or(let items): return items.compactMap(lastComparison).last
        case .ifElse(let test, let body, let orElse): return [test, body, orElse].compactMap(lastComparison).last
        default: return nil
        }
    }

    private func functionDef(_ f: FunctionDef, loc: Loc) throws(PySyntaxError) {
        for d in f.decorators { try expr(d) }
        let child = scope.child(at: loc, named: f.name)
        // CPython's co_firstlineno of a decorated function is its first decorator's line.
        let first = f.decorators.first.map { Int($0.loc.line) } ?? Int(loc.line)
        try makeFunction(scope: child, name: f.name, params: f.params, isAsync: f.isAsync, loc: loc) { fc throws(PySyntaxError) in
            fc.code.firstLine = first
            try fc.compileBody(f.body, params: f.params)
        }
        try applyDecorators(f.decorators)
        store(f.binding)
    }

    /// `class C(bases, **kw): body`, as CPython compiles it: the body becomes a function that
    /// fills a namespace, and `__build_class__(body, "C", *bases, **kw)` makes the class.
    private func classDef(_ c: ClassDef, loc: Loc) throws(PySyntaxError) {
        for d in c.decorators { try expr(d) }
        emit(.pushNull)
        emit(.loadBuildClass)
        let child = scope.child(at: loc, named: c.name)
        let first = c.decorators.first.map { Int($0.loc.line) } ?? Int(loc.line)
        try makeFunction(scope: child, name: c.name, params: Params(), isAsync: false, loc: loc) { fc throws(PySyntaxError) in
            fc.code.firstLine = first
            fc.code.flags.insert(.classBody)
            try fc.compileClassBody(c.body)
        }
        loadString(c.name)
        try callArguments(c.arguments, leading: 2)
        try applyDecorators(c.decorators)
        store(c.binding)
    }

    private func makeFunction(scope child: Scope, name: String, params: Params, isAsync: Bool, loc: Loc,
                              body: (FunctionCompiler) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        var flags = 0
        if !params.defaults.isEmpty {
            for d in params.defaults { try expr(d) }
            emit(.buildTuple, params.defaults.count)
            flags |= 1
        }
        if params.kwOnlyDefaults.contains(where: { $0 != nil }) {
            for d in params.kwOnlyDefaults {
                if let d { try expr(d) } else { emit(.loadConst, constant(.unbound, key: "<unbound>")) }
            }
            emit(.buildTuple, params.kwOnlyDefaults.count)
            flags |= 2
        }
        // The annotations, evaluated after the defaults as in CPython, go under the default
        // tuples (`MAKE_FUNCTION` takes those); the dict becomes `__annotations__` below.
        if !params.annotations.isEmpty {
            for a in params.annotations { loadString(a.name); try annotation(a.value) }
            emit(.buildDict, params.annotations.count)
            switch flags { case 1, 2: emit(.rot2); case 3: emit(.rot3); default: break }
        }
        if !child.frees.isEmpty {
            for n in child.frees {
                if let i = scope.cells.firstIndex(of: n) { emit(.loadClosure, i) }
                else if let i = scope.frees.firstIndex(of: n) { emit(.loadClosure, scope.cells.count + i) }
                else { fatalError("free variable \(n) not a cell in the enclosing scope") }
            }
            emit(.buildTuple, child.frees.count)
            flags |= 4
        }
        let qual = scope.kind == .module ? name : scope.kind == .classBody ? "\(code.qualname).\(name)" : "\(code.qualname).<locals>.\(name)"
        let fc = FunctionCompiler(program: program, scope: child, name: name, qualname: qual, firstLine: Int(loc.line))
        fc.code.argCount = params.positionalCount
        fc.code.kwOnlyCount = params.names.count - params.positionalCount
        if params.varArgs != nil { fc.code.flags.insert(.varArgs) }
        if params.kwArgs != nil { fc.code.flags.insert(.varKeywords) }
        if child.hasYield { fc.code.flags.insert(.generator) }
        if isAsync { fc.code.flags.insert(.coroutine) }
        if child.kind == .lambda { fc.code.flags.insert(.lambda) }
        try body(fc)
        fc.resolveHandlers()
        code.children.append(fc.finish())
        emit(.makeFunction, flags | ((code.children.count - 1) << 3))
        if !params.annotations.isEmpty {
            // dict, f -> f, dict, f -> f.__annotations__ = dict
            emit(.dup); emit(.rot3)
            emit(.storeAttr, attrSite("__annotations__"))
        }
    }

    // MARK: - Targets

    func storeTarget(_ t: Expr) throws(PySyntaxError) {
        try at(t.loc) { () throws(PySyntaxError) in try storeTargetHere(t) }
    }

    private func storeTargetHere(_ t: Expr) throws(PySyntaxError) {
        switch t.kind {
        case .name(let n): store(n)
        case .attribute(let o, let name):
            try expr(o)
            emit(.storeAttr, attrSite(name))
        case .item(let o, let k):
            try expr(o)
            try expr(k)
            emit(.storeSubscript)
        case .tuple(let items), .list(let items):
            if let star = items.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                emit(.unpackEx, star | ((items.count - star - 1) << 8))
            } else {
                emit(.unpackSequence, items.count)
            }
            for item in items {
                if case .starred(let inner) = item.kind { try storeTarget(inner) } else { try storeTarget(item) }
            }
        default:
            throw PySyntaxError(.syntax, "cannot assign to \(t.kindName)", line: Int(t.loc.line), column: Int(t.loc.column))
        }
    }

    private func deleteTarget(_ t: Expr) throws(PySyntaxError) {
        try at(t.loc) { () throws(PySyntaxError) in try deleteTargetHere(t) }
    }

    private func deleteTargetHere(_ t: Expr) throws(PySyntaxError) {
        switch t.kind {
        case .name(let n): delete(n)
        case .attribute(let o, let name): try expr(o); emit(.deleteAttr, symbol(name))
        case .item(let o, let k): try expr(o); try expr(k); emit(.deleteSubscript)
        case .tuple(let items), .list(let items): for i in items { try deleteTarget(i) }
        default: throw PySyntaxError(.syntax, "cannot delete \(t.kindName)", line: Int(t.loc.line), column: Int(t.loc.column))
        }
    }

    private func augAssign(_ t: Expr, _ op: BinaryOp, _ v: Expr) throws(PySyntaxError) {
        // As CPython 3.11: the target's load and store at the target's position, the
        // operation at the statement's.
        let statement = pos
        let target = t.loc
        switch t.kind {
        case .name(let n):
            pos = target; load(n); pos = statement
            try expr(v); emit(.inplace, Int(op.rawValue))
            pos = target; store(n)
        case .attribute(let o, let name):
            pos = target
            try expr(o); emit(.dup); pos = attributeStart(t, name, target); emit(.loadAttr, attrSite(name))
            pos = statement
            try expr(v); emit(.inplace, Int(op.rawValue))
            pos = attributeStart(t, name, target)
            emit(.rot2); emit(.storeAttr, attrSite(name))
        case .item(let o, let k):
            pos = target
            try expr(o); try expr(k); emit(.dup2); emit(.getItem)
            pos = statement
            try expr(v); emit(.inplace, Int(op.rawValue))
            pos = target
            emit(.rot3); emit(.storeSubscript)
        default:
            throw PySyntaxError(.syntax, "'\(t.kindName)' is an illegal expression for augmented assignment", line: Int(t.loc.line), column: Int(t.loc.column))
        }
    }

    // MARK: - Expressions

    func condJump(_ e: Expr, ifFalse: Label) throws(PySyntaxError) {
        if case .unary(.not, let inner) = e.kind { try condJump(inner, ifTrue: ifFalse); return }
        if case .and(let items) = e.kind {
            for i in items { try condJump(i, ifFalse: ifFalse) }
            return
        }
        try expr(e)
        emitJump(.popJumpIfFalse, ifFalse)
    }

    func condJump(_ e: Expr, ifTrue: Label) throws(PySyntaxError) {
        if case .unary(.not, let inner) = e.kind { try condJump(inner, ifFalse: ifTrue); return }
        if case .or(let items) = e.kind {
            for i in items { try condJump(i, ifTrue: ifTrue) }
            return
        }
        try expr(e)
        emitJump(.popJumpIfTrue, ifTrue)
    }

    /// The `yield from` / `await` loop: stack [iterator, None] -> [result].
    private func yieldFromLoop() {
        let top = newLabel(), exit = newLabel()
        place(top)
        emitJump(.send, exit)
        emit(.yieldValue, 1)
        emitJump(.jump, top)
        place(exit)
    }

    func expr(_ e: Expr) throws(PySyntaxError) {
        try at(e.loc) { () throws(PySyntaxError) in try exprHere(e) }
    }

    private func exprHere(_ e: Expr) throws(PySyntaxError) {
        switch e.kind {
        case .name(let n): load(n)
        case .constant(let c): loadConstant(c)
        case .fstring(let parts): try fstring(parts)
        case .list(let items):
            try sequence(items, tuple: false)
        case .tuple(let items):
            try sequence(items, tuple: true)
        case .dict(let items):
            if items.allSatisfy({ $0.key != nil }) {
                for (k, v) in items { try expr(k!); try expr(v) }
                emit(.buildDict, items.count)
            } else {
                emit(.buildDict, 0)
                for (k, v) in items {
                    if let k { try expr(k); try expr(v); emit(.dictSet, 1) } else { try expr(v); emit(.dictUpdate, 1) }
                }
            }
        case .unary(let op, let a):
            try expr(a)
            let code: Int
            switch op { case .neg: code = 0; case .pos: code = 1; case .invert: code = 2; case .not: code = 3 }
            emit(.unary, code)
        case .binary(let op, let a, let b):
            try expr(a); try expr(b)
            emit(.binary, Int(op.rawValue))
        case .and(let items), .or(let items):
            let isAnd: Bool
            if case .and = e.kind { isAnd = true } else { isAnd = false }
            let end = newLabel()
            for (i, item) in items.enumerated() {
                try expr(item)
                if i < items.count - 1 { emitJump(isAnd ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end) }
            }
            place(end)
        case .compare(let first, let rest):
            try expr(first)
            if rest.count == 1 {
                try comparand(rest[0].1, rest[0].0)
                emit(.compare, Int(rest[0].0.rawValue))
            } else {
                let cleanup = newLabel(), end = newLabel()
                for (i, (op, rhs)) in rest.enumerated() {
                    if i < rest.count - 1 { try expr(rhs) } else { try comparand(rhs, op) }
                    if i < rest.count - 1 {
                        emit(.dup); emit(.rot3)
                        emit(.compare, Int(op.rawValue))
                        emitJump(.jumpIfFalseOrPop, cleanup)
                    } else {
                        emit(.compare, Int(op.rawValue))
                    }
                }
                emitJump(.jump, end)
                place(cleanup)
                emit(.rot2); emit(.pop)
                place(end)
            }
        case .call(let f, let args):
            try call(f, args)
        case .attribute(let o, let name):
            try expr(o)
            pos = attributeStart(e, name, pos)
            emit(.loadAttr, attrSite(name))
        case .item(let o, let k):
            try expr(o); try expr(k)
            emit(.getItem)
        case .slice(let a, let b, let c):
            if let a { try expr(a) } else { emit(.loadNone) }
            if let b { try expr(b) } else { emit(.loadNone) }
            if let c { try expr(c); emit(.buildSlice, 3) } else { emit(.buildSlice, 2) }
        case .ifElse(let test, let body, let orElse):
            let elseL = newLabel(), end = newLabel()
            try condJump(test, ifFalse: elseL)
            try expr(body)
            emitJump(.jump, end)
            place(elseL)
            try expr(orElse)
            place(end)
        case .lambda(let params, let body):
            let child = scope.child(at: e.loc, named: "<lambda>")
            try makeFunction(scope: child, name: "<lambda>", params: params, isAsync: false, loc: e.loc) { fc throws(PySyntaxError) in
                try fc.compileLambda(body)
            }
        case .listComp(let elt, let clauses):
            try comprehension(e, clauses, .list) { fc, n throws(PySyntaxError) in
                try fc.expr(elt)
                fc.emit(.listAppend, n + 1)
            }
        case .genExp(let elt, let clauses):
            try comprehension(e, clauses, .generator) { fc, _ throws(PySyntaxError) in
                try fc.expr(elt)
                fc.emit(.yieldValue, 0)
                fc.emit(.pop)
            }
        case .dictComp(let k, let v, let clauses):
            try comprehension(e, clauses, .dict) { fc, n throws(PySyntaxError) in
                try fc.expr(k); try fc.expr(v)
                fc.emit(.dictSet, n + 1)
            }
        case .set(let items):
            try setDisplay(items)
        case .setComp(let elt, let clauses):
            try comprehension(e, clauses, .set) { fc, n throws(PySyntaxError) in
                try fc.expr(elt)
                fc.emit(.dictUpdate, Instruction.setAdd | (n + 1))
            }
        case .named(let n, let value):
            try expr(value)
            emit(.dup)
            store(n)
        case .yield(let v):
            try checkYield(e.loc, "yield")
            if let v { try expr(v) } else { emit(.loadNone) }
            emit(.yieldValue, 0)
        case .yieldFrom(let v):
            try checkYield(e.loc, "yield from")
            try expr(v)
            emit(.getYieldFromIter)
            emit(.loadNone)
            yieldFromLoop()
        case .await(let v):
            if !code.isCoroutine || scope.kind == .lambda {
                let where_ = scope.isModuleLike ? "'await' outside function" : "'await' outside async function"
                throw PySyntaxError(.syntax, where_, line: Int(e.loc.line), column: Int(e.loc.column), endColumn: program.errorEnd(e.loc))
            }
            try expr(v)
            emit(.getAwaitable)
            emit(.loadNone)
            yieldFromLoop()
        case .starred:
            throw PySyntaxError(.syntax, "can't use starred expression here", line: Int(e.loc.line), column: Int(e.loc.column))
        }
    }

    private func checkYield(_ l: Loc, _ what: String) throws(PySyntaxError) {
        if scope.isModuleLike { throw PySyntaxError(.syntax, "'\(what)' outside function", line: Int(l.line), column: Int(l.column), endColumn: program.errorEnd(l)) }
        if let noun = scope.comprehensionNoun { throw PySyntaxError(.syntax, "'yield' inside \(noun)", line: Int(l.line), column: Int(l.column)) }
        if code.isCoroutine && what == "yield from" {
            throw PySyntaxError(.syntax, "'yield from' inside async function", line: Int(l.line), column: Int(l.column), endColumn: program.errorEnd(l))
        }
    }

    private func sequence(_ items: [Expr], tuple: Bool) throws(PySyntaxError) {
        let hasStar = items.contains { if case .starred = $0.kind { return true }; return false }
        if !hasStar {
            for i in items { try expr(i) }
            emit(tuple ? .buildTuple : .buildList, items.count)
            return
        }
        emit(.buildList, 0)
        for i in items {
            if case .starred(let inner) = i.kind {
                try expr(inner); emit(.listExtend, 1)
            } else {
                try expr(i); emit(.listAppend, 1)
            }
        }
        if tuple { emit(.listToTuple) }
    }

    private func fstring(_ parts: [FPart]) throws(PySyntaxError) {
        for p in parts {
            switch p {
            case .literal(let s): loadString(s)
            case .field(let e, let conv, let spec):
                try expr(e)
                var flags = 0
                switch conv { case "s": flags = 1; case "r": flags = 2; case "a": flags = 3; default: flags = 0 }
                if let spec { try fstring(spec); flags |= 4 }
                emit(.formatValue, flags)
            }
        }
        if parts.count != 1 { emit(.buildString, parts.count) }
        else if case .literal = parts[0] { }
    }

    private func call(_ f: Expr, _ args: [CallArgument]) throws(PySyntaxError) {
        if case .attribute(let o, let name) = f.kind {
            try expr(o)
            try at(attributeStart(f, name, f.loc)) { () throws(PySyntaxError) in emit(.loadMethod, attrSite(name)) }
            pos = attributeStart(f, name, pos)
        } else {
            emit(.pushNull)
            try expr(f)
        }
        try callArguments(args, leading: 0)
    }

    /// A call's arguments after its callee and `leading` positional values already pushed.
    private func callArguments(_ args: [CallArgument], leading: Int) throws(PySyntaxError) {
        let simple = args.allSatisfy { $0.star == 0 }
        if simple {
            var names: [String] = []
            for a in args {
                try expr(a.value)
                if let n = a.name { names.append(n) }
            }
            if !names.isEmpty {
                var seen = Set<String>()
                for n in names where !seen.insert(n).inserted {
                    let a = args.first { $0.name == n }!
                    throw PySyntaxError(.syntax, "keyword argument repeated: \(n)", line: Int(a.value.loc.line), column: Int(a.value.loc.column))
                }
                emit(.kwNames, kwNamesConstant(names))
            }
            emit(.call, args.count + leading)
            return
        }
        // General form: positional arguments into a tuple, keywords into a dict.
        emit(.buildList, leading)
        for a in args where a.name == nil && a.star != 2 {
            try expr(a.value)
            emit(a.star == 1 ? .listExtend : .listAppend, a.star == 1 ? 0x101 : 1)
        }
        emit(.listToTuple)
        let kw = args.filter { $0.name != nil || $0.star == 2 }
        if !kw.isEmpty {
            emit(.buildDict, 0)
            for a in kw {
                if let n = a.name { loadString(n); try expr(a.value); emit(.dictSet, 1) }
                else { try expr(a.value); emit(.dictUpdate, 0x101) }
            }
            emit(.callEx, 1)
        } else {
            emit(.callEx, 0)
        }
    }

    private func kwNamesConstant(_ names: [String]) -> Int {
        if let i = kwNamesIndex[names] { return i }
        let t = program.vm.makeTuple(names.map { program.vm.internString($0) })
        let i = constant(t, key: nil)
        kwNamesIndex[names] = i
        return i
    }

    /// A comprehension, as CPython 3.11 compiles it: its function (a coroutine when the
    /// element awaits, awaited here), called with the first iterable's iterator.
    private func comprehension(_ e: Expr, _ clauses: [Comprehension], _ kind: ComprehensionKind,
                               element: (FunctionCompiler, Int) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        emit(.pushNull)
        let child = scope.child(at: e.loc, named: kind.name)
        // Awaiting (or `async for`) makes a list, set or dict comprehension a coroutine,
        // awaited here, and a generator expression an asynchronous generator.
        let isAsync = child.hasAwait && !child.isGenExp
        if isAsync && !(code.isCoroutine && scope.kind != .lambda) {
            throw PySyntaxError(.syntax, "asynchronous comprehension outside of an asynchronous function", line: Int(e.loc.line), column: Int(e.loc.column), endColumn: program.errorEnd(e.loc))
        }
        try makeFunction(scope: child, name: child.name, params: Scope.comprehensionParams, isAsync: child.hasAwait, loc: e.loc) { fc throws(PySyntaxError) in
            try fc.compileComprehension(e, clauses, kind, element: element)
        }
        try iterable(clauses[0].iter)
        if clauses[0].isAsync { asyncIter() } else { emit(.getIter) }
        emit(.call, 1)
        if isAsync {
            emit(.getAwaitable)
            emit(.loadNone)
            yieldFromLoop()
        }
    }

    /// The nested loops of comprehension clauses from `index` on: `iterator` pushes each
    /// clause's iterator, then the loop stores the target, tests the conditions and runs the
    /// next clause or, innermost, `element` (given the number of iterators on the stack).
    private func clauseLoops(_ clauses: [Comprehension], _ index: Int, iterators: Int,
                             iterator: (FunctionCompiler, Comprehension, Int) throws(PySyntaxError) -> Void,
                             element: (FunctionCompiler, Int) throws(PySyntaxError) -> Void) throws(PySyntaxError) {
        let c = clauses[index]
        try iterator(self, c, index)
        let top = newLabel(), end = newLabel()
        place(top)
        var exhausted: (label: Label, depth: Int)?
        if c.isAsync { exhausted = asyncNext() } else { emitJump(.forIter, end) }
        try storeTarget(c.target)
        for cond in c.conditions { try condJump(cond, ifFalse: top) }
        if index + 1 < clauses.count {
            try clauseLoops(clauses, index + 1, iterators: iterators + 1, iterator: iterator, element: element)
        } else {
            try element(self, iterators + 1)
        }
        emitJump(.jump, top)
        if let exhausted { asyncLoopEnd(exhausted) }
        place(end)
    }
}

/// Compiles a whole module.
public final class Compiler {
    let vm: VM
    let file: String
    /// Keeps a library module's globals apart from the program's (they share the VM's global table).
    var globalPrefix = ""
    /// `__module__` of the classes it defines.
    var moduleName = "__main__"
    /// Frozenset constants made so far: CPython's compiler shares one among equal constants.
    var frozensets: [Value] = []
    /// The module's source, for `identifiers`.
    var source = ""
    /// Every name in the module (its NAME tokens, f-strings' included): the strings CPython's
    /// parser interns.
    lazy var identifiers: Set<String> = Lexer.identifiers(in: source)

    /// `from __future__ import annotations` (PEP 563): annotations are stored as their source text.
    var stringAnnotations = false
    /// The lines of the `from __future__` imports allowed where they are.
    var futureLines: Set<Int32> = []

    init(vm: VM, file: String) { self.vm = vm; self.file = file }

    func compileModule(_ body: [Stmt]) throws(PySyntaxError) -> CodeObject {
        try readFutureImports(body)
        let module = try ScopeBuilder.build(body)
        let fc = FunctionCompiler(program: self, scope: module, name: "<module>", qualname: "<module>", firstLine: 1)
        fc.code.flags.insert(.module)
        try fc.compileBody(body, params: nil)
        fc.resolveHandlers()
        return fc.finish()
    }
}
