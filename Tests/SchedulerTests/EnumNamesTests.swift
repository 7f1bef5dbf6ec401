import Testing
@testable import Scheduler

/// The generated case-name tables (tools/enum_names.py) name every case as reflection does:
/// after adding a case, run `python3 tools/enum_names.py > Sources/Scheduler/Runtime/EnumNames.swift`.
@Suite struct EnumNamesTests {
    @Test func symbolNamesMatchTheirCases() {
        #expect(Sym.caseNames.count == Sym.allCases.count)
        for s in Sym.allCases { #expect(s.caseName == "\(s)") }
    }

    @Test func builtinTypeNamesMatchTheirCases() {
        #expect(BT.caseNames.count == BT.allCases.count)
        for t in BT.allCases { #expect(t.caseName == "\(t)") }
    }

    @Test func builtinFunctionNamesMatchTheirCases() {
        #expect(Builtin.caseNames.count == Builtin.allCases.count)
        for b in Builtin.allCases { #expect(b.caseName == "\(b)") }
    }
}
