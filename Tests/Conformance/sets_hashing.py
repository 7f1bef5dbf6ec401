# hash() as CPython computes it (strings under PYTHONHASHSEED=0, as the tests run): ints
# modulo 2**61 - 1, floats as the rational numbers they are, strings by SipHash-1-3 over
# their 1, 2 or 4 bytes per character, tuples, frozensets; equal numbers hash alike.
ints = [0, 1, -1, -2, 2, 7, 10**18, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61) + 1, -(2**61), 2**63 - 1, -(2**63),
        2**64 + 5, 3**100, -(5**80), True, False]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 0.5, -1.5, 1.0, 3.0, 2.0**61, 2.0**70, -2.0**100, 1e300, 1e-300, 5e-324, 0.1, 1 / 3,
          float("inf"), float("-inf"), 123456789.125]
print([hash(f) for f in floats])
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(2.0**70), hash(-0.0) == hash(0), hash(0.5) == hash(1 / 2))
strings = ["", "a", "ab", "abc", "hello world", "x" * 100, "é", "ÿ", "café", "\x00", "Ā", "€", "日本語", "a€", "😀", "a😀",
           "€😀", "\U0010ffff", "naïve", "Straße", "ΣΑΣ"]
print([hash(s) for s in strings])
print([hash(t) for t in [(), (1,), (1, 2), (2, 1), ("a", 1.5), ((1, 2), (3,)), (1, (2, (3, (4,)))), (-1,), (-2,)]])
print(hash((1, 2)) == hash((1.0, 2.0)), hash(("a",)) == hash(("a",)))
fs = [frozenset(), frozenset({1}), frozenset({1, 2}), frozenset({2, 1}), frozenset("abc"), frozenset({(1, 2), "x", 3.5}),
      frozenset({frozenset({1}), frozenset()}), frozenset(range(100))]
print([hash(f) for f in fs])
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1, 2])), hash(frozenset({1.0})) == hash(frozenset({1})))

# Ranges hash and compare by the numbers they produce (those of under two numbers hash
# CPython's None, whose hash changes from run to run, so they are not printed).
print([hash(r) for r in [range(3), range(0, 3), range(1, 10, 2), range(10, 0, -3), range(-2**63, 2**63 - 1)]])
print({range(3): "r"}[range(0, 3, 1)], range(0) == range(5, 5), len({range(0), range(2, 2), range(1, 2), range(1, 2, 5)}))

# Hashable values as keys and elements; the unhashable ones refused.
d = {frozenset({1, 2}): "pair", (1, "a"): "tuple", 2**70: "big", 0.5: "half", "key": "str"}
print(d[frozenset([2, 1])], d[(1.0, "a")], d[2.0**70], d[1 / 2], d["k" + "ey"])
s = {frozenset({1}), (1, frozenset({2})), "s", 1, 2.5, 2**80}
print(frozenset([1]) in s, (1, frozenset([2])) in s, 2**80 in s, 2.5 in s)
for bad in ([1], {1: 2}, {1}, (1, [2]), slice(1, 2)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {bad}
    except TypeError as e:
        print("TypeError:", e)
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
def f():
    pass
print(hash(f) == hash(f), hash(f) == id(f) >> 4, {f} == {f}, len({f, f, print}))
