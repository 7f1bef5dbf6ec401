# Generators suspended inside try/finally are closed when their last reference goes:
# the locals of a function, generator or coroutine when it returns, the arguments of a
# call, a rebound local or global, a deleted name, a list holding them. Held
# elsewhere, they stay open.
def gen(name):
    try:
        yield name + ":1"
        yield name + ":2"
    finally:
        print("cleanup", name)

def local():
    g = gen("local")
    print(next(g))
    print("local returns")

local()
print("after local")

def consume(g):
    print(next(g))

consume(gen("argument"))
print("after consume")

def make():
    g = gen("returned")
    next(g)
    return g

kept = make()
print("make returned; still open")
print(next(kept))
kept = None
print("after rebind")

def in_list():
    gs = [gen("list-a"), gen("list-b")]
    for g in gs:
        next(g)
    return len(gs)

print(in_list())

def rebinds():
    g = gen("rebound-local")
    next(g)
    g = gen("second-local")
    print(next(g))
    h = gen("rebound-then-read")
    next(h)
    h = 0
    n = h + 1
    print("rebinds returns", n)

rebinds()
print("after rebinds")

holder = []

def shared():
    g = gen("shared")
    next(g)
    holder.append(g)

shared()
print("shared still open")
h2 = gen("deleted")
next(h2)
del h2
print("after del")

def noisy():
    try:
        yield 1
    finally:
        raise ValueError("finally failed")

def drops_noisy():
    n = noisy()
    next(n)

drops_noisy()
print("after noisy")

def stubborn():
    try:
        yield 1
    finally:
        yield 2

def drops_stubborn():
    s = stubborn()
    next(s)

drops_stubborn()
print("after stubborn")

def no_cleanup():
    yield 1
    yield 2

def plain():
    g = no_cleanup()
    next(g)

plain()

def outer():
    inner = gen("inner")
    next(inner)
    yield "outer"
    print("outer resumes")

o = outer()
print(next(o))
o = None

def finishing():
    inner = gen("finishing-inner")
    next(inner)
    yield 1
    print("finishing ends")

for x in finishing():
    pass
print("after the for")
f2 = finishing()
next(f2)
print(next(f2, "exhausted"))
print(sum(finishing()), list(finishing()))

import asyncio

async def holds():
    g = gen("in-coroutine")
    next(g)
    await asyncio.sleep(0)
    print("coroutine ends")

asyncio.run(holds())
print("end")
