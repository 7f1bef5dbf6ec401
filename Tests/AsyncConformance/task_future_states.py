# A Future's state machine and its errors: result() and exception() before it is done,
# set_result/set_exception twice, on a cancelled future, StopIteration refused, a Task's
# own refusals, and done callbacks added before and after completion.
import asyncio


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (Exception, asyncio.CancelledError) as e:
        print(label, "->", type(e).__name__, e)


def callback(tag):
    def cb(fut):
        print(f"  callback {tag}: done={fut.done()} cancelled={fut.cancelled()}")
    return cb


async def job():
    await asyncio.sleep(0.1)
    return "job"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled(), f.get_loop() is loop)
    attempt("result()", f.result)
    attempt("exception()", f.exception)
    f.add_done_callback(callback("before"))
    f.set_result(1)
    attempt("set_result again", lambda: f.set_result(2))
    attempt("set_exception after", lambda: f.set_exception(ValueError()))
    attempt("cancel after", f.cancel)
    f.add_done_callback(callback("after"))
    await asyncio.sleep(0)
    print("result:", f.result(), "exception:", f.exception())

    g = loop.create_future()
    attempt("StopIteration", lambda: g.set_exception(StopIteration("no")))
    attempt("StopIteration class", lambda: g.set_exception(StopIteration))
    g.set_exception(ZeroDivisionError("zero"))
    attempt("result() raises", g.result)
    print("exception():", repr(g.exception()))

    h = loop.create_future()
    h.cancel()
    attempt("set_result on cancelled", lambda: h.set_result(1))
    attempt("exception() on cancelled", h.exception)

    t = asyncio.create_task(job())
    attempt("task.set_result", lambda: t.set_result(1))
    attempt("task.set_exception", lambda: t.set_exception(ValueError()))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("task.result early -> InvalidStateError")   # the message differs: C task or Python task
    print("awaited:", await t, t.result(), t.exception())

    async def awaits_itself():
        return await asyncio.current_task()

    s = asyncio.create_task(awaits_itself())
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])


asyncio.run(main())
