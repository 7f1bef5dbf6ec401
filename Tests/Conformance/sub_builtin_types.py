class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
s += [3]
print(type(s).__name__, s, s + [4], [0] + s, s * 2, 3 in s, list(reversed(s)), sorted(s, reverse=True))
s2 = Stack([5, 6])
print(s2, s2 == [5, 6], [5, 6] == s2, s2 != s, bool(Stack()), s2[0], s2[-1:])
s2[0] = 9; del s2[1]
print(s2, s2.pop(), s2)
try:
    hash(s2)
except TypeError as e:
    print(e)

class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
d = AttrDict(a=1)
d.b = 2
print(d.a, d.b, d, len(d), sorted(d), d.get('a'), 'a' in d, dict(d), {**d})

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value
dd = DefaultDict()
dd['x'].append(1)
print(dd)

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("alice")
print(n, repr(n), n.shout(), n + "x", "x" + n, len(n), n[0], n == "alice", hash(n) == hash("alice"), f"{n:>8}|", {n: 1}["alice"], "-".join([n, n]))

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hi")
print(u, type(u).__name__, isinstance(u, str), u.lower())

class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
m = Money(5)
print(m, repr(m), m + 1, 1 + m, m * 2, -m, m > 3, range(m), [0] * m, f"{m:03d}", hex(m) if False else m.bit_length())

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, len(p), p == (1, 2), hash(p) == hash((1, 2)), type(p).__name__)
x, y = p
print(x, y)

class Temp(float):
    pass
t = Temp(21.5)
print(t, t + 1, round(t), int(t), f"{t:.2f}")

class Tags(set):
    pass
tg = Tags([1, 2])
tg |= {3}
print(sorted(tg), type(tg).__name__, tg & {1}, len(tg))
