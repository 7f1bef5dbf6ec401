# break, continue and return through try/finally, except and async with, in generators and coroutines.
import asyncio


def gen_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            print("finally", i)
    else:
        print("no break")
    return "done"


print(list(gen_finally()))


def nested():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                try:
                    if j == 1:
                        continue
                    if i == 2:
                        return out
                    out.append((i, j))
                finally:
                    out.append("inner")
            except ValueError:
                pass
            finally:
                out.append("outer")
    return out


print(nested())


def raise_in_finally():
    try:
        try:
            raise KeyError("a")
        finally:
            print("cleanup 1")
    except KeyError as e:
        print("caught", repr(e))
        try:
            raise ValueError("b")
        except ValueError as e2:
            print("inner caught", repr(e2), repr(e2.__context__))
        print("after inner")
    return "ok"


print(raise_in_finally())


async def main():
    lock = asyncio.Lock()
    for i in range(4):
        async with lock:
            if i == 1:
                continue
            if i == 3:
                break
            print("locked", i, lock.locked())
    print("after loop", lock.locked())

    async def early():
        async with lock:
            return "returned inside async with"
    print(await early(), lock.locked())
    try:
        async with lock:
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("propagated", e, lock.locked())


asyncio.run(main())
