# The loop's scheduling calls with positional arguments (call_soon, call_later, call_at),
# their handles' reprs and cancel(), loop.time() on the virtual clock, create_future,
# ensure_future, and asyncio's predicates.
import asyncio


def tick(name, *values):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.2f} {name} {values}")


class Waitable:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return "from __await__"


async def coro_function():
    return 1


def plain_function():
    return 2


async def main():
    loop = asyncio.get_running_loop()
    print("start time", loop.time())
    h1 = loop.call_soon(tick, "soon", 1, "two", [3])
    h2 = loop.call_later(0.5, tick, "later", 0.5)
    h3 = loop.call_at(loop.time() + 0.25, tick, "at", 0.25)
    h4 = loop.call_at(2, tick, "at-int", 2)
    h5 = loop.call_later(1, tick, "never")
    print(h1)
    print(h2)
    print(h3)
    print(h4, h4.when())
    h5.cancel()
    print(h5, h5.cancelled())
    await asyncio.sleep(3)
    print("time now", loop.time())

    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "delivered")
    print("awaiting", await fut, "at", loop.time())

    same = asyncio.ensure_future(fut)
    print("ensure_future(future) is future:", same is fut)
    task = asyncio.ensure_future(coro_function())
    print("ensure_future(coroutine):", type(task).__name__, await task)
    wrapped = asyncio.ensure_future(Waitable())
    print("ensure_future(awaitable):", type(wrapped).__name__, await wrapped)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

    c = coro_function()
    print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(coro_function), asyncio.iscoroutine(42))
    print("isfuture:", asyncio.isfuture(fut), asyncio.isfuture(task), asyncio.isfuture(c), asyncio.isfuture(None))
    print("iscoroutinefunction:", asyncio.iscoroutinefunction(coro_function),
          asyncio.iscoroutinefunction(plain_function), asyncio.iscoroutinefunction(main))
    print("awaited anyway:", await c)
    print("current task name:", asyncio.current_task().get_name())
    print("loop running:", loop.is_running(), loop.is_closed())


asyncio.run(main())
