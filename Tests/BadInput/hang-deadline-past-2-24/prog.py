import asyncio
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(2.0 ** 25, print, "never")
    await asyncio.sleep(2.0 ** 25)
    print("never either")
asyncio.run(main())
