import asyncio

async def eternity():
    # Sleep for one hour
    await asyncio.sleep(3600)
    print('yay!')

async def main():
    # Wait for at most 1 second
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)
    except asyncio.TimeoutError:
        print('timeout!')

    async def slow():
        await asyncio.sleep(5)
        return "slow result"

    task = asyncio.create_task(slow())
    try:
        result = await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except asyncio.TimeoutError:
        print("still running:", not task.done())
        result = await task
    print(result)

    done, pending = await asyncio.wait(
        [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (1, 2, 3)],
        timeout=2.5)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
