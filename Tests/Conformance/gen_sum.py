# sum() over generators: the interpreter adds small ints at the generator's yield and goes
# on, so every way out of that must match CPython: overflow past 64 bits and back, floats,
# bools and other types mid-way, errors in the generator and in the addition, nested sums,
# a start value, `yield from`, and the generator's state seen from inside.
def numbers(n, step=1):
    for i in range(n):
        yield i * step

def mixed():
    yield 1
    yield 2 ** 63 - 1
    yield 5
    yield -(2 ** 63)
    yield 2.5
    yield True
    yield 7

print(sum(numbers(1000)), sum(numbers(10, 2 ** 61)), sum(numbers(10), -(2 ** 63)))
print(sum(mixed()), sum(mixed(), 0.5), sum(numbers(5), 10), sum(numbers(0)), sum(numbers(3), start=-3))

def bools():
    yield True
    yield False
    yield True
    yield 3

def odd(it):
    for x in it:
        if x % 2:
            yield x

print(sum(bools()), sum(odd(numbers(6))))

def lists():
    yield [1]
    yield [2, 3]

print(sum(lists(), []), sum(numbers(4), 0.25))

def failing(at):
    for i in range(10):
        if i == at:
            raise ValueError(f"stopped at {i}")
        yield i

for at in [0, 3]:
    try:
        sum(failing(at))
    except ValueError as e:
        print("ValueError:", e)

def bad_item():
    yield 1
    yield 2
    yield "three"
    yield 4

g = bad_item()
try:
    sum(g)
except TypeError as e:
    print("TypeError:", e)
print("left after the error:", list(g))

def outer():
    for i in range(4):
        yield sum(numbers(i + 3))

print(sum(outer()), list(outer()))

def delegating():
    yield from numbers(4)
    yield from [100, 200]
    total = yield 1000
    print("sent into delegating:", total)

print(sum(delegating()))

def watches():
    yield 1
    try:
        next(holder[0])
    except ValueError as e:
        print("inside:", e)
    yield 2

holder = [None]
holder[0] = watches()
print(sum(holder[0]))

def stopper():
    yield 1
    raise StopIteration("inside")

try:
    sum(stopper())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

print(sum(fin()))
