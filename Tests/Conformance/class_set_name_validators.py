class Validator:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.public_name = name
        self.private_name = "_" + name
        print(f"__set_name__ {owner.__name__}.{name} ({type(self).__name__})")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private_name)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)

    def validate(self, value):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} {self.owner}.{self.public_name}>"


class OneOf(Validator):
    def __init__(self, *options):
        self.options = options
        self.shown = options

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"Expected {value!r} to be one of {self.shown!r}")


class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"Expected {value!r} to be an int or float")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"Expected {value!r} to be at least {self.minvalue!r}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"Expected {value!r} to be no more than {self.maxvalue!r}")


class String(Validator):
    def __init__(self, minsize=None, maxsize=None, predicate=None):
        self.minsize = minsize
        self.maxsize = maxsize
        self.predicate = predicate

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"Expected {value!r} to be an str")
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f"Expected {value!r} to be no smaller than {self.minsize!r}")
        if self.maxsize is not None and len(value) > self.maxsize:
            raise ValueError(f"Expected {value!r} to be no bigger than {self.maxsize!r}")
        if self.predicate is not None and not self.predicate(value):
            raise ValueError(f"Expected {self.predicate.__name__} to be true for {value!r}")


print("defining Component")


class Component:
    name = String(minsize=3, maxsize=10, predicate=str.isupper)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)

    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity

    def __repr__(self):
        return f"Component({self.name!r}, {self.kind!r}, {self.quantity!r})"


print("defined")
c = Component("WIDGET", "metal", 5)
print(c, vars(c))
print(Component.name, Component.kind, type(Component.quantity).__name__)
print(Component.__dict__["quantity"].minvalue, c.quantity)
attempts = [
    lambda: Component("Widget", "metal", 5),
    lambda: Component("WIDGET", "metle", 5),
    lambda: Component("WID", "metal", -5),
    lambda: Component("WID", "metal", "V"),
    lambda: Component("WIDGETWIDGETWIDGET", "wood", 1),
    lambda: Component("AB", "wood", 1),
    lambda: Component(42, "wood", 1),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
c.quantity = 7.5
c.kind = "wood"
print(c)
try:
    c.quantity = -1
except ValueError as e:
    print("ValueError:", e)
print(c.quantity, c._quantity)


class Product:
    price = Number(minvalue=0, maxvalue=1000)
    discount = Number(0, 1)

    def __init__(self, price):
        self.price = price

    @property
    def sale_price(self):
        return round(self.price * (1 - getattr(self, "_discount", 0)), 2)


p = Product(200)
print(p.sale_price)
p.discount = 0.25
print(p.sale_price, p.discount)
try:
    p.price = 5000
except ValueError as e:
    print("ValueError:", e)
try:
    Product(10).discount
except AttributeError as e:
    print("AttributeError:", e)


class Tag:
    def __set_name__(self, owner, name):
        print("tag", owner.__qualname__, name)
        self.name = name


def build():
    class Inner:
        first = Tag()
        second = Tag()
    return Inner


Inner = build()
print(Inner.first.name, Inner.second.name)
t = Tag()
t.__set_name__(Product, "manual")
print(t.name)


class Late:
    pass


Late.added = Tag()
print(hasattr(Late.added, "name"))
