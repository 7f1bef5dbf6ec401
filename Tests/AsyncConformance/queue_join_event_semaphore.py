# Queue.join/task_done, wait_for on an Event, cancelling a gather, a semaphore released by a timer.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize(), q.full())
    await q.join()
    print("all processed")


async def consumer(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(0.5)
        print(name, "got", item)
        q.task_done()


async def waiter(ev):
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
        print("event arrived")
    except asyncio.TimeoutError:
        print("gave up waiting at", asyncio.get_running_loop().time())


async def main():
    q = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await producer(q, 5)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    ev = asyncio.Event()
    await asyncio.gather(waiter(ev), waiter(ev))
    t = asyncio.create_task(asyncio.sleep(5, result="slow"))
    g = asyncio.gather(t, asyncio.sleep(1))
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", t.cancelled())
    sem = asyncio.Semaphore(0)
    asyncio.get_running_loop().call_later(2, sem.release)
    await sem.acquire()
    print("semaphore acquired at", asyncio.get_running_loop().time())
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))


asyncio.run(main())
