import asyncio

# An async-generator pipeline: a source of readings, a filter stage, a
# moving-average stage, consumed with an early break.

async def sensor(name, count, interval):
    print(f"{name}: start")
    try:
        for i in range(count):
            await asyncio.sleep(interval)
            value = (i * 37) % 11
            print(f"{name}: read {value}")
            yield value
    except GeneratorExit:
        print(f"{name}: closed early")
        raise
    finally:
        print(f"{name}: cleanup")

async def only_even(source):
    async for v in source:
        if v % 2 == 0:
            yield v

async def moving_average(source, width):
    window = []
    async for v in source:
        window.append(v)
        if len(window) > width:
            window.pop(0)
        yield sum(window) / len(window)

async def main():
    total = 0
    async for avg in moving_average(only_even(sensor("s1", 20, 0.25)), 3):
        print(f"avg {avg:.2f}")
        total += 1
        if total == 3:
            break
    print("after break")
    await asyncio.sleep(1)
    print("after sleep")
    results = [v async for v in sensor("s2", 3, 0.5)]
    print("s2 results", results)
    squares = {v: v * v async for v in only_even(sensor("s3", 4, 0.1))}
    print("squares", squares)
    gen = (v + 100 async for v in sensor("s4", 2, 0.1) if v > 0)
    print(type(gen).__name__, [x async for x in gen])

asyncio.run(main())
