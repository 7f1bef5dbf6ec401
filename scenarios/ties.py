import asyncio


async def sleeper(name, rounds):
    for r in range(rounds):
        await asyncio.sleep(1)
        print(f"round {r}: {name}")


async def main():
    await asyncio.gather(*[sleeper(f"task-{i}", 3) for i in range(5)])


asyncio.run(main())
