# List and dict comprehensions are functions of their own, as in CPython 3.11: closures
# over the comprehension's variable see its last value, the variable does not leak into
# the enclosing scope, nested comprehensions and generator expressions read the outer
# one's variables, and a traceback through one has a <listcomp> frame.
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
rows = [[1, 2], [3, 4]]
print([sum(a * b for a in row) for b in (1, 10) for row in rows])
print({k: [k * j for j in range(k)] for k in range(4)})
x = "outer"
print([x for x in "ab"], x)
def f():
    y = 5
    return [y + i for i in range(3)], {i: y for i in range(2)}
print(f())
def g():
    acc = []
    for n in range(3):
        acc.append([lambda: n * m for m in range(2)])
    return [[h() for h in hs] for hs in acc]
print(g())

print([[i * j for j in range(3)] for i in range(3)])
def shadows(x):
    return [x for x in range(x)]
print(shadows(4))
def g():
    yield [x * x for x in range(3)]
    yield {k: v for k, v in zip("ab", [1, 2])}
print(list(g()))
h = lambda n: [i for i in range(n) if i % 2]
print(h(7))
def later():
    return [n * k for n in range(3)]
k = 10
print(later())
print([x for x in range(10) if x in [y * 2 for y in range(5)]])
def counter():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(i) for i in range(4)]
print(counter())
data = {"a": [1, 2], "b": [3]}
print(sorted((k, sum(v)) for k, v in data.items()))
print([(i, j) for i in range(3) for j in range(i)])
print([c for c in "hello" if c not in "l"])
def gen_in_comp():
    def inner(n):
        for i in range(n):
            yield i
    return [list(inner(n)) for n in range(3)]
print(gen_in_comp())

def f(xs):
    return [1 // x for x in xs]

print(f([1, 2]))
print(f([1, 0]))
