# sys.exit inside a coroutine leaves asyncio.run, after the other tasks are cancelled.
import asyncio
import sys

async def worker(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(2.5)
    print("giving up with status 4")
    sys.exit(4)

try:
    asyncio.run(main())
finally:
    print("finally after asyncio.run")
