import asyncio
async def main():
    b = asyncio.Barrier(2)
    async with asyncio.timeout(0.01):
        async with b:
            pass
asyncio.run(main())
