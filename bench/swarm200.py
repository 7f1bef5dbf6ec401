# 200 tasks, each awaiting 50 random sleeps: about 131,000 events, the "big run"
# `timeline` must print at the default width in under 2 s and 20,000 lines.
import asyncio
import random


async def worker(n):
    for _ in range(50):
        await asyncio.sleep(random.random())
    return n


async def main():
    results = await asyncio.gather(*[worker(i) for i in range(200)])
    print(len(results), sum(results), asyncio.get_running_loop().time())


asyncio.run(main())
