class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False


with Tag("html"):
    with Tag("body"), Tag("p") as p:
        print("    text in", p.name)
    with Tag("ul"):
        for i in range(2):
            with Tag(f"li{i}"):
                pass


class Suppress:
    def __init__(self, *exceptions):
        self.exceptions = exceptions
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.exceptions):
            self.caught = exc
            print(f"suppressed {exc_type.__name__}: {exc}")
            return True
        return None


with Suppress(KeyError, IndexError) as s:
    {}["missing"]
print("after 1:", repr(s.caught))
with Suppress(ZeroDivisionError) as s:
    x = 1 / 1
print("after 2:", s.caught, x)
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", e)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        print("begin", self.snapshot)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", self.store)
        else:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rollback after {exc_type.__name__}({exc})", self.store)
        return exc_type is ValueError


data = {"a": 1}
with Transaction(data) as d:
    d["b"] = 2
with Transaction(data) as d:
    d["c"] = 3
    raise ValueError("bad value")
print(data)
try:
    with Transaction(data) as d:
        del d["a"]
        raise KeyError("boom")
except KeyError as e:
    print("KeyError escaped:", e, data)


class Timer:
    clock = 0

    def __enter__(self):
        Timer.clock += 5
        self.start = Timer.clock
        return self

    def __exit__(self, *args):
        Timer.clock += 7
        self.elapsed = Timer.clock - self.start
        print("exit args:", args)


with Timer() as t:
    Timer.clock += 100
print("elapsed", t.elapsed)


class FailingEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *args):
        print("never called")


try:
    with Tag("outer"):
        with FailingEnter():
            print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)


class FailingExit:
    def __enter__(self):
        return "resource"

    def __exit__(self, exc_type, exc, tb):
        raise OSError(f"close failed while handling {exc_type.__name__ if exc_type else None}")


try:
    with FailingExit() as r:
        print("using", r)
        raise ValueError("original")
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__))


def first_even(numbers):
    with Tag("search"):
        for n in numbers:
            if n % 2 == 0:
                return n
        return None


print(first_even([3, 5, 8, 9]))
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("    body", i)


class Reusable:
    def __init__(self):
        self.uses = 0

    def __enter__(self):
        self.uses += 1
        return self.uses

    def __exit__(self, *exc):
        return False


r = Reusable()
with r as n1:
    with r as n2:
        print("nested uses", n1, n2)
with r as n3:
    print("third", n3)


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        pass


for cm in [NoExit(), NoEnter(), 42]:
    try:
        with cm:
            pass
    except TypeError as e:
        print("TypeError:", e)
