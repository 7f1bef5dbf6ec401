class Base:
    def hello(self):
        return "Base.hello"


class Child(Base):
    def hello(self):
        return "Child>" + super().hello()

    def missing(self):
        return super().nothing()

    @staticmethod
    def static():
        return super().hello()

    @classmethod
    def klass(cls):
        return super().hello


c = Child()
print(c.hello(), super(Child, c).hello(), Child.klass().__qualname__)
try:
    c.missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Child.static()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(Child, 42)
except TypeError as e:
    print("TypeError:", e)
try:
    super(5, c)
except TypeError as e:
    print("TypeError:", e)


def outside():
    return super().hello()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)


class Other:
    pass


try:
    super(Other, c)
except TypeError as e:
    print("TypeError:", e)


class Shape:
    def __init__(self, name):
        self.name = name


class Square(Shape):
    def __init__(self, side):
        super().__init__()
        self.side = side


Square(3)
