import asyncio

async def sleeper():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("cancelled with", repr(e))
        raise
    finally:
        print("finally")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    print("cancel returns", t.cancel("stop!"))
    print("cancel again", t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw", repr(e), t.cancelled(), t.done())
    await asyncio.sleep(5)
    print("t =", asyncio.get_running_loop().time())

asyncio.run(main())
