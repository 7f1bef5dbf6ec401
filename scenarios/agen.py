import asyncio

# An async-generator pipeline: readings -> only the changes -> batches.
# The consumer stops early; asyncio closes the abandoned stages for it.

async def readings(sensor, interval):
    """Poll a sensor forever, one reading per interval."""
    n = 0
    try:
        while True:
            await asyncio.sleep(interval)
            n += 1
            value = (n * 7) % 5
            print(f"  {sensor} reads {value}")
            yield value
    finally:
        print(f"  {sensor} powered off after {n} readings")

async def changes(source):
    last = None
    async for value in source:
        if value != last:
            last = value
            yield value

async def batches(source, size):
    batch = []
    async for value in source:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []

async def main():
    count = 0
    async for batch in batches(changes(readings("thermo", 0.5)), 2):
        count += 1
        print(f"batch {count}: {batch}")
        if count == 2:
            break
    print("consumer done; the abandoned stages are closed in a task")
    await asyncio.sleep(0)
    # One left suspended at the end: asyncio.run closes it (shutdown_asyncgens).
    humidity = readings("hygro", 0.25)
    print("first humidity:", await anext(humidity))
    print("main returns")
    return humidity

asyncio.run(main())
