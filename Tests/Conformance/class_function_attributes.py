def greet(name, greeting="Hello", *, punctuation="!"):
    """Return a friendly greeting."""
    return f"{greeting}, {name}{punctuation}"


print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__defaults__, greet.__kwdefaults__)
greet.calls = 0
greet.tags = ["friendly"]
print(greet.calls, greet.tags, sorted(vars(greet)), greet.__dict__ == {"calls": 0, "tags": ["friendly"]})
del greet.tags
print(hasattr(greet, "tags"), getattr(greet, "calls"))
try:
    greet.tags
except AttributeError as e:
    print("AttributeError:", e)


def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper


@counted
def square(x):
    """Square a number."""
    return x * x


print([square(i) for i in range(4)], square.calls, square.__name__, square.__doc__, square.__wrapped__(9))
print(square.__qualname__, square.__wrapped__.__qualname__)


def no_doc():
    x = "not a docstring"
    return x


def doc_later():
    pass
    "also not a docstring"


print(no_doc.__doc__, doc_later.__doc__, (lambda: 1).__name__, (lambda: 1).__doc__)


class Widget:
    """A widget."""

    def render(self):
        """Draw it."""
        return "<widget>"

    def size(self):
        return 0


print(Widget.render.__doc__, Widget.size.__doc__, Widget().render.__doc__, Widget.__doc__)
Widget.render.version = 2
print(Widget().render.version, Widget.render.__dict__)
try:
    Widget().render.extra = 1
except AttributeError as e:
    print("AttributeError:", e)


def registry():
    handlers = {}

    def register(name):
        def deco(func):
            func.registered_as = name
            handlers[name] = func
            return func
        return deco

    register.handlers = handlers
    return register


register = registry()


@register("add")
def add(a, b):
    return a + b


@register("mul")
def mul(a, b):
    return a * b


print(sorted(register.handlers), add.registered_as, register.handlers["mul"](6, 7))
print(sorted((f.__name__, f.registered_as) for f in register.handlers.values()))


def make_multiplier(n):
    def multiply(x):
        return x * n
    multiply.__name__ = f"times_{n}"
    multiply.factor = n
    return multiply


funcs = [make_multiplier(k) for k in (2, 3)]
print([f.__name__ for f in funcs], [f.factor for f in funcs], [f(10) for f in funcs], funcs[0].__qualname__)


def memo(func):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    inner.cache = cache
    return inner


@memo
def slow_double(n):
    return n * 2


slow_double(2)
slow_double(5)
slow_double(2)
print(slow_double.cache, callable(slow_double), type(slow_double).__name__)
try:
    greet.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
