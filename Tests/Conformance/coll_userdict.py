from collections import UserDict


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


d = LowerDict({"A": 1}, B=2)
print(d, d.keys(), d.items(), d.values(), d == {"a": 1, "b": 2}, d.data)
print(d["A"], d["a"], "B" in d, "zz" in d, len(d), list(d))
d.update(C=3)
print(d.setdefault("Q", 0), d)
print(d.pop("a"), d.popitem(), len(d), d.get("zz"), d.get("C"), list(d))
for op in [lambda: d.pop("nope"), lambda: UserDict().popitem(), lambda: hash(d), lambda: d["x"]]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(d | {"z": 1}, {"z": 1} | d, type(d | {}).__name__, d.copy(), type(d.copy()).__name__)
print(UserDict.fromkeys("ab", 0), dict(d), sorted(d.items()), ("c", 3) in d.items(), 3 in d.values())


class Defaulting(UserDict):
    def __missing__(self, key):
        return f"no {key}"


m = Defaulting(x=1)
print(m["x"], m["y"], m.get("y"), m, len(m))


class Tracking(UserDict):
    def __init__(self, *args, **kwargs):
        self.writes = 0
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)


t = Tracking({"a": 1}, b=2)
t["c"] = 3
t.update({"a": 10})
t |= {"d": 4}
print(t, t.writes)
t2 = t.copy()
t2["e"] = 5
print(t, t2, t2.writes, type(t2).__name__)
t.clear()
print(t, len(t), bool(t))
