Point = type("Point", (), {"x": 1, "show": lambda self: f"P({self.x})"})
p = Point()
print(p.show(), Point.__name__, Point.__qualname__, type(p) is Point, Point)
Sub = type("Sub", (Point,), {"x": 2})
print(Sub().show(), Sub.__mro__)
try:
    type("X", (), {}, 5)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
