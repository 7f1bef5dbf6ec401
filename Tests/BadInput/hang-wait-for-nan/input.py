import asyncio
async def main():
    print(await asyncio.wait_for(asyncio.sleep(1, "late"), float("nan")))
asyncio.run(main())
