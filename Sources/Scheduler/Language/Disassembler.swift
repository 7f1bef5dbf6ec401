/// Human-readable bytecode, one helper per operand shape (like clox's debug.c).

public enum Disassembler {
    /// The code object and every nested function, depth first.
    public static func disassemble(_ code: CodeObject, symbols: Symbols, globals: [String], render: (Value) -> String) -> String {
        var out = ""
        disassemble(code, symbols: symbols, globals: globals, render: render, into: &out)
        return out
    }

    private static func disassemble(_ code: CodeObject, symbols: Symbols, globals: [String], render: (Value) -> String, into out: inout String) {
        var flags: [String] = []
        if code.isGenerator { flags.append("generator") }
        if code.isCoroutine { flags.append("coroutine") }
        out += "== \(code.qualname)\(flags.isEmpty ? "" : " (" + flags.joined(separator: ", ") + ")") =="
        out += " locals=\(code.localNames) cells=\(code.cellNames) frees=\(code.freeNames)\n"
        var lastLine: Int32 = -1
        for (i, word) in code.code.enumerated() {
            let line = code.lines[i]
            let lineText = line == lastLine ? "    " : pad(String(line), 4)
            lastLine = line
            let handler = code.handlerAt[i] >= 0 ? " ->\(code.handlers[Int(code.handlerAt[i])].target)" : ""
            out += "\(lineText) \(pad(String(i), 4))  \(instruction(word, code, symbols, globals, render))\(handler)\n"
        }
        for child in code.children { disassemble(child, symbols: symbols, globals: globals, render: render, into: &out) }
    }

    static func instruction(_ word: UInt32, _ code: CodeObject, _ symbols: Symbols, _ globals: [String], _ render: (Value) -> String) -> String {
        let op = Instruction.op(word)
        let arg = Instruction.arg(word)
        let name = opColumn(String(describing: op))
        switch op {
        case .buildDict where arg & Instruction.buildSet != 0: return "\(opColumn("buildSet"))\(arg ^ Instruction.buildSet)"
        case .dictUpdate where arg & Instruction.setAdd != 0: return "\(opColumn("setAdd"))\(arg & 0xFF)"
        case .dictUpdate where arg & Instruction.setUpdate != 0: return "\(opColumn("setUpdate"))\(arg & 0xFF)"
        case .checkExcMatch where arg == Instruction.exceptStarMatch: return "checkEgMatch"
        case .checkExcMatch where arg == Instruction.exceptStarReraise: return "prepReraiseStar"
        case .loadConst, .kwNames: return "\(name)\(arg) (\(render(code.constants[arg])))"
        case .loadSmallInt: return "\(name)\(arg - (1 << 22))"
        case .loadFast, .storeFast, .deleteFast: return "\(name)\(arg) (\(code.localNames[arg]))"
        case .loadDeref, .storeDeref, .deleteDeref, .loadClosure:
            let all = code.cellNames + code.freeNames
            return "\(name)\(arg) (\(arg < all.count ? all[arg] : "?"))"
        case .loadGlobal, .storeGlobal, .deleteGlobal: return "\(name)\(arg) (\(arg < globals.count ? globals[arg] : "?"))"
        case .loadAttr, .storeAttr, .deleteAttr, .loadMethod, .importName, .importFrom:
            return "\(name)\(arg) (\(symbols[code.names[arg]]))"
        case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send:
            return "\(name)to \(arg)"
        case .binary, .inplace: return "\(name)\(["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"][arg])"
        case .compare: return "\(name)\(["==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"][arg])"
        case .unary: return "\(name)\(["-", "+", "~", "not"][arg])"
        case .makeFunction: return "\(name)\(code.children[arg >> 3].qualname) flags=\(arg & 7)"
        case .call, .buildList, .buildTuple, .buildDict, .buildString, .buildSlice, .unpackSequence, .raise,
             .listAppend, .dictSet, .listExtend, .dictUpdate, .callEx, .formatValue, .unpackEx, .yieldValue:
            return "\(name)\(arg)"
        default: return name.trimmingTrailingSpaces
        }
    }

    private static func pad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
    private static func padRight(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }

    /// An instruction's name as CPython's `dis` writes its opcodes (`loadGlobal` is
    /// `LOAD_GLOBAL`; schedviz's own superinstructions read the same way), padded to its column.
    static func opColumn(_ name: String) -> String {
        var out = ""
        for c in name {
            if c.isUppercase && !out.isEmpty { out += "_" }
            out += c.uppercased()
        }
        return padRight(out, 21) + (out.count >= 21 ? " " : "")
    }
}

extension Program {
    /// The program's bytecode as text (`schedviz dis`).
    public func disassembly() -> String {
        Disassembler.disassemble(module, symbols: vm.symbols, globals: vm.globalNames) { [vm] v in (try? vm.repr(v)) ?? "?" }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
