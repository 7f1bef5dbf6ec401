# groupby over sorted records, the classic report-by-key recipe, and its grouper rules.
from itertools import groupby
from operator import itemgetter

sales = [
    {"region": "east", "rep": "ann", "amount": 120},
    {"region": "west", "rep": "bob", "amount": 80},
    {"region": "east", "rep": "cid", "amount": 45},
    {"region": "north", "rep": "dee", "amount": 300},
    {"region": "west", "rep": "eve", "amount": 95},
    {"region": "east", "rep": "ann", "amount": 60},
]

sales.sort(key=itemgetter("region"))
for region, rows in groupby(sales, key=itemgetter("region")):
    rows = list(rows)
    print(f"{region:>6}: {len(rows)} sales, total {sum(r['amount'] for r in rows)}")

print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print(["".join(g) for _, g in groupby("mississippi")])
print([k for k, _ in groupby([1, 1, 2, 3, 3, 3, 1])])
print(list(groupby([])))

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))

numbers = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in groupby(numbers, key=lambda n: n % 2 == 1)])

# A group is only valid until the next one starts.
groups = groupby("aabbbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
k3, g3 = next(groups)
print(k3, next(g3), next(g3, "exhausted"))
print(next(groups, "no more groups"))

it = groupby([("x", 1), ("x", 2), ("y", 3)], key=lambda p: p[0])
key, grp = next(it)
print(key, next(grp))
key, grp = next(it)
print(key, list(grp))


def runs(seq):
    """Run-length encoding."""
    return [(k, sum(1 for _ in g)) for k, g in groupby(seq)]


encoded = runs("WWWWBBBWWCCCCCCA")
print(encoded)
print("".join(ch * n for ch, n in encoded))


class Reading:
    def __init__(self, sensor, value):
        self.sensor, self.value = sensor, value

    def __repr__(self):
        return f"{self.sensor}={self.value}"


readings = [Reading("t1", 20), Reading("t1", 21), Reading("t2", 5), Reading("t1", 22)]
print([(s, list(g)) for s, g in groupby(readings, key=lambda r: r.sensor)])


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  eq {self.v} {other.v}")
        return self.v == other.v


print([len(list(g)) for _, g in groupby([1, 2, 3, 4, 5], key=lambda n: Loud(n // 2))])

try:
    groupby(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(groupby([1, "a"], key=lambda x: x + 1))
except TypeError as e:
    print(type(e).__name__, e)
