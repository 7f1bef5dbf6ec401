# What repr() and str() show for queues and locks as tasks wait on them: getters, putters,
# unfinished tasks, waiters; LifoQueue order; BoundedSemaphore's and Semaphore's ValueErrors;
# a primitive used from a second event loop.
import asyncio


def masked(obj):
    r = repr(obj)
    at = r.index(' at ')
    end = r.index(' ', at + 4)
    return r[:at] + ' at ADDR' + r[end:]


async def lifo():
    undo = asyncio.LifoQueue()
    for action in ["type 'a'", "type 'b'", "bold", "delete line"]:
        await undo.put(action)
    print(str(undo))
    while not undo.empty():
        print("undo", undo.get_nowait(), "| left", undo.qsize())
    undo.task_done()
    print(str(undo), masked(undo))


async def waiting_sides():
    q = asyncio.Queue(maxsize=1)
    print(str(q), masked(q))

    async def getter(i):
        item = await q.get()
        print(f"getter {i} got {item!r}")

    getters = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("three getters:", str(q))
    await q.put("job")
    print("one put:", str(q))
    await asyncio.sleep(0)
    print("after a step:", str(q))
    for i in range(2):
        q.put_nowait(f"job{i}")
        await asyncio.sleep(0)
    await asyncio.gather(*getters)
    q.put_nowait("full")

    async def putter(i):
        await q.put(f"late{i}")
        print(f"putter {i} done")

    putters = [asyncio.create_task(putter(i)) for i in range(2)]
    await asyncio.sleep(0)
    print("two putters:", str(q), masked(q))
    print(q.get_nowait(), str(q))
    await asyncio.sleep(0)
    print(str(q))
    putters[1].cancel()
    await asyncio.sleep(0)
    print("putter 1 cancelled:", str(q), putters[1].cancelled())
    try:
        q.put_nowait("more")
    except asyncio.QueueFull as e:
        print(type(e).__name__)
    print([q.get_nowait() for _ in range(q.qsize())], str(q))


async def lock_reprs():
    lock = asyncio.Lock()
    event = asyncio.Event()
    sem = asyncio.Semaphore(2)
    bsem = asyncio.BoundedSemaphore(1)
    for p in (lock, event, sem, bsem):
        print(masked(p))

    async def hold():
        async with lock:
            await event.wait()

    async def queue_up():
        async with lock:
            pass

    tasks = [asyncio.create_task(hold()), asyncio.create_task(queue_up()), asyncio.create_task(queue_up())]
    async with sem:
        async with bsem:
            await asyncio.sleep(0)
            for p in (lock, event, sem, bsem):
                print(masked(p))
    event.set()
    print(masked(event), masked(lock))
    await asyncio.gather(*tasks)
    print(masked(lock), lock.locked(), event.is_set())
    try:
        bsem.release()
    except ValueError as e:
        print(type(e).__name__, e)
    sem.release()
    print(masked(sem), sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    return lock


lock = asyncio.run(lifo()) or asyncio.run(waiting_sides()) or asyncio.run(lock_reprs())


async def other_loop():
    await lock.acquire()
    try:
        await lock.acquire()
    except RuntimeError as e:
        print(type(e).__name__, str(e)[:str(e).index(' at ')], str(e)[str(e).index('['):])
    lock.release()
    cond = asyncio.Condition(lock)
    async with cond:
        print("locked again in a new loop")
    event = asyncio.Event()
    waiter = asyncio.create_task(event.wait())
    await asyncio.sleep(0)
    print(masked(event))
    event.set()
    print(await waiter)

try:
    asyncio.run(other_loop())
except RuntimeError as e:
    print(type(e).__name__, str(e)[:str(e).index(' at ')], str(e)[str(e).index('['):])
