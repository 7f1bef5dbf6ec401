class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
keep = []
d = {}
total = 0
for i in range(400000):
    v = V(i, [i])
    if i % 1000 == 0:
        keep.append(v)
        d[i] = (v, str(i))
    total += v.x + len(v.y)
print(total, len(keep), sum(k.x for k in keep), d[399000][1], keep[-1].y)
def gen():
    for i in range(300000):
        yield [i]
s = 0
for item in gen():
    s += item[0]
print(s)
