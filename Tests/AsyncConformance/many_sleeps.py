# Sleeps and futures made and dropped in bulk, with results, cancellations, timeouts,
# kept coroutine objects and loop futures.
import asyncio


async def sleeper(i):
    total = 0
    for k in range(30):
        total += await asyncio.sleep((i * 7 + k) % 5 * 0.01, result=k)
    return total


async def cancelled(i):
    try:
        await asyncio.sleep(10 + i)
    except asyncio.CancelledError:
        return "cancelled %d" % i


async def fut_user(loop, i):
    for k in range(10):
        f = loop.create_future()
        loop.call_later(0.003 * (k % 3), f.set_result, (i, k))
        got = await f
        if k % 4 == 0:
            print("fut", i, k, got, f.done(), f.result())
    return i


async def main():
    loop = asyncio.get_running_loop()
    kept = asyncio.sleep(0.5, result="kept")
    print(type(kept).__name__, kept.__name__)
    workers = [asyncio.create_task(sleeper(i)) for i in range(40)]
    victims = [asyncio.create_task(cancelled(i)) for i in range(20)]
    users = [asyncio.create_task(fut_user(loop, i)) for i in range(5)]
    await asyncio.sleep(0.05)
    for v in victims[::2]:
        v.cancel()
    print(await asyncio.gather(*workers))
    print(await asyncio.gather(*users))
    for v in victims[1::2]:
        v.cancel()
    print(await asyncio.gather(*victims))
    print(await kept)
    try:
        await kept
    except RuntimeError as e:
        print("again:", e)
    try:
        await asyncio.wait_for(asyncio.sleep(5, result="late"), 0.1)
    except asyncio.TimeoutError:
        print("timed out at", round(loop.time(), 3))
    print(await asyncio.wait_for(asyncio.sleep(0.1, result="early"), 5))
    print("t =", round(loop.time(), 3))


asyncio.run(main())
