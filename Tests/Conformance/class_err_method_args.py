class Calculator:
    def add(self, a, b):
        return a + b

    def negate(self):
        return -self.value

    def forgot_self():
        return "no self"

    def scale(self, x, *, factor=2):
        return x * factor

    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def make(cls, n):
        return cls()


calc = Calculator()
attempts = [
    lambda: calc.add(1),
    lambda: calc.add(1, 2, 3),
    lambda: calc.add(),
    lambda: Calculator.add(1, 2),
    lambda: calc.add(1, b=2, a=3),
    lambda: calc.add(1, c=2),
    lambda: calc.forgot_self(),
    lambda: Calculator.forgot_self(1),
    lambda: calc.scale(1, 2),
    lambda: calc.scale(1, fctor=3),
    lambda: calc.twice(1, 2),
    lambda: Calculator.twice(),
    lambda: Calculator.make(),
    lambda: calc.make(1, 2),
    lambda: calc.negate(5),
    lambda: Calculator.negate(),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
print(Calculator.forgot_self(), calc.add(b=2, a=1), Calculator.add(calc, 3, 4), calc.scale(3, factor=5))


class Invoice:
    def __init__(self, items):
        self.items = items

    def total(self, tax):
        return sum(self.items) * (1 + tax)

    def summary(self):
        return f"total: {self.total()}"


print(Invoice([10, 20]).total(0.5))
Invoice([1, 2]).summary()
