# Cleanup of async context managers when tasks are cancelled or time out.
import asyncio
from contextlib import asynccontextmanager, AsyncContextDecorator, AsyncExitStack, suppress

events = []


@asynccontextmanager
async def lease(name, hold=0.05):
    events.append(f"lease {name}")
    try:
        yield name
    except asyncio.CancelledError:
        events.append(f"cancelled inside {name}")
        raise
    finally:
        await asyncio.sleep(hold)       # the cleanup itself takes time
        events.append(f"returned {name}")


class traced(AsyncContextDecorator):
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        print("enter", self.label)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("exit", self.label, exc_type.__name__ if exc_type else "ok")
        return False


@traced("download")
async def download(url, seconds):
    async with lease(url):
        await asyncio.sleep(seconds)
        return f"{url}: {seconds}s"


async def main():
    # A task cancelled while it holds a lease: the lease is still returned.
    task = asyncio.create_task(download("slow.example", 10))
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("download cancelled:", task.cancelled())

    # A timeout around an async with.
    try:
        async with asyncio.timeout(0.5):
            await download("timeout.example", 3)
    except TimeoutError:
        print("timed out")

    # Several downloads in a TaskGroup, one failing.
    async def failing():
        async with lease("broken"):
            await asyncio.sleep(0.2)
            raise ConnectionResetError("peer reset")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("a.example", 0.1))
            tg.create_task(download("b.example", 1))
            tg.create_task(failing())
    except BaseException as e:
        print(type(e).__name__, [type(x).__name__ for x in e.exceptions])

    # Cancellation while an AsyncExitStack unwinds.
    async def holder():
        async with AsyncExitStack() as stack:
            for n in range(3):
                await stack.enter_async_context(lease(f"stack-{n}", hold=0.1))
            await asyncio.sleep(5)

    t = asyncio.create_task(holder())
    await asyncio.sleep(0.3)
    t.cancel()
    with suppress(asyncio.CancelledError):
        await t
    print("holder cancelled:", t.cancelled())

    results = await asyncio.gather(download("x.example", 0.3), download("y.example", 0.1))
    print(results)
    for e in events:
        print(e)


asyncio.run(main())
