# asyncio.all_tasks() is a set of the loop's unfinished tasks: the usual shutdown idiom
# subtracts the current task, and code sorts by name for a stable order.
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print(f"  worker {n} cancelled")
        raise


async def main():
    me = asyncio.current_task()
    print("only me:", len(asyncio.all_tasks()), me in asyncio.all_tasks(), type(asyncio.all_tasks()).__name__)
    tasks = [asyncio.create_task(worker(n), name=f"w{n}") for n in (1, 2, 3)]
    others = asyncio.all_tasks() - {me}
    print("others:", len(others), sorted(t.get_name() for t in others))
    await asyncio.sleep(1.5)
    remaining = asyncio.all_tasks() - {me}
    print("after 1.5s:", sorted(t.get_name() for t in remaining))
    print("w1 done:", tasks[0].done(), tasks[0] in asyncio.all_tasks())
    by_name = sorted(remaining, key=lambda t: t.get_name())
    by_name[-1].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after cancelling w3:", sorted(t.get_name() for t in asyncio.all_tasks() - {me}))
    print(await tasks[1])
    print("at the end:", [t.get_name() for t in asyncio.all_tasks()] == [me.get_name()])
    print("not a loop:", asyncio.current_task(42), asyncio.all_tasks(42))


asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("outside the loop:", e)
print("current outside:", end=" ")
try:
    print(asyncio.current_task())
except RuntimeError as e:
    print(e)
