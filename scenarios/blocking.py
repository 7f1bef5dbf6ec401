import asyncio
import time


async def ticker():
    loop = asyncio.get_running_loop()
    for i in range(4):
        print(f"tick {i} at t={loop.time()}")
        await asyncio.sleep(1)


async def blocker():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1.5)
    print(f"blocker: time.sleep(2.5) at t={loop.time()} blocks the whole loop")
    time.sleep(2.5)
    print(f"blocker: back at t={loop.time()}")


async def main():
    await asyncio.gather(ticker(), blocker())
    print("wall clock now", time.strftime("%H:%M:%S"), "monotonic", time.monotonic())


asyncio.run(main())
