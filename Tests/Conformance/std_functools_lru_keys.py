# lru_cache keys: keyword order, typed keys, recursion through the cache, eviction order.
from functools import lru_cache


@lru_cache(maxsize=2)
def f(a, b=0, **kw):
    print("  call", a, b, kw)
    return a


f(1, b=2, c=3)
f(1, c=3, b=2)
f(1, b=2, c=3)
f(1)
f(1, 0)
print(f.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for n in range(0, 600, 50):
    fib(n)
print(fib(599) % 10 ** 6, fib.cache_info())


@lru_cache(maxsize=4)
def load(page):
    print(f"  load {page}")
    return page.upper()


for page in ["home", "about", "blog", "home", "shop", "cart", "about", "home", "blog"]:
    load(page)
print(load.cache_info())
load.cache_clear()
load("home")
print(load.cache_info())


@lru_cache(maxsize=None, typed=True)
def norm(x):
    print(f"  norm {x!r}")
    return abs(x)


print(norm(-1), norm(-1.0), norm(-1), norm(-1.0), norm.cache_info())


@lru_cache(maxsize=32)
def path_count(r, c):
    if r == 0 or c == 0:
        return 1
    return path_count(r - 1, c) + path_count(r, c - 1)


print(path_count(8, 8), path_count.cache_info())
