import asyncio


async def ok():
    await asyncio.sleep(0.01)
    return 1


async def bad():
    await asyncio.sleep(0.01)
    return {}["missing"]


async def main():
    print(await asyncio.gather(ok(), ok()))
    print(await asyncio.shield(ok()))
    await asyncio.gather(ok(), bad())

asyncio.run(main())
