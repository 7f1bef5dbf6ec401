import asyncio


class RateLimiter:
    """At most `rate` acquisitions per `per` seconds (a sliding window)."""

    def __init__(self, rate, per):
        self.rate = rate
        self.per = per
        self.stamps = []
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            while True:
                now = loop.time()
                self.stamps = [t for t in self.stamps if now - t < self.per]
                if len(self.stamps) < self.rate:
                    self.stamps.append(now)
                    return now
                await asyncio.sleep(self.stamps[0] + self.per - now)

    async def __aenter__(self):
        await self.acquire()
        return self

    async def __aexit__(self, *exc):
        return False


class ConnectionPool:
    def __init__(self, size):
        self.size = size
        self.semaphore = asyncio.Semaphore(size)
        self.free = [f"conn{i}" for i in range(size)]
        self.in_use = 0
        self.peak = 0

    async def __aenter__(self):
        await self.semaphore.acquire()
        self.in_use += 1
        self.peak = max(self.peak, self.in_use)
        return self.free.pop(0)

    async def __aexit__(self, exc_type, exc, tb):
        self.in_use -= 1
        self.semaphore.release()
        return False

    def checkout(self):
        return PoolLease(self)


class PoolLease:
    def __init__(self, pool):
        self.pool = pool

    async def __aenter__(self):
        self.conn = await self.pool.__aenter__()
        return self.conn

    async def __aexit__(self, *exc):
        self.pool.free.append(self.conn)
        return await self.pool.__aexit__(*exc)


class Gate:
    def __init__(self):
        self.event = asyncio.Event()
        self.waiting = 0

    async def wait(self, who):
        self.waiting += 1
        await self.event.wait()
        print(f"{who} passed the gate")

    def open(self):
        print(f"opening gate for {self.waiting}")
        self.event.set()


async def job(n, limiter, pool, gate):
    await gate.wait(f"job{n}")
    t = await limiter.acquire()
    async with pool.checkout() as conn:
        print(f"job{n} at {t:.1f} on {conn}")
        await asyncio.sleep(0.3)
    return n


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    limiter = RateLimiter(rate=2, per=1.0)
    pool = ConnectionPool(2)
    gate = Gate()
    tasks = [asyncio.create_task(job(n, limiter, pool, gate)) for n in range(5)]
    await asyncio.sleep(0.5)
    gate.open()
    print(await asyncio.gather(*tasks))
    print("peak", pool.peak, "free", sorted(pool.free), "locked", limiter.lock.locked())
    async with limiter:
        print(f"extra acquisition at {loop.time() - start:.1f}")
    try:
        async with pool.checkout() as conn:
            raise ValueError(f"bad query on {conn}")
    except ValueError as e:
        print(e, pool.in_use, len(pool.free))


asyncio.run(main())
