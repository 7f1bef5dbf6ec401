import asyncio


async def fetch():
    await asyncio.sleep(1)


async def main():
    try:
        async with asyncio.timeout(0.01):
            await fetch()
    except TimeoutError:
        print("timed out")
        raise ValueError("no data")

asyncio.run(main())
