/// Superinstructions, as CPython 3.11 makes them: in the copy of the bytecode the VM runs
/// (never in `CodeObject.code`, which `dis` prints), the first of certain adjacent pairs is
/// rewritten to an opcode that does both and skips the second (one triple: a small int,
/// a compare and its jump). Operands stay where they
/// were, so the second instruction is still intact for jumps that land on it, and an error
/// in the second half is reported at the second instruction, as before.
enum Superinstructions {
    static func fuse(_ words: UnsafeMutablePointer<UInt32>, count: Int) {
        guard count > 1 else { return }
        for i in 0..<(count - 1) {
            let first = Op(rawValue: UInt8(truncatingIfNeeded: words[i]))
            let second = Op(rawValue: UInt8(truncatingIfNeeded: words[i + 1]))
            let fused: Op?
            switch (first, second) {
            case (.forIter, .storeFast): fused = .forIterStore          // for x in ...
            case (.storeFast, .loadFast): fused = .storeLoadFast        // x = ...; x ...
            case (.loadFast, .loadFast): fused = .loadFastPair          // x * y
            case (.compare, .popJumpIfFalse): fused = .compareJumpIfFalse   // if a < b / while a < b
            case (.loadSmallInt, .binary), (.loadSmallInt, .inplace): fused = .binarySmallInt   // x % 2, i += 1
            case (.loadFast, .yieldValue) where words[i + 1] >> 8 == 0: fused = .loadFastYield   // yield x
            case (.loadFast, .binary), (.loadFast, .inplace): fused = .loadFastBinary   // ... * x, s += x
            case (.loadFast, .loadAttr): fused = .loadFastAttr      // self.x
            case (.loadSmallInt, .compare) where i + 2 < count
                && Op(rawValue: UInt8(truncatingIfNeeded: words[i + 2])) == .popJumpIfFalse:
                fused = .compareSmallIntJumpIfFalse   // if x == 0: a triple, the compare's jump too
            default: fused = nil
            }
            if let fused { words[i] = (words[i] & ~0xFF) | UInt32(fused.rawValue) }
        }
        // A loop's back jump to its `for` step does that step itself. Not a pair: the `for`
        // is elsewhere, and the jump keeps its target.
        for i in 0..<count where Op(rawValue: UInt8(truncatingIfNeeded: words[i])) == .jump {
            let target = Int(words[i] >> 8)
            guard target < i else { continue }
            let op = Op(rawValue: UInt8(truncatingIfNeeded: words[target]))
            if op == .forIter || op == .forIterStore {
                words[i] = (words[i] & ~0xFF) | UInt32(Op.jumpForIter.rawValue)
            }
        }
    }
}
