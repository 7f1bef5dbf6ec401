import asyncio


async def slow(name, delay):
    try:
        print(f"{name}: sleeping {delay}s")
        await asyncio.sleep(delay)
        print(f"{name}: woke up")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled at t={asyncio.get_running_loop().time()}")
        raise
    finally:
        print(f"{name}: cleanup")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(slow("worker", 10))
    await asyncio.sleep(2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: task is cancelled:", task.cancelled())

    try:
        result = await asyncio.wait_for(slow("timed", 5), timeout=1.5)
    except asyncio.TimeoutError:
        print("main: wait_for timed out at t =", loop.time())

    result = await asyncio.wait_for(slow("quick", 1), timeout=3)
    print("main: wait_for returned", result, "at t =", loop.time())

    shielded = asyncio.create_task(slow("shielded", 2))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), timeout=1)
    except asyncio.TimeoutError:
        print("main: shield timed out, inner still running:", not shielded.done())
    print("main: shielded result", await shielded)


asyncio.run(main())
