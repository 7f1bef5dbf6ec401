# A bounded buffer guarded by an asyncio.Condition: producers wait while it is full,
# consumers while it is empty; notify, notify(n), notify_all, wait_for and misuse errors.
import asyncio


def shape(obj):
    # repr without the address, which differs from run to run
    r = repr(obj)
    return r[:r.index(' at ')] + ' ' + r[r.index('['):]


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = asyncio.Condition()

    async def put(self, item, who):
        async with self.cond:
            while len(self.items) >= self.capacity:
                print(f"{who} waits: buffer full {self.items}")
                await self.cond.wait()
            self.items.append(item)
            print(f"{who} put {item} -> {self.items}")
            self.cond.notify()

    async def get(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            print(f"{who} got {item} -> {self.items}")
            self.cond.notify()
            return item


async def producer(buf, name, count):
    for i in range(count):
        await buf.put(f"{name}{i}", name)
        await asyncio.sleep(0.1)


async def consumer(buf, name, count, delay):
    got = []
    for _ in range(count):
        got.append(await buf.get(name))
        await asyncio.sleep(delay)
    return got


async def misuse():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cond.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(cond.locked(), shape(cond))


async def broadcast():
    # Several waiters; notify(2) wakes two, notify_all the rest.
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    woken = []

    async def waiter(i):
        async with cond:
            print(f"waiter {i} waits, lock held: {lock.locked()}")
            result = await cond.wait()
            woken.append(i)
            print(f"waiter {i} woke with {result} at {asyncio.get_running_loop().time()}")

    tasks = [asyncio.create_task(waiter(i)) for i in range(5)]
    await asyncio.sleep(1)
    print(shape(cond), shape(lock))
    async with cond:
        cond.notify(2)
        print("notified two, still holding:", cond.locked())
    await asyncio.sleep(1)
    async with lock:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("woken order", woken, shape(cond))


async def main():
    await misuse()
    buf = BoundedBuffer(2)
    results = await asyncio.gather(
        producer(buf, "p", 5),
        producer(buf, "q", 3),
        consumer(buf, "c1", 4, 0.35),
        consumer(buf, "c2", 4, 0.2),
    )
    print("consumed", results[2], results[3])
    await broadcast()


asyncio.run(main())
