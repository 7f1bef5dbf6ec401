# A bounded buffer built from asyncio.Condition: two producers, two consumers, three slots.
import asyncio
import random


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.changed = asyncio.Condition()

    async def put(self, item):
        async with self.changed:
            await self.changed.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            print(f"  put {item!s:8} {self.items}")
            self.changed.notify_all()

    async def get(self):
        async with self.changed:
            await self.changed.wait_for(lambda: self.items)
            item = self.items.pop(0)
            self.changed.notify_all()
            return item


async def producer(name, buffer, count):
    for i in range(count):
        await asyncio.sleep(random.uniform(0.1, 0.5))
        await buffer.put(f"{name}-{i}")
    print(f"{name} done")


async def consumer(name, buffer):
    while True:
        item = await buffer.get()
        if item is None:
            print(f"{name} stops")
            return
        print(f"{name} handles {item}")
        await asyncio.sleep(random.uniform(0.3, 0.9))


async def main():
    buffer = BoundedBuffer(3)
    consumers = [asyncio.create_task(consumer(n, buffer)) for n in ("c1", "c2")]
    await asyncio.gather(producer("p1", buffer, 5), producer("p2", buffer, 5))
    for _ in consumers:
        await buffer.put(None)
    await asyncio.gather(*consumers)


asyncio.run(main())
