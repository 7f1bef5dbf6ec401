# Task.cancelling() counts the cancel requests not yet undone; uncancel() undoes one. A task
# that swallows CancelledError keeps running; structured code (TaskGroup, timeout) relies on
# the count to tell its own cancellations from the caller's.
import asyncio


async def stubborn(rounds):
    done = 0
    for i in range(rounds):
        try:
            await asyncio.sleep(1)
            done += 1
        except asyncio.CancelledError as e:
            me = asyncio.current_task()
            before = me.cancelling()
            after = me.uncancel()
            print(f"  round {i}: ignoring {e!r}; cancelling {before} -> {after}")
    return done


async def polite():
    try:
        await asyncio.sleep(10)
    finally:
        print("  polite cleans up, cancelling =", asyncio.current_task().cancelling())


async def main():
    s = asyncio.create_task(stubborn(4), name="stubborn")
    await asyncio.sleep(0)
    print("cancel:", s.cancel("first"), s.cancel("second"), "cancelling:", s.cancelling())
    await asyncio.sleep(0)
    print("after one step cancelling:", s.cancelling(), "done:", s.done())
    await asyncio.sleep(1.5)
    s.cancel("third")
    print("result:", await s, "cancelled:", s.cancelled(), "cancelling:", s.cancelling())
    print("uncancel below zero:", s.uncancel(), s.uncancel())

    p = asyncio.create_task(polite(), name="polite")
    await asyncio.sleep(0)
    p.cancel()
    p.cancel()
    print("polite cancelling:", p.cancelling())
    try:
        await p
    except asyncio.CancelledError:
        print("polite cancelled:", p.cancelled(), "cancelling:", p.cancelling())

    async def uses_timeout():
        try:
            async with asyncio.timeout(0.5):
                await asyncio.sleep(2)
        except TimeoutError:
            me = asyncio.current_task()
            print("  timeout expired; cancelling =", me.cancelling())
        await asyncio.sleep(0.1)
        return "finished after timeout"

    print(await asyncio.create_task(uses_timeout()))

    async def cancelled_during_timeout():
        async with asyncio.timeout(5):
            await asyncio.sleep(2)

    t = asyncio.create_task(cancelled_during_timeout())
    await asyncio.sleep(1)
    t.cancel("outside")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer cancel passes through the timeout:", e.args, t.cancelling())


asyncio.run(main())
