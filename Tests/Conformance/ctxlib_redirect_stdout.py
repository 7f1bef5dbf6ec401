# redirect_stdout into a user object with write(): capture what a function prints.
from contextlib import redirect_stdout, redirect_stderr


class StringBuffer:
    """A small stand-in for io.StringIO."""

    def __init__(self):
        self.chunks = []
        self.flushes = 0

    def write(self, text):
        self.chunks.append(text)
        return len(text)

    def flush(self):
        self.flushes += 1

    def getvalue(self):
        return "".join(self.chunks)


def report(name, scores):
    print(f"Report for {name}")
    for subject, score in scores.items():
        print(f"  {subject:<8}{score:>4}")
    print("average:", sum(scores.values()) / len(scores))


buf = StringBuffer()
with redirect_stdout(buf):
    report("Ada", {"math": 95, "physics": 88})
text = buf.getvalue()
print("captured", len(text), "characters in", len(buf.chunks), "writes")
print(text.upper(), end="")

# Each piece of a print is its own write, as in CPython.
parts = StringBuffer()
with redirect_stdout(parts) as target:
    print("a", "b", 3, sep="-", end=".\n")
    print()
    print("no newline", end="")
    print(flush=True)
    print(*[1, 2], sep=None, end=None)
print(target is parts, parts.chunks, parts.flushes)

# Nested and reused redirections restore the previous target.
outer, inner = StringBuffer(), StringBuffer()
to_inner = redirect_stdout(inner)
with redirect_stdout(outer):
    print("outer 1")
    with to_inner:
        print("inner 1")
        with to_inner:
            print("inner 2 (re-entered)")
        print("inner 3")
    print("outer 2")
print("outer:", outer.chunks)
print("inner:", inner.chunks)

# An exception inside still restores stdout.
buf = StringBuffer()
try:
    with redirect_stdout(buf):
        print("before the error")
        raise ValueError("inside redirect")
except ValueError as e:
    print("caught", e, "| captured:", repr(buf.getvalue()))

# None discards the output.
with redirect_stdout(None):
    print("this goes nowhere")
print("visible again")

# print(file=...) writes to any object with write().
log = StringBuffer()
print("to the log", 42, file=log)
print("to stdout", file=None)
print(log.chunks)


class Upper:
    def __init__(self, target):
        self.target = target

    def write(self, s):
        self.target.write(s.upper())


final = StringBuffer()
with redirect_stdout(Upper(final)):
    print("shout", "this")
print(final.chunks)

# Targets that are not files.
for bad in [42, object()]:
    try:
        with redirect_stdout(bad):
            print("lost")
    except AttributeError as e:
        print(type(e).__name__, e)

try:
    print("x", sep=1, file=StringBuffer())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[], file=log)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", color="red")
except TypeError as e:
    print(type(e).__name__, e)


class Failing:
    def write(self, s):
        raise OSError("disk full")


try:
    with redirect_stdout(Failing()):
        print("cannot be written")
except OSError as e:
    print("write failed:", e)

class Obj:
    def __str__(self):
        return "Obj as str"

b = StringBuffer()
print(Obj(), 1.5, None, [1, "a"], file=b)
print(b.chunks)

errors = StringBuffer()
with redirect_stderr(errors) as e:
    print("redirect_stderr leaves stdout alone", e is errors)
print(errors.chunks)


# What the program writes to stderr while it is redirected: a generator's failed cleanup.
def reader():
    try:
        yield "line"
    finally:
        raise ValueError("cleanup failed")


with redirect_stderr(errors):
    r = reader()
    next(r)
    del r
    print("reader dropped")
lines = errors.getvalue().splitlines()
print(lines[0][:22], "|", lines[1], "|", lines[-1])
