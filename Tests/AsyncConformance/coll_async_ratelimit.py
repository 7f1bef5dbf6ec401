# A sliding-window rate limiter on a deque of timestamps, and per-client stats.
import asyncio
from collections import deque, defaultdict, Counter, namedtuple

Request = namedtuple("Request", "client path")


class RateLimiter:
    def __init__(self, limit, period):
        self.limit = limit
        self.period = period
        self.stamps = deque()

    async def acquire(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self.stamps and now - self.stamps[0] >= self.period:
                self.stamps.popleft()
            if len(self.stamps) < self.limit:
                self.stamps.append(now)
                return
            await asyncio.sleep(self.period - (now - self.stamps[0]))


limiter = RateLimiter(3, 1.0)
served = defaultdict(list)
paths = Counter()


async def client(name, n, pause):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(n):
        req = Request(name, f"/item/{i % 2}")
        await limiter.acquire()
        served[req.client].append(round(loop.time() - start, 2))
        paths[req.path] += 1
        await asyncio.sleep(pause)


async def main():
    await asyncio.gather(client("a", 4, 0.1), client("b", 3, 0.2), client("c", 2, 0.0))
    for name, times in sorted(served.items()):
        print(name, times)
    print(paths.most_common(), paths.total(), len(limiter.stamps))


asyncio.run(main())
