import asyncio


class Paginated:
    """Fetches pages lazily, like a paginated HTTP API."""

    def __init__(self, total, page_size, latency):
        self.total = total
        self.page_size = page_size
        self.latency = latency
        self.fetches = 0

    def __aiter__(self):
        return PageIterator(self)

    async def fetch(self, page):
        self.fetches += 1
        await asyncio.sleep(self.latency)
        start = page * self.page_size
        return list(range(start, min(start + self.page_size, self.total)))


class PageIterator:
    def __init__(self, source):
        self.source = source
        self.page = 0
        self.buffer = []

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.buffer:
            self.buffer = await self.source.fetch(self.page)
            self.page += 1
            if not self.buffer:
                raise StopAsyncIteration
        return self.buffer.pop(0)


class Ticker:
    def __init__(self, name, interval, count):
        self.name = name
        self.interval = interval
        self.count = count

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.interval)
        self.i += 1
        return f"{self.name}{self.i}"


async def consume(name, ticker):
    seen = []
    async for tick in ticker:
        print(f"{name} saw {tick}")
        seen.append(tick)
    else:
        print(f"{name} finished cleanly")
    return seen


async def main():
    api = Paginated(total=7, page_size=3, latency=0.2)
    items = []
    async for item in api:
        items.append(item)
    print(items, "fetches:", api.fetches)

    async for item in Paginated(10, 4, 0.1):
        if item == 5:
            print("break at", item)
            break
    else:
        print("not printed")

    async for item in Paginated(0, 3, 0.1):
        print("never")
    else:
        print("empty source, else runs")

    results = await asyncio.gather(consume("A", Ticker("a", 0.3, 3)), consume("B", Ticker("b", 0.2, 4)))
    print(results)

    squares = []
    async for n in Paginated(5, 2, 0.05):
        if n % 2:
            continue
        squares.append(n * n)
    print(squares)

    class NotAsync:
        def __iter__(self):
            return iter([1])

    try:
        async for x in NotAsync():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class BadAiter:
        def __aiter__(self):
            return 42

    try:
        async for x in BadAiter():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
