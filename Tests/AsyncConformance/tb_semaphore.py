import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    try:
        await asyncio.wait_for(sem.acquire(), 0.01)
    finally:
        print("released")
        sem.release()

asyncio.run(main())
