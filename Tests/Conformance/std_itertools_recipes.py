# The itertools documentation's recipes, retyped, over generators.
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse, groupby, islice,
                       repeat, starmap, tee, zip_longest, pairwise)
import operator
from functools import partial


def take(n, iterable):
    return list(islice(iterable, n))


def prepend(value, iterator):
    return chain([value], iterator)


def tabulate(function, start=0):
    return map(function, count(start))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill or ignore")


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(partial(next, iter(it)) for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(lambda e: e in seen, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def sliding_window(iterable, n):
    it = iter(iterable)
    window = tuple(islice(it, n))
    if len(window) == n:
        yield window
    for x in it:
        window = window[1:] + (x,)
        yield window


def running_mean(values):
    for i, total in enumerate(accumulate(values), 1):
        yield total / i


def squares():
    n = 0
    while True:
        yield n * n
        n += 1


print(take(5, squares()), list(prepend(0, iter([1, 2]))), take(4, tabulate(lambda x: x * 3, 2)))
print(nth(squares(), 10), nth(iter([1, 2]), 5, "none"))
print(all_equal("aaaa"), all_equal("aaba"), all_equal(""))
print(quantify([1, 0, 3, None, 5]), quantify(range(10), lambda n: n % 3 == 0))
print(list(ncycles("ab", 3)), dotproduct([1, 2, 3], [4, 5, 6]), list(flatten([[1, 2], (3,), "ab"])))
print(list(repeatfunc(pow, 3, 2, 5)), take(3, repeatfunc(len, None, "abc")))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    grouper("AB", 2, incomplete="strict")
except ValueError as e:
    print(type(e).__name__, e)
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda n: n % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
stack = [1, 2, 3]
print(list(iter_except(stack.pop, IndexError)), list(iter_except(stack.pop, IndexError, lambda: "first")))
print(first_true([0, "", 7, 8]), first_true([], "nothing"), first_true(range(10), pred=lambda n: n > 4))
print(list(sliding_window("ABCDEF", 4)), list(sliding_window("AB", 3)), list(pairwise(range(4))))
print([round(m, 3) for m in running_mean([3, 5, 4, 10])])
