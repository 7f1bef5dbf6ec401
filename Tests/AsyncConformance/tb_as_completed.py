import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(job(0.01)), asyncio.create_task(job(5))]
    for fut in asyncio.as_completed(tasks, timeout=0.1):
        print(await fut)

asyncio.run(main())
