# Expressions, statements and builtins a scheduling program uses.
x = 7
y = 2
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x // y, -x % y)
print(7.5 // 2, -7.5 % 2, 2 ** -1, 10 ** 20, 2 ** 64 - 1, -(2 ** 63))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(0.1 + 0.2, 1e16, 1e-5, 1.5e300 * 1e10, 123456789.0, 1/3, 2.0, -0.0)
print(True + True, True and 0, None or "x", not [], 5 if x > 3 else 6)
s = "Hello, World"
print(s.upper(), s.lower(), s.split(", "), s.replace("l", "L"), s[0], s[-1], s[1:5], s[::-1], len(s))
print("{} and {}".format(1, "two"), "{0}{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print(f"{x} {y:>4} {x/y:.3f} {s!r} {x=} {'q'}")
print(f"{1234567:,} {0.5:%} {255:x} {255:#o} {3.14159:10.2f}|{'left':<8}|{'mid':^9}|")
l = [3, 1, 2]
l.append(5)
l.sort()
print(l, sorted(l, reverse=True), l[1:3], l * 2, l + [9], 3 in l, 4 not in l)
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z", 0), len(d))
for k, v in d.items():
    print(k, v, end="; ")
print()
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -1)))
print(sum([1, 2, 3]), min(3, 1, 2), max([4, 9, 2]), abs(-3), round(2.5), round(3.14159, 2), round(7))
print(list(enumerate("ab")), list(zip([1, 2], "xy")), [i * i for i in range(5) if i % 2 == 0])
print({k: v * 2 for k, v in d.items()}, isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)))
print(str(1), repr("x"), int("42"), float("1.5"), bool(0), list("abc"), tuple([1]), type(1), type("s").__name__)
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
t = (1,)
print(t, (), (1, 2))
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1), f(1, 5, 6, 7, c=8, z=9), f(*[1, 2, 3], **{"c": 4}))
g = lambda v: v * 10
print(g(3), list(map(g, [1, 2])))
total = 0
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
    total += i
else:
    print("no")
print(total)
for n in range(3):
    pass
else:
    print("for-else ran", n)
def outer():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    bump()
    return bump()
print(outer())
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
print("%s is %d years and %.2f%%" % ("Bob", 42, 99.5), "%5s|%-5s|" % ("a", "b"))
print(divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000), hex(255), bin(5), oct(8), chr(65), ord("A"))
print(", ".join(["a", "b"]), "  pad  ".strip(), "x".center(5, "*"), "7".zfill(3), "a,b,,c".split(","))
print(any([0, 1]), all([1, 0]), list(reversed([1, 2, 3])), sorted("bca"), max("abc", key=lambda c: -ord(c)))
print(10 ** 30 // 7, 2 ** 100 % 1000, -(10 ** 25), 10 ** 25 * 3.0)
