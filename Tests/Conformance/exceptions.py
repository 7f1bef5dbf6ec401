def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 / n

for n in [2, 0]:
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", e, repr(e), e.args)
    else:
        print("else branch")
    finally:
        print("finally", n)

try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    [][1]
except IndexError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__))

def f():
    try:
        return "from try"
    finally:
        print("finally before return")
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("loop finally", i)
    return i
print(g())

def h():
    try:
        raise KeyError("x")
    except (TypeError, KeyError) as e:
        return type(e).__name__
print(h())

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)

def reraiser():
    try:
        raise ValueError("again")
    except ValueError:
        print("handling")
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised", e)

class_err = None
try:
    raise Exception("a", 1)
except Exception as e:
    print(str(e), repr(e))
print(repr(StopIteration(5)), str(KeyError("k")), repr(ValueError()))
