import asyncio


async def fetch():
    await asyncio.wait_for(asyncio.sleep(1), 0.01)


async def main():
    t = asyncio.create_task(fetch())
    await asyncio.sleep(0.05)
    print(t.done())
    del t

asyncio.run(main())
print("end")
