import itertools

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(itertools.islice(fibonacci(), 15)))
evens = (n for n in fibonacci() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
print(sum(itertools.takewhile(lambda n: n < 4_000_000, (n for n in fibonacci() if n % 2 == 0))))

def chunked(iterable, n):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, n)):
        yield chunk

for chunk in chunked(range(10), 3):
    print(chunk)

gen = (x * x for x in range(5))
print(type(gen).__name__, sum(gen), sum(gen))
print(sum(1 for _ in itertools.islice(itertools.count(), 1000)))
pairs = itertools.pairwise('ABCDE')
print(list(pairs))
for k, g in itertools.groupby(sorted("mississippi")):
    print(k, len(list(g)))
