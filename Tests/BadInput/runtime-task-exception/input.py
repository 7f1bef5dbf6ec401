import asyncio
async def boom():
    await asyncio.sleep(1)
    raise ValueError("bad value")
asyncio.run(boom())
