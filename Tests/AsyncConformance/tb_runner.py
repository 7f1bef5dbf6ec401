import asyncio


async def step(name):
    await asyncio.sleep(0.01)
    if name == "second":
        raise LookupError(name)
    return name


with asyncio.Runner() as runner:
    print(runner.run(step("first")))
    print(runner.run(step("second")))
