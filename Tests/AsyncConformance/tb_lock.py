import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(1)


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    async with asyncio.timeout(0.01):
        async with lock:
            print("never")
    t.cancel()

asyncio.run(main())
