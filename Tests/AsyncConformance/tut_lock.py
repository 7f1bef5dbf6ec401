import asyncio

counter = 0

async def increment(lock, name):
    global counter
    for _ in range(3):
        async with lock:
            value = counter
            await asyncio.sleep(0.1)  # a context switch inside the critical section
            counter = value + 1
            print(f"{name}: counter -> {counter}")

async def unsafe_increment(name):
    global counter
    for _ in range(3):
        value = counter
        await asyncio.sleep(0.1)
        counter = value + 1

async def main():
    global counter
    lock = asyncio.Lock()
    await asyncio.gather(*(increment(lock, f"worker-{i}") for i in range(3)))
    print("with lock:", counter)
    counter = 0
    await asyncio.gather(*(unsafe_increment(f"w{i}") for i in range(3)))
    print("without lock:", counter)
    print(lock.locked())

asyncio.run(main())
