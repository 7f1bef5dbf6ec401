# A depth-first site crawler: a LifoQueue subclass that skips pages already seen, workers
# that join() the queue, and a Queue subclass with its own repr and put override.
import asyncio

SITE = {
    "/": ["/docs", "/blog", "/about"],
    "/docs": ["/docs/intro", "/docs/api", "/"],
    "/docs/intro": ["/docs/api"],
    "/docs/api": ["/docs/api/queues", "/docs/api/locks"],
    "/docs/api/queues": [],
    "/docs/api/locks": ["/docs/api/queues"],
    "/blog": ["/blog/2023", "/about"],
    "/blog/2023": [],
    "/about": ["/"],
}


class UniqueLifoQueue(asyncio.LifoQueue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self.seen = set()

    def put_nowait(self, item):
        if item in self.seen:
            return False
        self.seen.add(item)
        super().put_nowait(item)
        return True


class CountingQueue(asyncio.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.total = 0

    async def put(self, item):
        self.total += 1
        await super().put(item)

    def __repr__(self):
        return f"<CountingQueue total={self.total} {self._format()}>"


async def crawler(name, frontier, found):
    while True:
        page = await frontier.get()
        await asyncio.sleep(0.1 * (1 + page.count("/")))
        links = SITE[page]
        new = [link for link in links if frontier.put_nowait(link)]
        await found.put((name, page, new))
        frontier.task_done()


async def main():
    frontier = UniqueLifoQueue()
    found = CountingQueue()
    frontier.put_nowait("/")
    print(type(frontier).__mro__[:3], type(frontier).__module__)
    print(str(frontier), isinstance(frontier, asyncio.Queue))
    workers = [asyncio.create_task(crawler(f"c{i}", frontier, found)) for i in range(2)]
    await frontier.join()
    print("crawled", len(frontier.seen), "pages at", asyncio.get_running_loop().time())
    print(repr(found))
    while not found.empty():
        name, page, new = found.get_nowait()
        print(f"  {name} {page:18} new links {new}")
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))
    print(str(frontier), repr(found), found.maxsize)


asyncio.run(main())
