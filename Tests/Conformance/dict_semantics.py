# dict keys by Python equality, insertion order through deletes and re-inserts, the methods.
d = {}
for k in "abcdef":
    d[k] = ord(k)
del d["b"]; del d["d"]
d["b"] = 0; d["a"] = -1
print(d, list(d), len(d))

# 1 == 1.0 == True: one key, the first spelling kept, the last value.
n = {1: "int"}
n[1.0] = "float"; n[True] = "bool"
print(n, n[1], n[1.0], n[True], len(n))
z = {0: "zero"}
z[-0.0] = "negzero"; z[False] = "false"; z[0.0] = "pos"
print(z, -0.0 in z, 0.5 in z, len(z))
f = {0.5: "half", 2.5: "x", 10**20: "big", 2**70: "huge"}
print(f[0.5], 0.25 in f, f[1e20], f[float(2**70)], 2**70 + 1 in f, len(f))

# NaN is its own key only by identity (the same float object each time here).
nan = float("nan")
g = {nan: 1}
g[nan] = 2
print(len(g), g[nan], list(g.values()))

# tuple keys element-wise, nested, mixed with equal numbers.
t = {(1, 2): "a", (1, (2, 3)): "b", (): "empty"}
t[(1.0, 2)] = "A"; t[(True, (2.0, 3))] = "B"
print(t, t[(1, 2)], (1, (2, 3)) in t, (1, 2, 3) in t)
try:
    t[(1, [2])] = 0
except TypeError as e:
    print("TypeError:", e)
try:
    print({[1]: 2})
except TypeError as e:
    print("TypeError:", e)

# comprehension, strings, None.
c = {i % 7: i for i in range(30)}
print(c, {str(i): i * i for i in range(5)}, {None: 1, "None": 2})

# pop, popitem, setdefault, update, del.
p = {k: v for v, k in enumerate("spam")}
print(p.pop("p"), p.pop("zz", "dflt"), p, p.popitem(), p)
print(p.setdefault("s", 99), p.setdefault("q", []), p)
p.update({"m": 0, "x": 1}, y=2); p.update([("z", 3)])
del p["s"]
print(p, len(p))
try:
    p.pop("nope")
except KeyError as e:
    print("KeyError:", e)
try:
    del p["nope"]
except KeyError as e:
    print("KeyError:", e)
while p:
    print(p.popitem(), end=" ")
print(p)
try:
    p.popitem()
except KeyError as e:
    print("KeyError:", e)

# churn: delete most, re-insert, order follows the last insertion.
r = {i: i for i in range(100)}
for i in range(0, 100, 3):
    del r[i]
for i in range(0, 12, 3):
    r[i] = -i
print(len(r), list(r)[:5], list(r)[-5:], sum(r), sum(r.values()))
for _ in range(1000):
    r["k"] = 1
    del r["k"]
print(len(r), "k" in r)

# equality between dicts ignores order; values compare by ==.
a = {1: "x", 2: [1, 2], "s": (1,)}
b = {"s": (1,), 2: [1, 2], 1.0: "x"}
print(a == b, a != b, a == {1: "x"}, {} == {}, {1: 1} == {1: 1.0}, {1: 2} == {1: 3})
print(repr({"q": 'it\'s', 1.5: None, (1, "a"): {2: {}}}), str({1: [1, {2: 3}]}))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({5: 6}, c=7), {**a, 3: 4})
