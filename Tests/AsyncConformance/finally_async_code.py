# Coroutine functions, async comprehensions and lambdas inside `finally` bodies
# reached by return, break and exceptions, and inside `async with` (issue 17).
import asyncio


async def loop_exits():
    out = []
    for i in range(3):
        try:
            await asyncio.sleep(0.5)
            if i == 1:
                return [await asyncio.sleep(0.1, r) for r in range(2)]
        finally:
            async def co():
                await asyncio.sleep(0.25)
                return [i, asyncio.get_running_loop().time()]
            out.append(await co())
            print(out[-1], [lambda: i][0]())


async def in_timeout():
    async with asyncio.timeout(5):
        try:
            return (lambda: "w")()
        finally:
            print([z for z in range(2)])


async def raises():
    try:
        await asyncio.sleep(1)
        raise ValueError("boom")
    finally:
        tasks = [asyncio.create_task(asyncio.sleep(d, d)) for d in (0.2, 0.1)]
        print(await asyncio.gather(*tasks))


async def main():
    print(await loop_exits())
    print(await in_timeout())
    try:
        await raises()
    except ValueError as e:
        print("caught", e, asyncio.get_running_loop().time())


asyncio.run(main())
