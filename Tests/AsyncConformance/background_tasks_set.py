# The asyncio documentation's pattern for fire-and-forget tasks: a set keeps a strong
# reference to each task, and each task removes itself when done (`set.discard` as the
# done callback). Tasks hash by identity, so only sizes and sorted names are printed.
import asyncio

background_tasks = set()
finished = []

async def job(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)
    return name

async def main():
    for i, delay in enumerate([0.3, 0.1, 0.2, 0.1]):
        task = asyncio.create_task(job(f"job{i}", delay), name=f"job{i}")
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("running", len(background_tasks), sorted(t.get_name() for t in background_tasks))
    await asyncio.sleep(0.15)
    print("after 0.15", len(background_tasks), sorted(t.get_name() for t in background_tasks), finished)
    await asyncio.sleep(0.2)
    print("after 0.35", len(background_tasks), finished)
    done = {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}
    print("others", done)
    names = {f"job{i}" for i in range(4)}
    print(names - set(finished), names == set(finished), sorted(names & {"job1", "job9"}))

asyncio.run(main())
