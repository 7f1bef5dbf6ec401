import asyncio

async def raises_stop():
    yield 1
    raise StopAsyncIteration("inner")

async def raises_stopiter():
    yield 1
    raise StopIteration

async def fails_after(n):
    for i in range(n):
        yield i
    raise ValueError(f"failed after {n}")

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n

class BadNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

async def main():
    for factory in (raises_stop, raises_stopiter):
        try:
            async for x in factory():
                print("item", x)
        except RuntimeError as e:
            print(type(e).__name__, e, repr(e.__cause__))
    try:
        async for x in fails_after(2):
            print("item", x)
    except ValueError as e:
        print("ValueError", e)
    async for x in Ticker(3):
        print("ticker", x)
    for bad in (BadNext(), 5, Ticker):
        try:
            async for x in bad:
                pass
        except TypeError as e:
            print("TypeError:", e)
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter TypeError:", e)
    try:
        print([x async for x in 3])
    except TypeError as e:
        print("TypeError:", e)
    nested = [[y async for y in fails_after(i)] for i in range(0)]
    print(nested)
    pairs = [(a, b) async for a in Ticker(2) for b in range(2) if a != b]
    print(pairs)
    pairs2 = [(a, b) for a in range(2) async for b in Ticker(2)]
    print(pairs2)
    try:
        async for x in fails_after(1):
            print("before raise", x)
            try:
                raise KeyError("inside body")
            except KeyError as e:
                print("handled", e)
    except ValueError as e:
        print("loop ended by", repr(e), "context", repr(e.__context__))

asyncio.run(main())
