class Broken:
    def __init__(self, value):
        self.value = value
        return value * 2


try:
    Broken(3)
except TypeError as e:
    print("TypeError:", e)


class Empty:
    pass


for args, kwargs in [((1,), {}), ((), {"x": 1}), ((1, 2), {})]:
    try:
        Empty(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


attempts = [lambda: Point(1), lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, 2, x=5), lambda: Point(y=1)]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)


class KwOnly:
    def __init__(self, *, name, size=1):
        self.name = name


for attempt in [lambda: KwOnly("x"), lambda: KwOnly(), lambda: KwOnly(name="a", colour="b")]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)


class Misspelled:
    def __int__(self, value):
        self.value = value


try:
    Misspelled(5)
except TypeError as e:
    print("TypeError:", e)


class Returns:
    def __init__(self):
        return None


print(type(Returns()).__name__)


class Config:
    def __init__(self, path):
        self.path = path
        return self.load()

    def load(self):
        return {"path": self.path}


Config("app.ini")
