# datetime.now() and time.time() read the same clock as asyncio.sleep: workers log when they
# start and finish, and the elapsed wall time matches the sleeps.
import asyncio
import time
from datetime import date, datetime, timedelta, timezone


async def worker(name, delay, log):
    started = datetime.now()
    await asyncio.sleep(delay)
    finished = datetime.now()
    log.append((finished, name, finished - started))
    print(f"{name}: {started:%H:%M:%S.%f} -> {finished:%H:%M:%S.%f} took {finished - started}")


async def main():
    t0 = datetime.now()
    wall0 = time.time()
    mono0 = time.monotonic_ns()
    print("today is", date.today(), date.today().strftime("%A"), datetime.today() == t0)
    log = []
    await asyncio.gather(worker("a", 1.5, log), worker("b", 0.25, log), worker("c", 90, log))
    elapsed = datetime.now() - t0
    print("elapsed", elapsed, repr(elapsed), elapsed.total_seconds())
    print("time.time agrees:", round(time.time() - wall0, 6), (time.monotonic_ns() - mono0) // 10**6, "ms")
    print("order:", [name for _, name, _ in sorted(log)])
    print(datetime.now(timezone.utc).isoformat(), datetime.now(timezone(timedelta(hours=9), "JST")))
    print(datetime.now().timestamp() - time.time(), time.localtime().tm_min == datetime.now().minute)
    print(time.strftime("%Y-%m-%d %H:%M:%S"), datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
    deadline = datetime.now() + timedelta(seconds=2)
    while datetime.now() < deadline:
        await asyncio.sleep(0.5)
        print("tick", datetime.now().time(), deadline - datetime.now())


asyncio.run(main())
