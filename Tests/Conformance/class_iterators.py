class Sentence:
    """An iterable: each iter() starts a fresh iterator."""

    def __init__(self, text):
        self.text = text
        self.words = text.split()

    def __iter__(self):
        return SentenceIterator(self.words)

    def __repr__(self):
        return f"Sentence({self.text!r})"


class SentenceIterator:
    def __init__(self, words):
        self.words = words
        self.index = 0

    def __next__(self):
        try:
            word = self.words[self.index]
        except IndexError:
            raise StopIteration()
        self.index += 1
        return word

    def __iter__(self):
        return self


s = Sentence("the time has come the walrus said")
print(list(s), len(list(s)), sorted(s), sorted(s, key=len, reverse=True)[:2])
print(min(s), max(s, key=len), "walrus" in s, "carpenter" in s)
it = iter(s)
print(next(it), next(it), iter(it) is it, list(it), list(it), next(it, "<done>"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
for i, (a, b) in enumerate(zip(s, Sentence("one two three"))):
    print(i, a, b)
first, second, *rest = s
print(first, second, rest)
print(dict(enumerate(s, start=1))[3], tuple(Sentence("x y")), " ".join(reversed(list(s))))
print(sum(len(w) for w in s), [w.upper() for w in s if len(w) > 3], list(map(len, s)))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


c = Countdown(5)
for n in c:
    if n == 3:
        break
    print("n =", n)
print("resumes at", list(c))
print(list(Countdown(0)), sum(Countdown(100)), max(Countdown(4)), 2 in Countdown(3), 9 in Countdown(3))
print(list(zip(Countdown(3), Countdown(10))), list(enumerate(Countdown(2))))


class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        n = self.start
        while (self.step > 0 and n < self.stop) or (self.step < 0 and n > self.stop):
            yield n
            n += self.step

    def __len__(self):
        return max(0, -(-(self.stop - self.start) // self.step))

    def __reversed__(self):
        last = self.start + (len(self) - 1) * self.step
        return iter(Range2(last, self.start - self.step, -self.step))


r = Range2(1, 10, 3)
print(list(r), len(r), list(reversed(r)), list(Range2(10, 0, -4)), len(Range2(10, 0, -4)), list(reversed(Range2(5, 5))))


def chain(*iterables):
    for iterable in iterables:
        yield from iterable


print(list(chain(Countdown(2), Sentence("a b"), Range2(0, 3))))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 16 in Squares(), list(zip(Squares(), "abc")), list(reversed([*Squares()])))


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


fib = Fib(100)
print(list(fib), sum(fib), len(list(fib)), [x for x in fib if x % 2 == 0])
g = iter(fib)
print(type(g).__name__, next(g), next(g), next(g), list(g)[-1])


class Broken:
    def __iter__(self):
        return 42


class NoNext:
    def __iter__(self):
        return self


for bad in [Broken(), NoNext()]:
    try:
        for _ in bad:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    a, b = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
try:
    next(Sentence("x"))
except TypeError as e:
    print("TypeError:", e)
