import datetime
d = datetime.date(2024,1,5).isocalendar()
print(d, d[0], d.week, d == (2024,1,5), isinstance(d, tuple), d + (1,), hash(d)==hash((2024,1,5)), list(d), len(d))
y, w, wd = d
print(y, w, wd, max(d), sorted([d, (2023, 5, 1)]))
