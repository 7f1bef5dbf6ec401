# A TaskGroup whose failures are handled with except*, as the asyncio docs show.
import asyncio


async def fetch(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
        if error is not None:
            raise error
        print(f"{name}: fetched after {delay}s")
        return f"{name}-data"
    except asyncio.CancelledError:
        print(f"{name}: cancelled at t={asyncio.get_running_loop().time()}")
        raise


async def all_ok():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("users", 1))
        b = tg.create_task(fetch("orders", 2))
    print("results:", a.result(), b.result())


async def two_fail():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("users", 1))
            tg.create_task(fetch("orders", 2, ValueError("orders: bad json")))
            tg.create_task(fetch("stock", 2, KeyError("stock: sku")))
            tg.create_task(fetch("prices", 3))
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions], "| message:", eg.message)
    except* KeyError as eg:
        print("key errors:", repr(eg))
    print("two_fail goes on")


async def body_fails():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("slow", 5))
            tg.create_task(fetch("quick", 0, OSError("disk full")))
            await asyncio.sleep(1)
            raise RuntimeError("body gave up")
    except* RuntimeError as eg:
        print("body:", repr(eg))
    except* OSError as eg:
        print("task:", repr(eg))


async def unhandled_part():
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fetch("a", 1, ValueError("a")))
                tg.create_task(fetch("b", 1, TypeError("b")))
        except* ValueError:
            print("handled the ValueError only")
    except ExceptionGroup as rest:
        print("still raised:", repr(rest), type(rest).__name__)


async def reraise_as_one():
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fetch("x", 1, ConnectionError("x down")))
                tg.create_task(fetch("y", 1, ConnectionError("y down")))
        except* ConnectionError as eg:
            raise RuntimeError(f"{len(eg.exceptions)} services down") from eg
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))


async def main():
    await all_ok()
    await two_fail()
    await body_fails()
    await unhandled_part()
    await reraise_as_one()
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())
