import asyncio

async def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
            except ValueError as e:
                print("echo caught", e)
                value = "error"
            received.append(value)
            await asyncio.sleep(0.1)
    finally:
        print("echo finally", received)

async def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("countdown done")

async def main():
    g = echo()
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await)
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("bad")))
    print(await anext(g))
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.asend("late")
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    c = countdown(3)
    print(aiter(c) is c)
    print(await anext(c), await anext(c), await anext(c))
    print(await anext(c, "empty"))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("exhausted")
    # the same awaitable cannot be awaited twice
    c2 = countdown(2)
    nxt = c2.__anext__()
    print(await nxt)
    try:
        await nxt
    except RuntimeError as e:
        print("RuntimeError:", e)
    # sending a value into a fresh one
    try:
        await countdown(1).asend(5)
    except TypeError as e:
        print("TypeError:", e)
    # ignoring GeneratorExit
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    # concurrent __anext__ while one is still running
    async def slow():
        await asyncio.sleep(1)
        yield "slow"
    sl = slow()
    t = asyncio.create_task(anext(sl))
    await asyncio.sleep(0.5)
    print("running", sl.ag_running, type(sl.ag_await).__name__)
    try:
        await anext(sl)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)
    # athrow into a finished one, and into a fresh one
    done = countdown(0)
    async for _ in done:
        pass
    try:
        await done.athrow(KeyError("k"))
    except StopAsyncIteration as e:
        print("athrow finished:", repr(e))
    try:
        await countdown(2).athrow(KeyError("k"))
    except KeyError as e:
        print("athrow fresh:", repr(e))
    # misuse in sync code
    try:
        for x in countdown(1):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await countdown(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        next(countdown(1))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
