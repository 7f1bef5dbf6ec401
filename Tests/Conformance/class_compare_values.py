# Rich comparisons entered in the dispatch loop: NotImplemented, reflection through subclasses,
# results that are not bools (kept by an expression, tested by an if), errors.
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, A): return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self): return f"A({self.v})"
class B(A):
    def __gt__(self, o):
        print("B.__gt__")
        return True
class W:
    def __eq__(self, o): return "truthy"
    def __ne__(self, o): return ""
xs = [A(1), A(2), A(1)]
for x in xs:
    if x == xs[0]:
        print("eq", x)
    print(x == xs[1], x < xs[1], x != xs[0])
print(A(1) == 1, A(1) != 1)
print(A(1) < B(2))
try:
    print(A(1) < 3)
except Exception as e:
    print(type(e).__name__, e)
try:
    A(1) > A(2)
except Exception as e:
    print(type(e).__name__, e)
w = W()
print(w == 1, w != 1)
if w == 2: print("yes")
if w != 2: print("no")
while A(1) == A(2):
    pass
print(sorted([A(3), A(1), A(2)]))
