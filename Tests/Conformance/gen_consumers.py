# Generators consumed by for loops, list(), comprehensions, zip, enumerate and friends.
def count_up(n, tag=""):
    i = 0
    while i < n:
        if tag:
            print("  produce", tag, i)
        yield i
        i += 1
    if tag:
        print("  exhausted", tag)

for x in count_up(3, "for"):
    print("for got", x)
else:
    print("for-else after exhaustion")

for x in count_up(5):
    if x == 2:
        print("break at", x)
        break
else:
    print("not printed")

print(list(count_up(4)), tuple(count_up(3)), sum(count_up(5)), max(count_up(4)), min(count_up(4)))
print([x * x for x in count_up(5) if x % 2])
print({x: str(x) for x in count_up(3)})
print([(a, b) for a in count_up(2) for b in count_up(3) if a != b])
print(list(zip(count_up(3, "z1"), count_up(5, "z2"))))
print(list(enumerate(count_up(3))), list(enumerate(count_up(2), 10)))
print(list(zip(count_up(2), "abc", [True, False, None])))
print(sorted(count_up(4), reverse=True), list(reversed(list(count_up(3)))))
print(any(count_up(3)), all(count_up(3)), any(count_up(0)), all(count_up(0)))
print("joined: " + ", ".join([str(v) for v in count_up(3)]))
print(dict(zip(count_up(3), "xyz")), list(map(str, count_up(3))))
print(sorted(count_up(4), key=lambda v: -v), list(iter(count_up(2))))
print(3 in count_up(5), 7 in count_up(5))
a, b, c = count_up(3)
print(a, b, c)
first, *rest = count_up(4)
print(first, rest)
try:
    p, q = count_up(3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = count_up(2)
except ValueError as e:
    print("ValueError:", e)

# a generator is its own iterator and is consumed once
g = count_up(4)
print(iter(g) is g)
print(next(g), list(g), list(g))
h = count_up(6)
for v in h:
    if v == 2:
        break
print("resume after break:", list(h))

# nested loops over one shared generator
shared = count_up(6)
for outer_v in shared:
    for inner_v in shared:
        print("pair", outer_v, inner_v)
        break

# a pipeline
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def squares(src):
    for v in src:
        yield v * v
print(list(squares(evens(count_up(10)))))

# a lambda returning a generator
make = lambda n: count_up(n)
print(list(make(2)))

# an infinite generator with zip stops at the shorter input
def forever():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip(forever(), "abcd")))
print(list(zip("ab", forever())))
for i, v in enumerate(forever()):
    if i >= 3:
        break
    print("enum", i, v)

# next() with and without default on exhausted generators
e = count_up(1)
print(next(e), next(e, "dflt"), next(e, None))
try:
    next(e)
except StopIteration as ex:
    print("StopIteration", repr(ex))

# yield inside expressions and the values of yield
def expr_yields():
    total = (yield 1) + (yield 2)
    print("  total", total)
    x = [(yield "a"), (yield "b")]
    print("  list", x)
    yield
eg = expr_yields()
print(next(eg), eg.send(10), eg.send(20), eg.send("A"), eg.send("B"))

# yield from a non-generator iterator: send non-None fails, throw goes to the delegator
def over_list():
    try:
        yield from [1, 2, 3]
    except KeyError as ex:
        print("  delegator caught", repr(ex))
        yield "caught"
ol = over_list()
print(next(ol))
print(ol.throw(KeyError("k")))
ol2 = over_list()
next(ol2)
try:
    ol2.send("value")
except AttributeError as ex:
    print("AttributeError:", ex)
def over_str():
    r = yield from "hi"
    yield r
print(list(over_str()))
def over_dict():
    yield from {"k1": 1, "k2": 2}
print(list(over_dict()))
try:
    def over_int():
        yield from 5
    next(over_int())
except TypeError as ex:
    print("TypeError:", ex)
try:
    for v in 5:
        pass
except TypeError as ex:
    print("TypeError:", ex)
try:
    next([1])
except TypeError as ex:
    print("TypeError:", ex)
print(type(count_up(1)).__name__, type(iter([1])).__name__, type(iter(range(2))).__name__)
