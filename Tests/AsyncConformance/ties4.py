# Four tasks on sleep(1): with equal virtual deadlines the heap tiebreak follows heapq.
import asyncio

async def sleeper(i):
    for r in range(4):
        await asyncio.sleep(1)
        print(r, i)

async def main():
    await asyncio.gather(*[sleeper(i) for i in range(4)])

asyncio.run(main())
