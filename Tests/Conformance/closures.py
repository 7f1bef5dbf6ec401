# Closures, nonlocal, global, late binding and lambdas.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

def adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return [f(10) for f in fs]
print(adders())

def adders_bound():
    return [(lambda x, i=i: x + i)(10) for i in range(3)]
print(adders_bound())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    f = middle()
    x = "rebound"
    return f()
print(outer())

def three_levels():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        return l2
    r = l1()()
    return r, a
print(three_levels())

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    def g():
        for v in range(4):
            add(v)
            yield total
    return g
print(list(gen_closure()()))

x = "global x"
def reads_global():
    return x
def shadows():
    x = "local x"
    return x
def sets_global():
    global x
    x = "changed"
print(reads_global(), shadows(), reads_global())
sets_global()
print(reads_global(), x)

def unbound():
    print(y_late)
    y_late = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def free_unbound():
    def inner():
        return z
    r = None
    try:
        r = inner()
    except NameError as e:
        print("NameError:", e)
    z = 3
    return inner()
print(free_unbound())

try:
    print(not_defined_anywhere)
except NameError as e:
    print("NameError:", e)

def deleter():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(deleter())

compose = lambda f, g: lambda v: f(g(v))
double = lambda v: v * 2
incr = lambda v: v + 1
print(compose(double, incr)(5), compose(incr, double)(5))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: "no args")())

def decorator(fn):
    calls = []
    def wrapper(*args, **kwargs):
        calls.append(args)
        return ("wrapped", fn(*args, **kwargs), len(calls))
    return wrapper
@decorator
def add(a, b):
    return a + b
print(add(1, 2), add(3, b=4))

def deco_with_arg(tag):
    def deco(fn):
        def w(*a):
            return tag + ":" + str(fn(*a))
        return w
    return deco
@deco_with_arg("A")
@deco_with_arg("B")
def mul(a, b):
    return a * b
print(mul(3, 4))
print(mul.__name__, add.__name__, make_counter.__name__)

def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20), recursive(25))

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib_gen():
    if v > 100:
        break
    out.append(v)
print(out)

def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    while n < 3:
        yield bump()
print(list(counter_gen()))
