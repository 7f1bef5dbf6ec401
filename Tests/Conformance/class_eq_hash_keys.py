class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


visits = {}
for p in [Point(0, 0), Point(1, 2), Point(0, 0), Point(1, 2), Point(0, 0)]:
    visits[p] = visits.get(p, 0) + 1
print(visits, len(visits), visits[Point(1, 2)], Point(5, 5) in visits)
unique = list({p: None for p in [Point(3, 3), Point(3, 3), Point(4, 4)]})
print(unique, Point(1, 1) == Point(1, 1), Point(1, 1) is Point(1, 1), Point(1, 1) != Point(1, 2))
print(Point(1, 1) == (1, 1), (1, 1) == Point(1, 1), Point(0, 0) == None, hash(Point(1, 2)) == hash((1, 2)))
pts = [Point(1, 1), Point(2, 2), Point(1, 1)]
print(pts.count(Point(1, 1)), pts.index(Point(2, 2)), Point(2, 2) in pts, Point(9, 9) in pts)
pts.remove(Point(1, 1))
print(pts, (Point(2, 2),) == (Point(2, 2),), [Point(0, 1)] == [Point(0, 1)])
print({Point(0, 0): "origin"} == {Point(0, 0): "origin"})


class Identity:
    def __init__(self, v):
        self.v = v


i1, i2 = Identity(1), Identity(1)
d = {i1: "first", i2: "second"}
print(len(d), d[i1], i1 == i2, i1 == i1, i1 != i2, hash(i1) == hash(i1))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) in [EqOnly(0), EqOnly(1)])
for action in [lambda: {EqOnly(1): 1}, lambda: hash(EqOnly(2)), lambda: {}.get(EqOnly(3)), lambda: {1: 2}[EqOnly(3)]]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)


class EqWithHash(EqOnly):
    __hash__ = object.__hash__


print(len({EqWithHash(1): 1, EqWithHash(1): 2}))


class Inherits(Point):
    pass


print(Inherits(1, 2) == Point(1, 2), {Point(1, 2): "p"}[Inherits(1, 2)], Inherits.__hash__ is Point.__hash__)


class CaseInsensitive:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        if isinstance(other, str):
            return self.s.lower() == other.lower()
        if isinstance(other, CaseInsensitive):
            return self.s.lower() == other.s.lower()
        return NotImplemented

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return f"CI({self.s!r})"


headers = {CaseInsensitive("Content-Type"): "text/html"}
print(headers[CaseInsensitive("content-type")], CaseInsensitive("ABC") == "abc", "abc" == CaseInsensitive("ABC"))
print(CaseInsensitive("x") in ["X", "y"], ["X"].index(CaseInsensitive("x")), [CaseInsensitive("A")].count("a"))


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(versions), max(versions), min(versions), Version("2.0") > Version("1.99"), Version("1.0") >= Version("1.0"))
print(len({v: 1 for v in versions}), sorted({v: 1 for v in versions}))
latest = {}
for v in versions:
    latest[v.parts[0]] = max(latest.get(v.parts[0], v), v)
print(latest)


class Bad:
    def __hash__(self):
        return "not an int"


try:
    hash(Bad())
except TypeError as e:
    print("TypeError:", e)


class Big:
    def __hash__(self):
        return 2 ** 70


print(hash(Big()) == hash(2 ** 70), hash(Big()))


class MinusOne:
    def __hash__(self):
        return -1


print(hash(MinusOne()))
