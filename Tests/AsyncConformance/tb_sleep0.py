import asyncio


async def spinner(counter):
    while True:
        counter.append(1)
        await asyncio.sleep(0)


async def main():
    counter = []
    t = asyncio.create_task(spinner(counter))
    for _ in range(5):
        await asyncio.sleep(0)
    t.cancel()
    print("spun", len(counter))
    await t

asyncio.run(main())
