import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.01, me.cancel)
    await asyncio.wait([t])
asyncio.run(main())
