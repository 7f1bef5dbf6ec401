# A task around a @types.coroutine generator: its repr names the decorator line, as co_firstlineno does.
import asyncio
import types


@types.coroutine
def legacy():
    yield from asyncio.sleep(1)


async def main():
    t = asyncio.ensure_future(legacy())
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)

asyncio.run(main())
