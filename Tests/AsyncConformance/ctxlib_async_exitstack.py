# AsyncExitStack: open a variable number of async resources, close them in reverse order.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, nullcontext, aclosing


class Channel:
    def __init__(self, name, fail_open=False, fail_close=False):
        self.name = name
        self.fail_open = fail_open
        self.fail_close = fail_close

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        if self.fail_open:
            raise ConnectionRefusedError(f"{self.name} refused")
        print("opened", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.05)
        print("closed", self.name, "after", exc_type.__name__ if exc_type else "success")
        if self.fail_close:
            raise OSError(f"{self.name} close failed")
        return False


@asynccontextmanager
async def session(user):
    print("login", user)
    yield {"user": user}
    await asyncio.sleep(0.01)
    print("logout", user)


async def notify(message, delay=0.02):
    await asyncio.sleep(delay)
    print("notify:", message)


def sync_cleanup(what):
    print("sync cleanup:", what)


async def broadcast(names):
    async with AsyncExitStack() as stack:
        channels = [await stack.enter_async_context(Channel(n)) for n in names]
        s = await stack.enter_async_context(session("admin"))
        stack.push_async_callback(notify, f"{len(channels)} channels done")
        stack.callback(sync_cleanup, "buffers")
        print("broadcasting as", s["user"], "on", [c.name for c in channels])
        await asyncio.sleep(0.2)
    print("broadcast finished")


async def partial_failure():
    try:
        async with AsyncExitStack() as stack:
            for ch in [Channel("a"), Channel("b"), Channel("c", fail_open=True), Channel("d")]:
                await stack.enter_async_context(ch)
    except ConnectionRefusedError as e:
        print("failed:", e)


async def close_errors():
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Channel("x", fail_close=True))
            await stack.enter_async_context(Channel("y", fail_close=True))
            raise ValueError("body failed")
    except OSError as e:
        chain = []
        while e is not None:
            chain.append(f"{type(e).__name__}: {e}")
            e = e.__context__
        print(" <- ".join(chain))


async def exit_callbacks():
    async def suppress_value_errors(exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("async exit sees", exc_type.__name__ if exc_type else None)
        return exc_type is ValueError

    def log_exit(exc_type, exc, tb):
        print("sync exit sees", exc_type.__name__ if exc_type else None)

    async with AsyncExitStack() as stack:
        stack.push(log_exit)
        stack.push_async_exit(suppress_value_errors)
        stack.push_async_exit(Channel("pushed"))
        raise ValueError("suppressed by an async exit")
    print("after suppression")


async def transfer_ownership():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(Channel("long-lived"))
        keep = stack.pop_all()
    print("stack left, channel still open")
    await keep.aclose()
    await keep.aclose()


async def wrong_objects():
    stack = AsyncExitStack()
    for obj in [Channel, 3]:
        try:
            await stack.enter_async_context(obj)
        except TypeError as e:
            print(type(e).__name__, e)

    class SyncOnly:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pass

    try:
        await stack.enter_async_context(SyncOnly())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        async with SyncOnly():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    print("sync enter works:", stack.enter_context(SyncOnly()).__class__.__name__)
    await stack.aclose()


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("ticker cleaned up")


async def use_aclosing():
    async with aclosing(ticker(10)) as ticks:
        async for t in ticks:
            print("tick", t)
            if t == 2:
                break
    print("after aclosing")
    async with nullcontext(42) as answer:
        print("nullcontext gave", answer)


async def main():
    await asyncio.gather(broadcast(["news", "sports"]), broadcast(["weather"]))
    await partial_failure()
    await close_errors()
    await exit_callbacks()
    await transfer_ownership()
    await wrong_objects()
    await use_aclosing()


asyncio.run(main())
