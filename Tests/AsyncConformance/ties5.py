import asyncio

async def sleeper(i):
    for r in range(3):
        await asyncio.sleep(1)
        print(r, i)

loop = asyncio.new_event_loop()
for i in range(5):
    loop.create_task(sleeper(i))
loop.run_forever()
