import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")


async def main():
    await asyncio.gather(worker("A", 3), worker("B", 3), worker("C", 2))
    print("all done at t =", asyncio.get_running_loop().time())


asyncio.run(main())
