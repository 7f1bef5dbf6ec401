from collections import namedtuple


Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
q = Point(x=1, y=2)
print(p, q, repr(p), str(p))
print(p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p))
x, y = p
print(x, y, *q)
print(p == (3, 4), p == Point(3, 4), p != q, p < q, q < p, sorted([p, q, Point(1, 1)]))
print(hash(p) == hash((3, 4)), {p: "a"}[Point(3, 4)], p in {Point(3, 4)})
print(p._fields, Point._fields, p._asdict(), p._replace(y=10), Point._make([7, 8]))
print(p + (5,), p * 2, 3 in p, p.count(3), p.index(4))
print(Point.__name__, Point.__doc__, Point)
print((p.x ** 2 + p.y ** 2) ** 0.5, f"{p}", "%s" % (p,))
print(max([p, q], key=lambda pt: pt.x), [pt.y for pt in (p, q)])

Card = namedtuple("Card", "rank suit")
deck = [Card(r, s) for s in "SH" for r in "AK"]
print(deck)

Account = namedtuple("Account", "owner balance currency", defaults=[0, "EUR"])
print(Account("ann"), Account("bob", 10), Account._field_defaults)

Row = namedtuple("Row", "a, b, c")
print(Row(1, 2, 3), Row._fields)
R = namedtuple("R", ["ok", "def", "_x", "ok"], rename=True)
print(R._fields)


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __str__(self):
        return f"<{self.x}, {self.y}>"


v = Vector(3, 4) + Vector(1, 1)
print(v, repr(v), v.norm, isinstance(v, Vector))

for op in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3),
           lambda: Point(1, x=2), lambda: Point(), lambda: Point._make([1]),
           lambda: p._replace(z=1), lambda: namedtuple("Q", "a a"),
           lambda: namedtuple("Q", "a _b"), lambda: namedtuple("Q", "a def"),
           lambda: namedtuple("1Q", "a"), lambda: namedtuple("Q", "a b c")(),
           lambda: setattr(p, "z", 3), lambda: p[5],
           lambda: namedtuple("Q", "a", defaults=[1, 2])]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
