class Verbose:
    """A data descriptor that logs every access."""

    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            print(f"  get {self.name} via class {objtype.__name__}")
            return self
        value = obj.__dict__.get(self.name, self.default)
        print(f"  get {self.name} -> {value!r}")
        return value

    def __set__(self, obj, value):
        print(f"  set {self.name} = {value!r}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print(f"  delete {self.name}")
        del obj.__dict__[self.name]


class NonData:
    """Only __get__: an instance attribute of the same name wins."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"computed {self.name} for {type(obj).__name__}"


class lazy:
    """Computes once, then caches on the instance (a non-data descriptor)."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Thing:
    colour = Verbose("grey")
    label = NonData()

    def __init__(self, n):
        self.n = n

    @lazy
    def expensive(self):
        """Slow to compute."""
        print("  computing expensive")
        return self.n ** 2


t = Thing(12)
print("colour:", t.colour)
t.colour = "red"
print("colour:", t.colour)
t.__dict__["colour"] = "blue"
print("data descriptor wins over __dict__:", t.colour)
del t.colour
print("after delete:", t.colour)
print("class access:", type(Thing.colour).__name__)

print(t.label)
t.label = "own value"
print(t.label, t.__dict__["label"])
del t.label
print(t.label)

print(t.expensive, t.expensive, "expensive" in vars(t))
print(Thing.expensive.__doc__, type(Thing.__dict__["expensive"]).__name__)
del t.expensive
print(t.expensive)


class Method:
    """A hand-made function descriptor: binds like def does."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.func
        return lambda *args: self.func(obj, *args)


class Greeter:
    def __init__(self, name):
        self.name = name

    @Method
    def greet(self, other):
        return f"{self.name} greets {other}"

    def plain(self, x):
        return (self.name, x)


g = Greeter("ann")
print(g.greet("bob"), Greeter.greet(g, "cy"))
f = Greeter.__dict__["plain"]
bound = f.__get__(g, Greeter)
print(bound(1), bound.__self__ is g, bound.__func__ is f, f.__get__(None, Greeter) is f)
print(g.plain.__name__, g.plain.__qualname__, g.plain == g.plain, g.plain is g.plain)
m = g.plain
g.name = "changed"
print(m(2))

class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value

    def __set__(self, obj, value):
        raise AttributeError(f"can't set constant to {value!r}")


class Config:
    VERSION = Constant("1.2")
    MAX = Constant(10)


cfg = Config()
print(cfg.VERSION, Config.MAX)
try:
    cfg.VERSION = "2.0"
except AttributeError as e:
    print("AttributeError:", e)
Config.MAX = 99
print(Config.MAX, type(Config.__dict__["MAX"]).__name__, cfg.MAX)

prop = property(lambda self: 42, doc="the answer")
Config.answer = prop
print(cfg.answer, Config.answer.__doc__, Config.answer.fset)
s = staticmethod(len)
c = classmethod(lambda cls: cls.__name__)
Config.size = s
Config.name = c
print(cfg.size("abcd"), Config.name(), cfg.name())
