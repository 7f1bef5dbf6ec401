class Counter:
    def __init__(self, start=0):
        self.count = start

    def __call__(self, step=1):
        self.count += step
        return self.count


tick = Counter()
print(tick(), tick(), tick(10), tick.count, callable(tick), callable(Counter), callable(tick.count))
print(list(map(Counter(100), [1, 2, 3])))


class Memoize:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.hits = 0
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        result = self.func(*args)
        self.cache[args] = result
        return result


@Memoize
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.hits, len(fib.cache), fib.__name__, fib.__doc__, type(fib).__name__)


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        print(f"call {self.calls} of {self.func.__name__}{args}{kwargs if kwargs else ''}")
        return self.func(*args, **kwargs)


@CountCalls
def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


print(greet("ann"), greet("bob", punctuation="?"), greet.calls)


class Polynomial:
    def __init__(self, *coefficients):
        self.coefficients = coefficients

    def __call__(self, x):
        result = 0
        for c in reversed(self.coefficients):
            result = result * x + c
        return result

    def __repr__(self):
        terms = []
        for power, c in enumerate(self.coefficients):
            if c:
                terms.append(f"{c}" if power == 0 else f"{c}x^{power}")
        return " + ".join(reversed(terms)) or "0"


p = Polynomial(1, 0, 3)
print(p, [p(x) for x in range(4)], sorted([3, -1, 2], key=p), max(range(-3, 3), key=Polynomial(0, -1, 1)))


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


pipeline = [Multiplier(2), abs, Multiplier(-3), str, len]
value = -7
for stage in pipeline:
    value = stage(value)
    print(type(stage).__name__, "->", repr(value))


class Registry:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def decorator(func):
            self.handlers.setdefault(event, []).append(func)
            return func
        return decorator

    def __call__(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]


events = Registry()


@events.on("save")
def log_save(name):
    return f"saved {name}"


@events.on("save")
def backup(name):
    return f"backed up {name}"


print(events("save", "doc.txt"), events("load"), callable(events), log_save("x"))


class NotCallable:
    pass


for thing in [NotCallable(), 42, "text", None]:
    try:
        thing()
    except TypeError as e:
        print("TypeError:", e)


class Adder:
    def __call__(self, a, b):
        return a + b


add = Adder()
try:
    add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    add(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(add(a=1, b=2), add.__call__(3, 4), Adder.__call__(add, 5, 6))
