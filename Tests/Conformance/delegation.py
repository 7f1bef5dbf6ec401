# Three-deep yield-from chains: send, throw and close pass through every level.
def leaf(tag):
    total = 0
    try:
        while True:
            v = yield tag + ":" + str(total)
            if v is None:
                break
            total += v
    finally:
        print("  leaf", tag, "finally")
    return total

def mid(tag):
    print("  mid start")
    r = yield from leaf(tag)
    print("  mid got", r)
    return r * 10

def top(tag):
    r = yield from mid(tag)
    print("  top got", r)
    return r + 1

t = top("A")
print(next(t))
print(t.send(1))
print(t.send(2))
try:
    t.send(None)
except StopIteration as e:
    print("chain returned", e.value)

# throw: the leaf catches and returns a value, which flows back up through yield from
def leaf_catches():
    try:
        yield "leaf waiting"
    except ValueError as e:
        print("  leaf caught", repr(e))
        return "leaf recovered"
    return "leaf normal"

def mid2():
    r = yield from leaf_catches()
    print("  mid2 got", repr(r))
    yield "mid2 after " + r
    return "mid2 done"

def top2():
    r = yield from mid2()
    print("  top2 got", repr(r))
    return "top2 done"

t2 = top2()
print(next(t2))
print(t2.throw(ValueError("to the leaf")))
try:
    next(t2)
except StopIteration as e:
    print("top2 returned", repr(e.value))

# throw that nobody handles: every level's finally runs, innermost first
def leaf3():
    try:
        yield 1
    finally:
        print("  leaf3 finally")

def mid3():
    try:
        yield from leaf3()
    finally:
        print("  mid3 finally")

def top3():
    try:
        yield from mid3()
    finally:
        print("  top3 finally")

t3 = top3()
next(t3)
try:
    t3.throw(KeyError("nobody"))
except KeyError as e:
    print("propagated", repr(e))
print(next(t3, "t3 closed"))

# a middle level that catches what was thrown through the leaf
def mid4():
    try:
        yield from leaf3()
    except IndexError as e:
        print("  mid4 caught", repr(e))
        yield "mid4 handled"
    return "mid4 result"

def top4():
    r = yield from mid4()
    yield "top4 saw " + r

t4 = top4()
next(t4)
print(t4.throw(IndexError("mid handles")))
print(next(t4))
print(next(t4, "t4 done"))

# close passes through: GeneratorExit reaches the leaf first
def leaf5():
    try:
        yield "leaf5"
    except GeneratorExit:
        print("  leaf5 got GeneratorExit")
        raise
def mid5():
    try:
        yield from leaf5()
    except GeneratorExit:
        print("  mid5 got GeneratorExit")
        raise
def top5():
    try:
        yield from mid5()
    finally:
        print("  top5 finally")
t5 = top5()
next(t5)
print(t5.close())
print(next(t5, "t5 closed"))

# a delegate whose close raises: the error replaces GeneratorExit and propagates out of close()
def bad_closer():
    try:
        yield "bad"
    except GeneratorExit:
        raise ValueError("close failed in leaf")
def mid6():
    try:
        yield from bad_closer()
    except ValueError as e:
        print("  mid6 sees", repr(e))
        raise
def top6():
    yield from mid6()
t6 = top6()
print(next(t6))
try:
    t6.close()
except ValueError as e:
    print("close raised", repr(e))
print(next(t6, "t6 closed"))

# the middle level catches the error raised by the leaf's close and yields: close() complains
def mid7():
    try:
        yield from bad_closer()
    except ValueError:
        yield "mid7 keeps going"
def top7():
    yield from mid7()
t7 = top7()
next(t7)
try:
    t7.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# send passes through to the innermost, values come back out
def echo():
    got = None
    while True:
        got = yield ("echo", got)
def relay():
    yield from echo()
def front():
    yield from relay()
f = front()
print(next(f))
print(f.send(1))
print(f.send("two"))
print(f.send([3]))
f.close()

# PEP 479 through yield from: a StopIteration raised in the leaf's body
def leaf_leaks():
    yield 1
    raise StopIteration("leaf leak")
def mid_leaks():
    r = yield from leaf_leaks()
    print("  never", r)
def top_leaks():
    try:
        yield from mid_leaks()
    except RuntimeError as e:
        print("  top caught", repr(e), repr(e.__cause__))
        yield "top recovered"
tl = top_leaks()
print(next(tl))
print(next(tl))

# StopIteration thrown into a chain: the leaf converts it
tz = top3()
next(tz)
try:
    tz.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

# gi_yieldfrom follows the chain one level
t8 = top("B")
next(t8)
print(t8.gi_yieldfrom is not None, t8.gi_yieldfrom.gi_yieldfrom is not None)
print(t8.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
t8.close()
print(t8.gi_yieldfrom)

# yield from returns the value of StopIteration raised by a delegate's return
def ret_tuple():
    return (1, 2)
    yield
def unpacker():
    a, b = yield from ret_tuple()
    return a + b
print(list(unpacker()))
try:
    next(unpacker())
except StopIteration as e:
    print("unpacker value", e.value)

# exhausting an outer generator when the inner is already exhausted
inner_done = leaf("C")
next(inner_done)
try:
    inner_done.send(None)
except StopIteration as e:
    print("inner done", e.value)
def wraps_done():
    r = yield from inner_done
    return ("wrapped", r)
try:
    next(wraps_done())
except StopIteration as e:
    print("wraps_done", e.value)
