import asyncio
async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    async with asyncio.timeout(0.01):
        await q.join()
asyncio.run(main())
