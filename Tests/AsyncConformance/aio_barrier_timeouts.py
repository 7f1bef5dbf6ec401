# A barrier whose parties may not all arrive: a timeout around wait() cancels a waiter
# (the barrier keeps count correctly), abort() from a supervisor breaks it for everyone,
# and an uncaught BrokenBarrierError in a task is seen through gather.
import asyncio


def shape(obj):
    r = repr(obj)
    return r[:r.index(' at ')] + ' ' + r[r.index('['):]


async def impatient(barrier, name, arrive, patience):
    await asyncio.sleep(arrive)
    try:
        async with asyncio.timeout(patience):
            index = await barrier.wait()
        print(f"{name} passed as {index}")
    except TimeoutError:
        print(f"{name} stopped waiting at {asyncio.get_running_loop().time()}: {shape(barrier)}")


async def sync_with_timeouts():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(
        impatient(barrier, "a", 0.0, 0.5),
        impatient(barrier, "b", 0.2, 2.0),
        impatient(barrier, "c", 0.8, 2.0),
        impatient(barrier, "d", 1.0, 2.0),
    )
    print("after round:", shape(barrier))


async def supervisor():
    barrier = asyncio.Barrier(4)

    async def member(i):
        await asyncio.sleep(0.1 * i)
        return await barrier.wait()

    members = [asyncio.create_task(member(i), name=f"m{i}") for i in range(3)]
    await asyncio.sleep(1)
    print("supervisor sees", shape(barrier), barrier.n_waiting)
    await barrier.abort()
    results = await asyncio.gather(*members, return_exceptions=True)
    print([(type(r).__name__, str(r)) for r in results])
    try:
        await asyncio.gather(member(5), member(6))
    except asyncio.BrokenBarrierError as e:
        print("gather raised", type(e).__name__, e, e.args)
    print(shape(barrier), barrier.broken)


async def main():
    await sync_with_timeouts()
    await supervisor()


asyncio.run(main())
