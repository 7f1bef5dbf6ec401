import asyncio

async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name)
        print("done", name)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 1))
        b = tg.create_task(job("b", 2))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 1, fail=True))
            tg.create_task(job("d", 3))
    except ExceptionGroup as eg:
        print("group:", eg, [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.timeout(1.5):
            await job("e", 5)
    except TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
    async with asyncio.timeout(10) as t:
        await job("f", 1)
    print(t.expired(), repr(t))

asyncio.run(main())
