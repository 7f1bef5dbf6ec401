import asyncio
async def main():
    return 1
loop = asyncio.new_event_loop()
loop.close()
coro = main()
try:
    loop.run_until_complete(coro)
finally:
    coro.close()
