# list, tuple and dict methods; sorting with key/reverse and stability.
l = [5, 3, 8]
l.append(1); l.extend([9, 2]); l.insert(0, 7); l.insert(-1, 6); l.insert(100, 0)
print(l, len(l), l.index(8), l.count(3), l.pop(), l.pop(0), l.pop(-2), l)
l.remove(3); l.reverse()
print(l, l[::-1], l[1:3], l[-2:], l[:100], l[5:1], l[::2], l[1::3])
c = l.copy(); c.clear()
print(c, l, [1, 2] * 2, [0] * 3, [[]] * 2, [1] + [2], l == l.copy(), l is l.copy())
m = [1, 2, 3, 4, 5, 6]
m[1:3] = ["a", "b", "c"]; m[-1] = "z"; del m[0]; del m[::2]
print(m)
n = list(range(10))
n[2:8:2] = [0, 0, 0]; del n[-3:]
print(n, sum(n), min(n), max(n), sorted(n), 0 in n, n.index(0, 3))
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2][5], lambda: l.insert(),
            lambda: [1][1:2].pop(3), lambda: (1, 2).index(3), lambda: {}.popitem(), lambda: {"a": 1}["b"], lambda: [3, "a"].sort(),
            lambda: sorted([1, None]), lambda: m.__setitem__ if False else n.__len__ if False else [].pop(0)]:
    try:
        print(bad())
    except (IndexError, ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
t = (3, 1, 2, 1)
print(t.count(1), t.index(2), t[1:], t + (9,), t * 2, len(t), tuple(sorted(t)), t < (3, 2), (1, [2]) == (1, [2]))
d = {"b": 2, "a": 1}
d["c"] = 3; d["a"] = 10
print(d, list(d), d.keys(), d.values(), d.items(), "a" in d, 10 in d, len(d))
print(d.get("a"), d.get("z"), d.get("z", "dflt"), d.pop("b"), d.pop("z", None), d.setdefault("a", 0), d.setdefault("n", []), d)
d.update({"x": 1}, y=2); d.update([("w", 0)]); d.update(v=5)
print(d, d.popitem(), d)
e = dict(a=1, b=2); f = dict([("k", "v")]); g = dict(e, c=3); h = dict.fromkeys(["p", "q"], 0) if False else dict(zip("pq", [0, 0]))
print(e, f, g, h, dict(), {**e, "z": 0, **f}, e == {"b": 2, "a": 1}, e.copy() is e)
del e["a"]
print(e, list(reversed([1, 2])), {k: v for k, v in [("a", 1), ("a", 2)]}, {1: "int", 1.0: "float", True: "bool"})
nested = {"list": [1, {"deep": (2, 3)}], "tuple": (None, True), 5: -1.5}
print(nested, repr(nested), str(nested["list"]), nested["list"][1]["deep"][0])
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower if False else lambda s: s.lower()))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_age = list(records); by_age.sort(key=lambda r: r[1]); print(by_age)
by_age.sort(key=lambda r: r[1], reverse=True); print(by_age)
nums = [3, -1, 2, -3, 1, -2]
nums.sort(key=abs); print(nums)
nums.sort(key=abs, reverse=True); print(nums)
print(sorted([1.5, 1, True, 0, False, -0.5]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
print(max([("a", 2), ("b", 2)], key=lambda p: p[1]), min([("a", 2), ("b", 2)], key=lambda p: p[1]), max(3, 7, key=lambda v: -v))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [x for row in matrix for x in row], [[x * 2 for x in row] for row in matrix])
a, (b, c), *rest = [1, (2, 3), 4, 5]
print(a, b, c, rest)
*init, last = "abc"
print(init, last)
x = y = []
x.append(1)
print(x, y, x is y)
del x
print(y)
print(list(range(0)), list(range(-3)), list(range(10, 0, -3)), range(5)[2], range(1, 10, 2)[-1], len(range(0, 10, 3)), 4 in range(5), list(range(5)[1:3]))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), list(reversed(range(3))))
# argument-count errors of list and dict methods
for f in [lambda: [].append(), lambda: [].insert(1), lambda: [].index(), lambda: [].count(), lambda: {}.get(), lambda: [].extend(), lambda: [].remove(), lambda: {}.setdefault(), lambda: {}.pop(), lambda: [].pop(1,2), lambda: [].append(1, 2), lambda: {}.get(1, 2, 3), lambda: [].sort(1), lambda: [].reverse(1), lambda: {}.keys(1)]:
  try: f()
  except Exception as e: print(e)
