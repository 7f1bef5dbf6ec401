import asyncio


async def main():
    q = asyncio.Queue()
    async with asyncio.timeout(0.01):
        await q.get()

asyncio.run(main())
