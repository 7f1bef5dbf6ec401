import asyncio

# The examples of PEP 525 and PEP 530, retyped, with a few variations.

async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)

async def square_series(con, to):
    async with con:
        for i in range(to):
            yield i ** 2
            await asyncio.sleep(0.1)

class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print(f"{self.name}: open")
        await asyncio.sleep(0.05)
        return self
    async def __aexit__(self, *exc):
        print(f"{self.name}: close", exc[0].__name__ if exc[0] else None)
        await asyncio.sleep(0.05)

async def funcs_and_conditions():
    async def fun(n):
        await asyncio.sleep(0.01 * n)
        return n * 3
    async def condition(n):
        await asyncio.sleep(0)
        return n % 2 == 1
    return [await fun(n) for n in range(6) if await condition(n)]

async def main():
    async for i in ticker(0.2, 4):
        print("tick", i)
    result = [i async for i in ticker(0, 10) if i % 2]
    print("odd ticks", result)
    print("funcs", await funcs_and_conditions())
    con = Connection("db")
    async for sq in square_series(con, 3):
        print("square", sq)
    con2 = Connection("db2")
    async for sq in square_series(con2, 10):
        if sq > 5:
            print("enough at", sq)
            break
    await asyncio.sleep(0.5)
    gen_of_gen = (x async for x in ticker(0, 3))
    total = 0
    async for x in gen_of_gen:
        total += x
    print("total", total)
    print("sum of squares", sum([i * i async for i in ticker(0, 5)]))
    sets = {i % 3 async for i in ticker(0, 7)}
    print("set", sorted(sets))
    nested = [[j async for j in ticker(0, i)] for i in range(4)]
    print("nested", nested)

asyncio.run(main())
