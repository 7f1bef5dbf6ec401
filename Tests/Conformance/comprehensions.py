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

def f(xs):
    return [1 // x for x in xs]

print(f([1, 2]))
print(f([1, 0]))
