# Temporary state: change something for the length of a block and always put it back.
from contextlib import contextmanager, ContextDecorator, AbstractContextManager


class Settings:
    def __init__(self):
        self.debug = False
        self.precision = 2
        self.locale = "en"

    def __repr__(self):
        return f"Settings(debug={self.debug}, precision={self.precision}, locale={self.locale!r})"


settings = Settings()


@contextmanager
def temporarily(obj, **changes):
    saved = {name: getattr(obj, name) for name in changes}
    for name, value in changes.items():
        setattr(obj, name, value)
    try:
        yield obj
    finally:
        for name, value in saved.items():
            setattr(obj, name, value)


with temporarily(settings, debug=True, precision=5) as s:
    print("inside:", s)
print("after:", settings)

try:
    with temporarily(settings, locale="fr"):
        print("inside:", settings)
        raise RuntimeError("crash while French")
except RuntimeError as e:
    print("after error:", settings, "|", e)

try:
    with temporarily(settings, colour="blue"):
        pass
except AttributeError as e:
    print(type(e).__name__, e)


# The same idea as a class that works both in `with` and as a decorator.
class indent(ContextDecorator):
    level = 0

    def __init__(self, by=2):
        self.by = by

    def __enter__(self):
        indent.level += self.by
        return self

    def __exit__(self, exc_type, exc, tb):
        indent.level -= self.by
        return False


def say(text):
    print(" " * indent.level + text)


say("top")
with indent():
    say("one level")
    with indent(4):
        say("deeper")
    say("back to one")
say("top again")


@indent(3)
def nested_report(items):
    """Prints the items, indented."""
    for item in items:
        say(f"- {item}")
    return len(items)


print(nested_report(["x", "y"]))
print(nested_report.__name__, nested_report.__doc__, nested_report.__wrapped__.__name__)
say("level restored")


@indent()
def failing():
    say("about to fail")
    raise ValueError("inside decorated function")


try:
    failing()
except ValueError as e:
    print("caught", e, "| level:", indent.level)


# A generator-based manager as a decorator is recreated on every call.
@contextmanager
def banner(title):
    print(f"== {title} ==")
    yield
    print("=" * (len(title) + 6))


@banner("job")
def job(n):
    print("job", n)
    return n * n


print(job(2) + job(3))


# AbstractContextManager gives __enter__ returning self.
class Recorder(AbstractContextManager):
    def __init__(self):
        self.events = []

    def __exit__(self, exc_type, exc, tb):
        self.events.append("exit" if exc_type is None else f"exit with {exc_type.__name__}")
        return exc_type is KeyError


with Recorder() as rec:
    rec.events.append("body")
with rec:
    raise KeyError("suppressed by returning True")
print(rec.events)
print(isinstance(rec, AbstractContextManager), issubclass(Recorder, AbstractContextManager))


class Incomplete(AbstractContextManager):
    def __enter__(self):
        return 1


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
