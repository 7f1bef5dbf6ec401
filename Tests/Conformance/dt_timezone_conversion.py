# Timezone conversion with fixed offsets: a meeting planner across offices, aware arithmetic,
# UTC round trips, and finally the classic mistake of mixing naive and aware datetimes.
from datetime import datetime, timedelta, timezone, UTC

OFFICES = {
    "London": timezone(timedelta(0), "GMT"),
    "Berlin": timezone(timedelta(hours=1), "CET"),
    "New York": timezone(timedelta(hours=-5), "EST"),
    "Mumbai": timezone(timedelta(hours=5, minutes=30), "IST"),
    "Kathmandu": timezone(timedelta(hours=5, minutes=45)),
    "Honolulu": timezone(-timedelta(hours=10)),
}

meeting = datetime(2024, 1, 15, 16, 0, tzinfo=OFFICES["Berlin"])
print("meeting:", meeting, repr(meeting.tzinfo))
for city, tz in OFFICES.items():
    local = meeting.astimezone(tz)
    flag = "" if 9 <= local.hour < 18 else "  (outside office hours)"
    print(f"{city:10} {local:%Y-%m-%d %H:%M} {local.tzname():9} {local.utcoffset()!s:>17} {local.isoformat()}{flag}")

print(repr(OFFICES["Kathmandu"]), str(OFFICES["Honolulu"]), repr(timezone.utc), UTC is timezone.utc)
utc = meeting.astimezone(timezone.utc)
print(utc, utc == meeting, hash(utc) == hash(meeting), utc.timestamp(), meeting.timestamp())
print(datetime.fromtimestamp(utc.timestamp(), OFFICES["Mumbai"]))
flight_out = datetime(2024, 1, 15, 22, 30, tzinfo=OFFICES["New York"])
flight_in = datetime(2024, 1, 16, 10, 45, tzinfo=OFFICES["London"])
print("flight takes", flight_in - flight_out)
print(sorted([flight_in, flight_out, meeting]))
print(datetime.fromisoformat("2024-01-15T16:00:00+01:00") == meeting)
print(datetime.fromisoformat("2024-01-15T15:00:00Z").astimezone(OFFICES["Berlin"]))
print(meeting.replace(tzinfo=None), meeting.utctimetuple())
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError:", e)
print(timezone(timedelta(0)) is timezone.utc, repr(timezone(timedelta(0), "UTC")), timezone(-timedelta(0)) is UTC)
local_naive = datetime(2024, 1, 15, 16, 0)
print(local_naive == meeting)
print(local_naive.astimezone(OFFICES["Berlin"]))
print("minutes until meeting:", (meeting - local_naive).total_seconds() / 60)
