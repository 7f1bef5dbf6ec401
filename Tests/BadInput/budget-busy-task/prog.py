import asyncio

async def ticker():
    while True:
        await asyncio.sleep(1)

async def spin():
    n = 0
    while True:
        n += 1

async def main():
    asyncio.create_task(ticker())
    await asyncio.sleep(2)
    await spin()

asyncio.run(main())
