class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3D(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3D({self.x}, {self.y}, {self.z})"


class Labelled(Point):
    pass


class WithDict:
    __slots__ = ("a", "__dict__")


p = Point(1, 2)
q = Point3D(1, 2, 3)
print(p, q, Point.__slots__, Point3D.__slots__)
print(hasattr(p, "__dict__"), hasattr(q, "__dict__"))
p.x = 10
print(p.x, getattr(p, "y"))
for target, name in [(p, "z"), (q, "w"), (p, "__dict__")]:
    try:
        setattr(target, name, 0)
    except AttributeError as e:
        print("AttributeError:", e)

r = Point.__new__(Point)
try:
    print(r.x)
except AttributeError as e:
    print("AttributeError:", e)
r.x = 5
print(r.x, hasattr(r, "y"))
del r.x
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(r, "x"))

lab = Labelled(3, 4)
lab.name = "corner"
print(lab, lab.name, vars(lab), hasattr(lab, "__dict__"))

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))


class Account:
    __slots__ = ("owner", "_balance")
    bank = "Central"

    def __init__(self, owner):
        self.owner = owner
        self._balance = 0

    @property
    def balance(self):
        return self._balance


acct = Account("ann")
print(acct.bank, acct.balance, Account.bank)
try:
    acct.bank = "Other"
except AttributeError as e:
    print("AttributeError:", e)
try:
    acct.balance = 100
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(acct)
except TypeError as e:
    print("TypeError:", e)
Account.bank = "Renamed"
print(acct.bank)

try:
    class Clash:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)

class Single:
    __slots__ = "only"

s = Single()
s.only = [1]
print(s.only, Single.__slots__)
try:
    s.other = 2
except AttributeError as e:
    print("AttributeError:", e)

points = [Point(i, i * i) for i in range(5)]
print(sorted(points, key=lambda pt: -pt.y)[:2], sum(pt.y for pt in points))
print(type(Point.__dict__["x"]).__name__, Point.x.__name__)
