# The order of the set algebra's results: which operand CPython iterates, when it copies
# and when it resizes first all show in the order a result iterates in. Seeded random sets
# of several sizes, combined every way.
import random

random.seed(77)

def make(n, span):
    s = set()
    for _ in range(n):
        s.add(random.randint(-10, span) if random.random() < 0.6 else "k" + str(random.randint(0, span)))
        if random.random() < 0.2:
            s.discard(random.randint(-10, span))
    return s

for trial in range(12):
    span = random.choice([10, 60, 400])
    a = make(random.choice([0, 2, 5, 9, 30, 120]), span)
    b = make(random.choice([0, 1, 4, 12, 40, 300]), span)
    items = [random.randint(-10, span) for _ in range(random.randint(0, 25))]
    print("trial", trial, len(a), len(b))
    print(" |", a | b)
    print(" &", a & b)
    print(" -", a - b)
    print(" ^", a ^ b)
    print(" union", a.union(items, b))
    print(" intersection", a.intersection(items), a.intersection(b, items))
    print(" difference", a.difference(items), a.difference(b, items))
    print(" symmetric_difference", a.symmetric_difference(items))
    print(" dict", a.union({k: 0 for k in items}), a.difference({k: 0 for k in items}), a.symmetric_difference({k: 0 for k in items}))
    print(" frozenset", frozenset(a) | frozenset(b), frozenset(b) - a, type(frozenset(a) & b).__name__, type(a & frozenset(b)).__name__)
    c = a.copy(); c |= b; print(" |=", c)
    c = a.copy(); c &= b; print(" &=", c)
    c = a.copy(); c -= b; print(" -=", c)
    c = a.copy(); c ^= b; print(" ^=", c)
    c = a.copy(); c.update(items, b); print(" update", c)
    c = a.copy(); c.intersection_update(items, a); print(" intersection_update", c)
    c = a.copy(); c.difference_update(items); print(" difference_update", c)
    c = a.copy(); c.symmetric_difference_update(items); print(" symmetric_difference_update", c)
    c = a.copy()
    for _ in range(3):
        if c:
            c.pop()
    c -= b
    popped = [c.pop() for _ in range(min(3, len(c)))]
    print(" pops after -=", popped, c)
    print(" display", {*a, *items}, {*items, *b, 0})
    print(" comprehension", {x for x in items}, {x for x in a if isinstance(x, int)})
