# @asynccontextmanager: connections that take time to open and close, shared by tasks.
import asyncio
from contextlib import asynccontextmanager


class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []

    async def acquire(self, who):
        while not self.free:
            await asyncio.sleep(0.1)
        conn = self.free.pop(0)
        self.log.append(f"{who} got {conn}")
        return conn

    def release(self, who, conn):
        self.free.append(conn)
        self.log.append(f"{who} put {conn}")


pool = Pool(2)


@asynccontextmanager
async def connection(who):
    conn = await pool.acquire(who)
    await asyncio.sleep(0.05)            # handshake
    try:
        yield conn
    finally:
        await asyncio.sleep(0.01)        # goodbye
        pool.release(who, conn)


async def worker(name, work):
    async with connection(name) as conn:
        print(f"{name} uses connection {conn}")
        await asyncio.sleep(work)
        if work > 0.25:
            raise TimeoutError(f"{name} took too long")
        return f"{name} done"


@asynccontextmanager
async def timed(label):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        yield
    finally:
        print(f"{label} took {loop.time() - start:.2f}s")


@asynccontextmanager
async def never_yields():
    await asyncio.sleep(0)
    if False:
        yield


@asynccontextmanager
async def yields_twice():
    yield 1
    yield 2


@asynccontextmanager
async def ignores_errors():
    while True:
        try:
            yield
        except ValueError:
            print("ignoring ValueError")


@asynccontextmanager
async def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e


@asynccontextmanager
async def suppressing():
    try:
        yield "value"
    except ZeroDivisionError as e:
        print("suppressed", e)


@timed("decorated")
async def decorated(x):
    await asyncio.sleep(x)
    return x * 2


async def attempt(label, cm, error=None):
    try:
        async with cm as value:
            print(f"{label}: body got {value!r}")
            if error is not None:
                raise error
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e}")
        if e.__cause__ is not None:
            print("   cause:", repr(e.__cause__))
    else:
        print(f"{label}: ok")


async def main():
    async with timed("all workers"):
        results = await asyncio.gather(
            worker("w1", 0.2), worker("w2", 0.3), worker("w3", 0.1), worker("w4", 0.05),
            return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    for line in pool.log:
        print(line)
    print("free:", sorted(pool.free))

    await attempt("never_yields", never_yields())
    await attempt("yields_twice", yields_twice())
    await attempt("ignores_errors", ignores_errors(), ValueError("v"))
    await attempt("translate", translate(), KeyError("k"))
    await attempt("suppressing", suppressing(), ZeroDivisionError("zero"))
    await attempt("StopIteration", timed("stop"), StopIteration("s"))
    await attempt("StopAsyncIteration", timed("stop async"), StopAsyncIteration("sa"))
    await attempt("CancelledError", timed("cancelled"), asyncio.CancelledError())
    print(await decorated(0.5), await decorated(1))
    print(decorated.__name__)

    try:
        async with connection:
            pass
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
