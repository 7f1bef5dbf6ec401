# What @contextmanager does with generators that misbehave, and PEP 479.
from contextlib import contextmanager


def report(label, fn):
    try:
        fn()
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e}")
        if e.__cause__ is not None:
            print("   cause:", repr(e.__cause__))
        elif e.__context__ is not None and not e.__suppress_context__:
            print("   context:", repr(e.__context__))
    else:
        print(f"{label}: ok")


@contextmanager
def never_yields():
    print("setting up, then forgetting to yield")
    return
    yield


@contextmanager
def yields_twice():
    print("first")
    yield 1
    print("second")
    yield 2
    print("never reached")


@contextmanager
def keeps_yielding_after_error():
    while True:
        try:
            yield
        except ValueError as e:
            print("ignoring", e)


@contextmanager
def plain():
    print("enter")
    yield
    print("exit")


@contextmanager
def stops_itself():
    yield
    raise StopIteration("from the generator")


@contextmanager
def returns_value():
    yield "v"
    return "result is ignored"


def use(cm, body=None):
    def run():
        with cm as value:
            print("  body got", value)
            if body:
                body()
    return run


def fail(exc):
    def f():
        raise exc
    return f


report("never_yields", use(never_yields()))
report("yields_twice", use(yields_twice()))
report("after throw", use(keeps_yielding_after_error(), fail(ValueError("oops"))))
report("StopIteration in body", use(plain(), fail(StopIteration("body"))))
report("StopIteration subclass", use(plain(), fail(type("Done", (StopIteration,), {})("custom"))))
report("generator raises StopIteration", use(stops_itself()))
report("returns value", use(returns_value()))
report("GeneratorExit in body", use(plain(), fail(GeneratorExit("closing"))))
report("KeyboardInterrupt in body", use(plain(), fail(KeyboardInterrupt())))


@contextmanager
def converts_stop():
    try:
        yield
    except StopIteration:
        raise RuntimeError("converted by hand")


report("converted StopIteration", use(converts_stop(), fail(StopIteration("x"))))


@contextmanager
def raises_in_cleanup():
    try:
        yield
    finally:
        raise OSError("cleanup failed")


report("cleanup fails", use(raises_in_cleanup()))
report("cleanup fails after error", use(raises_in_cleanup(), fail(KeyError("first"))))


@contextmanager
def suppresses_everything():
    try:
        yield
    except BaseException as e:
        print("  suppressed", type(e).__name__)


report("suppressed StopIteration", use(suppresses_everything(), fail(StopIteration())))
report("suppressed RuntimeError", use(suppresses_everything(), fail(RuntimeError("rt"))))


# The same exception object comes back out, untouched.
err = ValueError("identity")
try:
    with plain():
        raise err
except ValueError as e:
    print("same object:", e is err)

# A RuntimeError raised in the body is re-raised as is, not wrapped.
rt = RuntimeError("body runtime error")
try:
    with plain():
        raise rt
except RuntimeError as e:
    print("runtime error is the same:", e is rt, e.__cause__)
