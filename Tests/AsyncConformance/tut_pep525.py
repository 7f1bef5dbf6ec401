import asyncio

async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)

class Ticker:
    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self):
        return self

    async def __anext__(self):
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i

async def main():
    loop = asyncio.get_running_loop()
    async for i in ticker(0.5, 4):
        print("gen", i, loop.time())
    async for i in Ticker(0.5, 4):
        print("class", i, loop.time())
    squares = [i * i async for i in ticker(0.1, 5) if i % 2 == 0]
    print(squares)

asyncio.run(main())
