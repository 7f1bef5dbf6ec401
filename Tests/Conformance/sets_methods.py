# Every method of set and frozenset, what it returns, and that the set methods take any
# iterable (several, where CPython allows) as their operands.
s = {1, 2, 3, 4}
print(s.add(5), s, s.add(1), s)
print(s.discard(9), s.discard(5), s)
print(s.remove(4), s)
print(s.pop(), s)
c = s.copy()
print(c, c == s, c is s, type(c).__name__)
print(s.clear(), s, len(s))

a = {1, 2, 3, 4, 5}
b = frozenset({4, 5, 6})
print(a.union(b), a.union([7, 8], (9,), "xy", range(2)), a.union(), a.union(a))
print(a.intersection(b), a.intersection([1, 2, 99], {2, 3}), a.intersection(), a.intersection(iter([5, 4])))
print(a.difference(b), a.difference([1], (2,), {3}), a.difference(), a.difference({k: 0 for k in [5]}))
print(a.symmetric_difference(b), a.symmetric_difference([5, 6, 7]), a.symmetric_difference("ab"))
print(a.issubset(range(10)), a.issubset([1, 2]), a.issuperset([1, 1, 2]), a.issuperset(b), a.issuperset(x for x in [3]))
print(a.isdisjoint([9, 10]), a.isdisjoint(b), a.isdisjoint(range(5, 8)), set().isdisjoint(set()), a.isdisjoint(a))

u = {1, 2}
print(u.update([3], (4, 5), {6}, "a"), u)
print(u.intersection_update(range(4), [1, 2, 3, "a"]), u)
print(u.difference_update([1], {9}), u)
print(u.symmetric_difference_update([3, 7]), u)
print(u.intersection_update(), u, u.difference_update(), u, u.update(), u)
u.symmetric_difference_update(u)
print(u)

f = frozenset("abc")
print(f.union("d"), f.intersection("ab"), f.difference("a"), f.symmetric_difference("cz"))
print(type(f.union("d")).__name__, type(f.copy()).__name__, f.copy() is f, f.issubset("abcd"), f.issuperset("a"))
print(f.isdisjoint("xyz"), type(f | {"q"}).__name__, type({"q"} | f).__name__)
print(type(set("a").union(frozenset("b"))).__name__, type(frozenset("a").union(set("b"))).__name__)

# Keys equal across types: the key already there stays.
m = {1, 2}
m.add(1.0)
m.add(True)
print(m, {1.0} | {1}, {1} | {1.0}, {True, 1}, {1, True}, {0.0} & {False, 0})
print({1, 2}.intersection([1.0]), {1, 2}.intersection({1.0, 2.0, 3.0}), {1.0, 2.0, 3.0}.intersection({1, 2}))
print({1, 2} - {1.0}, {1, 2} ^ {2.0}, {(1, 2)} | {(1.0, 2.0)}, {frozenset({1})} | {frozenset({1.0})})

# Sets as keys: a set is looked up as a frozenset of its keys.
g = {frozenset({1, 2}), frozenset()}
print({1, 2} in g, set() in g, {3} in g, {2, 1} not in g)
g.discard({1, 2})
print(g)
g.remove(set())
print(g)
h = {frozenset({"a"}): 1}
print(h[frozenset({"a"})], frozenset({"a"}) in h, {frozenset(): 0}.get(frozenset(), -1))

# Methods bound and called later, as callbacks do.
seen = set()
record = seen.add
for w in "the quick brown fox jumps over the lazy dog".split():
    record(w)
print(sorted(seen), len(seen))
forget = seen.discard
forget("the")
forget("missing")
print(sorted(seen))
