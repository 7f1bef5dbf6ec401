# typing.NamedTuple classes: fields from annotations, defaults, methods, and the namedtuple API.
from typing import NamedTuple, Optional
import math


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def distance(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)

    def __str__(self):
        return f"({self.x}, {self.y})"

    @property
    def norm(self):
        return math.hypot(self.x, self.y)

    @classmethod
    def origin(cls):
        return cls(0.0, 0.0)


p = Point(3.0, 4.0)
q = Point(1.5)
print(p, repr(p), q, repr(q))
print(p.x, p[1], p.norm, p.distance(Point.origin()), len(p), list(p))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._asdict(), p._replace(y=-1.0), Point._make([7, 8]))
x, y = p
print(x + y, p == Point(3.0, 4.0), p == (3.0, 4.0), hash(p) == hash((3.0, 4.0)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.__name__, Point.__doc__, Point(y=2, x=1))


class Employee(NamedTuple):
    """An employee record."""
    name: str
    dept: str
    salary: int = 50_000
    manager: Optional[str] = None

    def raise_by(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))


staff = [Employee("ann", "eng", 120_000), Employee("bob", "ops", manager="ann"), Employee("cy", "eng")]
for e in staff:
    print(e)
print(Employee.__doc__, Employee._field_defaults)
print(max(staff, key=lambda e: e.salary).name, staff[1].raise_by(10))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)

Pair = NamedTuple("Pair", [("left", int), ("right", int)])
print(Pair(1, 2), Pair._fields, Pair.__annotations__)

try:
    Employee()
except TypeError as e:
    print(e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print(e)
p.x = 5
