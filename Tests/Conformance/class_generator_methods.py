class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
            return
        for child in self.children:
            yield from child.leaves()

    def __iter__(self):
        return (value for _, value in self.walk())

    def find_path(self, target):
        if self.value == target:
            return [self.value]
        for child in self.children:
            path = child.find_path(target)
            if path:
                return [self.value] + path
        return None


t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b", Tree("b1", Tree("b1x"))))
for depth, value in t.walk():
    print("  " * depth + value)
print(list(t.leaves()), list(t), t.find_path("b1x"), t.find_path("zzz"))
print(sorted(t, reverse=True)[:3], max(t, key=len), "a2" in t)


class Pipeline:
    def __init__(self, source):
        self.source = source
        self.log = []

    def numbers(self):
        for item in self.source:
            self.log.append(f"read {item!r}")
            try:
                yield int(item)
            except ValueError:
                self.log.append(f"skip {item!r}")

    def evens(self):
        return (n for n in self.numbers() if n % 2 == 0)

    def scaled(self, factor):
        for n in self.evens():
            yield n * factor


p = Pipeline(["1", "2", "x", "4", "5", "6"])
gen = p.scaled(10)
print(type(gen).__name__, gen.__name__, gen.__qualname__)
print(next(gen), p.log)
print(list(gen), p.log[-3:])


class Accumulator:
    def __init__(self):
        self.total = 0

    def running(self):
        while True:
            value = yield self.total
            if value is None:
                break
            self.total += value
        return f"finished at {self.total}"


acc = Accumulator()
co = acc.running()
print(next(co), co.send(5), co.send(10), acc.total)
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)


class Paginator:
    def __init__(self, items, size):
        self.items = items
        self.size = size

    def pages(self):
        for start in range(0, len(self.items), self.size):
            yield Page(self, start // self.size + 1, self.items[start:start + self.size])


class Page:
    def __init__(self, paginator, number, items):
        self.paginator = paginator
        self.number = number
        self.items = items

    def __repr__(self):
        return f"<Page {self.number}: {self.items}>"

    def __iter__(self):
        yield from self.items


pg = Paginator(list("abcdefg"), 3)
print(list(pg.pages()), [list(page) for page in pg.pages()], [x for page in pg.pages() for x in page])


class Resource:
    def __init__(self, name):
        self.name = name

    def lines(self):
        print(f"open {self.name}")
        try:
            for i in range(3):
                yield f"{self.name}:{i}"
        finally:
            print(f"close {self.name}")


r = Resource("log")
for line in r.lines():
    print(line)
    if line.endswith("1"):
        break
g = Resource("db").lines()
print(next(g))
g.close()
print("closed", list(g))


class Counter:
    count = 0

    @classmethod
    def ids(cls, n):
        for _ in range(n):
            cls.count += 1
            yield f"{cls.__name__}-{cls.count}"

    @staticmethod
    def pairs(xs):
        it = iter(xs)
        yield from zip(it, it)


class SubCounter(Counter):
    pass


print(list(Counter.ids(2)), list(SubCounter.ids(2)), Counter.count, SubCounter.count)
print(list(Counter.pairs(range(7))), list(SubCounter().pairs("abcd")))
