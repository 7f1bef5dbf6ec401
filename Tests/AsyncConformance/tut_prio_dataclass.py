from dataclasses import dataclass, field
from typing import Any
import heapq
import asyncio

@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)

async def producer(q):
    for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2")]:
        await q.put(PrioritizedItem(prio, name))
        print("put", prio, name)
        await asyncio.sleep(0.1)

async def consumer(q):
    await asyncio.sleep(1)
    while not q.empty():
        job = await q.get()
        print("got", job)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    await asyncio.gather(producer(q), consumer(q))
    h = []
    for p in [PrioritizedItem(5, "e"), PrioritizedItem(1, "a"), PrioritizedItem(3, "c")]:
        heapq.heappush(h, p)
    print([heapq.heappop(h).item for _ in range(len(h))])

asyncio.run(main())
