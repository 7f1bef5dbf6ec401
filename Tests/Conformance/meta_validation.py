# A metaclass that checks class definitions: required methods, naming rules, auto-generated reprs.
class Interface(type):
    def __new__(mcls, name, bases, ns, required=()):
        cls = super().__new__(mcls, name, bases, ns)
        need = set(required)
        for base in bases:
            need |= getattr(base, "_required", set())
        cls._required = need
        if bases and not ns.get("abstract", False):
            missing = sorted(m for m in need if not callable(getattr(cls, m, None)))
            if missing:
                raise TypeError(f"class {name} must define {', '.join(missing)}")
        for attr in ns:
            if attr.startswith("get_") and not callable(ns[attr]):
                raise TypeError(f"{name}.{attr} looks like a method but is {type(ns[attr]).__name__}")
        if "__repr__" not in ns:
            fields = ns.get("fields", ())
            def __repr__(self):
                parts = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
                return f"{type(self).__name__}({parts})"
            cls.__repr__ = __repr__
        return cls

    def __init__(cls, name, bases, ns, required=()):
        super().__init__(name, bases, ns)


class Shape(metaclass=Interface, required=("area", "perimeter")):
    abstract = True


class Rect(Shape):
    fields = ("w", "h")

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    fields = ("w",)

    def __init__(self, side):
        super().__init__(side, side)


shapes = [Rect(2, 3), Square(4), Rect(1.5, 2)]
for s in shapes:
    print(s, s.area(), s.perimeter())
print(sorted(Shape._required), Square._required == Rect._required, type(Square).__name__)
print(sum(s.area() for s in shapes), max(shapes, key=lambda s: s.perimeter()))

try:
    class Blob(Shape):
        def area(self):
            return 0
except TypeError as e:
    print("TypeError:", e)

try:
    class Odd(Shape):
        abstract = True
        get_size = 3
except TypeError as e:
    print("TypeError:", e)


class Circle(Shape):
    fields = ("r",)

    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r ** 2, 2)


print(Circle(1))
