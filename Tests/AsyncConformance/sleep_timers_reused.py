# Sleeps cancelled while their timers wait, finished early by wait_for, and driven by hand:
# the loop reuses a finished sleep's timer handle only when nothing else holds it.
import asyncio
import random

async def sleeper(i):
    try:
        for k in range(5):
            await asyncio.sleep(random.random())
            print("sleeper", i, k, asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print("cancelled", i)
        raise
    return i

async def manual():
    c = asyncio.sleep(0.5)
    f = c.send(None)
    print("manual got", type(f).__name__, f.done())
    c.close()
    await asyncio.sleep(0.1)
    return "m"

async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(8)]
    await asyncio.sleep(0.7)
    for t in tasks[::3]:
        t.cancel()
    try:
        r = await asyncio.wait_for(sleeper(99), timeout=1.2)
    except asyncio.TimeoutError:
        print("timeout")
    print(await manual())
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in res])
    print(asyncio.get_running_loop().time())

asyncio.run(main())
