# Mixing generator-based and native coroutines wrongly: CPython's TypeErrors.
import asyncio
import types


def plain_gen():
    yield


@types.coroutine
def decorated():
    yield


async def native():
    return "native"


def delegating_plain():
    yield from native()


@types.coroutine
def delegating_decorated():
    r = yield from native()
    return r


async def main():
    try:
        await plain_gen()
    except TypeError as e:
        print("await plain generator:", e)
    await decorated()
    print("await @types.coroutine generator: ok")
    g = delegating_plain()
    try:
        next(g)
    except TypeError as e:
        print("yield from coroutine in plain generator:", e)
    print("decorated delegate returned", await delegating_decorated())
    c = native()
    try:
        next(c)
    except TypeError as e:
        print("next(coroutine):", e)
    try:
        for x in c:
            pass
    except TypeError as e:
        print("for over coroutine:", e)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("await twice:", e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("ensure_future(42):", e)
    print(asyncio.iscoroutinefunction(native), asyncio.iscoroutinefunction(plain_gen),
          asyncio.iscoroutinefunction(decorated), asyncio.iscoroutine(native()))
    try:
        await 3
    except TypeError as e:
        print("await 3:", e)


asyncio.run(main())
try:
    asyncio.run(42)
except ValueError as e:
    print("run(42):", e)
