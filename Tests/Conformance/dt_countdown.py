# A countdown: time left until deadlines, broken into days/hours/minutes with divmod,
# progress bars from timedelta division, and str() of negative timedeltas for overdue items.
from datetime import datetime, timedelta

NOW = datetime(2024, 12, 24, 18, 30, 15)
deadlines = {
    "Christmas": datetime(2024, 12, 25),
    "New Year": datetime(2025, 1, 1),
    "Tax day": datetime(2025, 4, 15, 23, 59, 59),
    "Yesterday's report": datetime(2024, 12, 23, 17, 0),
    "Right now": NOW,
}
started = datetime(2024, 12, 1)


def humanize(delta):
    sign = "-" if delta < timedelta(0) else ""
    delta = abs(delta)
    hours, rem = divmod(delta.seconds, 3600)
    minutes, seconds = divmod(rem, 60)
    return f"{sign}{delta.days}d {hours:02}h {minutes:02}m {seconds:02}s"


for name, when in sorted(deadlines.items(), key=lambda kv: kv[1]):
    left = when - NOW
    total = when - started
    done = (NOW - started) / total if total else 1.0
    bar = "#" * min(20, int(done * 20))
    status = "overdue" if left < timedelta(0) else "due"
    print(f"{name:20} {status:7} {str(left):>26} {humanize(left):>18} [{bar:<20}] {done:6.1%}")

tick = timedelta(minutes=15)
t = NOW
for _ in range(4):
    t += tick
    print(t.time(), t.strftime("%I:%M %p"), (deadlines["Christmas"] - t) // tick, "ticks left")
print(timedelta(hours=1) * 1.5, timedelta(hours=1) * 0.1, timedelta(seconds=1) / 3, timedelta(seconds=10) * (2 / 3))
print(timedelta(weeks=-1, seconds=1), repr(timedelta(seconds=-1)), -timedelta(days=1, microseconds=1))
print(timedelta(minutes=90).total_seconds(), timedelta(days=365) / timedelta(hours=1), timedelta(0.5))
print(str(timedelta(days=2, seconds=3, microseconds=40)), timedelta(hours=49) // 4, timedelta(hours=49) % timedelta(hours=5))
print(abs(timedelta(hours=-3)), +timedelta(hours=-3), timedelta.max, timedelta.min, timedelta.resolution)
print(deadlines["New Year"] - timedelta(seconds="10"))
