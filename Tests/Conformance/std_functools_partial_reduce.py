# partial and reduce: building specialised functions and folding sequences.
from functools import partial, reduce
import functools
import operator


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(3), two_to(10))
print(square.func is power, square.args, square.keywords)
print(two_to.args, two_to.keywords)
print(repr(partial(max, 1, 2)).startswith("functools.partial(<built-in function max>, 1, 2"))


def log(level, message, *, sep=": "):
    return f"{level}{sep}{message}"


warn = partial(log, "WARN")
print(warn("disk almost full"))
print(warn("x", sep=" - "))
quiet = partial(warn, sep="|")
print(quiet("nested"), quiet.func is log, quiet.args, quiet.keywords)
print(partial(quiet, "extra").args)
override = partial(log, sep="=")
print(override("a", "b", sep="~"))

basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__)
basetwo.note = "attrs work"
print(basetwo.note)

print(list(map(partial(operator.mul, 3), [1, 2, 3])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))

try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    square()
except TypeError as e:
    print(type(e).__name__, e)

print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda acc, x: acc * x, range(1, 8)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(operator.add, [], 0), reduce(operator.add, ["only"]))
print(reduce(lambda a, b: f"({a}+{b})", "abcd"))
print(functools.reduce(operator.or_, [{1}, {2}, {3, 1}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(operator.add, [1, "a"])
except TypeError as e:
    print(type(e).__name__, e)


def compose(*funcs):
    return reduce(lambda f, g: lambda x: g(f(x)), funcs)


pipeline = compose(str.strip, str.lower, str.title)
print(pipeline("  HELLO big WORLD  "))


async def job(name, n):
    return f"{name}:{n}"


import asyncio


async def main():
    jobs = [partial(job, "w")(i) for i in range(3)]
    print(await asyncio.gather(*jobs))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(partial(fut.set_result, "via partial"))
    print(await fut)


asyncio.run(main())
