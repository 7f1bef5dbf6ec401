import asyncio


def on_tick(values):
    print("tick", values[3])


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(on_tick, [1, 2])
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
