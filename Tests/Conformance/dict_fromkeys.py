print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
counts = dict.fromkeys(["x", "y"], 0)
counts["x"] += 1
print(counts, type(dict.fromkeys("a")).__name__)
for bad in [lambda: dict.fromkeys(), lambda: dict.fromkeys(1), lambda: dict.fromkeys("a", 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print({}.fromkeys("ab", 1))
