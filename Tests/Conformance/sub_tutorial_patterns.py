class LoggingDict(dict):
    def __setitem__(self, key, value):
        print(f"setting {key!r} to {value!r}")
        super().__setitem__(key, value)
    def __repr__(self):
        return f"{type(self).__name__}({super().__repr__()})"

ld = LoggingDict()
ld["a"] = 1
ld.update(b=2)   # dict.update does not call __setitem__
print(ld, ld["a"], list(ld.items()))

class History(list):
    def __init__(self, *items, limit=3):
        super().__init__(items)
        self.limit = limit
    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            del self[0]
h = History(1, 2)
for i in range(3, 7):
    h.append(i)
print(h, h.limit, vars(h))

import json, copy
class Config(dict):
    pass
c = Config(name="x", retries=3)
print(json.dumps(c, sort_keys=True), copy.copy(c), type(copy.deepcopy(c)).__name__)

class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
print(CaseInsensitive("Hello") == "hello", "hello" == CaseInsensitive("HELLO"), CaseInsensitive("a") in ["A"])

class Version(tuple):
    def __new__(cls, text):
        return super().__new__(cls, (int(p) for p in text.split(".")))
    def __str__(self):
        return ".".join(map(str, self))
vs = sorted([Version("1.10.0"), Version("1.2.3"), Version("1.2")])
print([str(v) for v in vs], Version("2.0") > Version("1.9.9"), max(vs))

class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)
    def to_f(self):
        return self * 9 / 5 + 32
print(Celsius(100).to_f(), Celsius(0) + 0.5)
try:
    Celsius(-300)
except ValueError as e:
    print("error:", e)

class Counter2(dict):
    def __missing__(self, key):
        return 0
cnt = Counter2()
for ch in "banana":
    cnt[ch] += 1
print(cnt, cnt["z"], "z" in cnt)

class Bits(int):
    def __new__(cls, value, width=8):
        self = super().__new__(cls, value)
        self.width = width
        return self
    def __str__(self):
        return format(int(self), f"0{self.width}b")
b = Bits(5)
print(b, b.width, b + 1, b | 2, b << 1, Bits(3, 4))
s = Stack = None
class Queue(list):
    pass
q = Queue()
q.extend([3, 1, 2]); q.sort()
print(q, q.index(2), q.count(1), q[::-1], type(q[:]).__name__, q.copy(), type(q.copy()).__name__)
print(isinstance(q, list), issubclass(Queue, list), Queue.__mro__)
print(list.__len__(q), dict.__getitem__(cnt, "a"), str.upper(CaseInsensitive("x")))
h2 = copy.deepcopy(h)
print(h2, type(h2).__name__, h2.limit, h2 is h)
v2 = copy.copy(Bits(6, 3))
print(v2, type(v2).__name__, v2.width)
ad = copy.copy(ld)
print(ad)
class Tags(set):
    pass
print(sorted(copy.deepcopy(Tags([3, 1]))), type(copy.copy(Tags())).__name__)
