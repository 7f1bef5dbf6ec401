# time.sleep blocks the loop and delays the other task's timer.
import asyncio
import time

async def other():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    print("other woke at", loop.time())

async def blocker():
    time.sleep(2.5)
    print("blocker done at", asyncio.get_running_loop().time())

async def main():
    await asyncio.gather(other(), blocker())
    await asyncio.gather(blocker(), other())

asyncio.run(main())
