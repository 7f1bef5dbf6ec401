import asyncio

# Async generators as methods: __aiter__ written as an async generator,
# a paginated API client, and async generators awaited through asyncio's
# helpers (gather, wait_for, create_task).

class Paginator:
    def __init__(self, pages):
        self.pages = pages
        self.fetches = 0

    async def fetch(self, n):
        self.fetches += 1
        await asyncio.sleep(0.1 * (n + 1))
        return self.pages[n]

    async def __aiter__(self):
        for n in range(len(self.pages)):
            page = await self.fetch(n)
            for item in page:
                yield item

    async def items_matching(self, predicate):
        async for item in self:
            if predicate(item):
                yield item

class Countdown:
    def __init__(self, start):
        self.start = start

    def __aiter__(self):
        return self.run()

    async def run(self):
        n = self.start
        while n:
            await asyncio.sleep(0.05)
            yield n
            n -= 1

    @staticmethod
    async def evens(limit):
        for i in range(0, limit, 2):
            yield i

    @classmethod
    async def make(cls, start):
        await asyncio.sleep(0)
        return cls(start)

async def main():
    p = Paginator([["a", "b"], ["c"], ["d", "e", "f"]])
    print([item async for item in p])
    print("fetches", p.fetches)
    found = [x async for x in p.items_matching(lambda s: s in "aeiou")]
    print("vowels", found)
    async for n in await Countdown.make(3):
        print("countdown", n)
    print("evens", [e async for e in Countdown.evens(7)])
    g1, g2 = Countdown(2).run(), Countdown.evens(4)
    print("gathered", await asyncio.gather(anext(g1), anext(g2)))
    try:
        await asyncio.gather(anext(g1), anext(g1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await asyncio.wait_for(anext(Paginator([["slow"]] * 3).__aiter__()), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out waiting for the first page")
    t = asyncio.create_task(anext(aiter(Paginator([["x"]]))))
    print("task result", await t)
    print(repr(Countdown.evens).split(" at ")[0])
    print(type(Countdown(1).run()).__name__, Countdown(1).run().__qualname__)

asyncio.run(main())
