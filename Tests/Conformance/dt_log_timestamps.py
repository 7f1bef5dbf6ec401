# Parsing log timestamps with strptime: several formats, the gaps between events, the slowest
# request, and the lines that do not parse (with strptime's messages).
from datetime import datetime, timedelta

LOG = """\
2024-03-05 14:07:09,120 INFO start request=1
2024-03-05 14:07:09,870 INFO done request=1
[05/Mar/2024:14:08:00 +0100] GET /index.html 200
[05/Mar/2024:14:09:30 +0100] GET /about.html 404
Tue Mar  5 14:10:00 2024 cron: nightly job
2024-03-05T14:11:12.5Z deploy finished
2024-13-05 14:12:00,000 INFO broken month
2024-03-05 14:12:00,000extra INFO glued
March 5, 2024 at 2:15 PM reminder
"""

FORMATS = [
    ("%Y-%m-%d %H:%M:%S,%f", 23),
    ("[%d/%b/%Y:%H:%M:%S %z]", 28),
    ("%a %b %d %H:%M:%S %Y", 24),
    ("%Y-%m-%dT%H:%M:%S.%f%z", 23),
    ("%B %d, %Y at %I:%M %p", 25),
]


def parse_line(line):
    errors = []
    for fmt, width in FORMATS:
        stamp = line[:width]
        try:
            return datetime.strptime(stamp, fmt), None
        except ValueError as e:
            errors.append(str(e))
    return None, errors


events = []
for line in LOG.splitlines():
    when, errors = parse_line(line)
    if when is None:
        print(f"unparsed: {line!r}")
        for e in errors[:2]:
            print("   ", e)
        continue
    print(f"{when!r:95} <- {line[:30]!r}")
    events.append(when)

naive = [e for e in events if e.tzinfo is None]
aware = [e for e in events if e.tzinfo is not None]
print(len(naive), "naive,", len(aware), "aware")
gaps = [b - a for a, b in zip(naive, naive[1:])]
for g in gaps:
    print(f"gap {g} = {g.total_seconds()} s")
print("longest gap:", max(gaps))
print("aware in UTC:", [a.astimezone().isoformat() for a in aware])
print(datetime.strptime("1/2/03", "%m/%d/%y"), datetime.strptime("99", "%y").year, datetime.strptime("68", "%y").year)
print(datetime.strptime("2024 60", "%Y %j").date(), datetime.strptime("2023 60", "%Y %j").date())
print(datetime.strptime("12:30:45 am", "%I:%M:%S %p").time(), datetime.strptime("12:30 pm", "%I:%M %p").time())
for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("10:61", "%H:%M"), ("x", "%Q"), ("2024", "%Y%"), ("+05:3030", "%z"),
                  ("29 Feb", "%d %b")]:
    try:
        print(datetime.strptime(text, fmt))
    except ValueError as e:
        print(f"ValueError for {text!r} / {fmt!r}: {e}")
