from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, replace, make_dataclass, is_dataclass
from typing import ClassVar, List


def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def mutable_list():
    @dataclass
    class Cart:
        items: list = []

def mutable_dict():
    @dataclass
    class Cfg:
        opts: dict = {}

def mutable_set():
    @dataclass
    class S:
        seen: set = set()

def order_default():
    @dataclass
    class P:
        x: int = 0
        y: int

def both_defaults():
    field(default=1, default_factory=list)

def no_annotation():
    @dataclass
    class N:
        x = field(default=1)

def order_without_eq():
    @dataclass(order=True, eq=False)
    class O:
        x: int

def overwrite_lt():
    @dataclass(order=True)
    class O:
        x: int
        def __lt__(self, other):
            return True

def classvar_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)

for name, fn in [("list", mutable_list), ("dict", mutable_dict), ("set", mutable_set),
                 ("order", order_default), ("both", both_defaults), ("noann", no_annotation),
                 ("order-eq", order_without_eq), ("lt", overwrite_lt), ("classvar", classvar_factory)]:
    attempt(name, fn)


@dataclass
class Account:
    owner: str
    limit: ClassVar[int] = 100
    password: InitVar[str] = "secret"
    _: KW_ONLY
    balance: float = 0.0
    active: bool = True
    history: List[float] = field(default_factory=list, repr=False)

    def __post_init__(self, password):
        self.hashed = len(password)


acct = Account("ann", "pw", balance=5.0)
print(acct, acct.hashed, Account.limit)
print([f.name for f in fields(acct)], Account.__match_args__)
print(Account.__dataclass_fields__["password"]._field_type, Account.__dataclass_fields__["limit"]._field_type)
print(InitVar[str], InitVar[List[int]])
attempt("kwonly-pos", lambda: Account("a", "p", 5.0))
attempt("missing", lambda: Account())
attempt("replace", lambda: print(replace(acct, balance=1.0, password="x")))
attempt("replace-initvar", lambda: print(replace(acct, balance=2.0)))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
    name: str = "opts"


print(Options(level=3), Options(level=1, verbose=True))
attempt("kw", lambda: Options(3))
attempt("kw-missing", lambda: Options())


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, "x", 2.0), [f.name for f in fields(Derived)])


@dataclass(slots=True)
class Slim:
    x: int
    y: int = 2


s = Slim(1)
print(s, Slim.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

Pt = make_dataclass("Pt", [("x", int), ("y", int, 5)])
print(Pt(1), Pt(1, 2) == Pt(1, 2), is_dataclass(Pt), is_dataclass(Pt(1)), is_dataclass(3))


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


root = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(root)
root.children.append(root)
print(root)
