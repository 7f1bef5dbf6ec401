class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


p = Point(1, 2)
print(p == Point(1, 2), Point.__hash__)
for action in [lambda: hash(p), lambda: {p: 1}, lambda: {"a": 1}.get(p), lambda: {}.setdefault(p, 0), lambda: p in {"k": 1}, lambda: hash([p]), lambda: hash((p,))]:
    try:
        print(action())
    except TypeError as e:
        print("TypeError:", e)
print(p in [Point(1, 2)], [p].count(Point(1, 2)))


class Cache:
    def __init__(self):
        self.store = {}

    def remember(self, key, value):
        self.store[key] = value
        return value


cache = Cache()
cache.remember(("a", 1), "tuple ok")
print(cache.store)
cache.remember(Point(0, 0), "boom")
