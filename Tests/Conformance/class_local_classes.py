def make_counter_class(step):
    class Counter:
        """Counts by a step chosen when the class was made."""
        def __init__(self):
            self.value = 0

        def tick(self):
            self.value += step
            return self.value

        def __repr__(self):
            return f"{type(self).__qualname__}(step={step}, value={self.value})"

    return Counter


By2 = make_counter_class(2)
By5 = make_counter_class(5)
a, b = By2(), By5()
a.tick(); a.tick(); b.tick()
print(a, b, By2 is By5, By2.__name__, By2.__qualname__, By2.tick.__qualname__)
print(repr(By2), By2.__doc__)


def outer():
    label = "first"

    class Holder:
        def show(self):
            return label

        def rebind(self):
            nonlocal label
            label = "changed by method"

    h = Holder()
    print(h.show())
    label = "second"
    print(h.show())
    h.rebind()
    print(label)
    return Holder


H = outer()
print(H().show(), H.__qualname__, H.show.__qualname__)


class Outer:
    class Inner:
        class Deepest:
            def where(self):
                return type(self).__qualname__

        def make(self):
            class Local:
                pass
            return Local

    def method(self):
        def helper():
            return "helper"
        class InMethod:
            def m(self):
                return helper()
        return InMethod, helper


print(Outer.Inner.Deepest().where(), Outer.Inner.Deepest.where.__qualname__)
print(Outer.Inner().make().__qualname__, Outer.Inner().make().__name__)
InMethod, helper = Outer().method()
print(InMethod.__qualname__, InMethod.m.__qualname__, helper.__qualname__, InMethod().m())
print(repr(Outer.Inner), repr(InMethod), Outer.method.__qualname__)


def class_factory(name, base, **attrs):
    class Made(base):
        pass
    for key, value in attrs.items():
        setattr(Made, key, value)
    Made.__name__ = name
    Made.__qualname__ = name
    return Made


class Base:
    def hello(self):
        return f"hello from {type(self).__name__} with {self.greeting}"


Greeter = class_factory("Greeter", Base, greeting="hi", times=2)
print(Greeter().hello(), Greeter.times, Greeter.__mro__[1] is Base, repr(Greeter))

classes = []
for i in range(3):
    class Numbered:
        number = i

        def get(self, bonus=i * 10):
            return self.number + bonus
    classes.append(Numbered)
print([c.number for c in classes], [c().get() for c in classes], classes[0] is classes[1])


def adder_class():
    total = 0

    class Adder:
        def add(self, n):
            nonlocal total
            total += n
            return total

    return Adder(), lambda: total


adder, peek = adder_class()
adder.add(3)
adder.add(4)
print(peek())

x = "global x"


class Scope:
    x = "class x"
    y = x + " seen in body"

    def method(self):
        return x

    items = [x for _ in range(1)]
    doubled = [n * 2 for n in range(3)]


print(Scope.y, Scope().method(), Scope.items, Scope.doubled)
try:
    class Broken:
        a = 1
        b = [a for _ in range(2)]
except NameError as e:
    print("NameError:", e)
