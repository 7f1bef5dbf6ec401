# Formatting dates and times: strftime directives, f-string format specs, isoformat with
# timespec, ctime, str/repr of every type, and the directives Python itself expands (%f %z %Z).
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 7, 4)
dt = datetime(2024, 7, 4, 9, 5, 3, 70000)
aware = dt.replace(tzinfo=timezone(timedelta(hours=-4), "EDT"))
t = time(21, 45, 30, 123456)

for fmt in ["%Y-%m-%d", "%d/%m/%y", "%A, %B %d, %Y", "%a %b %e", "%j", "%U %W %V %G %u %w", "%C %g",
            "%I:%M %p", "%H:%M:%S.%f", "%D %T %R %F", "%c", "%x %X", "%%Y", "%-d/%-m", "%^a %#b",
            "%10Y|%_5d|%05e", "%z|%Z", "%s"]:
    if fmt == "%s":
        continue
    print(f"{fmt!r:22} date: {d.strftime(fmt)!r:32} datetime: {dt.strftime(fmt)!r:32} aware: {aware.strftime(fmt)!r}")

print(f"{d}|{d:%d %b}|{dt}|{dt:%H:%M}|{t}|{t:%I %p}|{aware}|{aware:%z %Z}")
print(format(d, ""), format(t, ""), format(timedelta(1), ""), "{:%Y}".format(dt))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(f"{spec:13} {dt.isoformat(timespec=spec):30} {t.isoformat(spec):18} {aware.isoformat(' ', spec)}")
print(d.ctime(), "|", dt.ctime(), "|", datetime(2024, 7, 14).ctime())
print(repr(d), repr(dt), repr(t), repr(aware), sep="\n")
print(repr(time()), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)), repr(time(5, tzinfo=timezone.utc, fold=1)))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 1)), repr(datetime(2024, 1, 1, fold=1)))
print(str(time(1, 2, 3, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15)))))
print(datetime(1, 1, 1).strftime("%Y %G %C %y"), datetime(999, 12, 31).strftime("%Y|%4Y|%F"))
print(aware.strftime("100%% at %H:%M%z"), t.strftime("%H:%M:%S %Y-%m-%d"))
try:
    dt.isoformat(timespec="nanoseconds")
except ValueError as e:
    print("ValueError:", e)
print(dt.strftime(42))
