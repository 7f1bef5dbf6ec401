import asyncio


class Delay:
    """A user awaitable: awaiting it sleeps, then returns a value."""

    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        print(f"  awaiting Delay({self.seconds})")
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


class Retry:
    """Awaits an attempt function until it succeeds."""

    def __init__(self, attempt, tries):
        self.attempt = attempt
        self.tries = tries

    def __await__(self):
        return self._run().__await__()

    async def _run(self):
        for n in range(1, self.tries + 1):
            try:
                return await self.attempt(n)
            except ConnectionError as e:
                print(f"  try {n} failed: {e}")
                await asyncio.sleep(0.1 * n)
        raise TimeoutError(f"gave up after {self.tries} tries")


class Flaky:
    def __init__(self, succeed_on):
        self.succeed_on = succeed_on

    async def __call__(self, n):
        await asyncio.sleep(0.05)
        if n < self.succeed_on:
            raise ConnectionError(f"attempt {n}")
        return f"success on {n}"


class Lazy:
    def __init__(self):
        self.computed = 0

    def __await__(self):
        self.computed += 1
        yield from asyncio.sleep(0).__await__()
        return self.computed


async def main():
    print(await Delay(0.5, "done"))
    values = await asyncio.gather(Delay(0.3, "a"), Delay(0.1, "b"), Delay(0.2, "c"))
    print(values)
    print(await Retry(Flaky(3), 5))
    try:
        await Retry(Flaky(10), 2)
    except TimeoutError as e:
        print("TimeoutError:", e)
    lazy = Lazy()
    print(await lazy, await lazy, lazy.computed)
    task = asyncio.ensure_future(Delay(0.2, "in a task"))
    print(type(task).__name__, await task)
    try:
        print(await asyncio.wait_for(Delay(5, "slow"), timeout=0.3))
    except asyncio.TimeoutError:
        print("wait_for timed out")

    class NotAwaitable:
        pass

    try:
        await NotAwaitable()
    except TypeError as e:
        print("TypeError:", e)

    class ReturnsList:
        def __await__(self):
            return [1, 2]

    try:
        await ReturnsList()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
