def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num=0, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @classmethod
    def coerce(cls, value):
        if isinstance(value, Fraction):
            return value
        if isinstance(value, int):
            return cls(value)
        return None

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __add__(self, other):
        other = Fraction.coerce(other)
        if other is None:
            return NotImplemented
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = Fraction.coerce(other)
        if other is None:
            return NotImplemented
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    def __rsub__(self, other):
        other = Fraction.coerce(other)
        if other is None:
            return NotImplemented
        return other - self

    def __mul__(self, other):
        other = Fraction.coerce(other)
        if other is None:
            return NotImplemented
        return Fraction(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Fraction.coerce(other)
        if other is None:
            return NotImplemented
        return Fraction(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        other = Fraction.coerce(other)
        if other is None:
            return NotImplemented
        return other / self

    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __eq__(self, other):
        other = Fraction.coerce(other)
        if other is None:
            return NotImplemented
        return self.num == other.num and self.den == other.den

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def _cmp(self, other):
        other = Fraction.coerce(other)
        if other is None:
            return None
        return self.num * other.den - other.num * self.den

    def __lt__(self, other):
        d = self._cmp(other)
        return NotImplemented if d is None else d < 0

    def __le__(self, other):
        d = self._cmp(other)
        return NotImplemented if d is None else d <= 0

    def __gt__(self, other):
        d = self._cmp(other)
        return NotImplemented if d is None else d > 0

    def __ge__(self, other):
        d = self._cmp(other)
        return NotImplemented if d is None else d >= 0

    def __bool__(self):
        return self.num != 0


half = Fraction(1, 2)
third = Fraction(1, 3)
print(half, third, repr(Fraction(6, -8)), Fraction(0, 5), Fraction(10, 5))
print(half + third, half - third, half * third, half / third, half ** 3, half ** -2)
print(half + 1, 1 + half, 2 - half, half - 2, 3 * third, third * 3, 1 / half, half / 2)
print(-half, abs(Fraction(-3, 4)), float(Fraction(3, 8)), int(Fraction(7, 2)), int(Fraction(-7, 2)))
print(half == Fraction(2, 4), half == 0.5, Fraction(4, 2) == 2, 2 == Fraction(4, 2), half != third)
print(half > third, third < half, half <= Fraction(1, 2), 1 > half, 0 >= half, half < 1)
print(sorted([half, Fraction(-1, 4), 1, third, Fraction(5, 3)]))
print(min(half, third), max([half, third, Fraction(2, 3)]), sum([half, third, Fraction(1, 6)]))
print(bool(Fraction(0)), bool(half), hash(Fraction(4, 2)) == hash(2))
prices = {Fraction(1, 2): "half", 2: "two"}
print(prices[Fraction(2, 4)], prices[Fraction(6, 3)])
total = Fraction()
for i in range(1, 6):
    total += Fraction(1, i * (i + 1))
print(total, f"{float(total):.3f}", f"{str(total):>6}|")
x = half
x *= 4
print(x, half)
attempts = [
    ("half + 0.5", lambda: half + 0.5),
    ("half < 'a'", lambda: half < "a"),
    ("half ** half", lambda: half ** half),
    ("Fraction(1, 0)", lambda: Fraction(1, 0)),
    ("half / 0", lambda: half / 0),
    ("'a' - half", lambda: "a" - half),
    ("2 ** half", lambda: 2 ** half),
    ("half >= None", lambda: half >= None),
]
for bad, thunk in attempts:
    try:
        print(thunk())
    except (TypeError, ZeroDivisionError) as e:
        print(f"{bad} -> {type(e).__name__}: {e}")
try:
    half.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
