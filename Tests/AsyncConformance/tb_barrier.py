import asyncio


async def party(b, n):
    print("party", n, "arrives")
    await b.wait()


async def main():
    b = asyncio.Barrier(3)
    t = asyncio.create_task(party(b, 1))
    await asyncio.sleep(0.01)
    await b.abort()
    await t

asyncio.run(main())
