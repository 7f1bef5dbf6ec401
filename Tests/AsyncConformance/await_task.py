# A task resumes one iteration after an awaited task finishes, two after gather's last child.
import asyncio

async def child(name):
    print("child", name, "runs")
    return name

async def counter():
    for i in range(8):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    asyncio.create_task(counter())
    t = asyncio.create_task(child("t"))
    print("awaited", await t)
    print("gathered", await asyncio.gather(child("g1"), child("g2")))

asyncio.run(main())
