# Reading ISO 8601 strings (Python 3.11 accepts most of the standard): dates, week dates,
# compact forms, times with fractions and offsets, and what it rejects.
from datetime import date, datetime, time

for s in ["2024-03-05", "20240305", "2024-W10", "2024-W10-2", "2024W102"]:
    print(f"date {s!r:18} -> {date.fromisoformat(s)!r}")

for s in ["2024-03-05T14:07", "2024-03-05 14:07:09", "2024-03-05T14:07:09.5", "2024-03-05T14:07:09,123456",
          "2024-03-05T14:07:09.123456789", "2024-03-05T14", "20240305T140709", "2024-03-05T14:07:09Z",
          "2024-03-05T14:07:09+05:30", "2024-03-05T14:07:09-0800", "2024-03-05T14:07:09+00:00",
          "2024-03-05T14:07:09.5+01:00:30", "2024-W10-2T10:00", "2024-03-05x14:07"]:
    v = datetime.fromisoformat(s)
    print(f"datetime {s!r:34} -> {v!r}")
    assert datetime.fromisoformat(v.isoformat()) == v

for s in ["14:07", "14", "140709", "14:07:09.25", "T14:07", "14:07:09Z", "14:07:09-03:00"]:
    print(f"time {s!r:18} -> {time.fromisoformat(s)!r}")

bad = [(date, "2024-3-5"), (date, "2024-03-05T00:00"), (date, "2024-02-30"), (datetime, "2024-03-05T24:00"),
       (datetime, "05/03/2024"), (datetime, "2024-03-05T14:07:09+24:00"), (time, "25:00"), (time, "noon"),
       (datetime, "")]
for cls, s in bad:
    try:
        cls.fromisoformat(s)
    except ValueError as e:
        print(f"{cls.__name__}.fromisoformat({s!r}): ValueError: {e}")
try:
    date.fromisoformat(20240305)
except TypeError as e:
    print("TypeError:", e)
print(datetime.fromisoformat("2024-03-05T14:07:09.5").isoformat(timespec="milliseconds"))
print(datetime.fromisoformat("2024-13-01"))
