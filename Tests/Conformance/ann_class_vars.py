from typing import ClassVar, Dict, List, Optional, get_type_hints, TypedDict


class Base:
    id: int
    created: str = "today"
    registry: ClassVar[Dict[str, "Base"]] = {}


class User(Base):
    name: str
    email: Optional[str] = None
    roles: List[str]

    def __init__(self, id: int, name: str) -> None:
        self.id = id
        self.name = name
        self.roles: List[str] = []
        self.extra: int
        Base.registry[name] = self


u = User(1, "ann")
print(User.__annotations__)
print(Base.__annotations__)
print(get_type_hints(User))
print(u.roles, u.created, u.email, sorted(Base.registry))
print("extra" in u.__dict__, hasattr(User, "name"), hasattr(User, "email"))


class Empty:
    pass


print(hasattr(Empty, "__annotations__") and "__annotations__" in Empty.__dict__)


class Conditional:
    if True:
        a: int = 1
    else:
        b: str
    for i in range(2):
        c: float
    del i
    try:
        d: bool = True
    except Exception:
        e: int
    with_doc: str = "x"


print(Conditional.__annotations__, Conditional.a, Conditional.d)


class Outer:
    x: int

    class Inner:
        y: "Outer"

    def method(self) -> "Outer.Inner":
        return Outer.Inner()


print(Outer.__annotations__, Outer.Inner.__annotations__, Outer.method.__annotations__)


class Private:
    __secret: int = 3
    _half: int = 2


print(Private.__annotations__)

evaluated = []


def mark(v):
    evaluated.append(v)
    return v


class Order:
    first: mark("first-ann") = mark("first-value")
    second: mark("second-ann")


print(evaluated, Order.__annotations__)


def body():
    local: mark("never") = 5
    return local


print(body(), evaluated)

total: int = 0
for n in range(3):
    total += n
print(total, __annotations__)
ann = __annotations__
ann["late"] = float
print(__annotations__ is ann, list(__annotations__))


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__annotations__)
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__)
