import asyncio
async def inner():
    await asyncio.wait_for(asyncio.sleep(1), 5)
async def main():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0.01)
    t.cancel()
    await t
asyncio.run(main())
