# Generator pipelines with itertools: infinite sources cut with islice, takewhile and friends.
import itertools
from itertools import count, islice, takewhile, dropwhile, accumulate, chain, cycle, repeat


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


def read_lines():
    yield "# header"
    yield "# comment"
    yield "alpha 3"
    yield ""
    yield "beta 5"
    yield "gamma 8"
    yield "# trailing comment"


print(list(islice(fibonacci(), 15)))
print(list(islice(primes(), 20)))
print(list(islice(fibonacci(), 10, 20, 3)))
print(list(takewhile(lambda x: x < 100, fibonacci())))
print(list(islice(count(10, 5), 4)), list(islice(count(0.5, 0.25), 4)), list(islice(count(step=-1), 3)))
print(next(count(7)))

body = dropwhile(lambda line: line.startswith("#"), read_lines())
records = (line.split() for line in body if line and not line.startswith("#"))
parsed = ((name, int(value)) for name, value in records)
print(list(parsed))

running = accumulate(int(v) for _, v in (l.split() for l in read_lines() if l and l[0] != "#"))
print(list(running))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b, initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])))

squares = (n * n for n in count(1))
evens = (n for n in squares if n % 2 == 0)
print(list(islice(evens, 5)))
print(list(islice(squares, 3)))

round_robin = cycle(["north", "east", "south", "west"])
print([next(round_robin) for _ in range(6)])
print(list(zip(range(3), repeat("x"))), list(repeat([1], 2)), list(repeat(0, -3)))
print(list(map(pow, range(5), repeat(2))))

all_items = chain(range(3), "ab", [None], (x * 10 for x in range(2)))
print(list(all_items))
nested = [[1, 2], [], [3], (4, 5)]
print(list(chain.from_iterable(nested)), list(itertools.chain()))

gen = islice(fibonacci(), 3)
print(next(gen), next(gen), next(gen), next(gen, "done"))

it = iter(range(10))
first_three = list(islice(it, 3))
print(first_three, list(it))


def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch


print(list(batched("ABCDEFG", 3)))

for bad in [lambda: count("a"), lambda: repeat(1, "x"), lambda: islice([], -1), lambda: islice([], 1, 2, 0),
            lambda: islice([], "x"), lambda: cycle(5), lambda: chain(1, 2), lambda: list(chain(1, 2)),
            lambda: accumulate(3), lambda: list(accumulate(["a", 1]))]:
    try:
        r = bad()
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
