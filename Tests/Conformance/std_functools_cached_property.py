# cached_property and singledispatch, as tutorials show them.
from functools import cached_property, singledispatch
import functools


class DataSet:
    def __init__(self, numbers):
        self.numbers = numbers

    @cached_property
    def total(self):
        print("  computing total")
        return sum(self.numbers)

    @cached_property
    def mean(self):
        """The arithmetic mean."""
        print("  computing mean")
        return self.total / len(self.numbers)


d = DataSet([1, 2, 3, 4])
print(d.mean, d.mean, d.total)
print(vars(d))
del d.mean
print(d.mean)
d.total = 100
print(d.total, d.mean)
print(DataSet.mean.__doc__, DataSet.total.attrname, type(DataSet.__dict__["mean"]).__name__)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print(type(e).__name__, e)


@singledispatch
def describe(obj):
    return f"something: {obj!r}"


@describe.register(int)
def _(obj):
    return f"an int: {obj}"


@describe.register(list)
def _(obj):
    return f"a list of {len(obj)}: " + ", ".join(describe(x) for x in obj)


def describe_str(obj):
    return f"a string: {obj.upper()}"


describe.register(str, describe_str)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(obj):
    return f"an animal of kind {type(obj).__name__}"


print(describe(42))
print(describe(True))
print(describe("hi"))
print(describe([1, "a", 2.5]))
print(describe(Dog()))
print(describe(None))
print(describe((1, 2)))
print(describe.dispatch(bool).__name__, describe.dispatch(float).__name__, describe.dispatch(str) is describe_str)
print(sorted(k.__name__ for k in describe.registry))
print(describe.__name__, describe.__wrapped__.__name__)
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe.register(42)
except TypeError as e:
    print(type(e).__name__, str(e).split(":")[0])


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(f"cannot handle {type(arg).__name__}")

    @area.register(int)
    def _(self, arg):
        return arg * arg

    @area.register(tuple)
    def _(self, arg):
        return arg[0] * arg[1]


s = Shape()
print(s.area(3), s.area((2, 5)))
try:
    s.area("x")
except NotImplementedError as e:
    print(type(e).__name__, e)
