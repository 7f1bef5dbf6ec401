import asyncio


async def job():
    await asyncio.sleep(5)


async def main():
    t = asyncio.create_task(job())
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending))
    t.cancel()
    await asyncio.wait([])

asyncio.run(main())
