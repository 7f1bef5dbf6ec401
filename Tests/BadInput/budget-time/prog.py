import asyncio
async def tick():
    while True:
        await asyncio.sleep(1)
asyncio.run(tick())
