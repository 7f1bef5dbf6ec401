# Operators on sets and frozensets: | & - ^ and their in-place forms, comparisons,
# membership, len, truth; which kind of set each returns; in place, the same object.
a = {1, 2, 3}
b = {3, 4}
fa = frozenset(a)
fb = frozenset(b)
print(a | b, a & b, a - b, b - a, a ^ b)
print(fa | b, fa & b, fa - b, fa ^ b, a | fb, a & fb)
print(type(fa | b).__name__, type(a | fb).__name__, type(fa & fb).__name__, type(b - fa).__name__)
print(a | a, a & a, a - a, a ^ a, fa | fa, fa - fa)

x = {1, 2, 3}
y = x
x |= {9}
print(x, y is x)
x &= {1, 9, 10}
print(x, y is x)
x -= {9}
print(x, y is x)
x ^= {1, 5}
print(x, y is x)
x |= frozenset({7})
x -= x
print(x, y is x)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
f &= {2}
f ^= {3}
f -= {9}
print(f, g)

print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} <= {1, 2})
print({1, 2} > {1}, {1} > {1}, {1} >= {1}, {3} >= {1})
print(fa == a, fa != a, a == {3, 2, 1}, a != {1, 2}, set() == frozenset(), {1} == {1.0}, {0} == {False})
print(frozenset({1}) < {1, 2}, {1} <= frozenset({1}), fa > {1}, set() < {1}, set() < set())
print({1, 2} == [1, 2], {1} != "1", {1} == None, [{1}] == [{1}], ({1}, 2) == ({1}, 2), {"k": {1}} == {"k": frozenset({1})})
print(1 in a, 4 in a, 4 not in a, "x" in a, (1, 2) in {(1, 2)}, 2.0 in a, True in a, frozenset() in {frozenset()})
print(len(a), len(set()), len(fa), bool(a), bool(set()), bool(frozenset()), not set(), not a)
if a and not set():
    print("truth")
print(sorted([{3}, {1, 2}, {1}], key=len), max([{1}, {1, 2}], key=len), min({5, 3, 9}), max(frozenset("hello")))
print(sorted([{1}, {1, 2}, set()]), [{1, 2}, {1}].count({1}), [{1}, {2}].index({2}), {1} in [{1}], {2} in ({1},))
print(sum({1, 2, 3}), sum(frozenset({0.5, 1.5}), 10), any({0, False}), all({1, "x"}), all(set()))
