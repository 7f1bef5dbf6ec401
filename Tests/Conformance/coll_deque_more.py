from collections import deque

d = deque(range(10), maxlen=5)
print(d, d.maxlen, len(d))
d.rotate(2)
print(d)
d.extendleft(d)
print(d)
d.extend(d)
print(d)
e = deque("abcdef")
print(e.index("c"), e.index("c", 1), e.index("e", -3), e.index("a", -100, 3))
for args in [("c", 3), ("c", 0, 2), ("z",)]:
    try:
        print(e.index(*args))
    except ValueError as err:
        print("ValueError", err)
e.insert(-1, "X")
e.insert(100, "END")
e.insert(-100, "START")
print(e)
del e[-1]
del e[0]
e[-1] = "last"
print(e, e[len(e) - 1], e.count("a"), e.count("zz"))
print(deque([1, 2, 3]) <= deque([1, 2, 3]), deque([1, 2]) > deque([1]), deque() == deque([], maxlen=3))
print(deque([[1], [2]]) == deque([[1], [2]]), [1, 2] == deque([1, 2]), deque([1, 2]) != [1, 2])
print(3 * deque([0], maxlen=2), deque("ab") + deque("cd", maxlen=1), deque(deque("xy")))
r = deque(range(7))
for n in (1, -1, 3, -10, 7, 0):
    r.rotate(n)
    print(n, list(r))
g = (x * x for x in range(5))
print(deque(g), deque({"b": 1, "a": 2}), deque("hi", maxlen=None))
s = deque()
s.extendleft(range(4))
print(s, list(reversed(s)), s.pop(), s.popleft(), s)
s.clear()
print(s, len(s), not s)
print(repr(deque([deque([1])], maxlen=1)), str(deque(["a", None, 1.5])))
w = deque([1, 2, 3])
it = iter(w)
print(next(it))
w.appendleft(0)
try:
    next(it)
except RuntimeError as err:
    print("RuntimeError", err)
v = deque([5, 6])
for x in v:
    v[0] = 9
print(v)
print(sorted(deque([3, 1, 2])), max(deque("hello")), list(enumerate(deque("ab"))))
