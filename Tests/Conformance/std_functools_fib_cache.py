# Memoized Fibonacci, the way tutorials show lru_cache and cache.
from functools import lru_cache, cache
import functools


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(16)])
print(fib.cache_info())
print(fib(100))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5), factorial(12))
print(factorial.cache_info())
info = factorial.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info == (info.hits, info.misses, None, 13), tuple(info), info[1], len(info))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)


@lru_cache(maxsize=3)
def square(x):
    print("  computing", x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    print(x, square(x))
print(square.cache_info())


@lru_cache
def greet(name, punctuation="!"):
    print("  greeting", name)
    return f"Hello, {name}{punctuation}"


print(greet("Ada"))
print(greet("Ada"))
print(greet("Ada", "?"))
print(greet("Ada", punctuation="?"))
print(greet(name="Ada", punctuation="?"))
print(greet.cache_info())


@lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1))
print(kind.cache_info(), kind.cache_parameters())


@lru_cache(maxsize=8)
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True))
print(untyped.cache_info())


@lru_cache(maxsize=0)
def never(x):
    return x + 1


print(never(1), never(1), never.cache_info())

try:
    lru_cache(maxsize="big")
except TypeError as e:
    print(type(e).__name__, e)

try:
    greet([1, 2])
except TypeError as e:
    print(type(e).__name__, e)


@functools.lru_cache(maxsize=-5)
def neg(x):
    return x


print(neg(1), neg(1), neg.cache_info())


class Grid:
    def __init__(self, size):
        self.size = size

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    def __hash__(self):
        return hash(self.size)

    def __eq__(self, other):
        return self.size == other.size


g = Grid(10)
print(g.paths(10, 10), Grid.paths.cache_info())
