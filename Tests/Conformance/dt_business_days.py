# Business days with timedelta: skip weekends and a holiday list, count working days between
# two dates, and find the date N working days after a start.
from datetime import date, timedelta

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 12, 25)}
ONE_DAY = timedelta(days=1)


def is_business_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(start, n):
    d = start
    step = ONE_DAY if n >= 0 else -ONE_DAY
    remaining = abs(n)
    while remaining:
        d += step
        if is_business_day(d):
            remaining -= 1
    return d


def business_days_between(a, b):
    count = 0
    d = a
    while d < b:
        if is_business_day(d):
            count += 1
        d += ONE_DAY
    return count


start = date(2024, 6, 28)
for n in (0, 1, 5, 10, -3):
    end = add_business_days(start, n)
    print(f"{start} + {n:3} business days = {end} ({end:%a})")

for a, b in [(date(2024, 1, 1), date(2024, 2, 1)), (date(2024, 12, 20), date(2025, 1, 3))]:
    print(f"working days in [{a}, {b}): {business_days_between(a, b)}")

print("holidays:", ", ".join(str(h) for h in sorted(HOLIDAYS)))
weeks = (date(2024, 12, 31) - date(2024, 1, 1)) // timedelta(weeks=1)
print("whole weeks in 2024:", weeks)
rest = (date(2024, 12, 31) - date(2024, 1, 1)) % timedelta(weeks=1)
print("and", rest, repr(rest))
q, r = divmod(date(2024, 12, 31) - date(2024, 1, 1), timedelta(weeks=1))
print(q, r)
fridays = [date(2024, 3, 1) + timedelta(weeks=w) for w in range(5)]
print([f.strftime("%m/%d") for f in fridays], all(f.isoweekday() == 5 for f in fridays))
print(add_business_days(start, "2"))
