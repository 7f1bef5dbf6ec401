import asyncio


async def boom():
    raise KeyError("lost")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    del t
    print("done")

asyncio.run(main())
