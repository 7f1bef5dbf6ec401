# Writing a tzinfo subclass: a fixed offset zone and a toy daylight-saving rule, used with
# datetime and time, converted with astimezone, and what happens when utcoffset misbehaves.
from datetime import datetime, time, timedelta, timezone, tzinfo

HOUR = timedelta(hours=1)


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return f"Fixed({self.name!r})"


class ToyEurope(tzinfo):
    """CET, with CEST from the last Sunday of March to the last Sunday of October (ignoring the hour)."""

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = self._last_sunday(dt.year, 3)
        end = self._last_sunday(dt.year, 10)
        return HOUR if start <= dt.replace(tzinfo=None) < end else timedelta(0)

    def utcoffset(self, dt):
        return HOUR + self.dst(dt)

    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

    @staticmethod
    def _last_sunday(year, month):
        d = datetime(year, month + 1, 1) - timedelta(days=1)
        return d - timedelta(days=(d.weekday() + 1) % 7)


europe = ToyEurope()
for month in (1, 3, 4, 10, 11):
    d = datetime(2024, month, 28, 12, tzinfo=europe)
    print(f"{d} {d.tzname():4} offset={d.utcoffset()} dst={d.dst()} isdst={d.timetuple().tm_isdst} "
          f"utc={d.astimezone(timezone.utc):%H:%M}")

noon_utc = datetime(2024, 7, 1, 12, tzinfo=timezone.utc)
print(noon_utc.astimezone(europe), noon_utc.astimezone(Fixed(-150, "NDT")))
print(repr(noon_utc.astimezone(Fixed(330, "IST"))))
t = time(8, 30, tzinfo=Fixed(60, "X"))
print(t, t.utcoffset(), t.tzname(), t.dst(), repr(t))
print(time(8, 30, tzinfo=Fixed(60, "X")) == time(7, 30, tzinfo=timezone.utc))
print(datetime(2024, 1, 1, tzinfo=Fixed(0, "Z")) == datetime(2024, 1, 1, tzinfo=timezone.utc))
print(isinstance(europe, tzinfo), issubclass(ToyEurope, tzinfo), ToyEurope.__mro__[1])


class Broken(tzinfo):
    def utcoffset(self, dt):
        return "+01:00"


class TooFar(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)


for tz in (Broken(), TooFar()):
    try:
        print(datetime(2024, 1, 1, tzinfo=tz).isoformat())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    tzinfo().tzname(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())
