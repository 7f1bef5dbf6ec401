# A job scheduler on asyncio.PriorityQueue: (priority, sequence, job) tuples, workers that
# take the most urgent job first, urgent jobs arriving while they work, and queue reprs.
import asyncio


def masked(q):
    r = repr(q)
    return r[:r.index(' at ')] + r[r.index(' maxsize'):]


async def worker(name, queue, log):
    while True:
        priority, seq, job = await queue.get()
        print(f"{name} runs {job!r} (priority {priority}, #{seq}) at {asyncio.get_running_loop().time():.2f}")
        await asyncio.sleep(0.1 * len(job))
        log.append(job)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    jobs = [(3, "backup"), (1, "page oncall"), (2, "resize images"), (5, "cleanup tmp"),
            (1, "restart db"), (4, "send digest"), (2, "rotate logs")]
    for seq, (priority, job) in enumerate(jobs):
        queue.put_nowait((priority, seq, job))
    print(str(queue))
    print(masked(queue))
    print("qsize", queue.qsize(), "empty", queue.empty(), "full", queue.full(), "maxsize", queue.maxsize)

    log = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, log)) for i in range(2)]
    await asyncio.sleep(0)
    print("after first pick:", str(queue))
    await asyncio.sleep(1.0)
    await queue.put((0, 99, "hotfix"))
    print("urgent job queued:", str(queue))
    await queue.join()
    print("log", log)
    print("idle:", str(queue))
    for w in workers:
        w.cancel()
    await asyncio.sleep(0)
    print("workers cancelled:", str(queue), [w.cancelled() for w in workers])

    # A bounded priority queue refuses more, and the errors carry no message.
    small = asyncio.PriorityQueue(maxsize=2)
    small.put_nowait((2, "b"))
    small.put_nowait((1, "a"))
    try:
        small.put_nowait((0, "z"))
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(e), str(e) == "", isinstance(e, Exception))
    print(str(small), small.full())
    print(small.get_nowait(), small.get_nowait())
    try:
        small.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(e))
    try:
        small.task_done()
        small.task_done()
        small.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    print(type(small).__mro__)
    print(issubclass(asyncio.PriorityQueue, asyncio.Queue), type(small).__module__)


asyncio.run(main())
