class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print(f"creating the one {cls.__name__}")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print(f"__init__ runs again with {value!r}")
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value, Singleton._instance is a)


class Logger(Singleton):
    _instance = None


log = Logger("file")
print(log is a, isinstance(log, Singleton), Logger._instance is log, Singleton._instance is a)


class Interned:
    _cache = {}
    created = 0

    def __new__(cls, name):
        key = name.lower()
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.name = key
            cls._cache[key] = obj
            cls.created += 1
        return cls._cache[key]

    def __repr__(self):
        return f"Interned({self.name!r})"


x, y, z = Interned("Alpha"), Interned("ALPHA"), Interned("beta")
print(x is y, x is z, x, z, Interned.created, sorted(Interned._cache))


class Positive:
    def __new__(cls, value):
        if value <= 0:
            return None
        return super().__new__(cls)

    def __init__(self, value):
        print("init", value)
        self.value = value


print(Positive(5).value, Positive(-1))


class Other:
    def __init__(self, *args):
        print("Other.__init__ should not run")


class Factory:
    def __new__(cls, kind):
        if kind == "list":
            return [kind]
        if kind == "other":
            return Other.__new__(Other)
        return super().__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__", kind)
        self.kind = kind


print(Factory("list"), type(Factory("other")).__name__, Factory("self").kind)


class Meters:
    __slots__ = ("value",)

    def __new__(cls, value):
        self = object.__new__(cls)
        self.value = float(value)
        return self

    def __add__(self, other):
        return Meters(self.value + other.value)

    def __repr__(self):
        return f"{self.value}m"


print(Meters(3) + Meters("2.5"), Meters.__new__(Meters, 7))


class Counted:
    live = 0

    def __new__(cls, *args, **kwargs):
        cls.live += 1
        return super().__new__(cls)

    def __init__(self, label, *, loud=False):
        self.label = label.upper() if loud else label


c1 = Counted("a")
c2 = Counted("b", loud=True)
print(Counted.live, c1.label, c2.label)
try:
    Counted()
except TypeError as e:
    print("TypeError:", e, Counted.live)
print(type(Counted.__dict__["__new__"]).__name__, Counted.__new__ is Counted.__dict__["__new__"].__func__)
