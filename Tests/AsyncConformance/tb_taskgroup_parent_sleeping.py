import asyncio
async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("x")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())
        await asyncio.sleep(1)
asyncio.run(main())
