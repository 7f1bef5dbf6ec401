import asyncio


async def slow(n):
    await asyncio.sleep(n)


async def main():
    async with asyncio.timeout(0.01):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(1))
            tg.create_task(slow(2))

asyncio.run(main())
