# A task queue on a deque: producers push jobs, workers poll the deque.
import asyncio
from collections import deque, Counter, namedtuple

Job = namedtuple("Job", "id kind cost")
jobs = deque()
done = Counter()
log = deque(maxlen=4)


async def producer(name, kinds, delay):
    for i, kind in enumerate(kinds):
        job = Job(f"{name}{i}", kind, len(kind) * 0.1)
        if kind == "urgent":
            jobs.appendleft(job)
        else:
            jobs.append(job)
        print(f"{name} queued {job} ({len(jobs)} waiting)")
        await asyncio.sleep(delay)


async def worker(name):
    idle = 0
    while idle < 3:
        if not jobs:
            idle += 1
            await asyncio.sleep(0.25)
            continue
        idle = 0
        job = jobs.popleft()
        print(f"{name} runs {job.id} kind={job.kind}")
        await asyncio.sleep(job.cost)
        done[job.kind] += 1
        log.append(job.id)
    return name


async def main():
    producers = [
        asyncio.create_task(producer("p", ["io", "cpu", "urgent", "io"], 0.3)),
        asyncio.create_task(producer("q", ["cpu", "io", "urgent"], 0.5)),
    ]
    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await asyncio.gather(*producers)
    names = await asyncio.gather(*workers)
    print("workers:", names)
    print("done:", done.most_common())
    print("last jobs:", log, len(jobs))


asyncio.run(main())
