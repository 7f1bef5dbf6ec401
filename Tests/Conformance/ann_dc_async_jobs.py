import asyncio
from dataclasses import dataclass, field, asdict
from typing import List, Optional


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    duration: float = field(default=0.05, compare=False)
    attempts: int = field(default=0, compare=False, repr=False)


@dataclass
class Result:
    job: Job
    worker: str
    order: int
    error: Optional[str] = None


@dataclass
class Stats:
    done: List[Result] = field(default_factory=list)
    failed: List[Result] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.done) + len(self.failed)


async def worker(name: str, queue: "asyncio.Queue[Job]", stats: Stats) -> None:
    while True:
        job = await queue.get()
        job.attempts += 1
        await asyncio.sleep(job.duration)
        if job.name.startswith("bad"):
            stats.failed.append(Result(job, name, stats.total + 1, error="boom"))
        else:
            stats.done.append(Result(job, name, stats.total + 1))
        queue.task_done()


async def main() -> None:
    jobs = sorted([Job(3, "report", 0.1), Job(1, "email", 0.05), Job(2, "bad-sync", 0.025), Job(1, "backup", 0.15)])
    print(jobs)
    queue: asyncio.Queue[Job] = asyncio.Queue()
    for j in jobs:
        queue.put_nowait(j)
    stats = Stats()
    workers = [asyncio.create_task(worker(f"w{i}", queue, stats)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for r in stats.done:
        print(r)
    print(stats.failed[0].error, stats.total, stats.failed[0].job.attempts)
    print(asdict(stats.done[0]))


asyncio.run(main())
