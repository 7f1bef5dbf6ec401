# abc.ABCMeta is a real metaclass: type(), __mro__, metaclass=ABCMeta and subclassing ABCMeta.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


class Storage(metaclass=ABCMeta):
    @abstractmethod
    def save(self, key, value):
        ...

    @abstractmethod
    def load(self, key):
        ...


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def save(self, key, value):
        self.data[key] = value

    def load(self, key):
        return self.data[key]


print(type(Shape), type(Square), type(Storage), type(ABC), isinstance(Square, ABCMeta))
print(Square.__mro__, Storage.__mro__)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
m = MemoryStorage()
m.save("k", 42)
print(m.load("k"), sorted(Storage.__abstractmethods__), isinstance(m, Storage))


class PluginMeta(ABCMeta):
    plugins = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if not cls.__abstractmethods__:
            mcls.plugins.append(name)
        return cls


class Plugin(metaclass=PluginMeta):
    @abstractmethod
    def run(self):
        ...


class Hello(Plugin):
    def run(self):
        return "hello"


print(PluginMeta.plugins, type(Hello).__name__, Hello().run())
for cls in (Shape, Storage, Plugin):
    try:
        cls()
    except TypeError as e:
        print(e)


class Half(Storage):
    def save(self, key, value):
        pass


Half()
