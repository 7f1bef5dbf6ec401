# Defaults evaluated once, closures, dict order after deletes, formatting and rounding corners.
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]


print([f(10) for f in make_adders()])


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2))
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
d["b"] = 4
d.update(z=0)
print(d, list(d), d.pop("a"), d)
print(sorted(d.items(), key=lambda kv: kv[1]))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print(f"{'x':*^9}|{3.14159:+.2e}|{12345678:_d}|{0.000012:g}|{1e22:g}|{-0.0:.1f}")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), int(-3.9), 7 // -2, -7 % 3)
print(1 if [] else 2, [] or "empty", 0 and 1, not None)
s = "The quick brown fox"
print(s.split(maxsplit=2), s.rsplit(" ", 1), s.title(), s.count("o"), s.find("q"), s.index("b"))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", [1, 2])), list(enumerate("xy", 1)))
a, (b, c), *rest = 1, (2, 3), 4, 5
print(a, b, c, rest)
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, nums[::-2], nums[-1:0:-1], max(nums, key=lambda v: -v), min([], default="none"))
x = 10


def outer():
    x = 20

    def inner():
        nonlocal x
        x += 1
        return x
    return inner() + inner()


print(outer(), x)


def counter():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        elif cmd is not None:
            count += cmd


c = counter()
print(next(c), c.send(5), c.send(3), c.send("reset"), next(c))
print(isinstance(c, type(c)), type(c).__name__, callable(counter), hex(255), bin(-5), oct(64))
print(2 ** 0.5, 10 / 3, 1e300 * 1e300, -1e300 * 1e300, float("nan") != float("nan"))
print(str(1.0), repr(1e-7), 1.5e16, 123456789012345678, 3 * "ab", [0] * 3)
