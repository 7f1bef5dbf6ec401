import asyncio

async def boom():
    await asyncio.sleep(1)
    raise KeyError("lost")

async def main():
    t = asyncio.create_task(boom())
    try:
        await t
    except KeyError as e:
        print("caught", repr(e), t.done(), repr(t.exception()))
    print(await asyncio.wait_for(asyncio.sleep(1, result="r"), None))
    await boom()

asyncio.run(main())
