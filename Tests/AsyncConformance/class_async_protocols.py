import asyncio


class Ticker:
    """An async iterator that ticks n times."""

    def __init__(self, name, n, delay):
        self.name = name
        self.n = n
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(self.delay)
        return f"{self.name}-{self.i}"


class Connection:
    def __init__(self, host):
        self.host = host
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        self.open = True
        print("connected", self.host)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        self.open = False
        print("closed", self.host, exc_type)
        return False

    async def fetch(self, item):
        await asyncio.sleep(0.2)
        return f"{self.host}:{item}"


class Sleeper:
    def __init__(self, d):
        self.d = d

    def __await__(self):
        yield from asyncio.sleep(self.d).__await__()
        return self.d * 10


class Worker:
    def __init__(self, name, queue):
        self.name = name
        self.queue = queue
        self.done = []

    async def run(self):
        while True:
            item = await self.queue.get()
            await asyncio.sleep(item / 10)
            self.done.append(item)
            print(f"{self.name} did {item}")
            self.queue.task_done()


async def main():
    async with Connection("db") as conn:
        r = await conn.fetch("users")
        print(r, conn.open)
    async for tick in Ticker("a", 3, 0.5):
        print(tick)
    else:
        print("ticker done")
    async for tick in Ticker("b", 5, 0.1):
        if tick == "b-3":
            break
        print(tick)
    else:
        print("not printed")
    print(await Sleeper(0.3))
    q = asyncio.Queue()
    workers = [Worker(f"w{i}", q) for i in range(2)]
    tasks = [asyncio.create_task(w.run()) for w in workers]
    for item in [3, 1, 2, 5]:
        q.put_nowait(item)
    await q.join()
    for t in tasks:
        t.cancel()
    print([w.done for w in workers])
    print(tasks[0].get_coro().__qualname__)
    try:
        async with Connection("x"):
            raise KeyError("boom")
    except KeyError as e:
        print("caught", e)


asyncio.run(main())
