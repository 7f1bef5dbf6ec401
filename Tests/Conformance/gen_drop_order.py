# The order in which dropped generators are closed: a list's or tuple's items last to
# first (their deallocators' order), a dict's and a frame's locals in order, a closed
# generator before what its frame held; at the end, the globals' generators in the order made.
# A for loop's variable moving on drops the generator it held, and a break drops the loop's
# iterator and a list only that held.
def gen(tag):
    try:
        yield tag
        yield tag
    finally:
        print("closing", tag)

def fresh(prefix, n):
    out = []
    for i in range(n):
        g = gen(prefix + str(i))
        next(g)
        out.append(g)
    return out

a = fresh("list", 3)
del a
print("--")
t = tuple(fresh("tuple", 3))
t = None
print("--")
d = {"x": fresh("dx", 1)[0], "y": fresh("dy", 1)[0], "z": fresh("dz", 1)[0]}
del d
print("--")
nested = [fresh("n0-", 2), fresh("n1-", 2)]
nested = 0
print("--")
def f():
    xs = fresh("local", 2)
    y = fresh("y", 1)
    return 1
f()
print("--")
def holder():
    inner = fresh("inner", 2)
    try:
        yield 1
        yield 2
    finally:
        print("closing holder")
h = holder()
next(h)
del h
print("--")
print("--")
def make(n):
    for i in range(n):
        yield gen(i)

for g in make(3):
    print(next(g))
print("after")
def in_function():
    for g in map(gen, "abc"):
        print(next(g))
    print("in_function done")
in_function()
print("in_function returned")
def sends():
    for g in make(3):
        g.send(None)
        print("sent")
    print("sends done")
sends()
def breaks():
    for g in [gen("l0"), gen("l1"), gen("l2")]:
        if next(g) == "l1":
            break
    print("breaks left its loop")
breaks()
def inner_breaks():
    for i in range(2):
        for h in [gen("inner-a" + str(i)), gen("inner-b" + str(i))]:
            next(h)
            break
        print("inner left")
    print("inner_breaks done")
inner_breaks()
print("--")
sa = gen("swap-a")
sb = gen("swap-b")
next(sa)
next(sb)
sa, sb = sb, sa
g1 = fresh("glob", 3)
g2 = gen("single")
next(g2)
print("end")
