import Testing
@testable import Scheduler

/// Golden bytecode for small functions. The expected text was generated once and checked by hand:
/// the generator resumes after `yieldValue` with the sent value on the stack; `return` inside
/// `try/finally` runs an inlined copy of the finally body (outside the handler) before `returnValue`,
/// and the exception path runs it again between `pushExcInfo` and `reraise`; the comprehension is
/// a function of its own, as in CPython 3.11 (`comp.<locals>.<listcomp>`, called with the
/// iterator of `xs` as `.0`), whose `listAppend 2` reaches past the iterator; the closure
/// makes a cell for `c`, passes it in a tuple (`makeFunction` flags=4) and reads it with `loadDeref`.
@Suite struct DisassemblyTests {
    static let source = """
def gen(n):
    i = 0
    while i < n:
        x = yield i
        i += 1
    return "done"

def tf():
    try:
        return 1
    finally:
        print("f")

def comp(xs):
    return [x * 2 for x in xs if x]

def outer():
    c = 0
    def inner():
        nonlocal c
        c += 1
        return c
    return inner
"""

    static func disassembly(_ source: String) throws -> String {
        try Session(RunConfig(source: source, file: "dis.py")).program.disassembly()
    }

    /// The section for one code object: its `== qualname ...` header line and the lines up to the next header.
    static func section(_ text: String, _ qualname: String) -> String? {
        var out: String?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("== ") {
                if out != nil { break }
                if line.hasPrefix("== \(qualname) ") { out = "" }
            }
            if out != nil { out! += line + "\n" }
        }
        return out
    }

    static let expected: [String: String] = [
        "<module>": """
== <module> == locals=[] cells=[] frees=[]
   1    0  makeFunction      gen flags=0
        1  storeGlobal       0 (gen)
   8    2  makeFunction      tf flags=0
        3  storeGlobal       2 (tf)
  14    4  makeFunction      comp flags=0
        5  storeGlobal       3 (comp)
  17    6  makeFunction      outer flags=0
        7  storeGlobal       4 (outer)
        8  loadNone
        9  returnValue

""",
        "gen": """
== gen (generator) == locals=["n", "i", "x"] cells=[] frees=[]
   1    0  returnGenerator
   2    1  loadSmallInt      0
        2  storeFast         1 (i)
   3    3  loadFast          1 (i)
        4  loadFast          0 (n)
        5  compare           <
        6  popJumpIfFalse    to 15
   4    7  loadFast          1 (i)
        8  yieldValue        0
        9  storeFast         2 (x)
   5   10  loadFast          1 (i)
       11  loadSmallInt      1
       12  inplace           +
       13  storeFast         1 (i)
       14  jump              to 3
   6   15  loadConst         0 ('done')
       16  returnValue
       17  loadNone
       18  returnValue

""",
        "tf": """
== tf == locals=[] cells=[] frees=[]
  10    0  loadSmallInt      1 ->13
  12    1  pushNull
        2  loadGlobal        1 (print)
        3  loadConst         0 ('f')
        4  call              1
        5  pop
        6  returnValue ->13
        7  pushNull
        8  loadGlobal        1 (print)
        9  loadConst         0 ('f')
       10  call              1
       11  pop
       12  jump              to 20
       13  pushExcInfo
       14  pushNull
       15  loadGlobal        1 (print)
       16  loadConst         0 ('f')
       17  call              1
       18  pop
       19  reraise
       20  loadNone
       21  returnValue

""",
        "comp": """
== comp == locals=["xs"] cells=[] frees=[]
  15    0  pushNull
        1  makeFunction      comp.<locals>.<listcomp> flags=0
        2  loadFast          0 (xs)
        3  getIter
        4  call              1
        5  returnValue
        6  loadNone
        7  returnValue

""",
        "comp.<locals>.<listcomp>": """
== comp.<locals>.<listcomp> == locals=[".0", "x"] cells=[] frees=[]
  15    0  buildList         0
        1  loadFast          0 (.0)
        2  forIter           to 11
        3  storeFast         1 (x)
        4  loadFast          1 (x)
        5  popJumpIfFalse    to 2
        6  loadFast          1 (x)
        7  loadSmallInt      2
        8  binary            *
        9  listAppend        2
       10  jump              to 2
       11  returnValue

""",
        "outer": """
== outer == locals=["c", "inner"] cells=["c"] frees=[]
  17    0  makeCell
  18    1  loadSmallInt      0
        2  storeDeref        0 (c)
  19    3  loadClosure       0 (c)
        4  buildTuple        1
        5  makeFunction      outer.<locals>.inner flags=4
        6  storeFast         1 (inner)
  23    7  loadFast          1 (inner)
        8  returnValue
        9  loadNone
       10  returnValue

""",
        "outer.<locals>.inner": """
== outer.<locals>.inner == locals=[] cells=[] frees=["c"]
  19    0  makeCell
  21    1  loadDeref         0 (c)
        2  loadSmallInt      1
        3  inplace           +
        4  storeDeref        0 (c)
  22    5  loadDeref         0 (c)
        6  returnValue
        7  loadNone
        8  returnValue

""",
    ]

    @Test(arguments: ["<module>", "gen", "tf", "comp", "comp.<locals>.<listcomp>", "outer", "outer.<locals>.inner"])
    func golden(_ qualname: String) throws {
        let text = try Self.disassembly(Self.source)
        let got = try #require(Self.section(text, qualname), "no code object \(qualname)")
        #expect(got == Self.expected[qualname])
    }

    @Test func wholeListingIsTheSections() throws {
        let text = try Self.disassembly(Self.source)
        let order = ["<module>", "gen", "tf", "comp", "comp.<locals>.<listcomp>", "outer", "outer.<locals>.inner"]
        #expect(text == order.map { Self.expected[$0]! }.joined())
    }

    @Test func deterministic() throws {
        #expect(try Self.disassembly(Self.source) == (try Self.disassembly(Self.source)))
    }
}
