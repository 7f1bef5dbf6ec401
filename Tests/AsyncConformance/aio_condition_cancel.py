# Condition.wait under cancellation and timeouts: the lock is always taken back before the
# waiter leaves; wait_for returns the predicate's value; notify(n) with fewer waiters;
# two conditions sharing one lock.
import asyncio


def shape(obj):
    r = repr(obj)
    return r[:r.index(' at ')] + ' ' + r[r.index('['):]


async def cancelled_waiter():
    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cancelled inside wait, lock held again:", cond.locked())
                raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("cancel requested while we hold the lock:", shape(cond))
    try:
        await t
    except asyncio.CancelledError:
        print("waiter ended cancelled", cond.locked())


async def wait_with_timeout():
    cond = asyncio.Condition()
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.5)
        except TimeoutError:
            print("no notify within 0.5 s; lock held:", cond.locked(), asyncio.get_running_loop().time())
    print(shape(cond))


async def predicates():
    cond = asyncio.Condition()
    inventory = {"apples": 0}

    async def buyer(n):
        async with cond:
            left = await cond.wait_for(lambda: inventory["apples"] >= n and inventory["apples"])
            inventory["apples"] -= n
            print(f"bought {n} of {left}, {inventory['apples']} left")

    buyers = [asyncio.create_task(buyer(n)) for n in (3, 1, 2)]
    for delivery in (1, 2, 4):
        await asyncio.sleep(1)
        async with cond:
            inventory["apples"] += delivery
            print(f"delivered {delivery}: {inventory['apples']} apples")
            cond.notify(10)
    await asyncio.gather(*buyers)


async def shared_lock():
    lock = asyncio.Lock()
    not_empty = asyncio.Condition(lock)
    not_full = asyncio.Condition(lock)
    items = []

    async def produce():
        for i in range(5):
            async with not_full:
                await not_full.wait_for(lambda: len(items) < 2)
                items.append(i)
                print("produced", i, items)
                not_empty.notify()

    async def consume():
        for _ in range(5):
            async with not_empty:
                await not_empty.wait_for(lambda: items)
                print("consumed", items.pop(0), items, not_full.locked())
                not_full.notify()
            await asyncio.sleep(0.2)

    await asyncio.gather(consume(), produce())
    print(shape(not_empty), shape(not_full), lock.locked())


async def main():
    await cancelled_waiter()
    await wait_with_timeout()
    await predicates()
    await shared_lock()


asyncio.run(main())
