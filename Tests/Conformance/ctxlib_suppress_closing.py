# suppress around cleanup, closing() for objects with close(), nullcontext for optional managers.
from contextlib import suppress, closing, nullcontext

cache = {"a": 1, "b": 2}
with suppress(KeyError):
    del cache["zzz"]
print("cache:", cache)

pending = [3, 1, 2]
for value in [1, 5, 2]:
    with suppress(ValueError):
        pending.remove(value)
        print("removed", value)
print("pending:", pending)

with suppress(LookupError):      # a base class covers KeyError and IndexError
    [][0]
with suppress(ArithmeticError, TypeError):
    1 / 0
with suppress(Exception):
    raise OSError("disk")
print("all suppressed")

try:
    with suppress(KeyError, IndexError):
        int("twelve")
except ValueError as e:
    print("not suppressed:", type(e).__name__, e)

try:
    with suppress():
        raise KeyError("nothing listed")
except KeyError as e:
    print("empty suppress:", repr(e))

try:
    with suppress(Exception):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt is not an Exception")

with suppress(BaseException):
    raise SystemExit(3)
print("even SystemExit, when asked")


def parse_all(texts):
    results = []
    for t in texts:
        with suppress(ValueError):
            results.append(int(t))
    return results


print(parse_all(["1", "x", "3", "4.5", "-7"]))

s = suppress(ZeroDivisionError)
for d in [1, 0, 2]:
    with s:                         # reusable: it keeps no state
        print(10 // d)

try:
    with suppress("not an exception class"):
        raise ValueError("bad")
except TypeError as e:
    print(type(e).__name__, e)


class Connection:
    def __init__(self, host):
        self.host = host
        self.closed = False
        print("connect", host)

    def query(self, q):
        if self.closed:
            raise RuntimeError("connection closed")
        return f"{self.host}: {q}"

    def close(self):
        self.closed = True
        print("disconnect", self.host)


with closing(Connection("db1")) as conn:
    print(conn.query("select 1"))
print("closed:", conn.closed)

try:
    with closing(Connection("db2")) as conn:
        print(conn.query("select 2"))
        raise TimeoutError("too slow")
except TimeoutError as e:
    print("error:", e, "| closed:", conn.closed)


def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("generator cleaned up")


with closing(numbers()) as gen:
    for n in gen:
        if n == 3:
            break
        print("n =", n)
print("after closing the generator")


class NoClose:
    pass


try:
    with closing(NoClose()):
        print("body runs first")
except AttributeError as e:
    print(type(e).__name__, e)


def read_config(lock=None):
    with lock if lock is not None else nullcontext():
        return {"debug": True}


class Lock:
    def __enter__(self):
        print("lock acquired")
        return self

    def __exit__(self, *exc):
        print("lock released")
        return False


print(read_config())
print(read_config(Lock()))

with nullcontext("enter result") as value:
    print("got:", value)
with nullcontext() as value:
    print("got:", value)

data = [1, 2, 3]
with nullcontext(data) as same:
    print(same is data)

try:
    with nullcontext():
        raise ValueError("nullcontext does not suppress")
except ValueError as e:
    print(type(e).__name__, e)
