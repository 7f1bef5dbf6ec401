# Generator states (created, running, suspended, closed) and CPython's messages for each transition.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            print("  counter received", repr(got))
        i += 1
    return "counted " + str(n)

# just-started: send(non-None) is a TypeError and leaves the generator startable
c = counter(2)
print(c.gi_running)
for bad in [1, "x", 0, False, [], ()]:
    try:
        c.send(bad)
    except TypeError as e:
        print("send", repr(bad), "->", e)
print(c.send(None))
print(c.send("hello"))
try:
    c.send("end")
except StopIteration as e:
    print("StopIteration", repr(e), e.value, e.args)
# closed: send/next raise bare StopIteration
for attempt in range(2):
    try:
        c.send(None)
    except StopIteration as e:
        print("closed send ->", repr(e), e.value, e.args)
print(next(c, "exhausted"))

# already executing: next, send, throw and close from inside the generator itself
def selfish(kind):
    try:
        if kind == "next":
            next(me)
        elif kind == "send":
            me.send(5)
        elif kind == "throw":
            me.throw(KeyError("x"))
        else:
            me.close()
    except ValueError as e:
        print(kind, "inside ->", e)
    yield "after"
for kind in ["next", "send", "throw", "close"]:
    me = selfish(kind)
    print(next(me))

def reports_running():
    print("running inside:", gen.gi_running)
    yield 1
gen = reports_running()
print(gen.gi_running)
next(gen)
print(gen.gi_running)

# ignored GeneratorExit
def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2
ig = ignores()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(ig, "closed?"))

def ignores_then_returns():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit and returned")
        return "value is dropped"
ir = ignores_then_returns()
next(ir)
print(ir.close())

def raises_other_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
rc = raises_other_on_close()
next(rc)
try:
    rc.close()
except ValueError as e:
    print("close raised", repr(e), type(e.__context__).__name__)
print(next(rc, "now closed"))

# throw into fresh generators: the body never runs, the generator is closed
def never_runs():
    print("BODY RAN")
    yield 1
f = never_runs()
try:
    f.throw(ValueError("into fresh"))
except ValueError as e:
    print("fresh throw ->", repr(e))
print(next(f, "fresh after throw"))
f2 = never_runs()
try:
    f2.throw(GeneratorExit)
except GeneratorExit as e:
    print("fresh GeneratorExit ->", repr(e))
# throw into closed generators
done = counter(0)
print(next(done, "empty"))
try:
    done.throw(KeyError("late"))
except KeyError as e:
    print("closed throw ->", repr(e))
try:
    done.throw(TypeError)
except TypeError as e:
    print("closed throw class ->", repr(e))

# throw forms: class, instance, and the value the generator yields in response
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  catcher caught", repr(e))
            yield "handled"
ca = catcher()
next(ca)
print(ca.throw(ValueError))
next(ca)
print(ca.throw(ValueError("inst")))
next(ca)
try:
    ca.throw(KeyError("unhandled"))
except KeyError as e:
    print("unhandled throw ->", repr(e))
print(next(ca, "catcher closed"))

# close on fresh, suspended and closed generators
def noisy():
    try:
        print("noisy started")
        yield 1
        yield 2
    finally:
        print("noisy finally")
n1 = noisy()
print(n1.close())
print(next(n1, "fresh closed"))
n2 = noisy()
next(n2)
print(n2.close())
print(next(n2, "suspended closed"))
print(n2.close())
n3 = noisy()
print(list(n3))
print(n3.close())

# return values become StopIteration.value
def returns(v):
    yield "first"
    return v
for v in [None, 0, "text", (1, 2), [3], StopIteration("nested")]:
    r = returns(v)
    next(r)
    try:
        next(r)
    except StopIteration as e:
        print("value", repr(e.value), "args", repr(e.args))

def returns_early(flag):
    if flag:
        return "early"
    yield "not early"
for flag in [True, False]:
    try:
        print(next(returns_early(flag)))
    except StopIteration as e:
        print("early", repr(e))

# StopIteration constructed directly
si = StopIteration()
print(repr(si), si.value, si.args)
si2 = StopIteration(1, 2)
print(repr(si2), si2.value, si2.args)

# PEP 479
def leaks():
    yield 1
    next(iter([]))
l = leaks()
print(next(l))
try:
    next(l)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
except StopIteration:
    print("WRONG: StopIteration leaked")

def leaks_value():
    yield 1
    raise StopIteration("with value")
lv = leaks_value()
next(lv)
try:
    lv.send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))

def catches_own():
    try:
        raise StopIteration("caught inside")
    except StopIteration as e:
        yield "fine: " + str(e)
print(list(catches_own()))
