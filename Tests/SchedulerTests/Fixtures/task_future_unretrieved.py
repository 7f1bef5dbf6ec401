# Futures given an exception that nothing retrieves: CPython's "Future exception was never
# retrieved" (named by the future's class) when the future is freed: a name deleted or
# rebound, a coroutine's locals gone, a callback's argument let go of, a dropped gather or
# shield; at the end when the setter's frame is in the exception's traceback (a cycle).
import asyncio


async def fail_later(fut):
    await asyncio.sleep(0.1)
    fut.set_exception(ValueError("no answer"))


async def boom(d, n):
    await asyncio.sleep(d)
    raise ValueError(n)


async def local_future():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(OSError("local"))
    print("local_future returns")


async def raised_then_set():
    fut = asyncio.get_running_loop().create_future()
    try:
        {}["missing"]
    except KeyError as e:
        fut.set_exception(e)
    return 1


def cb(f):
    print("callback saw", f.done())


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_exception(RuntimeError("dropped"))
    print("f1 set")
    del f1
    print("after del f1")
    f2 = loop.create_future()
    asyncio.create_task(fail_later(f2))
    await asyncio.sleep(0.5)
    print("f2 failed, still held")
    f2 = None
    print("after rebinding f2")
    await local_future()
    print("after local_future")
    await raised_then_set()
    print("after raised_then_set")
    g = asyncio.gather(boom(0.1, 1), boom(0.2, 2))
    await asyncio.sleep(0.5)
    print("gather done:", g.done())
    g = None
    print("gather dropped")
    f = loop.create_future()
    f.add_done_callback(cb)
    f.set_exception(TypeError("with callback"))
    f = None
    print("f dropped with a callback pending")
    await asyncio.sleep(0)
    print("callback ran")
    s = asyncio.shield(boom(0.1, 3))
    await asyncio.sleep(0.2)
    del s
    print("shield dropped")
    ok = loop.create_future()
    ok.set_exception(KeyError("retrieved"))
    print("retrieved:", repr(ok.exception()))
    del ok
    print("end of main")


asyncio.run(main())
print("end")
