# Generators driven by `for` loops inside other generators and functions: yields,
# returns, exceptions, PEP 479, re-entry, recursion and sums past 64 bits.
def numbers(n):
    for i in range(n):
        yield i
    return "done"

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(sum(evens(squares(numbers(10)))), list(evens(squares(numbers(7)))))

def failing(n):
    for i in range(n):
        if i == 2:
            raise ValueError("boom at %d" % i)
        yield i

def wrap(it):
    for x in it:
        yield x + 100

try:
    for v in wrap(failing(5)):
        print("got", v)
except ValueError as e:
    print("caught", e)

def handled(it):
    try:
        for x in it:
            yield x
    except ValueError as e:
        print("inner handler", e)
        yield -1
    finally:
        print("inner finally")

print(list(handled(failing(4))))

def leaks_stop():
    yield 1
    raise StopIteration("leaked")

def outer_of_leak():
    for x in leaks_stop():
        yield x

try:
    for v in outer_of_leak():
        print("leak got", v)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def selfish():
    for x in g:
        yield x

g = selfish()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

def walk(n):
    if n:
        for x in walk(n - 1):
            yield x
    yield n

print(sum(walk(200)), list(walk(4)))

def deep(n):
    for x in deep(n + 1):
        yield x
    yield n

try:
    for v in deep(0):
        pass
except RecursionError as e:
    print("RecursionError:", e)

def early():
    try:
        for i in range(10):
            yield i
    finally:
        print("early finally")

def taker():
    for x in early():
        if x == 3:
            break
        yield x
    print("taker left its loop")

print(list(taker()))

def closes_after():
    gen = numbers(3)
    for x in gen:
        yield x
    print("exhausted again:", list(gen), next(gen, "default"))

print(list(closes_after()))

def nested_loops():
    for a in numbers(3):
        for b in squares(numbers(a + 1)):
            yield a, b

print(list(nested_loops()))

def sender():
    got = yield "first"
    for x in numbers(2):
        got = yield (got, x)

s = sender()
print(next(s), s.send("a"), s.send("b"))

def scaled(it, k):
    for x in it:
        yield x * k

def counting():
    total = 0
    for x in scaled(squares(numbers(10 ** 12)), 10 ** 16):
        total += x
        if total > 2 ** 64:
            return total

print(counting())
print(sum(scaled(numbers(100), 3 * 10 ** 17)), sum(numbers(10), 2 ** 63 - 5), sum(numbers(10), 2 ** 70))
print(sum(scaled(numbers(4), -(2 ** 62))), sum([2 ** 63, -1, 1.5]), sum(scaled(numbers(3), 2 ** 62), 0.5))
