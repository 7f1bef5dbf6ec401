import asyncio


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job.name}: {reason}")
        self.job = job


class Job:
    def __init__(self, name, duration, fail=False):
        self.name = name
        self.duration = duration
        self.fail = fail
        self.state = "new"

    async def run(self):
        self.state = "running"
        try:
            await asyncio.sleep(self.duration)
            if self.fail:
                raise JobError(self, "exploded")
            self.state = "done"
            return self.name
        except asyncio.CancelledError:
            self.state = "cancelled"
            raise
        finally:
            print(f"{self.name} -> {self.state}")

    def __repr__(self):
        return f"Job({self.name!r}, {self.state})"


class Scheduler:
    def __init__(self, jobs):
        self.jobs = jobs

    async def run_all(self):
        async with asyncio.TaskGroup() as tg:
            for job in self.jobs:
                tg.create_task(job.run())
        return [job.state for job in self.jobs]

    async def run_lenient(self):
        results = await asyncio.gather(*(job.run() for job in self.jobs), return_exceptions=True)
        return [r if isinstance(r, str) else f"{type(r).__name__}({r})" for r in results]


async def main():
    print(await Scheduler([Job("a", 0.1), Job("b", 0.2)]).run_all())
    jobs = [Job("c", 0.3), Job("d", 0.1, fail=True)]
    try:
        await Scheduler(jobs).run_all()
    except ExceptionGroup as eg:
        print("group:", eg, [type(e).__name__ for e in eg.exceptions], eg.exceptions[0].job)
    print(jobs)
    print(await Scheduler([Job("f", 0.1, fail=True), Job("g", 0.2)]).run_lenient())
    job = Job("h", 0.1, fail=True)
    task = asyncio.create_task(job.run())
    await asyncio.sleep(0.2)
    print(task.done(), type(task.exception()).__name__, task.exception().job)
    await Job("last", 0.1, fail=True).run()


asyncio.run(main())
