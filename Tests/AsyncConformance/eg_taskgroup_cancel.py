# TaskGroup and gather failures: cancellation, CancelledError raised by a child, an outer
# cancel, an error while the body waits, and gather's first error.
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} woke")
    finally:
        print(f"{name} finally at {asyncio.get_running_loop().time()}")


async def fail(name, delay, exc):
    await asyncio.sleep(delay)
    print(f"{name} raises {exc!r}")
    raise exc


async def child_cancels_itself():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("s1", 1))
        tg.create_task(fail("c", 0.5, asyncio.CancelledError()))
    print("a child's CancelledError is not an error of the group")


async def outer_cancel():
    async def group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("s3", 10))
            await sleeper("s4", 10)     # one task only: CPython cancels a group's tasks in set order
    task = asyncio.create_task(group())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("the group's task was cancelled:", task.cancelled())


async def error_while_cancelling():
    async def group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("s5", 10))
            tg.create_task(fail("late", 1, ValueError("late")))
            await asyncio.sleep(10)
    try:
        await group()
    except* ValueError as eg:
        print("error wins over the cancel:", repr(eg))


async def after_abort():
    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(fail("f", 0, LookupError("l")))
            await asyncio.sleep(1)
    except* LookupError:
        print("caught; repr after:", repr(tg))
    coro = sleeper("never", 1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
        coro.close()


async def with_gather():
    try:
        await asyncio.gather(fail("g1", 1, ValueError("g1")), fail("g2", 2, TypeError("g2")), sleeper("g3", 3))
    except ValueError as e:
        print("gather raised the first error:", repr(e))
    await asyncio.sleep(3)
    res = await asyncio.gather(fail("r1", 1, ValueError("r1")), sleeper("r2", 1), return_exceptions=True)
    print("with return_exceptions:", res)
    try:
        raise ExceptionGroup("gathered", [e for e in res if isinstance(e, Exception)])
    except* ValueError as eg:
        print("regrouped:", repr(eg))


async def main():
    for f in (child_cancels_itself, outer_cancel, error_while_cancelling, after_abort, with_gather):
        print(f"== {f.__name__}")
        await f()


asyncio.run(main())
