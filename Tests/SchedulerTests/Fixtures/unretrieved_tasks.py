# Tasks that fail with nobody retrieving the exception: CPython reports each when the task
# is freed: dropped at once, when a returning coroutine's locals or a rebound name let go of
# it, or at the end (a global list's).
import asyncio


async def fail(n, delay):
    await asyncio.sleep(delay)
    raise ValueError("task %d failed" % n)


kept = None
listed = []


async def holder():
    t = asyncio.create_task(fail(3, 0.3))
    await asyncio.sleep(0.5)
    print("holder returns")


async def main():
    global kept
    asyncio.create_task(fail(1, 0.1))
    kept = asyncio.create_task(fail(2, 0.2))
    awaited = asyncio.create_task(fail(4, 0.1))
    asked = asyncio.create_task(fail(5, 0.1))
    listed.append(asyncio.create_task(fail(6, 0.1)))
    await holder()
    print("rebinding kept")
    kept = None
    print("rebound")
    try:
        await awaited
    except ValueError as e:
        print("awaited:", e)
    print("asked:", asked.exception())
    results = await asyncio.gather(fail(7, 0.1), return_exceptions=True)
    print("gathered:", results)
    print("main ends", len(listed))


asyncio.run(main())
print("after run")
