import asyncio
from contextlib import aclosing, asynccontextmanager

async def numbers(label, n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print(f"{label}: closed")

async def consume(label, limit):
    async with aclosing(numbers(label, 100, 0.1)) as agen:
        async for x in agen:
            if x >= limit:
                break
    print(f"{label}: consumed up to {limit}")
    if limit == 2:
        raise ValueError(f"{label} failed")
    return limit

@asynccontextmanager
async def span(name):
    print("enter", name)
    try:
        yield name
    except* ValueError as eg:
        print("span saw", [str(e) for e in eg.exceptions])
        raise
    finally:
        print("exit", name)

async def main():
    try:
        async with span("work"):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(consume("a", 3))
                tg.create_task(consume("b", 2))
    except* ValueError as eg:
        print("main handled", len(eg.exceptions))
    results = [r async for r in numbers("c", 3, 0)]
    print(results)

asyncio.run(main())
