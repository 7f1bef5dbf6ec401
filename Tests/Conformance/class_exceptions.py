class AppError(Exception):
    """Base error."""

class NotFound(AppError):
    def __init__(self, key, hint=None):
        super().__init__(f"missing {key}")
        self.key = key
        self.hint = hint

class Retry(AppError):
    def __init__(self, attempts):
        self.attempts = attempts

    def __str__(self):
        return f"gave up after {self.attempts} attempts"

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(k, hint="check spelling") from e

try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.hint, e.args, repr(e))
    print(type(e.__cause__).__name__, isinstance(e, Exception), isinstance(e, NotFound))

try:
    raise Retry(3)
except (ValueError, Retry) as e:
    print("caught", e, e.args, e.attempts)

try:
    raise NotFound
except TypeError as e:
    print("TypeError:", e)

class Weird(Exception):
    pass

try:
    raise Weird("a", 1)
except Weird as e:
    print(e, e.args, str(e), repr(e))

print(issubclass(NotFound, AppError), NotFound.__mro__)
print(AppError.__doc__, NotFound.__bases__)

def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

errors = []
for n in [1, -2, 3]:
    try:
        check(n)
    except ValueError as e:
        errors.append(e)
print(errors)

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

class A(Base, tag="a"):
    pass

class B(A):
    pass

print(Base.registry, A.tag, B.tag)

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class Model:
    size = Field()

m = Model()
print(m.size)
m.size = 21
print(m.size, m._size, type(Model.size).__name__)

def register(cls):
    cls.registered = True
    return cls

@register
class C:
    pass

print(C.registered)

class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
try:
    class Bad(X, Z): pass
except TypeError as e:
    print("TypeError:", e)

class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print("TypeError:", e)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class Diamond:
    def who(self): return "Diamond"
class Left(Diamond):
    def who(self): return "Left>" + super().who()
class Right(Diamond):
    def who(self): return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self): return "Bottom>" + super().who()
print(Bottom().who(), [c.__name__ for c in Bottom.__mro__])

class Counter:
    count = 0
    def __new__(cls, *args):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
c1, c2 = Counter(1), Counter(2)
print(Counter.count, c2.v)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

def f(): pass
f.calls = 3
f.__doc__ = "doc"
print(f.calls, f.__doc__, f.__name__)

class Meta:
    def method(self): pass
print(Meta.method.__qualname__, Meta().method.__name__, Meta.__name__, Meta.__module__)
print(type(Meta()).__qualname__, Meta().__class__.__name__)
print(id(m) == id(m), id(m) != id(Model()))

class Outer:
    class Inner:
        def f(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, Outer.Inner)

raise NotFound("final", hint=1)
