import asyncio
async def spin():
    while True:
        pass
async def main():
    await asyncio.create_task(spin(), name='N\x1b[31m\x1b]52;c;aGk=\x07\nforged 1 line\x85\u202e\u200b\x00')
asyncio.run(main())
