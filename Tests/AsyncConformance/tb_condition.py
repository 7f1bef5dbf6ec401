import asyncio


async def consumer(cond, items):
    async with cond:
        while not items:
            await cond.wait()
        return items.pop()


async def main():
    cond = asyncio.Condition()
    items = []
    task = asyncio.create_task(consumer(cond, items))
    await asyncio.sleep(0.01)
    task.cancel()
    await task

asyncio.run(main())
