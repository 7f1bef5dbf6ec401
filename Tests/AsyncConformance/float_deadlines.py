# 0.1+0.1+0.1 is 0.30000000000000004: both deadlines fall in one 1e-9 window.
import asyncio

async def thirds():
    loop = asyncio.get_running_loop()
    for i in range(3):
        await asyncio.sleep(0.1)
        print("A", i, loop.time())

async def whole():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.3)
    print("B", loop.time())

async def main():
    await asyncio.gather(thirds(), whole())

asyncio.run(main())
