import asyncio

class AsyncContextManager:
    async def __aenter__(self):
        await log('entering context')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await log('exiting context')
        return exc_type is KeyError

async def log(msg):
    await asyncio.sleep(0.1)
    print(msg, asyncio.get_running_loop().time())

class Cursor:
    def __init__(self, rows):
        self.rows = list(rows)
        self.buffer = []

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.buffer:
            self.buffer = await self._prefetch()
            if not self.buffer:
                raise StopAsyncIteration
        return self.buffer.pop(0)

    async def _prefetch(self):
        await asyncio.sleep(0.2)
        batch, self.rows = self.rows[:2], self.rows[2:]
        return batch

async def main():
    async with AsyncContextManager() as cm:
        print(type(cm).__name__)
        raise KeyError("swallowed")
    async for row in Cursor(range(5)):
        print("row", row)
    async with AsyncContextManager():
        raise ValueError("not swallowed")

asyncio.run(main())
