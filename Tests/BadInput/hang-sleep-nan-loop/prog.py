import asyncio
async def main():
    n = 0
    while True:
        await asyncio.sleep(float("nan"))
        n += 1
asyncio.run(main())
