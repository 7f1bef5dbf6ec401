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
   1    0  MAKE_FUNCTION        gen flags=0
        1  STORE_GLOBAL         0 (gen)
   8    2  MAKE_FUNCTION        tf flags=0
        3  STORE_GLOBAL         2 (tf)
  14    4  MAKE_FUNCTION        comp flags=0
        5  STORE_GLOBAL         3 (comp)
  17    6  MAKE_FUNCTION        outer flags=0
        7  STORE_GLOBAL         4 (outer)
        8  LOAD_NONE
        9  RETURN_VALUE

""",
        "gen": """
== gen (generator) == locals=["n", "i", "x"] cells=[] frees=[]
   1    0  RETURN_GENERATOR
   2    1  LOAD_SMALL_INT       0
        2  STORE_FAST           1 (i)
   3    3  LOAD_FAST            1 (i)
        4  LOAD_FAST            0 (n)
        5  COMPARE              <
        6  POP_JUMP_IF_FALSE    to 15
   4    7  LOAD_FAST            1 (i)
        8  YIELD_VALUE          0
        9  STORE_FAST           2 (x)
   5   10  LOAD_FAST            1 (i)
       11  LOAD_SMALL_INT       1
       12  INPLACE              +
       13  STORE_FAST           1 (i)
       14  JUMP                 to 3
   6   15  LOAD_CONST           0 ('done')
       16  RETURN_VALUE
       17  LOAD_NONE
       18  RETURN_VALUE

""",
        "tf": """
== tf == locals=[] cells=[] frees=[]
  10    0  LOAD_SMALL_INT       1 ->13
  12    1  PUSH_NULL
        2  LOAD_GLOBAL          1 (print)
        3  LOAD_CONST           0 ('f')
        4  CALL                 1
        5  POP
        6  RETURN_VALUE ->13
        7  PUSH_NULL
        8  LOAD_GLOBAL          1 (print)
        9  LOAD_CONST           0 ('f')
       10  CALL                 1
       11  POP
       12  JUMP                 to 20
       13  PUSH_EXC_INFO
       14  PUSH_NULL
       15  LOAD_GLOBAL          1 (print)
       16  LOAD_CONST           0 ('f')
       17  CALL                 1
       18  POP
       19  RERAISE
       20  LOAD_NONE
       21  RETURN_VALUE

""",
        "comp": """
== comp == locals=["xs"] cells=[] frees=[]
  15    0  PUSH_NULL
        1  MAKE_FUNCTION        comp.<locals>.<listcomp> flags=0
        2  LOAD_FAST            0 (xs)
        3  GET_ITER
        4  CALL                 1
        5  RETURN_VALUE
        6  LOAD_NONE
        7  RETURN_VALUE

""",
        "comp.<locals>.<listcomp>": """
== comp.<locals>.<listcomp> == locals=[".0", "x"] cells=[] frees=[]
  15    0  BUILD_LIST           0
        1  LOAD_FAST            0 (.0)
        2  FOR_ITER             to 11
        3  STORE_FAST           1 (x)
        4  LOAD_FAST            1 (x)
        5  POP_JUMP_IF_FALSE    to 2
        6  LOAD_FAST            1 (x)
        7  LOAD_SMALL_INT       2
        8  BINARY               *
        9  LIST_APPEND          2
       10  JUMP                 to 2
       11  RETURN_VALUE

""",
        "outer": """
== outer == locals=["c", "inner"] cells=["c"] frees=[]
  17    0  MAKE_CELL
  18    1  LOAD_SMALL_INT       0
        2  STORE_DEREF          0 (c)
  19    3  LOAD_CLOSURE         0 (c)
        4  BUILD_TUPLE          1
        5  MAKE_FUNCTION        outer.<locals>.inner flags=4
        6  STORE_FAST           1 (inner)
  23    7  LOAD_FAST            1 (inner)
        8  RETURN_VALUE
        9  LOAD_NONE
       10  RETURN_VALUE

""",
        "outer.<locals>.inner": """
== outer.<locals>.inner == locals=[] cells=[] frees=["c"]
  19    0  MAKE_CELL
  21    1  LOAD_DEREF           0 (c)
        2  LOAD_SMALL_INT       1
        3  INPLACE              +
        4  STORE_DEREF          0 (c)
  22    5  LOAD_DEREF           0 (c)
        6  RETURN_VALUE
        7  LOAD_NONE
        8  RETURN_VALUE

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
