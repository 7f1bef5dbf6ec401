import asyncio
class MyQ(asyncio.Queue):
    def put_log(self, x):
        print("put", x)
        self.put_nowait(x)
async def main():
    q = MyQ()
    q.put_log(1)
    print(await q.get())
asyncio.run(main())
