import asyncio
from typing import AsyncIterator, Awaitable, Callable, Dict, List, Optional, Tuple


async def ticker(n: int, delay: float = 0.01) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def fetch(name: str, delay: float) -> Tuple[str, float]:
    await asyncio.sleep(delay)
    return name, delay


Handler = Callable[[str], Awaitable[None]]
log: List[str] = []


async def record(msg: str) -> None:
    log.append(msg)


async def run_with(handler: Handler, names: List[str]) -> Dict[str, Optional[float]]:
    results: Dict[str, Optional[float]] = {}
    for n in names:
        await handler(n)
        results[n] = None
    return results


async def main() -> None:
    loop = asyncio.get_running_loop()
    start: float = loop.time()
    async for t in ticker(3):
        print(f"tick {t} later: {loop.time() > start}")
    pairs = await asyncio.gather(fetch("a", 0.04), fetch("b", 0.02))
    print(pairs)
    print(await run_with(record, ["x", "y"]), log)
    print(ticker.__annotations__)
    print(main.__annotations__, fetch.__annotations__)
    print(Handler)


print(__annotations__)
asyncio.run(main())
