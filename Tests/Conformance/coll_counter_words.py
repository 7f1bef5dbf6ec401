from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox
and the dog sleep while a quick cat watches the fox and the dog"""
words = text.split()
c = Counter(words)
print(c)
print(c.most_common(3))
print(c.most_common(1), c.most_common(0), c.most_common(-1))
print(c["the"], c["unicorn"], "unicorn" in c, len(c), c.total())
for word, n in c.most_common(5):
    print(f"{word:>6} {'*' * n}")

letters = Counter("abracadabra")
print(letters, letters.most_common())
print(sorted(letters.elements()), list(letters.elements()))
letters.update("aaz")
letters.update({"b": 5})
print(letters)
letters.subtract("abc")
letters.subtract({"z": 3})
print(letters)
print(+letters, -letters)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b)
print(a == Counter(a=3, b=1), a == {"a": 3, "b": 1, "c": 0}, a <= a + b, a < a, Counter(a=1) >= Counter())
a += b
print(a)
a -= Counter(a=10)
print(a)
a |= Counter(z=2)
a &= Counter(z=1, b=2)
print(a)
c2 = Counter()
print(c2, c2.most_common(), c2.total())
c2["x"] += 1
c2["y"] = 0
del c2["nope"]
print(c2, dict(c2), sorted(c2))
inventory = Counter(apples=5, pears=2)
inventory["apples"] -= 2
print(inventory, inventory.items(), list(inventory.keys()))
print(Counter({"x": 2, "y": 2, "z": 3}).most_common(2))
print(sum(Counter("hello world").values()), Counter("aab").copy())
for op in [lambda: Counter("a") + {"a": 1}, lambda: Counter.fromkeys("ab"),
           lambda: Counter("a") < {}, lambda: hash(Counter())]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
