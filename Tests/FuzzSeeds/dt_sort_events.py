# Sorting events by datetime: an agenda grouped by day, conflicts between overlapping events,
# the next event after a moment (bisect), and min/max/sorted with keys.
from bisect import bisect_right
from datetime import date, datetime, time, timedelta

events = [
    ("Standup", datetime(2024, 5, 6, 9, 30), timedelta(minutes=15)),
    ("Lunch", datetime(2024, 5, 6, 12, 0), timedelta(hours=1)),
    ("Design review", datetime(2024, 5, 6, 11, 30), timedelta(minutes=45)),
    ("Dentist", datetime(2024, 5, 7, 8, 0), timedelta(minutes=30)),
    ("Release", datetime(2024, 5, 3, 17, 0), timedelta(hours=2)),
    ("Retro", datetime(2024, 5, 7, 15, 0), timedelta(hours=1, minutes=30)),
    ("Standup", datetime(2024, 5, 7, 9, 30), timedelta(minutes=15)),
]

events.sort(key=lambda e: e[1])
by_day = {}
for name, start, length in events:
    by_day.setdefault(start.date(), []).append((name, start, length))

for day, items in by_day.items():
    print(day.strftime("%A %d %B %Y"))
    for name, start, length in items:
        end = start + length
        print(f"  {start:%H:%M}-{end:%H:%M} ({str(length):>7}) {name}")

for (n1, s1, l1), (n2, s2, l2) in zip(events, events[1:]):
    if s1 + l1 > s2:
        print(f"conflict: {n1} runs {s1 + l1 - s2} into {n2}")

starts = [s for _, s, _ in events]
for moment in [datetime(2024, 5, 1), datetime(2024, 5, 6, 10), datetime(2024, 5, 7, 15), datetime(2024, 6, 1)]:
    i = bisect_right(starts, moment)
    nxt = events[i][0] if i < len(events) else "nothing"
    print(f"after {moment}: {nxt}")

print("first:", min(starts), "last:", max(starts))
print("longest:", max(events, key=lambda e: e[2])[0], "total:", sum((e[2] for e in events), timedelta()))
mornings = sorted({s.time() for s in starts if s.time() < time(12)})
print("morning slots:", [t.isoformat(timespec="minutes") for t in mornings])
print(sorted({s.date() for s in starts}, reverse=True))
print(datetime.combine(date(2024, 5, 8), time(9, 30)) in starts, datetime(2024, 5, 7, 9, 30) in starts)
print(sorted(events, key=lambda e: (e[0], e[1]))[0])
print(min(date(2024, 5, 8), datetime(2024, 5, 7)))
