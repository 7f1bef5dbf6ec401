# zip_longest, tee, pairwise, starmap, compress and filterfalse over generators.
from itertools import zip_longest, tee, pairwise, starmap, compress, filterfalse, islice, count
import operator


def readings():
    for value in [3, 5, 4, 8, 12, 11, 15]:
        print(f"  read {value}")
        yield value


print(list(zip_longest("ABCD", "xy")))
print(list(zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest([], [], fillvalue=1)))
names = ["ann", "bob", "cid"]
scores = [90, 85]
for name, score in zip_longest(names, scores, fillvalue="absent"):
    print(f"{name}: {score}")

print(list(pairwise([1, 2, 4, 7, 11])), list(pairwise("a")), list(pairwise([])))
deltas = [b - a for a, b in pairwise(readings())]
print(deltas)

a, b = tee(readings())
print(next(a), next(a), next(b))
print(list(a))
print(list(b))
x, y, z = tee("abc", 3)
print(list(x), list(z), list(y))
print(tee([1], 0), len(tee(range(3))))
early, late = tee(count())
print(list(islice(early, 5)), list(islice(late, 2)), next(early), next(late))


def moving_average(values, window):
    its = tee(values, window)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    for group in zip(*its):
        yield sum(group) / window


print(list(moving_average([1, 2, 3, 4, 5, 6], 3)))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 2)))
print(list(compress(count(), [0, 1, 1, 0, 1])))
print(list(filterfalse(lambda n: n % 3, range(12))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
evens, odds = tee(range(10))
print(list(filter(lambda n: n % 2 == 0, evens)), list(filterfalse(lambda n: n % 2 == 0, odds)))

for bad in [lambda: zip_longest(1, [2]), lambda: tee([1], -1), lambda: pairwise(None), lambda: starmap(len, 5),
            lambda: list(starmap(pow, [1])), lambda: compress([1], 2), lambda: filterfalse(None, 3), lambda: tee([1], "2")]:
    try:
        bad()
        print("no error yet")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
