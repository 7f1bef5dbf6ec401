import asyncio


async def main():
    await asyncio.sleep(0.01)
    await asyncio.wait_for(asyncio.sleep(5), timeout=0.01)

asyncio.run(main())
