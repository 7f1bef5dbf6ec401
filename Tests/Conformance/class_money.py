class CurrencyMismatch(ValueError):
    def __init__(self, a, b):
        super().__init__(f"cannot combine {a} and {b}")
        self.currencies = (a, b)


class Money:
    symbols = {"USD": "$", "EUR": "€", "GBP": "£"}

    def __init__(self, cents, currency="USD"):
        if not isinstance(cents, int):
            raise TypeError(f"cents must be int, not {type(cents).__name__}")
        self.cents = cents
        self.currency = currency

    @classmethod
    def of(cls, amount, currency="USD"):
        whole, _, frac = amount.partition(".")
        frac = (frac + "00")[:2]
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int(frac)), currency)

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(self.currency, other.currency)
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, int):
            return Money(self.cents * factor, self.currency)
        if isinstance(factor, float):
            return Money(round(self.cents * factor), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, parts):
        if not isinstance(parts, int):
            return NotImplemented
        base, extra = divmod(self.cents, parts)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(parts)]

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        if other == 0:
            return self.cents == 0
        return NotImplemented

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.cents < other.cents

    def __le__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.cents <= other.cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        whole, cents = divmod(abs(self.cents), 100)
        return f"{sign}{self.symbols.get(self.currency, '?')}{whole:,}.{cents:02d}"

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __format__(self, spec):
        return format(str(self), spec)


price = Money.of("19.99")
tax = price * 0.08
print(price, tax, price + tax, repr(price + tax))
print(Money.of("1234567.5"), Money.of("-3.07"), -price, price - Money(2500))
cart = [Money.of("3.50"), Money.of("12.25"), Money.of("0.99")]
print(sum(cart), sum(cart, Money(0)), [str(m) for m in Money.of("100") / 3])
print(f"[{price:>10}] [{price:<10}] [{price:^11}]")
print(max(cart), min(cart), sorted(cart, reverse=True))
print(Money(0) == 0, price == Money(1999), price != Money(1999, "EUR"), price > Money(1000), price >= price)
print(3 * Money(105, "GBP"), Money(105, "EUR") * 2)
ledger = {price: "coffee machine", Money(350): "coffee"}
print(ledger[Money.of("19.99")], Money(350) in ledger, Money(350, "EUR") in ledger)
attempts = [
    ("price + Money(1, 'EUR')", lambda: price + Money(1, "EUR")),
    ("price < Money(5, 'GBP')", lambda: price < Money(5, "GBP")),
    ("price + 1.5", lambda: price + 1.5),
    ("price * 'x'", lambda: price * "x"),
    ("price / 2.5", lambda: price / 2.5),
    ("Money(1.5)", lambda: Money(1.5)),
    ("price < 3", lambda: price < 3),
    ("price > None", lambda: price > None),
    ("price - 0", lambda: price - 0),
]
for expr, thunk in attempts:
    try:
        print(expr, "=", thunk())
    except ValueError as e:
        print(expr, "->", type(e).__name__, e, e.currencies)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
print(issubclass(CurrencyMismatch, ValueError), CurrencyMismatch.__mro__[2].__name__)
