# Task.get_stack() and print_stack(): a suspended task's coroutine frame, a failed task's
# traceback frames, and "No stack" for a finished one; print_stack writes to file=.
import asyncio


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def dump(self):
        print("".join(self.parts), end="")
        self.parts = []


async def inner(delay):
    await asyncio.sleep(delay)
    return delay


async def outer(delay):
    return await inner(delay)


async def broken(n):
    await asyncio.sleep(0.1)
    if n > 0:
        return await broken(n - 1)
    raise ZeroDivisionError("deep down")


async def main():
    out = Collector()
    t = asyncio.create_task(outer(1), name="outer")
    print("before first step:", [f.f_lineno for f in t.get_stack()])
    t.print_stack(file=out)
    out.dump()
    await asyncio.sleep(0)
    frames = t.get_stack()
    print("suspended:", len(frames), [f.f_lineno for f in frames])
    t.print_stack(file=out)
    out.dump()
    print("limit=0:", t.get_stack(limit=0))
    await t
    print("finished:", t.get_stack())
    t.print_stack(file=out)
    out.dump()

    b = asyncio.create_task(broken(2), name="broken")
    await asyncio.sleep(0.5)
    frames = b.get_stack()
    print("failed:", len(frames), [f.f_lineno for f in frames])
    print("limit=2:", [f.f_lineno for f in b.get_stack(limit=2)])
    b.print_stack(file=out)
    out.dump()
    b.print_stack(limit=1, file=out)
    out.dump()
    b.exception()


asyncio.run(main())
