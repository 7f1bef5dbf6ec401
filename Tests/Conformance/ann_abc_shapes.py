from abc import ABC, ABCMeta, abstractmethod



class Shape(ABC):
    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    def area(self) -> float:
        """The surface."""

    @abstractmethod
    def perimeter(self) -> float:
        ...

    @property
    @abstractmethod
    def sides(self) -> int:
        ...

    def describe(self) -> str:
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f} sides={self.sides}"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.141592653589793 * self.r ** 2

    def perimeter(self) -> float:
        return 2 * 3.141592653589793 * self.r

    @property
    def sides(self) -> int:
        return 0


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)

    @property
    def sides(self) -> int:
        return 4


class Square(Rect):
    def __init__(self, s: float) -> None:
        super().__init__(s, s)
        self.name = "square"


class HalfDone(Shape):
    def area(self) -> float:
        return 0.0


for shape in [Circle(1.5), Rect(2, 3), Square(4)]:
    print(shape.describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
for cls, args in [(Shape, ("s",)), (HalfDone, ("h",))]:
    try:
        cls(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(Square(1), Shape), issubclass(Circle, ABC), Shape.area.__isabstractmethod__)
print(getattr(Circle.area, "__isabstractmethod__", False))


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self, data: list) -> list:
        ...

    @classmethod
    def create(cls):
        return cls()


class Upper(Plugin):
    def run(self, data: list) -> list:
        return [d.upper() for d in data]


print(Upper.create().run(["a", "b"]))
try:
    Plugin.create()
except TypeError as e:
    print(type(e).__name__, e)


class Base(ABC):
    @abstractmethod
    def step(self):
        return "base step"


class Impl(Base):
    def step(self):
        return "impl + " + super().step()


print(Impl().step())


class Repository(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
    @abstractmethod
    def delete(self, key): ...


class Partial(Repository):
    def get(self, key):
        return None


try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)


class Memory(Partial):
    def __init__(self):
        self.data = {}

    def put(self, key, value):
        self.data[key] = value

    def delete(self, key):
        del self.data[key]

    def get(self, key):
        return self.data.get(key)


m = Memory()
m.put("k", 1)
print(m.get("k"), m.data)
