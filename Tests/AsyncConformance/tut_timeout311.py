import asyncio

async def long_running_task():
    await asyncio.sleep(10)

async def main():
    try:
        async with asyncio.timeout(2):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")

    print("This statement will run regardless.")

    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        new_deadline = loop.time() + 1
        cm.reschedule(new_deadline)
        try:
            await asyncio.sleep(0.5)
        finally:
            print("expired?", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 3):
            await asyncio.sleep(5)
    except TimeoutError as e:
        print("timed out at", loop.time(), type(e).__name__)

asyncio.run(main())
