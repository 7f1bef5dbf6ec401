# __prepare__, metaclass keywords, __init_subclass__ and __set_name__ alongside a metaclass.
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], kwargs)
        return {"_defined_by": mcls.__name__}

    def __new__(mcls, name, bases, ns, **kwargs):
        fields = [k for k, v in ns.items() if not k.startswith("_") and not callable(v)]
        ns["_fields"] = tuple(fields)
        return super().__new__(mcls, name, bases, ns, **kwargs)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)


class Record(metaclass=Ordered):
    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower() + "s"
        print("init_subclass", cls.__name__, cls.table)


class User(Record, table="people"):
    name = Field()
    age = Field()
    active = True

    def greet(self):
        return f"hi {self.name}"


class Order(Record):
    total = Field()
    id = 7


print(User._fields, Order._fields, User._defined_by, User.table, Order.table)
u = User()
u.__dict__["name"] = "ann"
print(u.greet(), u.age, type(User).__name__, User.__class__.__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["upper_names"] = [k.upper() for k in ns if not k.startswith("__")]
        return type.__new__(mcls, name, bases, ns)

    def describe(cls):
        return f"{cls.__name__} has {cls.upper_names}"


class Thing(metaclass=Meta):
    a = 1
    b = 2


print(Thing.describe(), Thing.upper_names, type(Thing) is Meta)
T2 = Meta("T2", (Thing,), {"c": 3})
print(T2.describe(), T2.a, T2.c, type(T2).__name__, issubclass(T2, Thing))


def make_class(name, bases, ns):
    ns["made"] = True
    return type(name, bases, ns)


class Fn(metaclass=make_class):
    x = 1


print(Fn.made, Fn.x, type(Fn))


class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


class Nope(metaclass=Bad):
    pass
