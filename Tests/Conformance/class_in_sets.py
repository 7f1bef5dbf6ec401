class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return f"P({self.x})"
s = {P(1), P(2), P(1)}
print(len(s), P(2) in s, sorted(s, key=lambda p: p.x), {p.x for p in s})
print(s == {P(2), P(1)}, frozenset([P(3)]) | {P(4)} == {P(3), P(4)})
if (n := len(s)) > 1:
    print("walrus", n)
class U:
    def __eq__(self, o): return True
try:
    {U()}
except TypeError as e:
    print(e)
