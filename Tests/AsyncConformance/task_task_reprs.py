# repr() of a Task in each state: pending before its first step (at its def line), waiting
# (wait_for=<Future ...>, another task), cancelling, cancelled, finished with a result or an
# exception, with done callbacks (cb=[...]), renamed.
import asyncio


async def leaf(delay):
    await asyncio.sleep(delay)
    return "leaf result " * 4


async def middle(delay):
    value = await leaf(delay)
    return value[:4]


async def waits_for(task):
    return await task


async def fails():
    await asyncio.sleep(0.1)
    raise RuntimeError("it broke")


def report(task):
    print("  callback:", task)


async def main():
    t = asyncio.create_task(middle(1), name="mid")
    print(t)
    await asyncio.sleep(0)
    print(t)
    t.add_done_callback(report)
    print(t)
    w = asyncio.create_task(waits_for(t), name="waiter")
    await asyncio.sleep(0)
    print(w)
    print(await w)
    print(t)
    print(w)

    f = asyncio.create_task(fails())
    await asyncio.sleep(0.2)
    print(f)
    print(repr(f.exception()))

    # Cancelled twice while it waits: "cancelling" until its coroutine sees it.
    c = asyncio.create_task(leaf(5), name="to-cancel")
    await asyncio.sleep(0)
    print(c.cancel("first"), c.cancel("second"), c)
    results = await asyncio.gather(c, return_exceptions=True)
    print(c, results)

    r = asyncio.create_task(leaf(0.1))
    r.set_name("renamed")
    r.set_name(12345)
    print(r.get_name(), r)
    await r
    print(r)
    g = asyncio.ensure_future(leaf(0.1))
    coro = g.get_coro()
    print(g.get_name().startswith("Task-"), asyncio.iscoroutine(coro), coro is g.get_coro())
    await g
    print(g.get_coro() is coro)


asyncio.run(main())
