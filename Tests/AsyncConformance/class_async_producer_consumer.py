import asyncio


class Producer:
    def __init__(self, name, queue, items, delay):
        self.name = name
        self.queue = queue
        self.items = items
        self.delay = delay
        self.sent = 0

    async def run(self):
        for item in self.items:
            await asyncio.sleep(self.delay)
            await self.queue.put((self.name, item))
            self.sent += 1
            print(f"{self.name} put {item} (size {self.queue.qsize()})")
        return self.sent


class Consumer:
    def __init__(self, name, queue, work_time):
        self.name = name
        self.queue = queue
        self.work_time = work_time
        self.handled = []

    async def run(self):
        while True:
            source, item = await self.queue.get()
            try:
                if item is None:
                    print(f"{self.name} got stop from {source}")
                    return len(self.handled)
                await asyncio.sleep(self.work_time)
                self.handled.append(f"{source}:{item}")
                print(f"{self.name} handled {source}:{item}")
            finally:
                self.queue.task_done()

    def __repr__(self):
        return f"<Consumer {self.name} handled={len(self.handled)}>"


class Pipeline:
    def __init__(self, consumers=2, maxsize=2):
        self.queue = asyncio.Queue(maxsize=maxsize)
        self.producers = [
            Producer("p1", self.queue, ["a", "b", "c"], 0.1),
            Producer("p2", self.queue, [1, 2], 0.25),
        ]
        self.consumers = [Consumer(f"c{i}", self.queue, 0.3 + i * 0.1) for i in range(consumers)]

    async def run(self):
        consumer_tasks = [asyncio.create_task(c.run(), name=c.name) for c in self.consumers]
        sent = await asyncio.gather(*(p.run() for p in self.producers))
        print("producers done", sent)
        await self.queue.join()
        print("queue drained")
        for c in self.consumers:
            await self.queue.put(("main", None))
        counts = await asyncio.gather(*consumer_tasks)
        print("consumer counts", counts, [t.get_name() for t in consumer_tasks])
        return self.consumers


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    consumers = await Pipeline().run()
    print(consumers, sorted(h for c in consumers for h in c.handled))
    print(f"elapsed {loop.time() - start:.2f}")


asyncio.run(main())
