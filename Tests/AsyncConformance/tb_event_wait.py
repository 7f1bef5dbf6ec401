import asyncio


async def waiter(ev):
    print("waiting for the event")
    await ev.wait()


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(waiter(ev), 0.01)
    except TimeoutError as exc:
        raise RuntimeError("the event never came") from exc

asyncio.run(main())
