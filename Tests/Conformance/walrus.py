# Assignment expressions: where they bind (a comprehension's target binds in the function
# or module around it), in conditions, loops, calls, displays and f-strings.
import random

random.seed(5)
data = [random.randint(0, 50) for _ in range(12)]
if (n := len(data)) > 10:
    print(f"list is too long ({n} elements, expected <= 10)")

chunks = iter(data)
while (chunk := next(chunks, None)) is not None:
    if chunk > 40:
        print("big", chunk)

print([y := 5, y ** 2, y], y)
print((a := 1, b := a + 1), a, b)
print({(c := 3), c * 2}, c)
print(max(k := [3, 1, 2]), k, data[(i := 2)], i, data[j := 3], j)
print(f"{(z := 10)} {z * 2}", z)

# In comprehensions the target binds in the enclosing scope.
values = [1, 7, 3, 9, 4]
total = 0
print([total := total + v for v in values], total)
print([last := v for v in values], last)
print({v: (double := v * 2) for v in values}, double)
print({(m := v) for v in values if v % 2}, m)
print(list((g := v * 3) for v in values), g)
print(any((hit := v) > 8 for v in values), hit)
print(all((miss := v) < 5 for v in values), miss)

def filtered(xs):
    out = [y for x in xs if (y := x * x) > 10]
    return out, y

print(filtered([1, 2, 3, 4, 5]))

def running_sums(xs):
    acc = 0
    return [acc := acc + x for x in xs], acc

print(running_sums([1, 2, 3, 4]))

def nested(rows):
    found = [[(cell := c) for c in row] for row in rows]
    return found, cell

print(nested([[1, 2], [3]]))

def closure():
    [(captured := i) for i in range(3)]
    def inner():
        return captured
    return inner

print(closure()())

def with_global():
    global g_value
    [(g_value := k) for k in "abc"]

with_global()
print(g_value)

def with_nonlocal():
    seen = None
    def inner():
        nonlocal seen
        return [(seen := s) for s in "xyz"]
    inner()
    return seen

print(with_nonlocal())

def in_lambda():
    f = lambda xs: [(w := x) for x in xs] and w
    return f([4, 5, 6])

print(in_lambda())

def param_rebound(x):
    [(x := x + 1) for _ in range(3)]
    return x

print(param_rebound(10))

def before_assignment():
    try:
        print(later)
    except NameError as e:
        print(type(e).__name__, e)
    [(later := 1) for _ in range(1)]

before_assignment()

def unbound_when_empty():
    [(never := x) for x in []]
    try:
        return never
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(unbound_when_empty())

def generator_binding():
    gen = ((seen := v) for v in range(3))
    first = next(gen)
    return first, seen

print(generator_binding())

sieve = [p for p in range(2, 40) if all(p % (d := q) for q in range(2, p))]
print(sieve, d)
print([(w, l) for w in ["apple", "fig", "banana"] if (l := len(w)) > 3])
while (line := data.pop()) != 36 and data:
    pass
print(line, len(data))
