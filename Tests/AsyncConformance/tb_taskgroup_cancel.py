import asyncio


async def slow(n):
    await asyncio.sleep(n)


async def main():
    async with asyncio.timeout(0.01):
        async with asyncio.TaskGroup() as tg:
            # One child: the group cancels its children in the order of a set.
            tg.create_task(slow(1))
            print("started")

asyncio.run(main())
