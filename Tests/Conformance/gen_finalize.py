# CPython closes a generator when its last reference goes: a for loop left early, and the globals at exit.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')


def f():
    for x in gen():
        return x


print(f())
for x in gen():
    print(x)
    break
print('after')
try:
    for x in gen():
        raise KeyError('k')
except KeyError:
    print('caught')
keep = gen()
for x in keep:
    break
print('kept, not closed yet')


def named(tag):
    try:
        yield tag
    finally:
        print('closing', tag)


g = named('g'); next(g)
h = named('h'); next(h)
_p = named('_p'); next(_p)
lst = [named('in list')]
next(lst[0])
print('end')
