# except* nested in except*, in functions, generators and loops; finally and else in order.

log = []

def step(msg):
    log.append(msg)
    print(msg)


def inner(errors):
    try:
        raise ExceptionGroup("inner", errors)
    except* KeyError as e:
        step(f"inner took {e.exceptions}")
    finally:
        step("inner finally")


def outer(errors):
    try:
        try:
            inner(errors)
        except* ValueError as e:
            step(f"outer took {e!r}")
            try:
                raise ExceptionGroup("cleanup", [OSError("close failed"), ValueError("again")])
            except* OSError as e2:
                step(f"nested clause took {e2!r}")
            except* ValueError:
                step("nested clause re-raises")
                raise
        else:
            step("outer else")
        finally:
            step("outer finally")
    except BaseExceptionGroup as e:
        step(f"escaped outer: {e!r}")


outer([KeyError("k"), ValueError("v")])
outer([KeyError("k")])
outer([TypeError("t")])


def producer():
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup(f"item {i}", [ValueError(i), TypeError(i)])
            yield i
        except* ValueError as e:
            yield f"recovered {e.exceptions[0]}"
        except* TypeError:
            yield "type error skipped"

print(list(producer()))


def retry(attempts):
    for n in range(1, attempts + 1):
        try:
            if n < 3:
                raise ExceptionGroup(f"attempt {n}", [ConnectionError(f"refused {n}")])
            return f"connected on attempt {n}"
        except* ConnectionError as e:
            print("retrying after", e.exceptions[0])
    return "gave up"

print(retry(5))
print(retry(2))


def depth(n):
    try:
        if n == 0:
            raise ExceptionGroup("bottom", [ValueError("v"), TypeError("t"), KeyError("k")])
        depth(n - 1)
    except* (KeyError if n == 2 else ZeroDivisionError) as e:
        print(f"level {n} took {e!r}")

try:
    depth(3)
except ExceptionGroup as e:
    print("reached the top:", repr(e))

def with_return_after():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        result = "handled"
    return result

print(with_return_after())
print(len(log), "steps")
