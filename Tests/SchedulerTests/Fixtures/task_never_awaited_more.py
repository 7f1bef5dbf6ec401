# Coroutines that never start, beyond a dropped call statement: CPython warns when each is
# freed, at the line running then: a call's argument, a rebound or deleted name, a returning
# function's locals, an instance's attribute, and the arguments of a call that raised, which
# the exception's traceback keeps until its handler ends (create_task with no loop running,
# gather with a bad argument, wait given coroutines, wait_for with a bad timeout), and one
# the globals still hold at the end (`sys:1`).
import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


def make():
    return job(5)


async def fetch_all():
    coros = [job(1), job(2)]
    print("made", len(coros))
    return "no await"


class Holder:
    def __init__(self):
        self.c = job(3)


try:
    asyncio.create_task(job(1))
except RuntimeError as e:
    print("outside a loop:", e)


async def main():
    print(asyncio.iscoroutine(job(0)))
    c = job(1)
    c = None
    print("rebound")
    x = make()
    del x
    print("deleted")
    print(await fetch_all())
    h = Holder()
    h = None
    print("holder gone")
    kept = job(0.5)
    print("kept and awaited:", await kept)
    try:
        await asyncio.gather(job(1), 42, job(2))
    except TypeError as e:
        print("gather:", e)
    try:
        await asyncio.wait([job(3), job(4)])
    except TypeError as e:
        print("wait:", e)
    try:
        await asyncio.wait_for(job(1), timeout="x")
    except TypeError as e:
        print("wait_for:", type(e).__name__)
    try:
        asyncio.run(job(5))
    except RuntimeError as e:
        print("run:", e)
    await asyncio.sleep(2)
    print("done")


asyncio.run(main())
left_over = job(6)          # still held at the end: "sys:1: RuntimeWarning: ..."
print("end")
