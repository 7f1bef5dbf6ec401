# Task states as an Enum in an asyncio job runner: workers move jobs through the states.
import asyncio
from enum import Enum, auto, unique


@unique
class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

    @property
    def finished(self):
        return self in (State.DONE, State.FAILED)

    def __str__(self):
        return self.name.lower()


ALLOWED = {
    State.PENDING: {State.RUNNING},
    State.RUNNING: {State.DONE, State.FAILED},
    State.DONE: set(),
    State.FAILED: set(),
}


class Job:
    def __init__(self, name, duration, fails=False):
        self.name = name
        self.duration = duration
        self.fails = fails
        self.state = State.PENDING
        self.history = [State.PENDING]

    def move(self, new):
        if new not in ALLOWED[self.state]:
            raise RuntimeError(f"{self.name}: {self.state} -> {new} is not allowed")
        self.state = new
        self.history.append(new)


async def worker(wid, queue, log):
    loop = asyncio.get_running_loop()
    while True:
        job = await queue.get()
        job.move(State.RUNNING)
        log.append(f"{loop.time():4.1f} w{wid} {job.name} {job.state}")
        await asyncio.sleep(job.duration)
        job.move(State.FAILED if job.fails else State.DONE)
        log.append(f"{loop.time():4.1f} w{wid} {job.name} {job.state}")
        queue.task_done()


async def main():
    jobs = [Job("fetch", 1.5), Job("parse", 0.5), Job("store", 1.0, fails=True), Job("index", 2.0), Job("mail", 0.25)]
    queue = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    log = []
    workers = [asyncio.create_task(worker(i, queue, log)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("\n".join(log))
    counts = {s: 0 for s in State}
    for job in jobs:
        counts[job.state] += 1
    print({str(s): n for s, n in counts.items()})
    print(all(j.state.finished for j in jobs), [repr(s) for s in jobs[2].history])
    done = [j.name for j in jobs if j.state is State.DONE]
    print(sorted(done), State["FAILED"], State(2))
    jobs[0].move(State.RUNNING)


asyncio.run(main())
