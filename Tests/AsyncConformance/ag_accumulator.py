import asyncio

# asend() drives an async generator as a coroutine that keeps state between
# calls: a running average and a rate limiter fed by several tasks.

async def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        await asyncio.sleep(0.01)
        total += value
        count += 1
        average = total / count
    print(f"averager done after {count} values")

async def rate_limited(name, items, per_second):
    interval = 1 / per_second
    for item in items:
        start = asyncio.get_running_loop().time()
        yield f"{name}:{item}"
        elapsed = asyncio.get_running_loop().time() - start
        if elapsed < interval:
            await asyncio.sleep(interval - elapsed)

async def merge(*sources):
    queue = asyncio.Queue()
    done = object()

    async def drain(src):
        async for item in src:
            await queue.put(item)
        await queue.put(done)

    tasks = [asyncio.create_task(drain(s)) for s in sources]
    finished = 0
    while finished < len(sources):
        item = await queue.get()
        if item is done:
            finished += 1
        else:
            yield item
    await asyncio.gather(*tasks)

async def main():
    avg = averager()
    print(await avg.asend(None))
    for v in (10, 20, 60):
        print("average now", await avg.asend(v))
    try:
        await avg.asend(None)
    except StopAsyncIteration:
        print("averager stopped")
    async for item in merge(rate_limited("a", "xyz", 4), rate_limited("b", [1, 2], 2)):
        print(f"t={asyncio.get_running_loop().time() % 100:.2f}", item)

asyncio.run(main())
