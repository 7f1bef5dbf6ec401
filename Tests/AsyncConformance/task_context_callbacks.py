# Callbacks run in a context too: call_soon, call_later and call_at take context= (else a
# copy of the current one), and so does add_done_callback; positional arguments follow.
import asyncio
import contextvars

phase = contextvars.ContextVar("phase", default="idle")
seen = []


def note(tag, *extra):
    seen.append((tag, phase.get()))
    print(f"{tag:<12} phase={phase.get():<8} extra={extra} t={asyncio.get_running_loop().time()}")


def bump(tag):
    phase.set(f"{tag}!")      # changes the callback's own context only
    note(tag)


def on_done(fut):
    note("done-cb", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    phase.set("main")
    loop.call_soon(note, "soon", 1, 2)
    loop.call_later(0.2, note, "later", "x")
    loop.call_at(loop.time() + 0.1, note, "at", 3.5)
    special = contextvars.copy_context()
    special.run(phase.set, "special")
    loop.call_soon(note, "soon-ctx", context=special)
    loop.call_later(0.05, bump, "bump", context=special)
    loop.call_later(0.15, note, "after-bump", context=special)
    h = loop.call_later(0.3, note, "cancelled")
    print("handle cancelled?", h.cancelled())
    h.cancel()
    print("handle cancelled?", h.cancelled())
    phase.set("changed")     # callbacks scheduled earlier keep their copy
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.add_done_callback(on_done, context=special)
    loop.call_later(0.25, fut.set_result, "value")
    await asyncio.sleep(0.5)
    print("main phase", phase.get(), "special phase", special[phase])
    print(seen)
    loop.call_soon(note, "bad", context="not a context")    # fails when it runs, on stderr
    await asyncio.sleep(0)


asyncio.run(main())
