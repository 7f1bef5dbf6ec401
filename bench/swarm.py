# 1,000 tasks, each awaiting 100 random sleeps.
import asyncio
import random


async def worker(n):
    for _ in range(100):
        await asyncio.sleep(random.random())
    return n


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(1000)])
    print(len(results), sum(results), asyncio.get_running_loop().time())


asyncio.run(main())
