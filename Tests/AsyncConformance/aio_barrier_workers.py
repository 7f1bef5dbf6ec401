# Workers meet at an asyncio.Barrier between phases; then reset() and abort() break it.
import asyncio


def shape(obj):
    r = repr(obj)
    return r[:r.index(' at ')] + ' ' + r[r.index('['):]


async def worker(name, barrier, work):
    for phase, seconds in enumerate(work):
        await asyncio.sleep(seconds)
        print(f"{name} finished phase {phase} at {asyncio.get_running_loop().time():.1f}, "
              f"{barrier.n_waiting} already waiting")
        index = await barrier.wait()
        print(f"{name} passed barrier for phase {phase} with index {index}")
        if index == 0:
            print("  ", shape(barrier))
    return name


async def phases():
    barrier = asyncio.Barrier(3)
    print(shape(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    done = await asyncio.gather(
        worker("A", barrier, [0.5, 1.0, 0.2]),
        worker("B", barrier, [1.5, 0.1, 0.2]),
        worker("C", barrier, [0.2, 0.3, 0.9]),
    )
    print("all done", done, shape(barrier))


async def with_statement():
    barrier = asyncio.Barrier(2)

    async def runner(name, delay):
        await asyncio.sleep(delay)
        async with barrier as position:
            print(f"{name} entered with position {position}")

    await asyncio.gather(runner("x", 0.3), runner("y", 0.1))


async def reset_and_abort():
    barrier = asyncio.Barrier(3)

    async def waiter(name):
        try:
            i = await barrier.wait()
            print(name, "got", i)
        except asyncio.BrokenBarrierError as e:
            print(name, type(e).__name__, e, isinstance(e, RuntimeError))

    tasks = [asyncio.create_task(waiter(f"w{i}")) for i in range(2)]
    await asyncio.sleep(0.1)
    print("before reset:", shape(barrier))
    await barrier.reset()
    print("after reset:", shape(barrier))
    await asyncio.gather(*tasks)
    print("drained:", shape(barrier), barrier.n_waiting)

    tasks = [asyncio.create_task(waiter(f"v{i}")) for i in range(2)]
    await asyncio.sleep(0.1)
    await barrier.abort()
    print("after abort:", shape(barrier), barrier.broken)
    await asyncio.gather(*tasks)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("late waiter:", type(e).__name__, e)
    await barrier.reset()
    print("reset again:", shape(barrier), barrier.broken)


async def main():
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(type(e).__name__, e)
    await phases()
    await with_statement()
    await reset_and_abort()
    print(asyncio.BrokenBarrierError.__mro__)


asyncio.run(main())
