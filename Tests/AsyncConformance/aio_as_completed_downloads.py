# Downloads simulated with sleep, handled as they complete with asyncio.as_completed:
# results in completion order, failures, a timeout for the slow ones, and misuse.
import asyncio

SIZES = {"index.html": 0.3, "logo.png": 1.2, "app.js": 0.8, "style.css": 0.5, "huge.iso": 9.0}


async def download(name):
    print(f"start {name} at {asyncio.get_running_loop().time():.1f}")
    await asyncio.sleep(SIZES[name])
    if name.endswith(".png"):
        raise ConnectionError(f"{name}: connection reset")
    return name, int(SIZES[name] * 1000)


async def fetch_all():
    total = 0
    for i, next_done in enumerate(asyncio.as_completed([download(n) for n in SIZES if n != "huge.iso"])):
        try:
            name, size = await next_done
            total += size
            print(f"{i}: {name} ({size} kB) done at {asyncio.get_running_loop().time():.1f}")
        except ConnectionError as e:
            print(f"{i}: failed: {type(e).__name__}: {e}")
    print("total", total)


async def with_timeout():
    names = ["style.css", "huge.iso", "index.html"]
    got = []
    try:
        for next_done in asyncio.as_completed([download(n) for n in names], timeout=2):
            got.append((await next_done)[0])
            print("got", got[-1])
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e), "after", got,
              "at", asyncio.get_running_loop().time())
    pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print("still running:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)


async def tasks_and_duplicates():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(download("app.js"), name="js")
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, ("manual", 0))
    order = []
    for c in asyncio.as_completed([t1, fut, t1]):
        order.append(await c)
    print(order)
    iterator = asyncio.as_completed([])
    print(list(iterator))


async def misuse():
    coro = download("index.html")
    try:
        for c in asyncio.as_completed(coro):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    coro.close()
    fut = asyncio.get_running_loop().create_future()
    try:
        next(asyncio.as_completed(fut))
    except TypeError as e:
        print(type(e).__name__, e)


async def main():
    await fetch_all()
    await with_timeout()
    await tasks_and_duplicates()
    await misuse()


asyncio.run(main())
