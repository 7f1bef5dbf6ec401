class Shape:
    count = 0

    def __init__(self):
        Shape.count += 1
        self.id = Shape.count

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def scale(self, k):
        return NotImplemented

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        fields = ", ".join(f"{k}={v}" for k, v in vars(self).items() if k != "id")
        return f"{type(self).__name__}#{self.id}({fields})"

    def __str__(self):
        return f"{type(self).__name__.lower()} with area {self.area():.2f}"


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        return type(self)(self.w * k, self.h * k)


class Square(Rectangle):
    def __init__(self, side, _unused=None):
        super().__init__(side, side)

    def scale(self, k):
        return Square(self.w * k)


class Circle(Shape):
    PI = 3.14159

    def __init__(self, r):
        super().__init__()
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        super().__init__()
        self.a, self.b, self.c = a, b, c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5


shapes = [Rectangle(3, 4), Square(2), Circle(1), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(f"{s!r:40} {s}  perimeter={s.perimeter():.2f}")
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()), sum(s.area() for s in shapes) > 20)
print([type(s).__name__ for s in sorted(shapes, key=lambda s: (-s.perimeter(), s.id))])
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s.id)
print(by_kind)
print([repr(s.scale(2)) for s in shapes if isinstance(s, Rectangle)])
print([s.scale(2) is NotImplemented for s in shapes])
print(isinstance(Square(1), Rectangle), [c.__name__ for c in Square.__mro__])
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
for bad in [Shape().area, Shape().perimeter]:
    try:
        bad()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(Shape.count, Circle.PI, Circle(2).PI is Circle.PI)


def total_area(items):
    return sum(item.area() for item in items)


class Room:
    def __init__(self, name, *parts):
        self.name = name
        self.parts = parts

    def area(self):
        return total_area(self.parts)


house = [Room("kitchen", Rectangle(3, 3)), Room("hall", Square(2), Rectangle(1, 5))]
print(total_area(house), [r.name for r in sorted(house, key=Room.area)])
