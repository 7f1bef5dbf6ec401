from collections import defaultdict

words = ["apple", "bob", "banana", "cherry", "avocado", "blueberry", "cat"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter), len(by_letter), "a" in by_letter, "z" in by_letter)
for letter, group in sorted(by_letter.items()):
    print(letter, group)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["z"], counts)
print(sorted(counts, key=counts.get, reverse=True))

graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].add(b)
print(graph[1], graph[4], list(graph))


def tree():
    return defaultdict(tree)


t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))

d = defaultdict(None, {"x": 1})
print(d, d.default_factory)
d2 = defaultdict(str, a="1")
d2["b"] += "2"
print(d2, d2 == {"a": "1", "b": "2"}, {"a": "1", "b": "2"} == d2, d2.get("c"), d2)
d3 = d2.copy()
d3["c"] = "3"
print(d2, d3, d3.pop("c"), d3.setdefault("q", "w"), d3)
del d3["q"]
print(d3, d3.keys(), d3.values(), d3.items(), list(reversed(d3)))
print(d3 | {"z": "0"}, {"z": "0"} | d3)
d3.update({"k": "v"}, m="n")
print(d3, d3.popitem(), len(d3))
d3.clear()
print(d3, bool(d3))
dd = defaultdict(list)
dd.default_factory = lambda: "new"
print(dd["k"], dict(dd))

for op in [lambda: defaultdict(3), lambda: d["missing"], lambda: defaultdict(list)[[]],
           lambda: hash(defaultdict()), lambda: d3.pop("nope")]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
