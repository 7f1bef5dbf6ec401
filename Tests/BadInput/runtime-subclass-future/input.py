import asyncio
class Deferred(asyncio.Future):
    def resolve(self, x):
        self.set_result(x)
async def main():
    d = Deferred()
    d.resolve(1)
    print(await d)
asyncio.run(main())
