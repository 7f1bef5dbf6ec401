import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    print("worker", n, "done")

async def main():
    tasks = [asyncio.create_task(worker(n), name=f"worker-{n}") for n in range(12)]
    await asyncio.sleep(0.05)
    print("started")
    await asyncio.gather(*tasks)
    raise ValueError("the end")

asyncio.run(main())
