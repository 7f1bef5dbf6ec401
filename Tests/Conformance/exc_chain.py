# Exception context and cause, suppression, and exceptions crossing generators.
def show(e):
    print(type(e).__name__, repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as e:
    show(e)

try:
    raise ValueError("no context")
except ValueError as e:
    show(e)

try:
    raise TypeError("cls cause") from IndexError
except TypeError as e:
    show(e)

try:
    try:
        1 / 0
    finally:
        print("finally sees the exception in flight")
except ZeroDivisionError as e:
    show(e)

try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("replaces a")
except ValueError as e:
    show(e)

def handler_in_generator():
    try:
        yield 1
    except KeyError as k:
        raise RuntimeError("wrapped in gen") from k
g = handler_in_generator()
next(g)
try:
    g.throw(KeyError("thrown"))
except RuntimeError as e:
    show(e)

def raise_in_except_then_yield():
    try:
        raise OSError("first") if False else KeyError("first")
    except KeyError:
        yield "in handler"
        raise ValueError("second")
r = raise_in_except_then_yield()
print(next(r))
try:
    next(r)
except ValueError as e:
    show(e)

try:
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e
        raise
except ValueError as again:
    print("same object:", again is err)

e1 = ValueError("stored")
try:
    raise e1
except ValueError as caught:
    print(caught is e1, caught.args)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")

for exc in [ValueError("x"), KeyError("k"), KeyError(), IndexError(1, 2), StopIteration(7), Exception(), RuntimeError("a", "b"),
            ZeroDivisionError("z"), AttributeError("at"), NameError("n"), TypeError(), AssertionError("as"), GeneratorExit(), LookupError("l")]:
    print(type(exc).__name__, str(exc), repr(exc), exc.args)

print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception),
      issubclass(GeneratorExit, BaseException), isinstance(ZeroDivisionError(), ArithmeticError), issubclass(UnboundLocalError, NameError))

try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def nested_handlers():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise IndexError("i")
        except IndexError as inner:
            show(inner)
        raise
try:
    nested_handlers()
except KeyError as e:
    show(e)

def finally_return():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins"
print(finally_return())

def finally_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(finally_break())

count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("loop finally", count)
