# Exceptions raised while an ExitStack unwinds chain exactly as nested `with` statements would.
from contextlib import ExitStack


def chain(e):
    parts = []
    while e is not None:
        link = "cause" if e.__cause__ is not None else "context"
        parts.append(f"{type(e).__name__}({', '.join(map(str, e.args))})")
        e = e.__cause__ if e.__cause__ is not None else e.__context__
    return " <- ".join(parts)


class CM:
    def __init__(self, name, raises=None, suppress=False):
        self.name, self.raises, self.suppress = name, raises, suppress

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"  {self.name}.__exit__ sees {exc!r}")
        if self.raises is not None:
            raise self.raises(self.name)
        return self.suppress


def nested(a, b, c, body_error=None):
    with a:
        with b:
            with c:
                if body_error:
                    raise body_error


def stacked(a, b, c, body_error=None):
    with ExitStack() as stack:
        for cm in (a, b, c):
            stack.enter_context(cm)
        if body_error:
            raise body_error


def compare(title, make, body_error=None):
    print(title)
    results = []
    for runner in (nested, stacked):
        print(" ", runner.__name__)
        try:
            runner(*make(), body_error=body_error() if body_error else None)
        except BaseException as e:
            results.append(chain(e))
        else:
            results.append("no exception")
    print("  nested: ", results[0])
    print("  stacked:", results[1])
    print("  same:", results[0] == results[1])


compare("all exits raise, no body error",
        lambda: (CM("a", KeyError), CM("b", IndexError), CM("c", ValueError)))
compare("all exits raise, body error",
        lambda: (CM("a", KeyError), CM("b", IndexError), CM("c", ValueError)),
        lambda: ZeroDivisionError("body"))
compare("middle one suppresses",
        lambda: (CM("a", KeyError), CM("b", suppress=True), CM("c", ValueError)),
        lambda: ZeroDivisionError("body"))
compare("outer one suppresses",
        lambda: (CM("a", suppress=True), CM("b", IndexError), CM("c", ValueError)),
        lambda: ZeroDivisionError("body"))
compare("only the body raises",
        lambda: (CM("a"), CM("b"), CM("c")),
        lambda: OSError("body"))
compare("inner raises, outer quiet",
        lambda: (CM("a"), CM("b"), CM("c", RuntimeError)))

# While handling an exception outside the stack.
print("inside an except block")
try:
    try:
        raise LookupError("outer")
    except LookupError:
        with ExitStack() as stack:
            stack.callback(int, "not a number")
            stack.callback(print, "  first callback runs")
except ValueError as e:
    print("  chain:", chain(e))

try:
    try:
        raise LookupError("outer")
    except LookupError:
        with ExitStack() as stack:
            stack.callback(int, "bad")
            raise TypeError("body")
except Exception as e:
    print("  chain:", chain(e))


# A callback that raises its own exception from another.
def explode():
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("explode") from e


try:
    with ExitStack() as stack:
        stack.callback(explode)
        raise ValueError("body")
except RuntimeError as e:
    print("from:", chain(e), "| context:", repr(e.__context__))

# The exception a callback re-raises is the body's own.
def reraise(exc_type, exc, tb):
    if exc is not None:
        raise exc


try:
    with ExitStack() as stack:
        stack.push(reraise)
        stack.push(reraise)
        raise KeyError("same")
except KeyError as e:
    print("reraised:", chain(e))

# close() outside of a with statement raises the last error.
stack = ExitStack()
stack.callback(int, "one")
stack.callback(int, "two")
try:
    stack.close()
except ValueError as e:
    print("close():", chain(e))
