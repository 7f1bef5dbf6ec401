# Singletons and instance caches through a metaclass __call__.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}{args}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, env="dev", debug=False):
        self.env = env
        self.debug = debug

    def __repr__(self):
        return f"Config(env={self.env!r}, debug={self.debug})"


class Logger(metaclass=Singleton):
    def __init__(self):
        self.lines = []

    def log(self, msg):
        self.lines.append(msg)


a = Config("prod", debug=True)
b = Config("test")
print(a is b, a, b)
Logger().log("one")
Logger().log("two")
print(Logger().lines, len(Singleton._instances))


class Interned(type):
    """Instances with equal arguments are the same object."""

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._cache = {}

    def __call__(cls, *args):
        try:
            return cls._cache[args]
        except KeyError:
            obj = cls._cache[args] = super().__call__(*args)
            return obj


class Point(metaclass=Interned):
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
q = Point(1, 2)
r = Point(2, 1)
print(p is q, p is r, p, r, len(Point._cache))


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*args, **kwargs)


class Job(metaclass=Counted):
    def __init__(self, name):
        self.name = name


jobs = [Job(f"job{i}") for i in range(5)]
print(Job.count, [j.name for j in jobs][-2:])


class NoInstances(type):
    def __call__(cls, *args, **kwargs):
        raise TypeError(f"{cls.__name__} is a namespace, not a class to instantiate")


class Constants(metaclass=NoInstances):
    PI = 3.14159
    E = 2.71828


print(Constants.PI, Constants.E)
try:
    Config("again", extra=1)
except TypeError as e:
    print("no error expected here", e)
print(Config())
Constants()
