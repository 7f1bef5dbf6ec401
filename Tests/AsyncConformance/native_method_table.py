# asyncio's native types keep their methods in their types: a Task refuses a result, a plain
# Handle has no `when`, and a method read from its class takes the object first.
import asyncio
import datetime


async def work(n):
    await asyncio.sleep(n)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(work(1))
    for name in ["set_result", "set_exception"]:
        try:
            getattr(t, name)(1)
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(hasattr(t, "set_result"), hasattr(t, "get_coro"), asyncio.Task.get_name(t), asyncio.Task.done(t))
    f = loop.create_future()
    asyncio.Future.set_result(f, "r")
    print(f.result(), type(f).result(f), f.done(), f.cancelled(), f.get_loop() is loop)
    h = loop.call_soon(print, "soon")
    th = loop.call_later(5, print, "later")
    print(hasattr(h, "when"), hasattr(th, "when"), type(th.when()).__name__, h.cancelled())
    th.cancel()
    print(th.cancelled(), type(type(loop).time(loop)).__name__, loop.is_running(), loop.get_debug())
    try:
        h.when()
    except AttributeError as e:
        print("AttributeError:", e)
    it = f.__await__()
    try:
        it.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    w = work(0).__await__()
    try:
        while True:
            w.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    s = asyncio.sleep(0)
    print(type(s).__name__, hasattr(s, "send"), hasattr(s, "__await__"), s.close())
    print(await t)
    d = datetime.timedelta(seconds=90)
    print(d.total_seconds(), datetime.timedelta.total_seconds(d))


asyncio.run(main())
