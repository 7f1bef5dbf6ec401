# Producers and consumers around an asyncio.Queue, each with its own child logger.
import asyncio
import logging
import random
import sys

random.seed(11)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(asctime)s.%(msecs)03d %(name)-18s %(message)s", datefmt="%M:%S"))
base = logging.getLogger("shop")
base.addHandler(handler)
base.setLevel(logging.INFO)


async def producer(name, queue, n):
    log = base.getChild("producer." + name)
    for i in range(n):
        await asyncio.sleep(random.uniform(0.05, 0.3))
        item = f"{name}-{i}"
        await queue.put(item)
        log.info("put %s (queue size %d)", item, queue.qsize())
    log.info("done")


async def consumer(name, queue):
    log = base.getChild("consumer." + name)
    handled = 0
    while True:
        item = await queue.get()
        await asyncio.sleep(random.uniform(0.1, 0.4))
        handled += 1
        log.info("handled %s", item)
        if item.endswith("-3"):
            log.warning("item %s needs review", item)
        queue.task_done()
        if handled > 100:
            break


async def main():
    queue = asyncio.Queue(maxsize=3)
    consumers = [asyncio.create_task(consumer(c, queue)) for c in ("c1", "c2")]
    await asyncio.gather(producer("p1", queue, 5), producer("p2", queue, 4))
    await queue.join()
    base.info("all items handled")
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    base.info("consumers stopped: %s", [type(r).__name__ for r in results])


asyncio.run(main())
