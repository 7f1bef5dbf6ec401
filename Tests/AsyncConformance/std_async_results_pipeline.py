# Worker tasks whose results are ranked with operator, grouped with itertools and merged with heapq.
import asyncio
import heapq
import itertools
import operator
from functools import partial, total_ordering


@total_ordering
class Result:
    ids = itertools.count(1)

    def __init__(self, worker, job, score, finished):
        self.id = next(Result.ids)
        self.worker, self.job, self.score, self.finished = worker, job, score, finished

    def __eq__(self, other):
        return (self.score, self.id) == (other.score, other.id)

    def __lt__(self, other):
        return (self.score, self.id) < (other.score, other.id)

    def __repr__(self):
        return f"Result#{self.id}({self.worker}/{self.job} score={self.score} t={self.finished})"


async def worker(name, jobs, speed, out):
    loop = asyncio.get_running_loop()
    for job in jobs:
        await asyncio.sleep(speed * len(job))
        out.append(Result(name, job, sum(map(ord, job)) % 17, round(loop.time(), 2)))
    return name


async def stream(name, values, delay):
    for v in values:
        await asyncio.sleep(delay)
        yield (v, name)


async def collect(agen):
    return [x async for x in agen]


async def main():
    out = []
    jobs = ["build", "test", "lint", "docs", "deploy", "bench", "fmt"]
    chunks = [jobs[i::3] for i in range(3)]
    names = await asyncio.gather(*itertools.starmap(partial(worker, out=out), zip("abc", chunks, [0.5, 0.3, 0.2])))
    print(names)
    for r in sorted(out, key=operator.attrgetter("finished", "worker")):
        print(r)
    print(heapq.nlargest(3, out), heapq.nsmallest(2, out, key=operator.attrgetter("finished")))
    print(max(out), min(out), sorted(out)[:2])
    by_worker = sorted(out, key=operator.attrgetter("worker"))
    for w, rs in itertools.groupby(by_worker, key=operator.attrgetter("worker")):
        rs = list(rs)
        print(w, len(rs), sum(map(operator.attrgetter("score"), rs)), list(map(operator.attrgetter("job"), rs)))
    a, b = await asyncio.gather(collect(stream("x", [1, 4, 9], 0.5)), collect(stream("y", [2, 3, 10, 11], 0.25)))
    print(list(heapq.merge(a, b)))
    print(list(heapq.merge(a, b, key=operator.itemgetter(1), reverse=False)))
    totals = list(itertools.accumulate(map(operator.itemgetter(0), heapq.merge(a, b))))
    print(totals, list(itertools.pairwise(totals))[:3])


asyncio.run(main())
