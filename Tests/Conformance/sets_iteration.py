# Iterating sets: for loops, comprehensions, unpacking, the builtins that consume
# iterables, iterators over sets, and a set changing size while it is iterated.
s = {"pear", "apple", "fig", "kiwi", "plum", "date"}
for fruit in s:
    print(fruit, end=" ")
print()
print(list(s), tuple(s), sorted(s), sorted(s, key=len), sorted(s, reverse=True))
print([len(w) for w in s], {w[0] for w in s}, {w: len(w) for w in s}, list(w.upper() for w in s))
print(list(enumerate({10, 20, 30})), list(zip({1, 2, 3}, "abc")), list(map(str, {4, 5})), list(filter(None, {0, 1, 2})))
print(", ".join(s), "-".join(sorted(frozenset("cab"))), min(s), max(s, key=len), sum({1, 2}, 100))
first, *rest = {7, 8, 9}
print(first, rest)
p, q = {"only", "two"}
print(p, q)
(m,) = frozenset({42})
print(m, [*{1, 2}, *frozenset({3})], (*{5},))
def total(*args):
    return sum(args), args
print(total(*{1, 2, 3}), {k: 0 for k in {1, 2}})
it = iter({3, 1, 2})
print(next(it), next(it), next(it), next(it, "done"), list(it))
print(type(iter(set())).__name__, type(iter(frozenset())).__name__)
nested = {frozenset({1, 2}), frozenset({3}), frozenset()}
print([sorted(f) for f in nested], {x for f in nested for x in f})
grid = {(r, c) for r in range(3) for c in range(3) if (r + c) % 2 == 0}
print(grid, sorted(grid))
for r, c in sorted(grid):
    print(r, c, end="; ")
print()
seen = set()
dups = [x for x in [3, 1, 3, 2, 1, 5] if x in seen or seen.add(x)]
print(dups, seen)

# Changing size while iterating is an error; replacing a key keeps the size and is not.
t = {1, 2, 3}
try:
    for v in t:
        t.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
t = {1, 2, 3}
for v in t:
    if v == 1:
        t.discard(1)
        t.add(100)
print(t)
it = iter({1, 2})
next(it)
u = {1}
it2 = iter(u)
u.add(2)
try:
    next(it2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it2)
except RuntimeError as e:
    print("again:", e)
done = iter({1})
print(list(done), list(done))

# A suspended generator only a set holds is closed when the set goes.
def worker(name):
    try:
        yield name
    finally:
        print("closing", name)

g = worker("solo")
next(g)
holder = {g, "other"}
del g
print("before")
holder = None
print("after")
