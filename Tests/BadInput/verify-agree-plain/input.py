import asyncio
async def tick(n):
    for i in range(3):
        print(n, i)
        await asyncio.sleep(n)
async def main():
    await asyncio.gather(tick(1), tick(2))
asyncio.run(main())
