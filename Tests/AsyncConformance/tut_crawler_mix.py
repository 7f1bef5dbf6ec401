import asyncio
import enum
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("crawler")


class State(enum.Enum):
    QUEUED = enum.auto()
    FETCHING = enum.auto()
    DONE = enum.auto()
    FAILED = enum.auto()


@dataclass(order=True)
class Job:
    priority: int
    url: str = field(compare=False)
    state: State = field(default=State.QUEUED, compare=False)


LINK = re.compile(r'href="(?P<url>/[a-z/]+)"')
PAGES = {
    "/": '<a href="/docs">docs</a> <a href="/blog">blog</a>',
    "/docs": '<a href="/docs/api">api</a> <a href="/">home</a>',
    "/blog": '<a href="/blog/post">post</a>',
    "/docs/api": "",
    "/blog/post": '<a href="/missing">?</a>',
}


async def fetch(job):
    job.state = State.FETCHING
    await asyncio.sleep(0.1 * len(job.url))
    if job.url not in PAGES:
        job.state = State.FAILED
        raise LookupError(f"404 {job.url}")
    job.state = State.DONE
    return [m["url"] for m in LINK.finditer(PAGES[job.url])]


async def worker(name, queue, seen, stats):
    while True:
        job = await queue.get()
        try:
            links = await fetch(job)
        except LookupError as e:
            log.warning("%s: %s", name, e)
            stats[job.state.name] += 1
        else:
            log.info("%s fetched %s (%d links)", name, job.url, len(links))
            stats[job.state.name] += 1
            for url in links:
                if url not in seen:
                    seen.add(url)
                    await queue.put(Job(url.count("/"), url))
        finally:
            queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    seen = {"/"}
    stats = Counter()
    await queue.put(Job(0, "/"))
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, stats)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    print(sorted(seen))
    print(stats.most_common(), [s.name for s in State])


asyncio.run(main())
