class Base:
    def __init__(self, **kwargs):
        print(f"Base.__init__ leftover={sorted(kwargs)}")
        super().__init__(**kwargs)

    def describe(self):
        return ["Base"]

    def save(self):
        print("  Base.save")


class Named(Base):
    def __init__(self, name, **kwargs):
        print(f"Named.__init__ name={name!r}")
        self.name = name
        super().__init__(**kwargs)

    def describe(self):
        return ["Named"] + super().describe()


class Timestamped(Base):
    def __init__(self, created=0, **kwargs):
        print(f"Timestamped.__init__ created={created}")
        self.created = created
        super().__init__(**kwargs)

    def describe(self):
        return ["Timestamped"] + super().describe()

    def save(self):
        print("  Timestamped.save: touching", self.created)
        self.created += 1
        super().save()


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"


class ValidatedMixin:
    required = ()

    def save(self):
        missing = [f for f in self.required if not getattr(self, f, None)]
        if missing:
            raise ValueError(f"{type(self).__name__} is missing {', '.join(missing)}")
        print("  ValidatedMixin.save ok")
        super().save()


class Document(ReprMixin, ValidatedMixin, Named, Timestamped):
    required = ("name", "body")

    def __init__(self, body="", **kwargs):
        print("Document.__init__")
        self.body = body
        super().__init__(**kwargs)

    def describe(self):
        return ["Document"] + super().describe()


print([c.__name__ for c in Document.__mro__])
doc = Document(name="notes", created=5, body="hello")
print(doc)
print(doc.describe())
doc.save()
print(doc.created)
empty = Document(name="draft")
try:
    empty.save()
except ValueError as e:
    print("ValueError:", e)
try:
    Document(name="x", colour="red")
except TypeError as e:
    print("TypeError:", e)


class A:
    def go(self):
        print("A.go")


class B(A):
    def go(self):
        print("B.go enter")
        super().go()
        print("B.go exit")


class C(A):
    def go(self):
        print("C.go enter")
        super().go()
        print("C.go exit")


class D(B, C):
    def go(self):
        print("D.go enter")
        super().go()
        print("D.go exit")


D().go()
print([k.__name__ for k in D.__mro__], D.__bases__ == (B, C))
super(B, D()).go()
print(super(C, D()).go.__qualname__)
print(isinstance(doc, (ReprMixin, int)), issubclass(Document, ValidatedMixin), issubclass(D, (C, str)))


class Root:
    def ping(self, path):
        return path + ["Root"]


class Left(Root):
    def ping(self, path):
        return super().ping(path + ["Left"])


class Right(Root):
    def ping(self, path):
        return super().ping(path + ["Right"])


class Leaf(Left, Right):
    pass


print(Leaf().ping([]), Left().ping([]))
print(Leaf.ping is Left.ping, Leaf.__mro__[1:3] == (Left, Right))


class CountingMixin:
    instances = 0

    def __init__(self, *args, **kwargs):
        type(self).instances += 1
        super().__init__(*args, **kwargs)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class CountedPoint(CountingMixin, Point):
    pass


ps = [CountedPoint(i, i * i) for i in range(4)]
print(CountedPoint.instances, CountingMixin.instances, ps[3].y, vars(ps[2]))
