# A connection pool limited by asyncio.BoundedSemaphore: clients queue for a slot, some give
# up (wait_for timeouts cancel their acquire), a bug releases twice, a lock guards stats.
import asyncio


class Pool:
    def __init__(self, size):
        self.slots = asyncio.BoundedSemaphore(size)
        self.stats_lock = asyncio.Lock()
        self.in_use = 0
        self.served = []

    async def query(self, client, seconds):
        async with self.slots:
            async with self.stats_lock:
                self.in_use += 1
                print(f"{client} connected ({self.in_use} in use) at {asyncio.get_running_loop().time()}")
            await asyncio.sleep(seconds)
            async with self.stats_lock:
                self.in_use -= 1
                self.served.append(client)
        return f"{client}:ok"


async def client(pool, name, seconds, patience):
    try:
        return await asyncio.wait_for(pool.query(name, seconds), patience)
    except TimeoutError:
        print(f"{name} gave up after {patience}s, locked={pool.slots.locked()}")
        return f"{name}:timeout"


async def main():
    pool = Pool(2)
    results = await asyncio.gather(
        client(pool, "alice", 1.0, 5),
        client(pool, "bob", 2.0, 5),
        client(pool, "carol", 0.5, 0.7),
        client(pool, "dave", 0.5, 5),
        client(pool, "erin", 1.0, 1.2),
        client(pool, "frank", 0.1, 5),
    )
    print(results)
    print("served", pool.served, "in use", pool.in_use, "locked", pool.slots.locked())

    # Releasing more than acquired is a bug a BoundedSemaphore catches.
    await pool.slots.acquire()
    pool.slots.release()
    try:
        pool.slots.release()
    except ValueError as e:
        print(type(e).__name__, e)

    # Cancelling tasks queued on a semaphore and on a lock hands the slot on.
    sem = asyncio.Semaphore(1)
    lock = asyncio.Lock()
    order = []

    async def user(name, hold):
        async with sem:
            async with lock:
                order.append(name)
                await asyncio.sleep(hold)

    tasks = [asyncio.create_task(user(n, 0.5), name=n) for n in "abcd"]
    await asyncio.sleep(0.1)
    tasks[1].cancel()
    tasks[2].cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(order, [type(r).__name__ for r in res], sem.locked(), lock.locked())
    print(await sem.acquire(), sem.locked(), await lock.acquire(), lock.locked())


asyncio.run(main())
