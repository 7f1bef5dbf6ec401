class Proxy:
    def __init__(self, target):
        self._target = target
        self._log = []

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p._log, p.count(1), p._log[-1])
try:
    p.missing_method
except AttributeError as e:
    print("AttributeError:", e)


class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            super().__setattr__(name, value)
        elif name in self._fields:
            self._fields[name] = value
        else:
            raise AttributeError(f"cannot add field {name!r}")

    def __delattr__(self, name):
        print("deleting", name)
        del self._fields[name]

    def __dir__(self):
        return sorted(self._fields)


r = Record(name="ann", age=30)
print(r.name, r.age, hasattr(r, "email"), getattr(r, "email", None))
r.age = 31
print(r.age, r._fields)
try:
    r.email = "a@b"
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.email
except AttributeError as e:
    print("AttributeError:", e)
del r.age
print(r._fields)


class Lazy:
    def __init__(self):
        self.loaded = []

    def __getattr__(self, name):
        if name.startswith("data_"):
            value = name[5:].upper()
            setattr(self, name, value)
            self.loaded.append(name)
            return value
        raise AttributeError(name)


lz = Lazy()
print(lz.data_x, lz.data_x, lz.data_y, lz.loaded, sorted(vars(lz)))
try:
    lz.other
except AttributeError as e:
    print("AttributeError:", e, e.args)


class Audited:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  access {name}")
        return super().__getattribute__(name)

    def double(self):
        return self.x * 2


a = Audited()
print(a.x)
print(a.double())
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)


class Both:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"


bo = Both()
bo.real = 5
print(bo.real, bo.secret, bo.other)


class Defaults:
    colour = "red"

    def __getattr__(self, name):
        return f"<{name} not set>"


df = Defaults()
df.size = 3
print(df.colour, df.size, df.shape, getattr(df, "weight"), hasattr(df, "anything"))


class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def __repr__(self):
        return f"Frozen(x={self.x}, y={self.y})"


f = Frozen(1, 2)
print(f)
for action in [lambda: setattr(f, "x", 5), lambda: delattr(f, "y"), lambda: f.__setattr__("z", 1)]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(f, vars(f))


class Chain:
    def __init__(self, path=()):
        self.path = path

    def __getattr__(self, name):
        return Chain(self.path + (name,))

    def __call__(self, *args):
        return "/".join(self.path) + str(args)


api = Chain()
print(api.users.list(), api.repos.get("x", 1), api.a.b.c.path)
