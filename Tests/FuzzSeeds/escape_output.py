import asyncio
def gen():
    x = yield '\x00\x07\x1b[?1049h'
    print('got', repr(x), x)
    yield '\ufeff\u2028\u2029'
g = gen()
print(next(g))
print(g.send('\r\x85\u061c'))
async def boom():
    await asyncio.sleep(0)
    raise ValueError('\x1b]0;title\x07')
async def main():
    try:
        await asyncio.wait_for(asyncio.create_task(boom(), name='\t\u200d'), 1)
    except ValueError as e:
        print('caught', e)
    q = asyncio.Queue()
    await q.put('\x7f')
    print(await q.get())
asyncio.run(main())
