import asyncio

# When asyncio closes async generators a program lets go of: the loop's
# finalizer hook schedules aclose() in a new task; asyncio.run closes the
# ones still alive at the end (shutdown_asyncgens).

async def numbers(tag, n=10):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(f"{tag}: finally at t={asyncio.get_running_loop().time() % 1000:.1f}")

async def slow_cleanup(tag):
    try:
        yield 1
        yield 2
    finally:
        print(f"{tag}: cleaning up...")
        await asyncio.sleep(0.5)
        print(f"{tag}: cleaned up")

async def no_cleanup():
    yield 1
    yield 2

kept = None

async def worker():
    g = numbers("worker-local")
    print("worker got", await anext(g))
    print("worker returns")
    return "w"

async def main():
    global kept
    async for x in numbers("broken"):
        if x == 1:
            break
    print("main after break")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    # dropped while never finished, no try: still closed in a task
    g = no_cleanup()
    print(await anext(g))
    g = None
    print("dropped no_cleanup")
    await asyncio.sleep(0)
    # cleanup that awaits
    s = slow_cleanup("slow")
    print(await anext(s))
    del s
    print("deleted slow")
    await asyncio.sleep(1)
    print(await asyncio.create_task(worker()))
    await asyncio.sleep(0.2)
    # kept alive by a global: closed by asyncio.run's shutdown_asyncgens
    kept = numbers("global")
    print(await anext(kept))
    local_kept = slow_cleanup("main-local")
    print(await anext(local_kept))
    # never started: nothing to close
    unstarted = numbers("unstarted")
    print("main returns")

asyncio.run(main())
print("after run", kept is not None)
