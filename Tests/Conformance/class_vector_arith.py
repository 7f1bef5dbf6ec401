class Vector:
    typecode = "d"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __iter__(self):
        return iter((self.x, self.y))

    def __repr__(self):
        cls = type(self).__name__
        return "{}({!r}, {!r})".format(cls, *self)

    def __str__(self):
        return str(tuple(self))

    def __eq__(self, other):
        if isinstance(other, Vector):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self):
        return hash(self.x) ^ hash(self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(abs(self))

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return Vector(+self.x, +self.y)

    def __add__(self, other):
        try:
            ox, oy = other
        except (TypeError, ValueError):
            return NotImplemented
        return Vector(self.x + ox, self.y + oy)

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, scalar):
        if isinstance(scalar, (int, float)):
            return Vector(self.x * scalar, self.y * scalar)
        return NotImplemented

    def __rmul__(self, scalar):
        return self * scalar

    def __truediv__(self, scalar):
        return Vector(self.x / scalar, self.y / scalar)

    def __floordiv__(self, scalar):
        return Vector(self.x // scalar, self.y // scalar)

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return self.x * other.x + self.y * other.y
        return NotImplemented

    def __rmatmul__(self, other):
        return self @ other

    def __format__(self, fmt_spec=""):
        if fmt_spec.endswith("n"):
            fmt_spec = fmt_spec[:-1]
            coords = (abs(self), self.x / abs(self), self.y / abs(self))
            outer = "<{}: {}, {}>"
        else:
            coords = self
            outer = "({}, {})"
        components = (format(c, fmt_spec) for c in coords)
        return outer.format(*components)


class MutableVector(Vector):
    def __iadd__(self, other):
        ox, oy = other
        self.x += ox
        self.y += oy
        return self

    def __imul__(self, scalar):
        self.x *= scalar
        self.y *= scalar
        return self


v1 = Vector(3, 4)
v2 = Vector(1, -2)
print(v1, repr(v2), abs(v1), bool(v1), bool(Vector(0, 0)))
print(v1 + v2, v1 - v2, v1 * 3, 3 * v1, v1 * 0.5, v1 / 2, v1 // 2)
print(-v1, +v2, v1 @ v2, v1 + (10, 20), (10, 20) + v1, [1, 1] + v1)
print(sum([v1, v2, Vector(0.5, 0.5)], Vector(0, 0)))
print(format(v1), format(v1, ".2f"), format(Vector(1, 1), ".3en"), f"{v2:+.1f}", f"{Vector(0, 2):.4fn}")
print(v1 == Vector(3, 4), v1 == (3, 4), v1 != v2, v1 == Vector(3.0, 4.0))
print(hash(v1) == hash(Vector(3, 4)), len({v1: 1, Vector(3, 4): 2}))
x, y = v1
print(x, y, tuple(v1), list(v2), max(v1))

a = v1
a += v2
print(a, v1, a is v1)
a *= 2
print(a, v1)

m = MutableVector(1, 1)
alias = m
m += Vector(2, 2)
print(m, alias, m is alias, type(m).__name__)
m *= 10
print(alias, repr(alias))
m2 = m + Vector(1, 1)
print(type(m2).__name__, m2)

attempts = [
    ("v1 * v2", lambda: v1 * v2),
    ("v1 + 1", lambda: v1 + 1),
    ("v1 - 1", lambda: v1 - 1),
    ("v1 @ 3", lambda: v1 @ 3),
    ("'ab' * v1", lambda: "ab" * v1),
    ("v1 / 'x'", lambda: v1 / "x"),
    ("~v1", lambda: ~v1),
    ("v1 ** 2", lambda: v1 ** 2),
    ("v1 % 2", lambda: v1 % 2),
]
for expr, thunk in attempts:
    try:
        print(thunk())
    except TypeError as e:
        print(f"{expr}: TypeError: {e}")
try:
    v1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
