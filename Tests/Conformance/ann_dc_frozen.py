from dataclasses import dataclass, field, FrozenInstanceError, replace, astuple


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx: int, dy: int) -> "Point":
        return replace(self, x=self.x + dx, y=self.y + dy)


grid = {Point(0, 0): "origin", Point(1, 2): "a", Point(3): "b"}
print(grid)
print(grid[Point(1, 2)], Point(3, 0) in grid, Point(9, 9) in grid)
print(hash(Point(1, 2)) == hash((1, 2)), hash(Point(1, 2)) == hash(Point(1, 2)))
print({Point(1, 1), Point(1, 1), Point(2, 1)} == {Point(1, 1), Point(2, 1)})
p = Point(1, 2)
print(p.moved(1, 1), p)
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)
visited = set()
for step in [Point(0, 0), Point(0, 1), Point(0, 0), Point(1, 1)]:
    if step in visited:
        print("seen", step)
    visited.add(step)
print(sorted(visited, key=astuple))


@dataclass(frozen=True)
class Point3(Point):
    z: int = 0


q = Point3(1, 2, 3)
print(q, q == Point3(1, 2, 3), q == Point(1, 2), hash(q) == hash((1, 2, 3)))


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: float = field(default=1.0, hash=False)


t = Tag("x")
print(hash(t) == hash(("x",)), {t: 1})
t.weight = 2.0
print(t)


@dataclass(eq=False)
class Node:
    label: str


n1, n2 = Node("a"), Node("a")
print(n1 == n2, n1 == n1, len({n1, n2}))


@dataclass
class Custom:
    v: int

    def __hash__(self):
        return 42


print(hash(Custom(1)))

try:
    @dataclass
    class Bad(Point):
        w: int = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(frozen=True)
    class Bad2(Tag):
        w: int = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(unsafe_hash=True)
    class Bad3:
        v: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)
