# A timing decorator built with functools.wraps, used on plain functions and coroutines.
import asyncio
import functools
import time


def timed(func):
    """Print how long func took."""
    if asyncio.iscoroutinefunction(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            start = time.monotonic()
            result = await func(*args, **kwargs)
            print(f"{func.__name__} took {time.monotonic() - start:.2f}s")
            return result
    else:
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = time.monotonic()
            result = func(*args, **kwargs)
            print(f"{func.__name__} took {time.monotonic() - start:.2f}s")
            return result
    return wrapper


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except ValueError as e:
                    print(f"attempt {attempt} of {func.__qualname__} failed: {e}")
                    await asyncio.sleep(0.5 * attempt)
            raise RuntimeError(f"{func.__name__} gave up")
        return wrapper
    return decorate


@timed
async def fetch(name, delay):
    """Pretend to fetch something."""
    await asyncio.sleep(delay)
    return f"{name}-data"


@timed
def add(a, b):
    "Add two numbers."
    return a + b


calls = 0


@retry(3)
async def flaky():
    global calls
    calls += 1
    if calls < 3:
        raise ValueError(f"try {calls}")
    return "ok"


@retry(2)
async def hopeless():
    raise ValueError("no")


async def main():
    print(await fetch("a", 1.5))
    results = await asyncio.gather(fetch("b", 1), fetch("c", 2))
    print(results)
    print(await flaky())
    try:
        await hopeless()
    except RuntimeError as e:
        print(type(e).__name__, e)


print(add(2, 3))
print(fetch.__name__, fetch.__doc__, fetch.__qualname__, fetch.__wrapped__.__name__)
print(add.__name__, add.__doc__, add.__module__)
print(asyncio.iscoroutinefunction(fetch), asyncio.iscoroutinefunction(add))
print(flaky.__name__, hopeless.__wrapped__.__name__)
asyncio.run(main())


def counted(func):
    @functools.wraps(func)
    def inner(*args):
        inner.calls += 1
        return func(*args)
    inner.calls = 0
    return inner


@counted
def hello(who):
    return f"hello {who}"


hello.tag = "greeting"
print(hello("x"), hello("y"), hello.calls)


@counted
@counted
def twice(x):
    return x * 2


print(twice(4), twice.calls, twice.__wrapped__.calls, twice.__wrapped__.__wrapped__.__name__)
print(sorted(twice.__dict__))


def plain(x):
    """The docstring."""
    return x


plain.version = 2


def shell(*args):
    return plain(*args)


print(functools.update_wrapper(shell, plain) is shell, shell.__name__, shell.__doc__, shell.version)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def only_name(*args):
    pass


functools.update_wrapper(only_name, plain, assigned=('__name__',), updated=())
print(only_name.__name__, only_name.__doc__, hasattr(only_name, 'version'), only_name.__wrapped__ is plain)
