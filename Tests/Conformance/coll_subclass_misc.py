from collections import OrderedDict, Counter, defaultdict, deque, namedtuple


class LRU(OrderedDict):
    def __init__(self, maxsize=2, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


c = LRU(2)
c["a"] = 1
c["b"] = 2
c["a"]
c["c"] = 3
print(c, list(c), type(c).__name__, isinstance(c, OrderedDict))


class Tally(Counter):
    def __repr__(self):
        return "Tally" + str(sorted(self.items()))


t = Tally("banana")
print(t, t["a"], t.most_common(1))


class Registry(defaultdict):
    def __missing__(self, key):
        value = self[key] = f"<{key}>"
        return value


r = Registry(None)
print(r["x"], r, len(r))


class History(deque):
    def push(self, item):
        self.append(item)
        return self


h = History([1], maxlen=2).push(2).push(3)
print(h, h.maxlen)

P = namedtuple("P", "x y")
p = P(3, 4)
print("%s-%s" % tuple(p), "{}/{}".format(*p), "{0.x}:{0.y}".format(p), (3, 4) == p, [3, 4] == list(p))


def kw(**kwargs):
    return sorted(kwargs.items())


dd = defaultdict(int, a=1, b=2)
print(kw(**dd), kw(**Counter(x=1)), kw(**OrderedDict(q=0)))
print({**dd, "c": 3}, dict(Counter("ab")), list(OrderedDict.fromkeys("mississippi")))
print(len(deque(range(100000))), sum(deque(range(1000), maxlen=10)))
print(sorted(Counter("hello").items()), max(Counter("hello").items(), key=lambda kv: kv[1]))
print(Counter("abc") == Counter("cba"), OrderedDict(a=1) == OrderedDict(a=1), deque("ab") == deque("ab"))
