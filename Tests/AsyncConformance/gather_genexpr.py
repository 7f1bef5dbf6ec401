# gather over a generator expression of coroutines, sums over generator expressions, and
# comprehensions that await (each its own coroutine, as in CPython 3.11).
import asyncio

async def worker(i):
    await asyncio.sleep(i / 10)
    return i * i

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(4)))
    print(results, sum(r for r in results))
    total = sum([await worker(j) for j in range(3)])
    squares = {j: await worker(j) for j in range(3)}
    print(total, squares, asyncio.get_running_loop().time())

asyncio.run(main())
