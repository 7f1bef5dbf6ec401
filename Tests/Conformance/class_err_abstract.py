class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area()}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Blob(Shape):
    pass


print(Square(3).describe())
try:
    Square(3).perimeter()
except NotImplementedError as e:
    print("NotImplementedError:", repr(e), e.args)
try:
    Blob("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError, bool(NotImplemented) if False else "")
shapes = [Square(2), Blob("b")]
for s in shapes:
    print(s.describe())
