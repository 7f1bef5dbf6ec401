import asyncio
big = list(range(500000))
async def look():
    while True:
        -1 in big
        await asyncio.sleep(0)
asyncio.run(look())
