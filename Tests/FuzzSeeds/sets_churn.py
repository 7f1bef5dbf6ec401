import random
random.seed(3)
s = {1, 2, 3, "a", (1, "b"), frozenset({4})}
f = frozenset(range(10))
for i in range(200):
    k = random.choice([random.randint(-5, 60), str(random.randint(0, 9)), (i % 3, "x"), frozenset({i % 4})])
    if i % 3 == 0:
        s.add(k)
    elif i % 3 == 1:
        s.discard(k)
    elif s:
        s.pop()
    if i % 25 == 0:
        print(i, s, len(s), hash(frozenset(s)))
print(s | f, s & f, s - f, s ^ f, f.issuperset(range(3)), {*s, *f} >= f)
t = {x for x in range(30) if x % 2}
t |= {1, 100}; t &= set(range(50)); t -= {3}; t ^= {5, 7, 200}
print(t, sorted(t), min(t), max(t), sum(t), {frozenset({1}): 1}[frozenset([1])])
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
