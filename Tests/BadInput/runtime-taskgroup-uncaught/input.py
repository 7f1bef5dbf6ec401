import asyncio


async def download(name, fail):
    await asyncio.sleep(1)
    if fail:
        raise ConnectionError(f"{name}: connection reset")
    print(name, "downloaded")


async def main():
    async with asyncio.TaskGroup() as tg:
        for name, fail in [("a.txt", False), ("b.txt", True), ("c.txt", True)]:
            tg.create_task(download(name, fail))


asyncio.run(main())
