import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    asyncio.get_running_loop().call_later(0.01, t.cancel)
    await asyncio.shield(t)
asyncio.run(main())
