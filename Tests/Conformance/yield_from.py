# Delegation three deep: send, throw and close pass through; return values come back.
def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        y = yield "inner-2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-after-throw"
    finally:
        print("inner finally")
    return "inner-result"

def middle():
    r = yield from inner()
    print("middle got result", r)
    r2 = yield "middle-own"
    return ("middle", r, r2)

def outer():
    result = yield from middle()
    print("outer got", result)
    return result

o = outer()
print(next(o))
print(o.send("s1"))
print(o.throw(KeyError("deep")))
print(next(o))
try:
    o.send("last")
except StopIteration as e:
    print("done:", e.value)

o2 = outer()
next(o2)
o2.close()
print("closed chain")

def sub():
    yield 1
    yield 2
    return 3

def deleg():
    v = yield from sub()
    yield v
print(list(deleg()))

def unhandled():
    yield from inner()

u = unhandled()
next(u)
try:
    u.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated", repr(e))
print(u.gi_yieldfrom)

def from_list():
    r = yield from [1, 2, 3]
    print("list result", r)
print(list(from_list()))

def gen_of_range():
    yield from range(3)
print(list(gen_of_range()))
