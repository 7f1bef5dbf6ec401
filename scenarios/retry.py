"""Retry with exponential backoff: a decorator for coroutine functions.

retry() wraps an async function with functools.wraps, so the wrapper keeps the
name and docstring of the function it wraps. On a failure the wrapper sleeps
base * 2**attempt seconds (plus a little seeded jitter) and tries again; while it
backs off, the other fetches keep running, since asyncio.sleep only parks the one
task that called it.
"""
import asyncio
import functools
import random


class TransientError(Exception):
    pass


def retry(attempts=4, base=0.5):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return await func(*args, **kwargs)
                except TransientError as exc:
                    if attempt == attempts - 1:
                        raise
                    delay = base * 2 ** attempt + random.uniform(0, 0.1)
                    loop = asyncio.get_running_loop()
                    print(f"t={loop.time():.2f} {func.__name__}{args}: {exc}; retry in {delay:.2f}s")
                    await asyncio.sleep(delay)
        return wrapper
    return decorate


@retry(attempts=4, base=0.5)
async def fetch(url):
    """Pretend to download url; the server fails now and then."""
    await asyncio.sleep(random.uniform(0.1, 0.4))
    if random.random() < 0.5:
        raise TransientError(f"503 from {url}")
    return f"<{len(url)} bytes from {url}>"


async def main():
    print(fetch.__name__, "-", fetch.__doc__)
    urls = ["/a", "/index.html", "/api/items", "/static/app.js"]
    results = await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)
    loop = asyncio.get_running_loop()
    for url, result in zip(urls, results):
        print(f"{url:16} {result!r}")
    print(f"finished at t={loop.time():.2f}")


random.seed(6)
asyncio.run(main())
