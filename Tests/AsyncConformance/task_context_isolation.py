# Each task gets a copy of the context current when it was created (or the context= given
# to create_task): what a task sets is invisible to its parent and its siblings.
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)
trail = contextvars.ContextVar("trail", default=())


def step(name):
    counter.set(counter.get() + 1)
    trail.set(trail.get() + (name,))
    return f"{name}: counter={counter.get()} trail={'/'.join(trail.get())}"


async def worker(name, rounds):
    for _ in range(rounds):
        print(step(name))
        await asyncio.sleep(0.1)
    return counter.get()


async def spawner():
    print(step("spawner"))
    kid = asyncio.create_task(worker("kid", 2))
    print(step("spawner"))
    return await kid


async def main():
    print(step("main"))
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 2))
    print(step("main"))
    print("results", await a, await b, await asyncio.create_task(spawner()))
    print("main sees", counter.get(), trail.get())

    shared = contextvars.copy_context()
    t1 = asyncio.create_task(worker("s1", 2), context=shared)
    await t1
    t2 = asyncio.create_task(worker("s2", 1), context=shared)
    await t2
    print("shared context now", shared[counter], shared[trail])
    print("main still", counter.get())

    async with asyncio.TaskGroup() as tg:
        g1 = tg.create_task(worker("g1", 1))
        g2 = tg.create_task(worker("g2", 1), context=shared)
    print("group", g1.result(), g2.result(), shared[counter])


asyncio.run(main())
print("after run", counter.get(), trail.get())
