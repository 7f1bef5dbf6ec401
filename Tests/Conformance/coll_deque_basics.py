from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 1 in d, 5 in d)
d.extend([3, 4, 5])
d.extendleft("ab")
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
d.rotate(0)
d.rotate(100)
print("rotate 100:", d)
d[1] = "x"
del d[0]
print(d, d.index("x"), d.count(3))
d.insert(1, "ins")
d.remove(4)
print(d)
d.reverse()
print(d, list(reversed(d)))
print(d == deque(d), d == list(d), deque([1, 2]) < deque([1, 3]))
e = d.copy()
e.clear()
print(e, d)
print(deque(range(5)) + deque("ab"), deque([1, 2]) * 3)
f = deque([1])
f += [2, 3]
f *= 2
print(f)

r = deque(maxlen=3)
for i in range(6):
    r.append(i)
    print(r)
r.appendleft(-1)
print(r, r.maxlen)
r.extendleft([10, 20])
print(r)
print(deque("hello", 2), deque([], 0), deque(maxlen=0))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))

def tail(lines, n=3):
    return deque(lines, maxlen=n)

print(tail(["line %d" % i for i in range(10)]))

for op in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
           lambda: deque([1])[-2], lambda: deque([1])["a"], lambda: deque([1]).index(9),
           lambda: deque([1]).remove(9), lambda: deque(maxlen=-1), lambda: deque([1]) + [2],
           lambda: hash(deque()), lambda: deque([1], 1).insert(0, 5), lambda: deque(maxlen="3"),
           lambda: deque([1])[1:2]]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)

q = deque([1, 2, 3])
try:
    for x in q:
        if x == 2:
            q.append(4)
except RuntimeError as e:
    print(type(e).__name__, e)
big = deque()
for i in range(1000):
    big.appendleft(i)
    big.append(-i)
for i in range(900):
    big.popleft()
    big.pop()
print(len(big), list(big)[:5], big[0], big[-1], sum(big))
