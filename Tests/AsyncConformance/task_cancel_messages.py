# Task.cancel(msg=): the message the awaiting code sees in CancelledError's args, before a
# task's first step, while it sleeps, through a task awaiting another, a plain future, gather
# and wait_for; and what cancelled() and result()/exception() say afterwards.
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        print(f"  {name} cancelled: args={e.args} cancelling={asyncio.current_task().cancelling()}")
        raise
    return name


async def outer():
    inner = asyncio.create_task(sleeper("inner", 10), name="inner")
    try:
        return await inner
    except asyncio.CancelledError as e:
        print(f"  outer sees {e!r}; inner cancelled={inner.cancelled()} done={inner.done()}")
        raise


async def catch(label, aw):
    try:
        result = await aw
        print(label, "result", result)
    except asyncio.CancelledError as e:
        print(label, "CancelledError", e.args, repr(e))
    except asyncio.TimeoutError as e:
        print(label, "TimeoutError", repr(e))


async def main():
    early = asyncio.create_task(sleeper("early", 5))
    print("cancel before first step:", early.cancel("too early"), early.cancelling())
    await catch("early:", early)
    print("early.cancelled():", early.cancelled())

    sleeping = asyncio.create_task(sleeper("sleeping", 5))
    await asyncio.sleep(0.5)
    print("cancel while sleeping:", sleeping.cancel(msg="wake up"))
    await catch("sleeping:", sleeping)

    o = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(0.5)
    print("cancel outer:", o.cancel("from main"))
    await catch("outer:", o)
    print("cancel again:", o.cancel("twice"), "cancelling:", o.cancelling())

    for method in ("result", "exception"):
        try:
            getattr(o, method)()
        except asyncio.CancelledError as e:
            print(f"o.{method}() raises {e!r}")

    fut = asyncio.get_running_loop().create_future()
    print("future cancel:", fut.cancel(msg="no longer needed"), fut.cancelled(), fut.done())
    await catch("future:", fut)
    print("cancel a done future:", fut.cancel())

    plain = asyncio.create_task(sleeper("plain", 1))
    await asyncio.sleep(0)
    plain.cancel()
    await catch("plain:", plain)

    g1 = asyncio.create_task(sleeper("g1", 1))
    g2 = asyncio.create_task(sleeper("g2", 2))
    await asyncio.sleep(0)
    g1.cancel("g1 stop")
    print("gather with return_exceptions:", await asyncio.gather(g1, g2, return_exceptions=True))

    gathering = asyncio.gather(sleeper("h1", 1), sleeper("h2", 2))
    await asyncio.sleep(0)
    print("cancel gather:", gathering.cancel("all of you"))
    await catch("gather:", gathering)

    await catch("wait_for:", asyncio.wait_for(sleeper("slow", 5), timeout=1))
    await catch("wait_for ok:", asyncio.wait_for(sleeper("quick", 0.5), timeout=1))


asyncio.run(main())
