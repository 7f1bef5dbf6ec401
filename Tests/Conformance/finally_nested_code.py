# Functions, lambdas, generator expressions and comprehensions inside `finally`
# bodies, which the compiler emits once per exit path (issue 17).
try:
    pass
finally:
    print([i for i in range(3)])


def loop_exits():
    fs = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            fs.append(lambda: i)
            fs.append(lambda j=i: j)
            g = (k * i for k in range(2))
            fs.append(lambda: list(g))
    return [f() for f in fs]


print(loop_exits())


def returns():
    try:
        try:
            return [a for a in "xy"]
        finally:
            print({b: b * 2 for b in range(2)})

            def inner():
                try:
                    return 1
                finally:
                    print("inner", [c for c in range(2)])
            inner()
    finally:
        print(sorted(x for x in (3, 1)))


print(returns())


def gen():
    for i in range(2):
        try:
            yield i
        finally:
            def h(n):
                yield from (n + q for q in range(2))
            print(list(h(i)))


print(list(gen()))


def closure_over_loop():
    out = []
    for n in range(3):
        try:
            if n == 2:
                return out
        finally:
            def add(n=n):
                out.append(n)
                return (lambda: n * 10)()
            print(add())
    return out


print(closure_over_loop())


def finally_in_finally():
    for x in range(2):
        try:
            try:
                if x:
                    break
            finally:
                print("a", [v + x for v in range(2)])
        finally:
            try:
                continue
            finally:
                print("b", {w: x for w in "pq"})
    return "done"


print(finally_in_finally())


def raised():
    try:
        raise KeyError("k")
    finally:
        print("raising", list(map(lambda e: e * 2, [1, 2])))


try:
    raised()
except KeyError as e:
    print("caught", e, [str(e) for _ in range(1)])

try:
    pass
finally:
    try:
        raise ValueError
    except ValueError:
        print([m for m in range(2)])
    else:
        pass
    finally:
        print([n for n in range(3)])
try:
    m
except NameError as e:
    print(e)


# Decorators, defaults, while/for-else and generators inside nested finally bodies.
def deco(tag):
    return lambda fn: (lambda *a: (tag, fn(*a)))
def h():
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                elif i == 1:
                    break
            except ValueError:
                return [z for z in "e"]
            else:
                pass
            finally:
                @deco([w for w in "t"])
                def inner(v=[u * i for u in range(2)]):
                    return v, (lambda: [y for y in range(i)])()
                print(inner())
        finally:
            while True:
                try:
                    break
                finally:
                    print("w", {k: i for k in "k"})
            else:
                print("no")
            for q in range(1):
                pass
            else:
                print("for-else", [q2 for q2 in range(i)])
    return "end"
print(h())
def gen():
    try:
        yield 1
    finally:
        yield from (a * 2 for a in range(2))
print(list(gen()))
g = gen(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
