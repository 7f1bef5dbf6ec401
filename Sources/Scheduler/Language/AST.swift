/// The syntax tree. Every node carries the line and 1-based column where it starts.
import BigInt

public struct Loc: Sendable, Equatable {
    public var line: Int32
    public var column: Int32
    public var endColumn: Int32     // for syntax errors: the end on `line`, or where the first token ends
    /// Where the node really ends (its last token; exclusive, 1-based), for a traceback's carets;
    /// `endLine` 0 when unknown (compound statements), and no carets are drawn.
    public var endLine: Int32 = 0
    public var lastColumn: Int32 = 0
    public init(line: Int, column: Int, endColumn: Int = 0) {
        self.line = Int32(line); self.column = Int32(column); self.endColumn = Int32(endColumn)
    }
}

public enum Constant: Sendable {
    case none, ellipsis
    case bool(Bool)
    case int(Int64)
    case bigInt(BigInt)
    case float(Double)
    case string(String)
}

public enum UnaryOp: Sendable { case neg, pos, invert, not }
public enum BinaryOp: UInt8, Sendable {
    case add, sub, mul, div, floorDiv, mod, pow, lshift, rshift, bitAnd, bitOr, bitXor, matMul
}
public enum CompareOp: UInt8, Sendable { case eq, ne, lt, le, gt, ge, `is`, isNot, `in`, notIn }

public indirect enum FPart: Sendable {
    case literal(String)
    case field(Expr, conversion: Character?, spec: [FPart]?)
}

public struct CallArgument: Sendable {
    public var name: String?      // keyword name; nil for positional
    public var value: Expr
    public var star: Int          // 0 plain, 1 `*x`, 2 `**x`
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var conditions: [Expr]
    public var isAsync = false
}

public struct Params: Sendable {
    public var names: [String] = []          // positional-or-keyword, then keyword-only
    public var defaults: [Expr] = []         // for the last positional ones
    public var kwOnlyDefaults: [Expr?] = []  // one per keyword-only name
    public var positionalCount = 0
    public var varArgs: String?
    public var kwArgs: String?
    public var annotations: [(name: String, value: Expr)] = []   // in source order, `return` last
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var loc: Loc
    public init(_ kind: ExprKind, _ loc: Loc) { self.kind = kind; self.loc = loc }
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    case fstring([FPart])
    case list([Expr])
    case tuple([Expr])
    case dict([(key: Expr?, value: Expr)])   // nil key: `**mapping`
    case set([Expr])
    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    case and([Expr])
    case or([Expr])
    case compare(Expr, [(CompareOp, Expr)])
    case call(Expr, [CallArgument])
    case attribute(Expr, String)
    case item(Expr, Expr)
    case slice(Expr?, Expr?, Expr?)
    case ifElse(test: Expr, body: Expr, orElse: Expr)
    case lambda(Params, Expr)
    case listComp(Expr, [Comprehension])
    case genExp(Expr, [Comprehension])
    case dictComp(Expr, Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case named(String, Expr)                  // `name := value`; the node starts at the name
    case yield(Expr?)
    case yieldFrom(Expr)
    case await(Expr)
    case starred(Expr)
}

public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var loc: Loc
    public var star = false     // `except*` (PEP 654)
}

public struct FunctionDef: Sendable {
    public var name: String
    public var binding: String         // the name it is stored under (`_C__f` for `__f` in class C)
    public var params: Params
    public var body: [Stmt]
    public var decorators: [Expr]
    public var isAsync: Bool
}

public struct ClassDef: Sendable {
    public var name: String
    public var binding: String
    public var arguments: [CallArgument]     // bases and keywords, as in a call
    public var body: [Stmt]
    public var decorators: [Expr]
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var loc: Loc
    public init(_ kind: StmtKind, _ loc: Loc) { self.kind = kind; self.loc = loc }
}

public indirect enum StmtKind: Sendable {
    case expr(Expr)
    case assign([Expr], Expr)             // a = b = value
    case augAssign(Expr, BinaryOp, Expr)
    case function(FunctionDef)
    case classDef(ClassDef)
    case asyncFor(Expr, Expr, [Stmt], [Stmt])   // `async for target in iter: body else: orElse`
    case `return`(Expr?)
    case `if`(Expr, [Stmt], [Stmt])
    case `while`(Expr, [Stmt], [Stmt])
    case `for`(Expr, Expr, [Stmt], [Stmt])
    case `break`, `continue`, pass
    case `try`([Stmt], [ExceptHandler], [Stmt], [Stmt])
    case raise(Expr?, Expr?)
    case with([(Expr, Expr?)], [Stmt], isAsync: Bool)
    case `import`([(name: String, alias: String?)])
    case importFrom(String, [(name: String, alias: String?)])
    case global([String])
    case nonlocal([String])
    case assert(Expr, Expr?)
    case del([Expr])
    /// `target: annotation [= value]`; `simple` for a bare name, whose annotation is recorded.
    case annAssign(Expr, Expr, Expr?, simple: Bool)
}
