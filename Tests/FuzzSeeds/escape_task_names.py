import asyncio
async def c(n):
    print('\x1b[31mred\x85\u202e', n)
    await asyncio.sleep(0.5)
    return '\u200b' + str(n)
async def main():
    t = asyncio.create_task(c(1), name='\x1b[31mevil\nseq 99\u202e')
    u = asyncio.create_task(c(2), name='\x9b2J')
    print(await t, await u)
asyncio.run(main())
