import asyncio
async def grow():
    chunks = []
    while True:
        chunks.append("x" * 100000 + str(len(chunks)))
async def main():
    await asyncio.create_task(grow(), name='N\x1b[31m\x1b]52;c;aGk=\x07\nforged 1 line\x85\u202e\u200b\x00')
asyncio.run(main())
