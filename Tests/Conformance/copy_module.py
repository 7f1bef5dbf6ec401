import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Polygon:
    def __init__(self, name, points):
        self.name = name
        self.points = points
        self.meta = {"tags": ["shape"], "owner": None}

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a

class Custom:
    def __init__(self, data):
        self.data = data
        self.copies = 0
    def __copy__(self):
        c = Custom(self.data)
        c.copies = self.copies + 1
        return c
    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.data, memo))
        c.copies = 100
        return c

nested = [[1, 2], {"k": [3, 4]}, (5, [6])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
nested[1]["k"].append(98)
nested[2][1].append(97)
print(shallow, deep, shallow[0] is nested[0], deep[0] is nested[0])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not None)
poly = Polygon("tri", [Point(0, 0), Point(1, 0), Point(0, 1)])
p2 = copy.copy(poly)
p3 = copy.deepcopy(poly)
poly.points.append(Point(5, 5))
poly.meta["tags"].append("edited")
print(p2.points, p3.points, p2.meta, p3.meta, p3.name, type(p3).__name__)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
s = Slotted(3)
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a, s3.a, hasattr(s3, "b"))
c = Custom([1, 2])
print(copy.copy(c).copies, copy.deepcopy(c).copies, copy.deepcopy(c).data is c.data)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({3})), copy.copy(len) is len, copy.deepcopy(Point) is Point)
e = ValueError("bad", 2)
e2 = copy.copy(e)
print(type(e2).__name__, e2.args, e2 is e)
def gen():
    yield 1
for f in (copy.copy, copy.deepcopy):
    try:
        f(gen())
    except TypeError as err:
        print("TypeError:", err)
memo = {}
a = [1, 2]
b = copy.deepcopy(a, memo)
print(memo[id(a)] is b, len(memo))
