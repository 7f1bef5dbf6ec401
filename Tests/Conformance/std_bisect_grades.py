# bisect: grading tables, sorted inserts, and key= lookups (3.10+).
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    i = bisect.bisect(breakpoints, score)
    return grades[i]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2), bisect_right(a, 4, hi=4), bisect_right(a, 4, lo=6))
print(bisect_left(a, 4, lo=10), bisect_right([], 3), bisect_left(a, 4, 5, 2))

ordered = []
for value in [5, 1, 4, 1, 3, 9, 2, 6]:
    insort(ordered, value)
    print(ordered)
insort_left(ordered, 4)
insort_right(ordered, 4.0)
insort_left(ordered, 4.0)
print(ordered, [type(v).__name__ for v in ordered])


class Entry:
    def __init__(self, time, label):
        self.time, self.label = time, label

    def __repr__(self):
        return f"{self.label}@{self.time}"


schedule = []
for time, label in [(10, "standup"), (9, "coffee"), (13, "lunch"), (10, "email"), (17, "gym"), (9, "mail")]:
    insort(schedule, Entry(time, label), key=lambda e: e.time)
print(schedule)
times = [e.time for e in schedule]
print(bisect_left(schedule, 10, key=lambda e: e.time), bisect_right(schedule, 10, key=lambda e: e.time))
print(schedule[bisect_left(schedule, 12, key=lambda e: e.time):])

records = [("alice", 31), ("bob", 27), ("carol", 45), ("dave", 27)]
records.sort(key=lambda r: r[1])
print(records, bisect_left(records, 27, key=lambda r: r[1]), bisect_right(records, 30, key=lambda r: r[1]))
insort_left(records, ("eve", 27), key=lambda r: r[1])
print(records)


def find_le(a, x):
    i = bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError(f"no value <= {x}")


def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError(f"no value >= {x}")


prices = [10, 20, 35, 50]
print(find_le(prices, 36), find_ge(prices, 36), find_le(prices, 10))
for f, x in [(find_le, 5), (find_ge, 51)]:
    try:
        f(prices, x)
    except ValueError as e:
        print(type(e).__name__, e)

words = sorted(["pear", "apple", "fig", "banana"])
print(words, bisect_left(words, "cherry"), bisect_right(words, "fig"))
print(bisect_left("acegi", "d"), bisect_right((1, 3, 5), 3))

for bad in [lambda: bisect_left(a, 3, -1), lambda: insort(a, 1, lo=-2), lambda: bisect_right(a, "x"),
            lambda: bisect_left(None, 1), lambda: insort((1, 2), 3), lambda: bisect_left([1, 2], 1, key=len)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
