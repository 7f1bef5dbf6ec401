from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.cache = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.cache:
            self.misses += 1
            return -1
        self.hits += 1
        self.cache.move_to_end(key)
        return self.cache[key]

    def put(self, key, value):
        if key in self.cache:
            self.cache.move_to_end(key)
        self.cache[key] = value
        if len(self.cache) > self.capacity:
            evicted = self.cache.popitem(last=False)
            print("evict", evicted)


lru = LRUCache(2)
lru.put(1, "one")
lru.put(2, "two")
print(lru.get(1))
lru.put(3, "three")
print(lru.get(2), lru.get(3))
lru.put(4, "four")
print(lru.get(1), lru.get(3), lru.get(4))
print(lru.cache, lru.hits, lru.misses)

od = OrderedDict()
print(od, repr(od), bool(od))
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od, list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("x", 1), ("y", 2)])
y = OrderedDict([("y", 2), ("x", 1)])
print(x == y, x == dict(y), dict(y) == x, x != y, x == {"x": 1, "y": 2})
print(OrderedDict.fromkeys("abc", 0), OrderedDict(a=1, b=2), x.copy(), x | {"z": 3})
print(OrderedDict(sorted({"banana": 3, "apple": 4, "pear": 1}.items(), key=lambda t: t[1])))
x.update(y=20, w=0)
x.setdefault("v", 5)
print(x, x.pop("w"), x.get("q", "none"), len(x))
del x["v"]
print(x)
for op in [lambda: OrderedDict().popitem(), lambda: OrderedDict().popitem(last=False),
           lambda: x.move_to_end("nope"), lambda: x["nope"], lambda: OrderedDict(1, 2),
           lambda: hash(x)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)


def memo_fib(n, cache=OrderedDict()):
    if n in cache:
        return cache[n]
    result = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    cache[n] = result
    if len(cache) > 5:
        cache.popitem(last=False)
    return result


print([memo_fib(i) for i in range(15)])
