import asyncio
async def main():
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    asyncio.get_running_loop().call_later(0.01, g.cancel)
    await g
asyncio.run(main())
