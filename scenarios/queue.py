import asyncio
import random


async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(random.random())
        item = random.randint(1, 100)
        await queue.put(item)
        print(f"produced {item} (size {queue.qsize()})")
    await queue.put(None)


async def consumer(name, queue):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            await queue.put(None)
            break
        await asyncio.sleep(random.uniform(0.1, 0.9))
        total += item
        print(f"{name} consumed {item}")
        queue.task_done()
    print(f"{name} finished with total {total}")
    return total


async def main():
    queue = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(queue, 6))
    workers = [asyncio.create_task(consumer(f"worker-{i}", queue)) for i in range(2)]
    await prod
    totals = await asyncio.gather(*workers)
    print("totals", totals, "empty:", queue.empty())


asyncio.run(main())
