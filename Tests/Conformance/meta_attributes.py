# Class attributes through a metaclass: properties, __getattr__, validated __setattr__, __delattr__.
class Settings(type):
    _registry = {}

    @property
    def field_names(cls):
        return sorted(k for k in cls.__dict__ if not k.startswith("_"))

    @property
    def version(cls):
        return cls._version

    @version.setter
    def version(cls, value):
        if value < cls._version:
            raise ValueError(f"version can only grow ({cls._version} -> {value})")
        cls._version = value

    def __getattr__(cls, name):
        if name.startswith("env_"):
            return name[4:].upper()
        raise AttributeError(f"{cls.__name__} has no setting {name!r}")

    def __setattr__(cls, name, value):
        if name.isupper() and not isinstance(value, (int, str)):
            raise TypeError(f"{name} must be int or str, not {type(value).__name__}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name.isupper():
            raise AttributeError(f"cannot delete setting {name}")
        super().__delattr__(name)


class App(metaclass=Settings):
    _version = 1
    HOST = "localhost"
    PORT = 8080

    def url(self):
        return f"http://{self.HOST}:{self.PORT}"


print(App.field_names, App.version, App.env_debug, App().url())
App.version = 3
App.PORT = 9000
App.tmp = [1, 2]
print(App.version, App.PORT, App().url(), App.tmp, App.field_names)
del App.tmp
print(hasattr(App, "tmp"), getattr(App, "missing", "default"))
for action in (lambda: setattr(App, "version", 2), lambda: setattr(App, "HOST", 1.5),
               lambda: delattr(App, "HOST"), lambda: App.colour):
    try:
        action()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(isinstance(type(App).version, property), App.__dict__["PORT"], "version" in App.__dict__)


class Sub(App):
    PORT = 1


print(Sub().url(), Sub.version, Sub.field_names, type(Sub) is Settings)
Sub.HOST = None
