# Two tasks alternating on sleep(0): A0 B0 A1 B1.
import asyncio

async def spin(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(spin("A"))
    b = asyncio.create_task(spin("B"))
    await a
    await b

asyncio.run(main())
