import asyncio
async def main():
    c = asyncio.Condition()
    async with c:
        await asyncio.wait_for(c.wait_for(lambda: False), 0.01)
asyncio.run(main())
