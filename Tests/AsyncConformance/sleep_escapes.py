# An awaited asyncio.sleep(...) is freed the moment it returns, unless the program could
# still hold it or its future: reached through cr_await, stored before the await, or
# driven by hand so that its future came back to Python code.
import asyncio


async def worker(tag, n):
    for i in range(n):
        await asyncio.sleep(0.1 * (i + 1))
    return tag


async def drive_by_hand():
    c = worker("hand", 2)
    fut = c.send(None)
    print("by hand got", type(fut).__name__, fut.done())
    await asyncio.sleep(0.5)
    print("its future after the timer:", fut.done(), fut.result())
    fut2 = c.send(None)     # the first sleep returns, the second yields its future
    print("second future", type(fut2).__name__, fut2 is fut, fut2.done())
    c.close()
    print("first future still", fut.done(), fut.result(), fut.cancelled())


async def main():
    t = asyncio.create_task(worker("t", 3))
    await asyncio.sleep(0.05)
    seen = t.get_coro().cr_await
    print("cr_await:", type(seen).__name__, seen.cr_running)
    print(await t)
    try:
        await seen
    except RuntimeError as e:
        print("awaiting it again:", e)

    stored = asyncio.sleep(0.2, result="stored")
    print(await stored)
    try:
        await stored
    except RuntimeError as e:
        print("stored again:", e)

    saved = []

    def keep(s):
        saved.append(s)
        return s

    print(await keep(asyncio.sleep(0.1, result="kept")))
    try:
        await saved[0]
    except RuntimeError as e:
        print("kept again:", e)

    await drive_by_hand()
    many = await asyncio.gather(*[worker(i, 5) for i in range(20)])
    print(many, asyncio.get_running_loop().time())


asyncio.run(main())
