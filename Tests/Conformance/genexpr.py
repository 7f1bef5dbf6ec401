# Generator expressions: a generator function of its own (`<genexpr>`, qualified by the
# enclosing function), the first iterable evaluated at once and the rest lazily, late
# binding of the names it reads, the generator protocol, and a traceback through it.
print(sum(x * x for x in range(10)))
g = (i + 1 for i in range(3))
print(g.__name__, g.__qualname__, type(g).__name__)
print(next(g), list(g))
print(list((a, b) for a in range(3) if a != 1 for b in "xy" if b < "z"))
n = 10
print(max(n * k for k in [1, 2, 3]))

def outer(k):
    base = k * 100
    gen = (base + j for j in range(k))
    print(gen.__qualname__)
    return list(gen)
print(outer(3))

def lazy():
    xs = [1, 2, 3]
    g = (x * 2 for x in xs)
    xs.append(4)
    return list(g)
print(lazy())

def late():
    m = 1
    g = (x * m for x in range(3))
    m = 5
    return list(g)
print(late())

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

g2 = (1 / x for x in [1, 0])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g2, "done"))

g3 = (x for x in range(5))
print(g3.send(None))
g3.close()
print(list(g3))

print(sorted((x % 3, x) for x in range(6)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(", ".join(str(x) for x in range(4)))
print(dict((k, k * k) for k in range(3)))
print(tuple(c.upper() for c in "abc"))
print([y for y in (x * 3 for x in range(4)) if y % 2 == 0])


print(sum(sum(y for y in range(x)) for x in range(5)))
pairs = [(1, "a"), (2, "b")]
print(list(f"{b}{a}" for a, b in pairs))
def deleg():
    yield from (x * 10 for x in range(3))
    return "r"
print(list(deleg()))
k = 2
g = (x ** k for x in range(4))
k = 3
print(list(g))
def closure_in():
    fs = list((lambda v: v + i) for i in range(3))
    return [f(10) for f in fs]
print(closure_in())
def mk():
    return (c for c in "hi")
h = mk()
print(next(h), h.gi_running)
print(list(zip((a for a in range(3)), (b for b in "xyz"))))
print(list(enumerate(x for x in "ab")))
it = iter([1, 2, 3])
print(list(x for x in it), list(it))

def f(xs):
    return list(10 // x for x in xs)

print(f([1, 2]))
print(f([1, 0]))
