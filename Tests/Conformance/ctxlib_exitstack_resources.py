# ExitStack over a variable number of resources: open them all, close them all, in reverse.
from contextlib import ExitStack


class File:
    opened = []

    def __init__(self, name, fail_on_open=False, fail_on_close=False):
        self.name = name
        self.fail_on_open = fail_on_open
        self.fail_on_close = fail_on_close
        self.lines = []

    def __enter__(self):
        if self.fail_on_open:
            raise FileNotFoundError(f"No such file: {self.name!r}")
        File.opened.append(self.name)
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        File.opened.remove(self.name)
        print("close", self.name, "during", exc_type.__name__ if exc_type else "normal exit")
        if self.fail_on_close:
            raise OSError(f"cannot flush {self.name}")
        return False

    def write(self, text):
        self.lines.append(text)


def merge(names):
    with ExitStack() as stack:
        files = [stack.enter_context(File(n)) for n in names]
        for i, f in enumerate(files):
            f.write(f"line {i}")
        print("writing to", len(files), "files; open:", File.opened)
    print("open after:", File.opened)
    return files


merged = merge(["a.txt", "b.txt", "c.txt"])
print([f.lines for f in merged])
merge([])

# One resource fails to open: the ones already open are closed.
try:
    with ExitStack() as stack:
        for f in [File("x"), File("y"), File("missing", fail_on_open=True), File("z")]:
            stack.enter_context(f)
        print("not reached")
except FileNotFoundError as e:
    print("failed:", e, "| open:", File.opened)


# pop_all: keep resources open only if everything succeeded.
def open_all_or_nothing(names):
    with ExitStack() as stack:
        files = [stack.enter_context(File(n, fail_on_open=n.startswith("!"))) for n in names]
        keep = stack.pop_all()
    return files, keep


files, keep = open_all_or_nothing(["p", "q"])
print("still open:", File.opened)
keep.close()
print("closed by hand:", File.opened)
keep.close()                              # closing twice does nothing
try:
    open_all_or_nothing(["r", "!bad", "s"])
except FileNotFoundError as e:
    print("rolled back:", e, File.opened)


# Callbacks, with their arguments, run last in, first out.
def cleanup(what, *, verbose=False):
    print("cleanup", what, "(verbose)" if verbose else "")


with ExitStack() as stack:
    stack.callback(cleanup, "temp dir")
    stack.callback(cleanup, "socket", verbose=True)
    result = stack.callback(print, "print as a callback")
    print("callback returns its argument:", result is print)

    @stack.callback
    def goodbye():
        print("decorated callback")

    print("body done")


# push() takes an __exit__-like function or a context manager object.
def log_exit(exc_type, exc, tb):
    print("log_exit sees", exc_type.__name__ if exc_type else None, exc)
    return False


def swallow_key_errors(exc_type, exc, tb):
    return exc_type is not None and issubclass(exc_type, KeyError)


class ExitLogger:
    def __exit__(self, *exc):
        print("ExitLogger.__exit__ with", exc[0].__name__ if exc[0] else None)


with ExitStack() as stack:
    stack.push(log_exit)
    stack.push(swallow_key_errors)
    stack.push(ExitLogger())            # its __exit__ only: never entered
    raise KeyError("swallowed by the stack")
print("continued after suppression")

stack = ExitStack()
print(stack.enter_context(File("manual")) is not None, File.opened)
stack.callback(cleanup, "manual callback")
stack.close()
print("open:", File.opened)

# Objects that are not context managers.
for bad in [42, "text", File]:
    try:
        with ExitStack() as stack:
            stack.enter_context(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class EnterOnly:
    def __enter__(self):
        return self


try:
    ExitStack().enter_context(EnterOnly())
except TypeError as e:
    print(type(e).__name__, e)

# A stack nested in a stack.
with ExitStack() as outer:
    outer.callback(cleanup, "outer")
    inner = outer.enter_context(ExitStack())
    inner.callback(cleanup, "inner")
    print("inner is an ExitStack:", type(inner).__name__)
