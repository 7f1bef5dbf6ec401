# A plugin registry built with a metaclass: every subclass registers itself by name.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            key = kwargs.get("key", name.lower())
            if key in mcls.registry:
                raise TypeError(f"duplicate plugin key {key!r}")
            mcls.registry[key] = cls
            cls.key = key
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.created_by = type(cls).__name__

    def __iter__(cls):
        return iter(sorted(cls.registry))

    def __len__(cls):
        return len(cls.registry)

    def __getitem__(cls, key):
        return cls.registry[key]

    def __contains__(cls, key):
        return key in cls.registry

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"

    def create(cls, key, *args):
        return cls.registry[key](*args)

    @property
    def plugin_count(cls):
        return len(cls.registry)


class Plugin(metaclass=PluginMeta):
    def run(self, data):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, key="rev"):
    def run(self, data):
        return data[::-1]


class Shout(Upper, key="shout"):
    def __init__(self, times=2):
        self.times = times

    def run(self, data):
        return super().run(data) + "!" * self.times


print(type(Plugin), type(Shout), isinstance(Upper, PluginMeta), isinstance(Upper, type))
print(Plugin, Upper, repr(Reverse), str(Shout))
print(list(Plugin), len(Plugin), "rev" in Plugin, "nope" in Upper)
print(Plugin["upper"], Plugin.plugin_count, Shout.key, Shout.created_by)
for key in Plugin:
    print(key, "->", Plugin.create(key).run("hello"))
print(Plugin.create("shout", 4).run("hey"))
print(Shout.__mro__)
print(Upper.__class__ is PluginMeta, type(PluginMeta))
print(hasattr(Upper, "create"), hasattr(Upper(), "create"))
try:
    Upper().create
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Again(Plugin, key="rev"):
        pass
except TypeError as e:
    print("TypeError:", e)

Dynamic = PluginMeta("Dynamic", (Plugin,), {"run": lambda self, data: len(data)})
print(Dynamic, Dynamic.key, Plugin.create("dynamic").run("four"))
print(sorted(PluginMeta.registry))


class Other(type):
    pass


class Mixin(metaclass=Other):
    pass


class Broken(Plugin, Mixin):
    pass
