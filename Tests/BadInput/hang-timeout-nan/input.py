import asyncio
async def main():
    async with asyncio.timeout(float("nan")):
        await asyncio.sleep(1)
asyncio.run(main())
