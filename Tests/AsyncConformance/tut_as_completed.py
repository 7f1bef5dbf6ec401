import asyncio
import random
import time

async def fetch(i):
    delay = random.random() * 3
    await asyncio.sleep(delay)
    return i, round(delay, 3)

async def main():
    start = time.monotonic()
    coros = [fetch(i) for i in range(6)]
    for fut in asyncio.as_completed(coros):
        i, delay = await fut
        print(f"job {i} finished after {delay}s (t={time.monotonic() - start:.3f})")

random.seed(3)
asyncio.run(main())
