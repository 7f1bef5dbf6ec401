# Coroutines called and dropped without an await: CPython's RuntimeWarning when the
# coroutine is freed, once per line; one kept and awaited later, or kept in a list, is not.
import asyncio


async def work(n):
    return n


async def main():
    print("before")
    work(1)
    for i in range(3):
        work(i)
    asyncio.sleep(1)
    x = work(5)
    kept = []
    kept.append(work(6))
    print("after", await x, await kept[0])


asyncio.run(main())
work(9)
print("end")
