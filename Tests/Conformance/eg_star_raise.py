# Raising inside except* clauses: re-raised parts keep their place in the group,
# new exceptions join them in a new group, and contexts point at the match.

def describe(exc, indent=""):
    ctx = exc.__context__
    extra = f"  (context: {ctx!r})" if ctx is not None and not exc.__suppress_context__ else ""
    cause = f"  (cause: {exc.__cause__!r})" if exc.__cause__ is not None else ""
    print(f"{indent}{type(exc).__name__}: {exc}{extra}{cause}")
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            describe(sub, indent + "    ")


def run(label, body):
    print(f"== {label}")
    try:
        body()
    except BaseException as e:
        describe(e)
    else:
        print("nothing escaped")


def reraise_one():
    try:
        raise ExceptionGroup("jobs", [ValueError("a"), TypeError("b"), ValueError("c")])
    except* ValueError:
        raise


def raise_new():
    try:
        raise ExceptionGroup("jobs", [ValueError("a"), TypeError("b")])
    except* ValueError as e:
        raise RuntimeError("could not recover") from None


def raise_new_with_context():
    try:
        raise ExceptionGroup("jobs", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("in the ValueError clause")


def raise_and_reraise():
    try:
        raise ExceptionGroup("jobs", [ValueError("a"), TypeError("b"), KeyError("c"), OSError("d")])
    except* ValueError:
        raise KeyboardInterrupt("stop")
    except* TypeError:
        raise
    except* KeyError as e:
        raise LookupError("lookup failed") from e


def raise_everything_new():
    try:
        raise ExceptionGroup("jobs", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise ValueError("replacement a")
    except* TypeError:
        raise TypeError("replacement b")


def raise_the_leaf():
    try:
        raise ExceptionGroup("jobs", [ValueError("a"), TypeError("b")])
    except* ValueError as e:
        raise e.exceptions[0]


def raise_match_by_name():
    try:
        raise ExceptionGroup("jobs", [ValueError("a"), TypeError("b")])
    except* ValueError as e:
        raise e


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replaced")


def nested_reraise():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)]), ValueError(3)])
    except* TypeError:
        raise
    except* ValueError:
        pass


def handled_all():
    try:
        raise ExceptionGroup("jobs", [ValueError("a"), TypeError("b")])
    except* ValueError:
        pass
    except* TypeError:
        pass
    print("all handled, going on")


def inside_except():
    try:
        raise OSError("first problem")
    except OSError:
        try:
            raise ExceptionGroup("while handling", [ValueError("v"), TypeError("t")])
        except* ValueError:
            raise NameError("new in clause")


for f in (reraise_one, raise_new, raise_new_with_context, raise_and_reraise, raise_everything_new,
          raise_the_leaf, raise_match_by_name, naked_reraise, naked_new, nested_reraise, handled_all, inside_except):
    run(f.__name__, f)
