# asyncio.wait: a timeout, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, and its errors.
# (schedviz returns the done and pending sets as lists, in the order given.)
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(f"j{i}", i + 1)) for i in range(4)]
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print(len(done), len(pending), loop.time())
    print(sorted(t.result() for t in done))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), loop.time())
    bad = [asyncio.create_task(job("ok", 1)), asyncio.create_task(job("bad", 0.5, True)), asyncio.create_task(job("late", 3))]
    done, pending = await asyncio.wait(bad, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), loop.time(), [type(t.exception()).__name__ for t in done])
    done, pending = await asyncio.wait(bad)
    print(len(done), len(pending), loop.time())
    coro = job("c", 1)
    for bad_arg in ([], [coro]):
        try:
            await asyncio.wait(bad_arg)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    coro.close()
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print(e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
