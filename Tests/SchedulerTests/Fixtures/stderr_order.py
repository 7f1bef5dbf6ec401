# Messages a run writes to stderr (the loop's exception handler, "Exception ignored",
# the final traceback) between and after its prints.
import asyncio


def bad(n):
    raise ValueError("callback %d failed" % n)


def on_done(fut):
    raise RuntimeError("done callback saw " + repr(fut.result()))


def leaky():
    try:
        yield 1
    finally:
        raise KeyError("cleanup")


async def main():
    loop = asyncio.get_running_loop()
    print("start")
    loop.call_soon(bad, 1)
    await asyncio.sleep(0)
    print("between")
    h = loop.call_later(0.5, bad, 2)
    print(h)
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.set_result({"k": [1, 2, 3]})
    await asyncio.sleep(1)
    g = leaky()
    next(g)
    g = None
    print("after the generator")


asyncio.run(main())
print("end")
raise LookupError("the end")
