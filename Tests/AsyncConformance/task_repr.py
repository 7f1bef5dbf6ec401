# repr() of tasks and futures as CPython prints them: state, coroutine position, what they wait for.
import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

async def boom():
    raise ValueError("x")

async def main():
    t = asyncio.create_task(child(1))
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(b)
    c = asyncio.create_task(child(5), name="named")
    await asyncio.sleep(0)
    c.cancel()
    print(c)
    try:
        await c
    except asyncio.CancelledError:
        pass
    print(c)
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result([1])
    print(f)

asyncio.run(main())
