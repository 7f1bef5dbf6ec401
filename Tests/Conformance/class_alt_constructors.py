class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        if not Date.is_valid(year, month, day):
            raise ValueError(f"invalid date {year:04d}-{month:02d}-{day:02d}")
        self.year = year
        self.month = month
        self.day = day

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def is_valid(year, month, day):
        if not 1 <= month <= 12:
            return False
        limit = Date.days_in_month[month - 1]
        if month == 2 and Date.is_leap(year):
            limit += 1
        return 1 <= day <= limit

    @classmethod
    def from_string(cls, text, sep="-"):
        year, month, day = map(int, text.split(sep))
        return cls(year, month, day)

    @classmethod
    def from_ordinal(cls, year, n):
        month = 1
        while True:
            length = cls.days_in_month[month - 1] + (month == 2 and cls.is_leap(year))
            if n <= length:
                return cls(year, month, n)
            n -= length
            month += 1

    @classmethod
    def from_dict(cls, d):
        return cls(**d)

    def day_of_year(self):
        total = sum(self.days_in_month[: self.month - 1]) + self.day
        if self.month > 2 and self.is_leap(self.year):
            total += 1
        return total

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02d}/{self.month:02d}/{self.year}"

    @classmethod
    def from_string(cls, text):
        day, month, year = text.split("/")
        return super().from_string(f"{year}-{month}-{day}")


d = Date.from_string("2024-02-29")
print(d, repr(d), d.day_of_year())
e = EuroDate.from_string("01/03/2024")
print(e, repr(e), type(e).__name__, e.day_of_year())
print(Date.from_string("1999.12.31", sep="."), Date.from_ordinal(2023, 365), EuroDate.from_ordinal(2024, 60))
print(Date.from_dict({"year": 2000, "month": 1, "day": 2}), EuroDate.from_dict(dict(day=5, month=6, year=2007)))
print(Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2023), EuroDate.is_valid(2023, 2, 29))
for text in ["2023-02-29", "2023-13-01", "2023-1", "x-1-1"]:
    try:
        Date.from_string(text)
    except ValueError as err:
        print("ValueError:", err)
try:
    Date.from_dict({"year": 2000, "month": 1})
except TypeError as err:
    print("TypeError:", err)
try:
    Date.from_dict({"year": 2000, "month": 1, "day": 1, "hour": 3})
except TypeError as err:
    print("TypeError:", err)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, EuroDate.from_ordinal.__self__ is EuroDate, e.from_dict.__self__ is EuroDate)
print(Date.is_valid.__name__, Date.from_string.__func__.__qualname__, EuroDate.from_string.__func__.__qualname__)


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @classmethod
    def celsius(cls, c):
        return cls(c + 273.15)

    @classmethod
    def fahrenheit(cls, f):
        return cls.celsius((f - 32) * 5 / 9)

    def __repr__(self):
        return f"Temperature({self.kelvin:.2f}K)"


print(Temperature.celsius(100), Temperature.fahrenheit(212), Temperature.fahrenheit(-40))
makers = [Temperature.celsius, Temperature.fahrenheit, Temperature]
print([m(0) for m in makers])


class Color:
    _named = {}

    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    @classmethod
    def register(cls, name, *rgb):
        cls._named[name] = cls(*rgb)
        return cls._named[name]

    @classmethod
    def named(cls, name):
        return cls._named[name]

    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))

    def hex(self):
        return "#" + "".join(f"{c:02x}" for c in self.rgb)


Color.register("red", 255, 0, 0)
Color.register("teal", 0, 128, 128)
print(Color.named("teal").hex(), Color.from_hex("#1e90ff").rgb, Color.from_hex("ffffff").hex(), sorted(Color._named))
try:
    Color.named("mauve")
except KeyError as err:
    print("KeyError:", err)
