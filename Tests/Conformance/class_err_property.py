class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def radius(self):
        return self._radius

    @property
    def area(self):
        return 3 * self._radius ** 2

    @property
    def diameter(self):
        return 2 * self._radius

    @diameter.setter
    def diameter(self, value):
        self._radius = value / 2


c = Circle(2)
print(c.radius, c.area, c.diameter)
c.diameter = 10
print(c.radius, c.area)
for action in [lambda: setattr(c, "area", 5), lambda: delattr(c, "radius"), lambda: delattr(c, "diameter")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
write_only = property(None, lambda self, v: None)


class W:
    secret = write_only


try:
    W().secret
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.area).__name__, Circle.area.fset, Circle.diameter.fset.__name__)


class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def balance(self):
        return self._balance


Account(100)
