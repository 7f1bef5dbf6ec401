order = []


def note(tag, value=None):
    order.append(tag)
    return tag if value is None else value


def deco(f):
    order.append("decorate " + f.__name__)
    return f


@deco
def f(a: note("ann a"), b: note("ann b") = note("default b", 1), *, c: note("ann c") = note("default c", 2)) -> note("ann return"):
    return a, b, c


print(order)
print(f.__annotations__, f(0))
order.clear()


def g(x: note("only ann x"), y=note("pos default", 5)):
    return x + y


print(order, g.__annotations__, g(1))
order.clear()


def h(*, k: note("ann k") = note("kw default", 3)) -> note("ann ret"):
    return k


print(order, h.__annotations__, h())
order.clear()


def outer():
    captured = 10

    def inner(v: note("inner ann") = captured) -> int:
        return v + captured
    return inner


inner = outer()
print(order, inner(), inner.__annotations__, inner.__qualname__)


class K:
    def method(self, x: "K", *args: int, **kwargs: str) -> "list[K]":
        return [self]

    @staticmethod
    def s(y: float = 1.5) -> float:
        return y

    @classmethod
    def c(cls, z: bool) -> "K":
        return cls()

    @property
    def p(self) -> int:
        return 1


print(K.method.__annotations__, K.s.__annotations__, K.c.__annotations__, K.p.fget.__annotations__)
f.__annotations__["extra"] = bool
print(f.__annotations__)
g.__annotations__ = {"replaced": True}
print(g.__annotations__)
lam = lambda a, b=2: a
print(lam.__annotations__, (lambda: 0).__annotations__ == {})
