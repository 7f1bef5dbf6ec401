import asyncio

async def worker(name, lock, sem, log):
    async with sem:
        print(name, "in semaphore")
        async with lock:
            print(name, "has the lock")
            await asyncio.sleep(1)
            log.append(name)
        print(name, "released")

async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    log = []
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.5)
        ev.set()
        print("event set", ev.is_set())
    await asyncio.gather(*[worker(f"w{i}", lock, sem, log) for i in range(4)], setter(), ev.wait())
    print(log, lock.locked(), repr(lock).split(" at ")[0])

asyncio.run(main())
