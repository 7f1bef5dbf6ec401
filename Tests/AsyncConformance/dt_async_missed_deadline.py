# A job runner that stamps each job with datetime.now() and fails loudly when a job overruns
# its deadline: the program ends with the uncaught exception.
import asyncio
from datetime import datetime, timedelta


class DeadlineMissed(Exception):
    pass


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name, datetime.now()


async def main():
    start = datetime.now()
    budget = timedelta(seconds=5)
    jobs = [("fetch", 1), ("parse", 2.5), ("render", 7), ("upload", 3)]
    tasks = [asyncio.create_task(job(n, s)) for n, s in jobs]
    for coro in asyncio.as_completed(tasks):
        name, finished = await coro
        took = finished - start
        print(f"{name:7} finished at +{took} ({finished:%H:%M:%S})")
        if took > budget:
            raise DeadlineMissed(f"{name} overran by {(took - budget).seconds} s")


asyncio.run(main())
