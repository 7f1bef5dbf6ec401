# Building exception groups: what the constructor accepts, what it refuses, and how they print.

def attempt(label, make):
    try:
        g = make()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {type(g).__name__} {g!r} / {g}")


attempt("two errors", lambda: ExceptionGroup("batch failed", [ValueError("bad row"), TypeError("bad type")]))
attempt("one error", lambda: ExceptionGroup("single", (KeyError("missing"),)))
attempt("base promoted", lambda: BaseExceptionGroup("only exceptions", [ValueError(1), OSError(2)]))
attempt("base kept", lambda: BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError(3)]))
attempt("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(4)]), TypeError(5)]))
attempt("no arguments", lambda: ExceptionGroup())
attempt("one argument", lambda: ExceptionGroup("lonely"))
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], "extra"))
attempt("message not str", lambda: ExceptionGroup(42, [ValueError()]))
attempt("empty list", lambda: ExceptionGroup("empty", []))
attempt("not a sequence", lambda: ExceptionGroup("set", {ValueError()}))
attempt("a generator", lambda: ExceptionGroup("gen", (e for e in [ValueError()])))
attempt("not exceptions", lambda: ExceptionGroup("ints", [ValueError(), 2]))
attempt("a class, not an instance", lambda: ExceptionGroup("cls", [ValueError]))
attempt("a string", lambda: ExceptionGroup("str", "abc"))
attempt("base in plain group", lambda: ExceptionGroup("interrupted", [ValueError(), SystemExit(1)]))
attempt("keyword", lambda: ExceptionGroup("kw", [ValueError()], code=3))

g = ExceptionGroup("report", [ValueError("a"), TypeError("b"), KeyError("c")])
print(g.message, g.exceptions, type(g.exceptions).__name__)
print(g.args)
print(len(g.exceptions), [str(e) for e in g.exceptions])
print(isinstance(g, Exception), isinstance(g, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception), ExceptionGroup.__mro__)
b = BaseExceptionGroup("stop", [KeyboardInterrupt()])
print(isinstance(b, Exception), type(b).__name__, str(b))

for attr in ("message", "exceptions"):
    try:
        setattr(g, attr, "changed")
    except AttributeError as e:
        print(attr, "->", type(e).__name__, e)

# The list passed in stays the args; the exceptions are a tuple of its items at construction.
items = [ValueError("first")]
g2 = ExceptionGroup("live", items)
items.append(ValueError("late"))
print(repr(g2), len(g2.exceptions))

try:
    raise ExceptionGroup("raised", [ValueError("x")])
except ExceptionGroup as e:
    print("caught", repr(e), e.exceptions[0].args)

try:
    raise BaseExceptionGroup("plain", [ZeroDivisionError("z")])
except Exception as e:
    print("caught as Exception:", type(e).__name__, e)

# Raising the class calls it without arguments.
for cls in (ExceptionGroup, BaseExceptionGroup):
    try:
        raise cls
    except TypeError as e:
        print(f"raise {cls.__name__}: {type(e).__name__}: {e}")
