# Ask several mirrors at once and keep the first answer: as_completed over tasks with equal
# delays (ties), cancelling the losers, a retry round with a shorter timeout.
import asyncio

LATENCY = {"eu": 0.4, "us": 0.4, "asia": 0.9, "backup": 0.4, "down": None}


async def ask(mirror, attempt):
    delay = LATENCY[mirror]
    if delay is None:
        await asyncio.sleep(0.2)
        raise ConnectionRefusedError(f"{mirror} refused attempt {attempt}")
    await asyncio.sleep(delay * attempt)
    return f"{mirror}#{attempt}"


async def first_answer(mirrors, attempt, timeout):
    tasks = [asyncio.create_task(ask(m, attempt), name=m) for m in mirrors]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=timeout):
            try:
                return await next_done
            except ConnectionError as e:
                print("  ", type(e).__name__, e)
        return None
    finally:
        for t in tasks:
            if not t.done():
                t.cancel()
        outcome = await asyncio.gather(*tasks, return_exceptions=True)
        print("   outcome", [(t.get_name(), type(r).__name__) for t, r in zip(tasks, outcome)])


async def main():
    loop = asyncio.get_running_loop()
    for attempt, timeout in ((1, 1.0), (2, 0.5), (3, None)):
        start = loop.time()
        try:
            answer = await first_answer(["down", "eu", "us", "asia", "backup"], attempt, timeout)
            print(f"attempt {attempt}: {answer} after {loop.time() - start:.1f}s")
        except TimeoutError:
            print(f"attempt {attempt}: timed out after {loop.time() - start:.1f}s")

    async def countdown(n):
        for i in range(n, 0, -1):
            await asyncio.sleep(0.25)
        return n

    results = []
    for c in asyncio.as_completed([countdown(n) for n in (3, 1, 2, 1, 3)]):
        results.append(await c)
    print(results)


asyncio.run(main())
