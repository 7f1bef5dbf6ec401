import Testing
@testable import Scheduler
import Foundation

/// Bad programs must be refused before they run: syntax errors exactly as CPython's compiler reports them
/// (message, line, column), constructs outside the subset with `.unsupported`, the construct's name and position.
@Suite struct CompileErrorTests {
    /// Programs CPython itself refuses.
    static let syntaxErrors: [String] = [
        "x = (1, 2",
        "def f(:\n    pass\n",
        "x = 1 +\n",
        "if x\n    pass\n",
        "  x = 1\n",
        "if 1:\npass\n",
        "for x in y:\n        pass\n    z = 1\n",
        "x = = 1\n",
        "print 'hi'\n",
        "return 1\n",
        "break\n",
        "while 1:\n    pass\ncontinue\n",
        "yield 1\n",
        "def f():\n    x = 1\n    nonlocal x\n",
        "nonlocal x\n",
        "def f(a, a):\n    pass\n",
        "def f(a=1, b):\n    pass\n",
        "f(a=1, 2)\n",
        "f(**k, *a)\n",
        "1 = x\n",
        "f() = 1\n",
        "x + 1 += 2\n",
        "a, b += 1\n",
        "del f()\n",
        "'abc\n",
        "\"\"\"abc\n",
        "x = 1)\n",
        "x = [1, 2)\n",
        "else:\n    pass\n",
        "x = 0777\n",
        "x = 1__0\n",
        "f'{}'\n",
        "x = 5 if 3\n",
        "try:\n    pass\nx = 1\n",
        "async def f():\n    yield from g()\n",
        "await x\n",
        "def f():\n    await x\n",
        "def f(x):\n    global x\n",
        "def f():\n    x = 1\n    global x\n",
        "True = 1\n",
        "print(1 2)\n",
        "if x = 1:\n    pass\n",
        "def f(*):\n    pass\n",
        "f(x=1, x=2)\n",
        "d = {'a': 1, 'b'}\n",
        "def f():\n    return 1\n\tx = 2\n",
        "import\n",
        "x = 1 if True else\n",
        "for in range(3):\n    pass\n",
        "def (x):\n    pass\n",
        "lambda x: yield\n",
        "def f():\n    return [await x for x in y]\n",
        "[await x for x in y]\n",
        "def f():\n    return [(yield) for x in y]\n",
        "def f():\n    return {x: (yield) for x in y}\n",
        "def f():\n    return ((yield) for x in y)\n",
        "f(x for x in y, 1)\n",
        "f(1, x for x in y)\n",
        "(x for x in y) = 1\n",
        "x = [1, 2,, 3]\n",
        "def f():\n    x = yield = 1\n",
        "assert(x, 'msg') = 1\n",
        "with open('f') as 1:\n    pass\n",
        "except ValueError:\n    pass\n",
        "x = 'a' 'b' 1\n",
        "f(*)\n",
        "def g():\n    def f():\n        nonlocal zz\n",
        "del 1\n",
        "(a, b) = 1, 2 = 3\n",
        "x = {1: 2, **}\n",
        "f(a b)\n",
        "[1 2]\n",
        "f(a \"s\")\n",
        "f(x=1 2)\n",
        "f(**k, 1)\n",
        "f(**k, a=1, *b)\n",
        "f(a=1, 2, 3)\n",
        "lambda *: 1\n",
        "def f(*, **k):\n    pass\n",
        "if x.y = 1:\n    pass\n",
        "while f() = 3:\n    pass\n",
        "exec 'x'\n",
        "for 1 in x:\n    pass\n",
        "[x for 1 in y]\n",
        "x = yield = 1\n",
        "def f():\n    print(x)\n    global x\n",
        "def f(x):\n    nonlocal x\n",
        "def f():\n    global x\n    nonlocal x\n",
        "x = 1\nglobal x\n",
        "def f():\n    x = 1\n    nonlocal x\n",
        "d = {'a': 1, 'bb' , 2}\n",
        // assignment expressions
        "x := 1\n",
        "y = x := 1\n",
        "def f():\n    return x := 1\n",
        "f(a=x := 1)\n",
        "print(a.b := 1)\n",
        "(a.b := 1)\n",
        "(a[0] := 1)\n",
        "((a, b) := 1)\n",
        "(True := 1)\n",
        "x = ((y) := 1)\n",
        "a.b := 1\n",
        "lambda: x := 1\n",
        "if x.y := 1:\n    pass\n",
        "(x := 1) = 2\n",
        "(x := 1) += 1\n",
        "del (x := 1)\n",
        "for (x := 1) in y:\n    pass\n",
        "with x := 1:\n    pass\n",
        "x = a[y := 1:2]\n",
        "[y for y in z if y := 1]\n",
        "[i := 0 for i in range(3)]\n",
        "[(i := 0) for i in range(3)]\n",
        "[x for x in (y := [1, 2])]\n",
        "[x for x in range(3) for y in (z := [1])]\n",
        "[x for x in [(z := 1) for y in range(2)]]\n",
        "[x for x in (lambda: (y := 1))()]\n",
        "[[(i := 1) for j in range(2)] for i in range(2)]\n",
        "[i for i in range(3) if (j := i) for j in range(2)]\n",
        "{(i := 1): 2 for i in range(3)}\n",
        "((i := 1) for i in range(3))\n",
        "{(j := 1) for i in range(3) for (k, j) in x}\n",
        "def f():\n    [(x := 1) for y in range(2)]\n    global x\n",
        "x = {y := 1: 2}\n",
        // set displays
        "{1, 2} = 3\n",
        "del {1}\n",
        "x = {1 2}\n",
        "x = {*a for a in b}\n",
        "x = {**a for a in b}\n",
        "x = {a, b for a in c}\n",
        "x = {a, b: 1}\n",
        "{x for x in y} += 1\n",
    ]

    /// Snippets where schedviz still differs from CPython, with the reason (none at the moment;
    /// a case listed here runs inside `withKnownIssue` and fails once it is fixed).
    static let knownIssues: [String: String] = [:]

    /// What `compile(src, 'x.py', 'exec')` raises: class name, message, line, offset.
    static func cpython(_ src: String) throws -> (kind: String, msg: String, line: Int, column: Int)? {
        let code = """
        import sys, json, warnings
        warnings.simplefilter('ignore')
        try:
            compile(sys.argv[1], 'x.py', 'exec')
            print(json.dumps(None))
        except SyntaxError as e:
            print(json.dumps([type(e).__name__, e.msg, e.lineno, e.offset]))
        """
        let out = try TestSupport.python(code, [src])
        let parsed = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8), options: [.fragmentsAllowed])
        guard let a = parsed as? [Any] else { return nil }
        return (a[0] as! String, a[1] as! String, a[2] as! Int, (a[3] as? Int) ?? 0)
    }

    static func compileError(_ src: String) -> PySyntaxError? {
        do {
            _ = try Session(RunConfig(source: src, file: "x.py"))
            return nil
        } catch {
            return error
        }
    }

    @Test("syntax errors as CPython reports them", .enabled(if: TestSupport.python3 != nil, "python3 not on PATH"),
          arguments: syntaxErrors)
    func syntaxError(_ src: String) throws {
        let expected = try #require(try Self.cpython(src), "python3 compiles this snippet; it should not be in the list")
        let check = {
            let e = try #require(Self.compileError(src), "schedviz compiled \(src.debugDescription)")
            #expect(e.kind.rawValue == expected.kind, "kind for \(src.debugDescription)")
            #expect(e.message == expected.msg, "message for \(src.debugDescription)")
            #expect(e.line == expected.line, "line for \(src.debugDescription)")
            #expect(e.column == expected.column, "column for \(src.debugDescription)")
        }
        if let reason = Self.knownIssues[src] {
            withKnownIssue(Comment(rawValue: reason)) { try check() }
        } else {
            try check()
        }
    }

    struct Unsupported: Sendable, CustomTestStringConvertible {
        var source: String
        var name: String       // the construct named in the message
        var line: Int
        var column: Int
        var testDescription: String { name }
    }

    /// Valid Python outside the subset: refused before running, naming the construct, line and column.
    static let unsupported: [Unsupported] = [
        Unsupported(source: "def f(x):\n    match x:\n        case 1: pass\n", name: "match statements", line: 2, column: 5),
        Unsupported(source: "match x:\n    case 1:\n        pass\n", name: "match statements", line: 1, column: 1),
        Unsupported(source: "import os\n", name: "module 'os'", line: 1, column: 1),
        Unsupported(source: "x = 1\nfrom os import path\n", name: "module 'os'", line: 2, column: 1),
    ]

    @Test("unsupported constructs", arguments: unsupported)
    func unsupportedConstruct(_ u: Unsupported) throws {
        let e = try #require(Self.compileError(u.source), "schedviz compiled \(u.source.debugDescription)")
        #expect(e.kind == .unsupported)
        #expect(e.message.contains(u.name), "message: \(e.message)")
        #expect(e.line == u.line)
        #expect(e.column == u.column)
    }

    @Test("unsupported constructs are valid Python", .enabled(if: TestSupport.python3 != nil, "python3 not on PATH"),
          arguments: unsupported)
    func unsupportedIsValidPython(_ u: Unsupported) throws {
        #expect(try Self.cpython(u.source) == nil, "CPython refuses \(u.source.debugDescription): not an unsupported-construct case")
    }

    static let describeCases: [String] = [
        "x = 1\nif x\n    pass\n",
        "def f():\n    return (1,\n            2\n",
        "x = (1 +\n     2))\n",
        "        y = 2\n",
        "print(1 2)\n",
        "def f():\n    x = [1, 2,, 3]\n",
        "for x in range(3):\n    pass\n  z = 1\n",
        "s = 'abc\n",
        "if True:\n\tx = 1\n        y = 2\n",
        "f(a=1, 2)\n",
        "while x = 1:\n    pass\n",
        "if x.y = 1:\n    pass\n",
        "print('a' 'b' x)\n",
        "x := 1\n",
        "if (a := 1) := 2:\n    pass\n",
        "x = (y if z else w := 1)\n",
        "[x for x in (y := [1, 2])]\n",
        "def f():\n    return [(i := 0) for i in range(3)]\n",
        "[x for x in y if (k := 1) for (a, k) in z]\n",
        "{1, 2} = 3\n",
        "a, {1} += 2\n",
        "x = [a, b for a in c]\n",
        "-x = 1\n",
    ]

    static let describeKnownIssues: [String: String] = [:]

    /// `Program.describe` prints what `python3 x.py` prints on stderr, byte for byte.
    @Test("describe matches python3's stderr", .enabled(if: TestSupport.python3 != nil, "python3 not on PATH"),
          arguments: describeCases)
    func describeMatchesCPython(_ src: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("schedviz-describe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(src.utf8).write(to: dir.appendingPathComponent("x.py"))
        let py = try TestSupport.run(TestSupport.python3!, ["x.py"], cwd: dir.path)
        #expect(py.status == 1)
        let e = try #require(Self.compileError(src))
        // python3 names the script by its absolute path.
        let theirs = py.stderr.replacingOccurrences(of: "File \"\(dir.path)/x.py\"", with: "File \"x.py\"")
        if let reason = Self.knownIssues[src] ?? Self.describeKnownIssues[src] {
            withKnownIssue(Comment(rawValue: reason)) { #expect(Program.describe(e, file: "x.py", source: src) == theirs) }
        } else {
            #expect(Program.describe(e, file: "x.py", source: src) == theirs)
        }
    }

    @Test func describeUnsupportedIsOneLine() throws {
        let src = "x = 1\nmatch x:\n    case 1: pass\n"
        let e = try #require(Self.compileError(src))
        let text = Program.describe(e, file: "prog.py", source: src)
        #expect(text.hasPrefix("prog.py:2:1: match statements are not supported"))
        #expect(text.hasSuffix("\n") && text.dropLast().split(separator: "\n").count == 1)
    }
}
