# asyncio.timeout and timeout_at: deadlines read with when(), moved with reschedule(),
# checked with expired(); a heartbeat that keeps pushing its deadline; misuse errors.
import asyncio


async def heartbeat_watch(beats):
    loop = asyncio.get_running_loop()
    received = 0
    try:
        async with asyncio.timeout(1.0) as cm:
            print("deadline", cm.when(), "expired", cm.expired(), repr(cm))
            for gap in beats:
                await asyncio.sleep(gap)
                received += 1
                cm.reschedule(loop.time() + 1.0)
                print(f"beat {received} at {loop.time():.1f}, deadline now {cm.when():.1f}")
        print("all beats in time", repr(cm))
    except TimeoutError as e:
        print(f"no heartbeat for a second at {loop.time():.1f}:", type(e).__name__, repr(e))
        print("expired", cm.expired(), repr(cm))


async def absolute_deadline():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 2.5
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("timeout_at", cm.when() == deadline)
            for i in range(5):
                await asyncio.sleep(1)
                print("tick", i, loop.time())
    except TimeoutError:
        print("stopped at", loop.time(), cm.expired())


async def no_deadline_then_one():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when", cm.when(), repr(cm))
        await asyncio.sleep(0.5)
        cm.reschedule(None)
        await asyncio.sleep(0.5)
    print("finished", repr(cm), cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() - 1)
            print("rescheduled into the past", cm.when() < loop.time())
            await asyncio.sleep(10)
    except TimeoutError:
        print("expired at once:", loop.time(), repr(cm))


async def misuse():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print(type(e).__name__, e)
    async with cm:
        pass
    for call in (lambda: cm.reschedule(5),):
        try:
            call()
        except RuntimeError as e:
            print(type(e).__name__, e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError as e:
        print("outer sees", type(e).__name__, type(e.__cause__).__name__)


async def main():
    await heartbeat_watch([0.5, 0.9, 0.3])
    await heartbeat_watch([0.5, 1.5, 0.3])
    await absolute_deadline()
    await no_deadline_then_one()
    await misuse()


asyncio.run(main())
