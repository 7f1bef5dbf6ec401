class Settings:
    defaults = {"theme": "dark"}

    @classmethod
    def get(cls, key):
        return cls.defaults.get(key) or cls.fallback(key)


print(Settings.get("theme"))
try:
    Settings.get("font")
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Settings):
    pass


try:
    Sub.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Sub.get("x")
except AttributeError as e:
    print("AttributeError:", e)


def lookup(cls, name):
    return getattr(cls, name)


print(lookup(Settings, "defaults"))
lookup(Sub, "colour")
