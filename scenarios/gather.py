import asyncio


async def fetch(name, delay):
    print(f"{name}: start (t={asyncio.get_running_loop().time():.1f})")
    await asyncio.sleep(delay)
    print(f"{name}: done after {delay}s")
    return f"{name}-result"


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(fetch("A", 3), fetch("B", 1), fetch("C", 2))
    print("gather returned", results, "at t =", loop.time())
    try:
        await asyncio.gather(fetch("D", 1), asyncio.sleep(0.5, result="ok"), return_exceptions=True)
        outcome = await asyncio.gather(fetch("E", 2), fail(1), return_exceptions=True)
        print("with return_exceptions:", outcome)
        await asyncio.gather(fail(0.5), fetch("F", 1))
    except ValueError as e:
        print("gather raised", repr(e), "at t =", loop.time())
    await asyncio.sleep(2)
    print("main ends at t =", loop.time())


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


asyncio.run(main())
