# An age calculator: whole years, months and days between a birthday and a reference date,
# the next birthday (Feb 29 birthdays fall on Feb 28 in common years), and input checking.
from datetime import date, timedelta

TODAY = date(2024, 3, 15)


def age_in_years(born, today=TODAY):
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1
    return years


def next_birthday(born, today=TODAY):
    year = today.year
    while True:
        try:
            candidate = born.replace(year=year)
        except ValueError:
            candidate = date(year, 2, 28)
        if candidate >= today:
            return candidate
        year += 1


def parse_birthday(text):
    try:
        return date.fromisoformat(text)
    except ValueError as e:
        print(f"  bad birthday {text!r}: {e}")
        return None


people = {
    "Ada": "1815-12-10",
    "Leap Larry": "2000-02-29",
    "Newborn": "2024-03-01",
    "Typo": "1990-02-30",
    "Garbage": "next tuesday",
    "Compact": "19851026",
}

for name, text in people.items():
    born = parse_birthday(text)
    if born is None:
        continue
    nb = next_birthday(born)
    wait = nb - TODAY
    print(f"{name:10} born {born:%d %b %Y} ({born.strftime('%A')}): "
          f"{age_in_years(born)} years, {(TODAY - born).days} days old; "
          f"next birthday {nb.isoformat()} in {wait.days} days")

print(repr(TODAY - date(2000, 2, 29)))
print(str(date(2000, 2, 29) - TODAY))
print(TODAY.toordinal(), date.fromordinal(TODAY.toordinal() - 10000))
print(date.min, date.max, date.resolution)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
print(age_in_years(date(2024, 3, 16)))
