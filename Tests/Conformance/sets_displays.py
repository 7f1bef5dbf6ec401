# Set displays, set comprehensions, set() and frozenset(), and how they print. Displays
# of more than two constants are built from a frozenset constant, as CPython compiles
# them, which lays out their tables (and so orders them) differently from adding.
print({1, 2, 3}, {3, 2, 1}, {"b", "a"}, {(1, 2), (0, 1)})
print({16, 3, 1, 2, 4}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 40, 33, 17})
print({"alpha", "beta", "gamma", "delta", "epsilon", "zeta"})
print({-1, -2, -3, 8, 16, 24, 32}, {1 << 0, 1 << 4, 1 << 8, 1 << 12, 1 << 16, 2 ** 40})
print({0.5, 1.5, 2.25, -0.0, 8.0, 1e100}, {None}, {True, 1, 1.0}, {1.0, True, 1})
print({(1, "a"), (2, "b"), (3, "c"), (4, "d"), (5, "e")}, {..., ...})
x, y, z = 7, 23, 39
print({x, y, z, 55, 71}, {z, y, x}, {x})
a = [5, 21, 37, 53]
print({*a}, {*a, 69}, {0, *a}, {*a, *range(3)}, {*"hello"}, {*{"k": 1, "j": 2}})
print({n % 5 for n in range(20)}, {c for c in "mississippi"}, {(i, j) for i in range(3) for j in range(i)})
print({w.upper() for w in ["a", "bb", "a"] if w}, {i: 1 for i in {3, 1, 2}})
print(set(), frozenset(), set([]), set(()), set(""), frozenset(set()))
print(set([3, 1, 3, 2]), set((9, 8)), set("banana"), set(range(10, 60, 7)), set({"x": 1, "y": 2}))
print(set(i * 3 for i in range(8)), frozenset([1, 2, 2]), frozenset("ab"), frozenset({4: 0, 5: 0}))
print(frozenset({frozenset({1}), frozenset()}), {frozenset({1, 2}), frozenset({3})})
print(repr({"it's", 'say "hi"'}), str({1}), str(frozenset({2})), [{1}, frozenset()], ({2},), {"k": {3}})
print(f"{ {1, 2} }", f"{frozenset({3})!r}", "{}".format({4}), "%s" % ({5},), format({6}))
print(type({1}), type({1}).__name__, type(frozenset()).__name__, type(set()) is set, isinstance({1}, set))
print(isinstance(frozenset(), set), isinstance(frozenset(), frozenset), isinstance(set(), (frozenset, set)))
print(set, frozenset, repr(set), set.__name__, frozenset.__name__)
big = set(range(1000))
print(len(big), 999 in big, 1000 in big, {*big} == big)
s = {"é", "ß", "€", "日本", "😀", "a😀", "ÿ"}
print(s, sorted(s))
print({1, 2} == {2, 1}, {1} == frozenset({1}), set() == frozenset(), {1} == [1], {1} != (1,))
fs = frozenset({1, 2})
print(frozenset(fs) is fs, set(fs) is fs, fs.copy() is fs, frozenset(fs) == fs)
# A loop or comprehension over a display of constants runs over the compiler's frozenset
# constant itself; equal constants in a module share the first one made.
for v in {-1, -2, -3, 8, 16, 24, 32}:
    print(v, end=" ")
print()
print([v for v in {-1, -2, -3, 8, 16, 24, 32}], {v for v in {1, 9}}, [v for v in {9, 1}])
print({-3, 16, -1, 24, -2, 8, 32}, {32, 24, 16, 8, -1, -2, -3})
print(5 in {1, 5, 9}, 7 not in {1, 5, 9}, [n for n in range(12) if n in {3, 6, 9}])
def inner():
    return {8, 16, 24, 32, -3, -2, -1}, [v for v in {-2.5, -1.5, 7.0, 15.0, 23.0}]
print(inner())
