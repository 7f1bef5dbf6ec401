import asyncio

# Examples in the spirit of PEP 654 and the asyncio TaskGroup docs.

class DataError(Exception):
    pass

async def fetch(name, delay, error=None):
    await asyncio.sleep(delay)
    if error:
        raise error
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", 0.1, DataError("bad a")))
            tg.create_task(fetch("b", 0.1, OSError("disk")))
            tg.create_task(fetch("c", 0.3))
    except* DataError as eg:
        print("data errors:", [str(e) for e in eg.exceptions])
    except* OSError as eg:
        print("os errors:", eg.exceptions)

    eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, (ValueError, KeyError))))
    try:
        raise eg
    except* ValueError:
        print("values handled")
    except* (TypeError, KeyError) as g:
        print("others:", repr(g))

    async def gather_style():
        results = await asyncio.gather(fetch("x", 0.1), fetch("y", 0.1, KeyError("y")), return_exceptions=True)
        return results
    print(await gather_style())
    try:
        await asyncio.gather(fetch("x", 0.1), fetch("y", 0.05, KeyError("y")))
    except KeyError as e:
        print("gather raised first error:", repr(e))

asyncio.run(main())
