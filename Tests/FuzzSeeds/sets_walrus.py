data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(n)
print([y := 2, y * 3], {(z := 5), z + 1}, [last := v for v in data], last)
def f(xs):
    out = {w for x in xs if (w := x * x) > 10}
    return out, w
print(f(data))
seen = set()
print([v for v in [1, 2, 1, 3, 2] if v not in seen and not seen.add(v)], seen)
while (item := data.pop()) != 1:
    print(item, frozenset(data), {*data} <= {1, 3, 8})
print({1, 2, 3} == frozenset({3, 2, 1}), {1} < {1, 2}, {"b", "a"}.isdisjoint("cd"))
