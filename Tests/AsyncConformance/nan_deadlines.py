# NaN delays and deadlines (issue 17): CPython's loop takes a timer as due unless
# `when >= end_time`, so a NaN timer fires at the next iteration, wherever the heap
# put it; wait_for and timeout with NaN time out at once.
import asyncio

nan = float("nan")


async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, "woke at", asyncio.get_running_loop().time())


async def waits(d):
    try:
        return await asyncio.wait_for(asyncio.sleep(1, "done"), d)
    except TimeoutError:
        return "timed out"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(nan)
    print("sleep(nan) returned at", loop.time())
    print(await asyncio.sleep(nan, "result"))
    h = loop.call_later(nan, print, "call_later(nan)")
    print(h.when() != h.when())
    loop.call_at(nan, print, "call_at(nan)")
    loop.call_later(0.5, print, "call_later(0.5)")
    loop.call_later(nan, print, "second nan")
    await asyncio.sleep(1)
    print("after 1 s at", loop.time())
    print(await waits(nan), await waits(float("inf")), await waits(0.5))
    try:
        async with asyncio.timeout(nan):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout(nan) at", loop.time())
    try:
        async with asyncio.timeout_at(nan):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at(nan) at", loop.time())
    await asyncio.gather(sleeper("a", 0.25), sleeper("b", nan), sleeper("c", 0), sleeper("d", nan), sleeper("e", 0.1))
    t = loop.create_task(sleeper("f", 2))
    await asyncio.sleep(0)
    t.cancel()
    done, pending = await asyncio.wait([t, loop.create_task(sleeper("g", 3))], timeout=nan)
    print(len(done), len(pending), loop.time())
    for p in pending:
        p.cancel()


asyncio.run(main())
