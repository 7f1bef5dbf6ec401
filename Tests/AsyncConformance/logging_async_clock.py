# Log lines stamped with the virtual clock: asctime and msecs advance with asyncio.sleep.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(asctime)s %(levelname)-5s %(name)s:%(funcName)s %(message)s")
log = logging.getLogger("clock")


async def heartbeat(period, beats):
    for i in range(beats):
        await asyncio.sleep(period)
        log.info("beat %d after %.3fs", i, period * (i + 1))


async def slow_job():
    log.debug("job started")
    await asyncio.sleep(1.75)
    log.warning("job took longer than a second")
    return 42


async def main():
    log.info("main starts")
    result, _ = await asyncio.gather(slow_job(), heartbeat(0.4, 5))
    log.info("result %d", result)
    stamped = logging.StreamHandler(sys.stdout)
    stamped.setFormatter(logging.Formatter("[%(asctime)s] +%(relativeCreated)dms %(message)s",
                                           datefmt="%d/%m/%Y %H:%M:%S"))
    log.addHandler(stamped)
    log.propagate = False
    await asyncio.sleep(3599.9995)
    log.error("an hour later")
    await asyncio.sleep(86400)
    log.critical("a day later")


asyncio.run(main())
