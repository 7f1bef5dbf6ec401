import asyncio
async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait(), name='\x1b]52;c;aGk=\x07x')
    await t
asyncio.run(main())
