class Plugin:
    registry = {}
    _order = []

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin name {key!r}")
        if "run" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define run()")
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls
        Plugin._order.append(key)
        print(f"registered {cls.__qualname__} as {key!r} (priority {priority})")

    def run(self, text):
        raise NotImplementedError

    @classmethod
    def create(cls, key, *args):
        try:
            plugin_cls = cls.registry[key]
        except KeyError:
            raise LookupError(f"no plugin {key!r}; have {sorted(cls.registry)}") from None
        return plugin_cls(*args)


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev", priority=5):
    def run(self, text):
        return text[::-1]


class Repeat(Plugin, priority=2):
    def __init__(self, times=2):
        self.times = times

    def run(self, text):
        return " ".join([text] * self.times)


class LoudRepeat(Repeat, name="loud"):
    def run(self, text):
        return super().run(text).upper() + "!"


print(Plugin._order, sorted(Plugin.registry))
print(LoudRepeat.priority, LoudRepeat.plugin_name, Repeat.plugin_name, Plugin.__dict__.get("plugin_name"))
for key in sorted(Plugin.registry, key=lambda k: -Plugin.registry[k].priority):
    print(key, "->", Plugin.create(key).run("hi"))
print(Plugin.create("repeat", 3).run("ho"))
try:
    Plugin.create("nope")
except LookupError as e:
    print("LookupError:", e, e.__cause__, e.__suppress_context__)
try:
    class Broken(Plugin):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Again(Plugin, name="rev"):
        def run(self, text):
            return text
except ValueError as e:
    print("ValueError:", e)
print("broken" in Plugin.registry, len(Plugin.registry))
try:
    class Wrong(Plugin, colour="blue"):
        def run(self, text):
            return text
except TypeError as e:
    print("TypeError:", e)
try:
    Plugin().run("x")
except NotImplementedError as e:
    print("NotImplementedError", e.args)


class Shape:
    sides = None
    shapes = []

    def __init_subclass__(cls):
        if cls.sides is None:
            raise TypeError(f"{cls.__name__}.sides must be set")
        Shape.shapes.append((cls.__name__, cls.sides))


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4


class Cube(Square):
    pass


try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Shape.shapes)


class Tracked:
    children = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.children = []
        for base in cls.__mro__[1:-1]:
            if base.children is not None:
                base.children.append(cls.__name__)


class T1(Tracked):
    pass


class T2(T1):
    pass


class T3(T1, Tracked):
    pass


print(Tracked.children, T1.children, T2.children, T3.children)
print(type(Plugin.__dict__["__init_subclass__"]).__name__, Plugin.__init_subclass__.__name__)
