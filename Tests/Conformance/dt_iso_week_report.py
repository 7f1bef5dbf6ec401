# An ISO week report: bucket activity by ISO week (isocalendar), print week ranges with
# fromisocalendar, and check years with 53 weeks.
from datetime import date, timedelta

activity = [
    ("2023-12-30", 3), ("2024-01-01", 5), ("2024-01-03", 2), ("2024-01-07", 4), ("2024-01-08", 1),
    ("2024-02-29", 7), ("2024-12-29", 2), ("2024-12-30", 6), ("2025-01-01", 1), ("2020-12-31", 9),
    ("2021-01-03", 8),
]

weeks = {}
for text, n in activity:
    d = date.fromisoformat(text)
    iso = d.isocalendar()
    key = (iso.year, iso.week)
    weeks[key] = weeks.get(key, 0) + n
    print(f"{d} {d:%a} -> {iso!r} weekday={d.isoweekday()} {d.strftime('%G-W%V-%u')}")

print()
for (year, week) in sorted(weeks):
    monday = date.fromisocalendar(year, week, 1)
    sunday = monday + timedelta(days=6)
    print(f"{year}-W{week:02d} {monday:%b %d}..{sunday:%b %d}: {weeks[(year, week)]:3d} {'#' * weeks[(year, week)]}")

print()
for year in range(2015, 2027):
    last = date(year, 12, 28).isocalendar().week
    print(year, "has", last, "ISO weeks;", "starts", date.fromisocalendar(year, 1, 1))

y, w, d = date(2024, 3, 15).isocalendar()
print(y, w, d, tuple(date(2024, 3, 15).isocalendar()), date(2024, 3, 15).isocalendar()[0])
print(date.fromisoformat("2024-W11-5"), date.fromisoformat("2024W115"), date.fromisoformat("2024-W11"))
for args in [(2024, 53, 1), (2020, 53, 7), (2024, 1, 0)]:
    try:
        print(date.fromisocalendar(*args))
    except ValueError as e:
        print("ValueError:", e)
