# Every generator state transition and CPython's messages.
def g():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", repr(e))
        yield "recovered"
    finally:
        print("finally runs")
    return "done"

it = g()
print(it.gi_running, it.gi_yieldfrom)
try:
    it.send("early")
except TypeError as e:
    print("TypeError:", e)
print(next(it))
print(it.send("A"))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, repr(e))
try:
    next(it)
except StopIteration as e:
    print("again:", repr(e), e.value)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer()
next(c)
c.close()
c.close()
print("closed twice ok")

def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                return
            ignored = True
            print("ignoring")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def pep479():
    yield 1
    raise StopIteration("oops")
p = pep479()
next(p)
try:
    next(p)
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))

def ret():
    return 42
    yield
r = ret()
try:
    next(r)
except StopIteration as e:
    print("value", e.value, e.args)

fresh = g()
try:
    fresh.throw(KeyError("k"))
except KeyError as e:
    print("thrown into fresh:", repr(e))
print(next(fresh, "default-after-close"))
fresh2 = g()
fresh2.close()
print(list(fresh2))
