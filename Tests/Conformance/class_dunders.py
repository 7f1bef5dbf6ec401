
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __iter__(self):
        yield self.x
        yield self.y
    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v * 3, 2 * v, -v, abs(w), bool(Vector(0, 0)), bool(v))
print(sum([v, w]), v == Vector(1, 2), v != w, v < w, w > v, sorted([w, v]))
print(list(v), tuple(w), *v)
x, y = w
print(x, y, f"{w:.2f}", format(v, "03d"))
d = {v: "v", w: "w"}
print(d[Vector(1, 2)], Vector(3, 4) in d, len(d))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v <= w
except TypeError as e:
    print("TypeError:", e)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __contains__(self, x):
        return x in self._items

s = Stack()
for i in range(5):
    s.push(i * i)
print(len(s), s[2], s[-1], s[1:3], 9 in s, 7 in s, bool(s), bool(Stack()))
s[0] = 100
del s[1]
print(list(s), [x for x in s], max(s))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), sum(Countdown(4)))
for i in Countdown(2):
    print("tick", i)

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))

class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return exc_type is ValueError

with Managed("a") as m:
    print("inside", m.name)
with Managed("b"):
    raise ValueError("suppressed")
print("after")

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class Unhashable:
    def __eq__(self, other):
        return True
try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError:", e)
print(Unhashable() == 5, Unhashable.__hash__)
