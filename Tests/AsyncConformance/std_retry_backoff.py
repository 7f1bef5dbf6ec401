# A retry-with-backoff decorator built on functools.wraps, around asyncio coroutines.
import asyncio
import functools
import itertools
import random


def retry(attempts=3, base=0.5, factor=2.0, exceptions=(ConnectionError,)):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            delays = itertools.islice(itertools.accumulate(itertools.repeat(factor), lambda d, f: d * f, initial=base),
                                      attempts - 1)
            for attempt in itertools.count(1):
                try:
                    return await func(*args, **kwargs)
                except exceptions as e:
                    delay = next(delays, None)
                    if delay is None:
                        print(f"{func.__name__}: giving up after {attempt} attempts")
                        raise
                    loop = asyncio.get_running_loop()
                    print(f"t={loop.time():.2f} {func.__name__}({', '.join(map(repr, args))}) failed: {e}; retry in {delay}s")
                    await asyncio.sleep(delay)
        wrapper.attempts = attempts
        return wrapper
    return decorate


@retry(attempts=4)
async def fetch(url):
    """Fetch a URL from a flaky network."""
    await asyncio.sleep(0.1)
    if random.random() < 0.6:
        raise ConnectionError(f"reset by {url}")
    return f"<html from {url}>"


@retry(attempts=2, base=1, exceptions=(TimeoutError, ConnectionError))
async def always_fails(n):
    await asyncio.sleep(0)
    raise TimeoutError(f"timeout #{n}")


async def main():
    results = await asyncio.gather(*(fetch(u) for u in ["a.com", "b.org", "c.net"]), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    try:
        await always_fails(1)
    except TimeoutError as e:
        print("caught", type(e).__name__, e)
    print(f"finished at t={asyncio.get_running_loop().time():.2f}")


random.seed(11)
print(fetch.__name__, fetch.__doc__, fetch.attempts, fetch.__wrapped__.__name__, asyncio.iscoroutinefunction(fetch))
asyncio.run(main())
