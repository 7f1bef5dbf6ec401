# The dispatch loop's shortcuts for classes (attribute caches, calls run in the caller's
# loop, `__init__`, properties and operators entered directly) must behave exactly as the
# general paths: errors, tracebacks, recursion, shadowing, class changes, NotImplemented.



class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return Point(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        return ("radd", other)

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scale(self, k):
        return Point(self.x * k, self.y * k)


p = Point(1, 2)
q = Point(3, 4)
for _ in range(3):
    print(p + q, p.norm1, p.scale(2), p == q, p == Point(1, 2))
print(5 + p)
try:
    print(p + 5)
except TypeError as e:
    print("TypeError:", e)
acc = Point(0, 0)
for i in range(5):
    acc += Point(i, -i)
print(acc)

# An instance attribute shadows a method after the cache saw the method.
def call_scale(obj):
    return obj.scale(3)

print(call_scale(p))
p.scale = lambda k: ("shadowed", k)
print(call_scale(p))
del p.scale
print(call_scale(p))

# A class changed after the sites were filled.
def describe(obj):
    return obj.kind

class Animal:
    kind = "animal"

a = Animal()
print(describe(a))
Animal.kind = "beast"
print(describe(a))
a.kind = "own"
print(describe(a))
del a.kind
print(describe(a))
Animal.kind = property(lambda self: "computed")
print(describe(a))

# Attribute order differs between instances of one class.
class Bag:
    pass

def fill(b, first, second):
    setattr(b, first, 1)
    setattr(b, second, 2)
    return b

def total(b):
    return b.x * 10 + b.y

for first, second in [("x", "y"), ("y", "x"), ("x", "y")]:
    print(total(fill(Bag(), first, second)))

# __dict__ mode, __getattribute__, __getattr__ after a property's AttributeError.
b = fill(Bag(), "x", "y")
b.__dict__["x"] = 7
print(total(b))

class Logged:
    def __init__(self):
        self.v = 1
    def __getattribute__(self, name):
        return ("got", name, object.__getattribute__(self, name))

lg = Logged()
for _ in range(2):
    print(lg.v)

class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return ("fallback", name)

fb = Fallback()
for _ in range(2):
    print(fb.broken, fb.other)

# __slots__ through inheritance.
class Base:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a

class Child(Base):
    __slots__ = ("b",)
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def both(self):
        return self.a + self.b

c = Child(1, 2)
for _ in range(2):
    print(c.both())
del c.b
try:
    c.both()
except AttributeError as e:
    print("AttributeError:", e)

# __init__ must return None.
class Bad:
    def __init__(self):
        return 1

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

# Errors raised deep in calls the loop entered, caught by a caller, with the handler's state.
def inner(n):
    if n == 0:
        raise ValueError("bottom")
    return inner(n - 1) + 1

def middle():
    try:
        return inner(5)
    except ValueError as e:
        return f"caught {e}"

print(middle())

# The recursion limit, reached by plain calls and by methods.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def depth(self):
        return 1 if self.nxt is None else 1 + self.nxt.depth()

n = None
for _ in range(500):
    n = Node(n)
print(n.depth())

# Generators held only by a call's arguments are closed when it returns.
def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print("closed", tag)

def take_one(g):
    return next(g)

print(take_one(gen("arg")))
print("after")

class Holder:
    def __init__(self, g):
        self.g = g

h = Holder(gen("held"))
print(next(h.g))
h = None
print("end")

# len() through __len__ entered directly: ints, bools, and CPython's errors.
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

for n in [3, True, 0]:
    print(len(Sized(n)))
for bad in [-1, "x", 2 ** 70]:
    try:
        len(Sized(bad))
    except Exception as e:
        print(type(e).__name__, e)

# Instances with more attributes than are kept in place, deleted and set again, and
# their __dict__ (its order is the order they were set).
class Wide:
    def __init__(self):
        self.a, self.b, self.c, self.d, self.e, self.f = range(6)
    def total(self):
        return self.a + self.b + self.c + self.d + self.e + self.f

w = Wide()
for _ in range(2):
    print(w.total(), vars(w))
del w.b
w.g = 10
try:
    w.total()
except AttributeError as e:
    print("AttributeError:", e)
w.b = 100
print(w.total(), list(vars(w)))
w.__dict__["a"] = -1
print(w.total(), w.a)
del w.e, w.f
w.f = 5
w.e = 4
print(w.total(), list(w.__dict__))
