# Wrong arguments to functools, itertools, operator, heapq and bisect: CPython's exceptions and messages.
import functools, itertools, operator, heapq, bisect
tests = [
    lambda: functools.reduce(None, [1, 2]),
    lambda: functools.partial(None),
    lambda: functools.lru_cache(1.5),
    lambda: list(itertools.product(None)),
    lambda: list(itertools.islice(None, 2)),
    lambda: list(itertools.tee(None)),
    lambda: list(itertools.zip_longest([1], None)),
    lambda: heapq.heapify(None),
    lambda: heapq.nlargest("a", [1]),
    lambda: list(heapq.merge(1)),
    lambda: bisect.bisect(None, 1),
    lambda: operator.itemgetter(1)(None),
    lambda: operator.methodcaller("x")(None),
    lambda: list(itertools.islice(itertools.count(), 10 ** 30)),
    lambda: list(itertools.repeat(1, 10 ** 30)),
    lambda: functools.cached_property(5).__get__(object()),
    lambda: functools.singledispatch(5)(1),
]
for t in tests:
    try:
        r = t()
        print("ok", r if not isinstance(r, list) else len(r))
    except Exception as e:
        print(type(e).__name__, e)
