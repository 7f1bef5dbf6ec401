import asyncio


async def main():
    return 1

runner = asyncio.Runner()
print(runner.run(main()))
runner.close()
coro = main()
try:
    runner.run(coro)
finally:
    coro.close()
