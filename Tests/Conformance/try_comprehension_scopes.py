# Comprehensions in every part of try/except/else/finally each get their own
# scope, whatever order the compiler meets them in (issue 17).
def f(xs):
    try:
        r = [x * 2 for x in xs]
    except TypeError:
        r = [0 for _ in range(2)]
    else:
        r = [y + 1 for y in r]
    finally:
        s = {k: k for k in "ab"}
    return r, s


print(f([1, 2]))
print(f(None))

try:
    data = [int(t) for t in "12"]
except ValueError as err:
    data = [str(err) for _ in range(1)]
else:
    data = {d: [d * e for e in range(2)] for d in data}
finally:
    tail = (lambda: sorted(q for q in "ba"))()
print(data, tail)

try:
    data = [int(t) for t in "1x"]
except ValueError as err:
    data = [len(str(err)) for _ in range(1)]
else:
    data = None
print(data)
# No comprehension variable leaks into the module's globals.
for probe in (lambda: x, lambda: y, lambda: t, lambda: d, lambda: e, lambda: q, lambda: k):
    try:
        probe()
        print("leaked")
    except NameError as exc:
        print(exc)
