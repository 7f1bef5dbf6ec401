# Handle and TimerHandle reprs name their callback as asyncio does: arguments through
# reprlib (cut strings, ints and long reprs, at most six items), the function's location.
import asyncio


def f(*args):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(1.5, f, 3)
    print(h)
    h.cancel()
    print(h)
    print(loop.call_at(2, f))
    print(loop.call_at(2, f).when(), loop.call_at(2.5, f).when(), loop.call_later(1, f).when())
    print(loop.call_soon(f, "x" * 40, "short", list(range(10)), 10**50, 10**30))
    print(loop.call_soon(f, {"b": 1, "a": 2, "c": 3, "d": 4, "e": 5}, {3: "c", 1: "a"}, (1,), (), [], {}))
    print(loop.call_soon(f, [[[[[[[1]]]]]]], (1, 2, 3, 4, 5, 6, 7), None, True, 2.5))
    print(loop.call_soon(print, 1.5))
    print(loop.call_soon(lambda: None))
    fut = loop.create_future()
    print(loop.call_soon(f, fut))
    fut.set_result("a longer result string than thirty characters")
    print(loop.call_soon(f, fut))
    print(loop.call_soon(fut.result))
    await asyncio.sleep(3)


asyncio.run(main())
