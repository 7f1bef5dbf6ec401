# Calendar helpers built on date: month lengths, adding months with end-of-month clamping,
# the nth weekday of a month (Thanksgiving), a printed month grid, and replace() errors.
from datetime import date, timedelta


def days_in_month(year, month):
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return (nxt - date(year, month, 1)).days


def add_months(d, n):
    month_index = d.month - 1 + n
    year = d.year + month_index // 12
    month = month_index % 12 + 1
    return d.replace(year=year, month=month, day=min(d.day, days_in_month(year, month)))


def nth_weekday(year, month, weekday, n):
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))


def month_grid(year, month):
    first = date(year, month, 1)
    lines = [first.strftime("%B %Y").center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * first.weekday()
    for day in range(1, days_in_month(year, month) + 1):
        cells.append(f"{day:2}")
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print([days_in_month(2024, m) for m in range(1, 13)], days_in_month(2023, 2), days_in_month(1900, 2))
start = date(2024, 1, 31)
print([str(add_months(start, k)) for k in range(-2, 14, 3)])
print("Thanksgiving:", [nth_weekday(y, 11, 3, 4).isoformat() for y in range(2022, 2027)])
print(month_grid(2024, 2))
print(month_grid(2026, 3))
quarter_ends = [date(2024, m, days_in_month(2024, m)) for m in (3, 6, 9, 12)]
print(quarter_ends, [q.timetuple().tm_yday for q in quarter_ends])
print(date(2024, 12, 31).timetuple())
print(date(2024, 2, 29).replace(year=2025))
