# Mixing naive and aware datetimes in a scheduler: reminders created with timezone-aware
# times are compared against naive datetime.now(), which raises TypeError.
import asyncio
from datetime import datetime, timedelta, timezone

UTC = timezone.utc


async def remind(text, when):
    while datetime.now(UTC) < when:
        await asyncio.sleep(1)
    print(f"reminder at {datetime.now(UTC):%H:%M:%S %Z}: {text}")


async def main():
    now = datetime.now(UTC)
    print("now", now, repr(now.tzinfo))
    await asyncio.gather(remind("stretch", now + timedelta(seconds=2)),
                         remind("coffee", now + timedelta(seconds=3.5)))
    late = [now + timedelta(seconds=1), now + timedelta(minutes=1)]
    print([t > datetime.now(UTC) for t in late])
    print([t > datetime.now() for t in late])


asyncio.run(main())
