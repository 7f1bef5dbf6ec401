import asyncio
async def main():
    f = asyncio.get_running_loop().create_future()
    a = asyncio.create_task(asyncio.wait_for(f, None), name="\u2066a\u2069")
    b = asyncio.create_task(asyncio.sleep(0), name="b\r\x1b[Kc")
    await asyncio.gather(a, b)
asyncio.run(main())
