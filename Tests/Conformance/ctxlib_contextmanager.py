# @contextmanager the way tutorials teach it: setup, yield, cleanup.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")


with tag("h1"):
    print("Title")

with tag("ul"):
    for item in ["eggs", "milk"]:
        with tag("li"):
            print(item)


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def advance(self, dt):
        self.now += dt


clock = FakeClock()


@contextmanager
def timer(label):
    start = clock.now
    try:
        yield
    finally:
        print(f"{label}: {clock.now - start:.2f}s")


with timer("download"):
    clock.advance(1.25)
    clock.advance(0.5)

try:
    with timer("parse"):
        clock.advance(0.75)
        raise ValueError("bad header")
except ValueError as e:
    print("caught:", type(e).__name__, e)


@contextmanager
def managed_resource(*args, **kwds):
    print("acquire", args, sorted(kwds.items()))
    resource = {"args": args, "open": True}
    try:
        yield resource
    finally:
        resource["open"] = False
        print("release", args)


with managed_resource("db", timeout=3) as r:
    print("using", r["args"], r["open"])
print("after:", r["open"])


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError, IndexError):
    {}["missing"]
print("went on")
with swallow(KeyError):
    pass
try:
    with swallow(KeyError):
        int("x")
except ValueError as e:
    print("not swallowed:", e)


@contextmanager
def translate_errors():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("cannot compute") from e
    except LookupError:
        raise RuntimeError("lookup failed")


try:
    with translate_errors():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

try:
    with translate_errors():
        [][3]
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__), e.__suppress_context__)


# The value yielded is what `as` binds; the generator sees the exception.
@contextmanager
def counter():
    calls = []
    try:
        yield calls
    except Exception as e:
        calls.append(type(e).__name__)
        raise
    finally:
        print("calls:", calls)


with counter() as c:
    c.append(1)
    c.append(2)
try:
    with counter() as c:
        c.append(3)
        raise KeyError("k")
except KeyError as e:
    print("re-raised", repr(e))


# Returning from inside the block still runs the cleanup.
def first_positive(values):
    with tag("search"):
        for v in values:
            if v > 0:
                return v
    return None


print(first_positive([-1, 0, 4, 5]))
print(first_positive([]))


# A context manager used twice: the second use fails, it is one-shot.
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print(type(e).__name__, e)

# Wrong arguments are the generator function's own error.
try:
    tag()
except TypeError as e:
    print(type(e).__name__, e)
print(tag.__name__, type(tag("x")).__name__)
