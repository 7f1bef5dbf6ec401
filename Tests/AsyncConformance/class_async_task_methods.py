import asyncio


class Downloader:
    def __init__(self, name, sizes):
        self.name = name
        self.sizes = sizes
        self.progress = 0

    async def download(self, size):
        await asyncio.sleep(size / 10)
        self.progress += size
        return size

    async def run(self):
        print(f"{self.name} starting")
        total = 0
        for size in self.sizes:
            total += await self.download(size)
            print(f"{self.name} progress {self.progress}")
        return f"{self.name}: {total}"


class Heartbeat:
    def __init__(self, interval):
        self.interval = interval
        self.beats = 0

    async def run(self):
        try:
            while True:
                await asyncio.sleep(self.interval)
                self.beats += 1
                print("beat", self.beats)
        except asyncio.CancelledError:
            print("heartbeat cancelled after", self.beats)
            raise
        finally:
            print("heartbeat cleanup")


class Failing:
    async def run(self):
        await asyncio.sleep(0.15)
        raise RuntimeError("worker crashed")


async def main():
    d1 = Downloader("alpha", [3, 1])
    d2 = Downloader("beta", [2, 2, 1])
    hb = Heartbeat(0.25)
    hb_task = asyncio.create_task(hb.run(), name="heartbeat")
    t1 = asyncio.create_task(d1.run(), name="alpha")
    t2 = asyncio.create_task(d2.run())
    print(t1.get_name(), t1.get_coro().__qualname__, t2.done())
    results = await asyncio.gather(t1, t2)
    print(results, t1.result(), t1.done())
    hb_task.cancel()
    try:
        await hb_task
    except asyncio.CancelledError:
        print("heartbeat task cancelled:", hb_task.cancelled())

    bad = asyncio.create_task(Failing().run())
    good = asyncio.create_task(Downloader("gamma", [1]).run())
    done = await asyncio.gather(bad, good, return_exceptions=True)
    print([repr(r) for r in done])
    print(bad.exception(), good.result())

    bound = d1.download
    print(bound.__self__ is d1, await bound(5), d1.progress)
    tasks = [asyncio.create_task(Downloader(f"w{i}", [i]).run()) for i in range(3)]
    finished, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in finished), len(pending))


asyncio.run(main())
