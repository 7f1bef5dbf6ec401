# asyncio.Runner: one event loop for several run() calls, get_loop, close, and its errors.
import asyncio

counter = {"calls": 0}


async def step(name, delay):
    counter["calls"] += 1
    await asyncio.sleep(delay)
    loop = asyncio.get_running_loop()
    print(f"{name}: t={loop.time()} task={asyncio.current_task().get_name()}")
    return name.upper()


async def leave_background():
    async def forever():
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print("background task cancelled at close")
            raise
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "left one behind"


async def fail():
    await asyncio.sleep(0.5)
    raise KeyError("missing")


async def nested(runner):
    inner = step("inner", 0)
    try:
        runner.run(inner)
    except RuntimeError as e:
        print(type(e).__name__, e)
    inner.close()


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(type(loop).__name__, loop is runner.get_loop(), loop.is_running(), loop.is_closed())
    print(runner.run(step("first", 1)))
    print(runner.run(step("second", 0.5)))
    print(runner.run(leave_background()))
    try:
        runner.run(fail())
    except KeyError as e:
        print("caught", type(e).__name__, e)
    coro = step("never", 1)
    try:
        runner.run(nested(runner))
    finally:
        coro.close()
    try:
        runner.run(42)
    except ValueError as e:
        print(type(e).__name__, e)
    print("same loop:", asyncio.get_event_loop() is loop)
print("closed:", loop.is_closed(), counter)

after = step("after", 0)
try:
    runner.run(after)
except RuntimeError as e:
    print(type(e).__name__, e)
after.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
runner.close()

r = asyncio.Runner()
print(r.run(step("lazy", 2)))
r.close()
r.close()
print(asyncio.run(step("plain run", 0.25)))
