import asyncio
def again(loop):
    loop.call_soon(again, loop)
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(again, loop)
    await loop.create_future()
asyncio.run(main())
