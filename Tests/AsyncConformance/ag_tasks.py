import asyncio

# Async generators shared between tasks: a producer generator consumed by
# two tasks in turn, one cancelled mid-iteration, and athrow from outside.

async def feed(name, items, delay):
    try:
        for item in items:
            await asyncio.sleep(delay)
            print(f"{name} -> {item}")
            yield item
    except asyncio.CancelledError:
        print(f"{name}: cancelled inside generator")
        raise
    finally:
        print(f"{name}: feed closed")

async def consumer(label, agen, limit):
    got = []
    async for item in agen:
        got.append(item)
        if len(got) == limit:
            break
    print(f"{label} got {got}")
    return got

async def watcher(agen):
    try:
        async for item in agen:
            print("watcher saw", item)
    except asyncio.CancelledError:
        print("watcher cancelled")
        raise

async def main():
    shared = feed("shared", "abcdef", 0.2)
    first = await consumer("first", shared, 2)
    second = await consumer("second", shared, 2)
    print(first, second)
    await shared.aclose()
    w = asyncio.create_task(watcher(feed("watched", range(10), 0.3)))
    await asyncio.sleep(1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("main: watcher task cancelled", w.cancelled())
    # gather over several generators' consumers
    results = await asyncio.gather(
        consumer("g1", feed("f1", [1, 2, 3], 0.1), 3),
        consumer("g2", feed("f2", [4, 5, 6], 0.15), 2),
    )
    print("gathered", results)
    # athrow into a suspended generator
    t = feed("thrown", "xyz", 0.1)
    print(await anext(t))
    try:
        await t.athrow(RuntimeError("stop now"))
    except RuntimeError as e:
        print("athrow raised", e)
    print("ag_running", t.ag_running)

asyncio.run(main())
