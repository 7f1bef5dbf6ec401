import asyncio


async def main():
    async with asyncio.timeout(0.01):
        await asyncio.sleep(5)

asyncio.run(main())
