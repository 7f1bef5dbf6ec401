import asyncio


async def producer(q):
    for i in range(3):
        await q.put(i)
        print("put", i)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.wait_for(producer(q), timeout=0.01)

asyncio.run(main())
