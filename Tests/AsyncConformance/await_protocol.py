# The await protocol by hand: coro.__await__() is an iterator (CPython's coroutine_wrapper)
# that `yield from` can delegate to, and a generator's __iter__() is the generator itself.
import asyncio
import types


async def answer(tag):
    await asyncio.sleep(0.5)
    return f"{tag}:42"


async def failing():
    await asyncio.sleep(0.25)
    raise ValueError("inner")


@types.coroutine
def by_hand(coro):
    # What `await coro` does, spelled out.
    result = yield from coro.__await__()
    return result


@types.coroutine
def drive(it):
    return (yield from it)


async def main():
    print(await by_hand(answer("a")))
    it = asyncio.sleep(0.1, "slept").__await__()
    print(type(it).__name__, iter(it) is it)
    print(await drive(it))
    print(await by_hand(asyncio.sleep(0.1, "sleep via wrapper")))
    try:
        await by_hand(failing())
    except ValueError as e:
        print("caught", e, asyncio.get_running_loop().time())


def numbers():
    yield 1
    yield 2


g = numbers()
print(g.__iter__() is g, list(g.__iter__()))


async def plain():
    return "plain"


w = plain().__await__()
print(type(w).__name__)
try:
    w.send(None)
except StopIteration as e:
    print("returned", e.value)

@types.coroutine
def ticker():
    try:
        yield "tick"
    finally:
        print("ticker cleanup")
    return "done"


async def uses_ticker():
    return await ticker()


w2 = uses_ticker().__await__()
print(w2.send(None))
try:
    w2.throw(KeyError("k"))
except KeyError as e:
    print("throw went through", e)
w3 = uses_ticker().__await__()
print(next(w3))
w3.close()
print("closed")
w4 = uses_ticker().__await__()
print(next(w4))
try:
    w4.send("x")
except StopIteration as e:
    print("finished", e.value)

asyncio.run(main())
