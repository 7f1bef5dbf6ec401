import asyncio

async def job(n):
    await asyncio.sleep(n)
    return asyncio.current_task().get_name()

async def main():
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2), name="named")
    print(await t1, await t2, asyncio.current_task().get_name())

asyncio.run(main())
asyncio.run(main())
