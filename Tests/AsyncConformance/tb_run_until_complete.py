import asyncio


async def compute(n):
    await asyncio.sleep(0.01)
    return 10 // n


loop = asyncio.new_event_loop()
print(loop.run_until_complete(compute(2)))
try:
    loop.run_until_complete(compute(0))
finally:
    loop.close()
