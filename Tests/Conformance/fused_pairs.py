# Instruction pairs the VM fuses (for + store, store + load, load + load, compare +
# jump): their errors, their jump targets, and a loop that jumps into a pair's middle.
def unbound_second():
    a = 1
    if a > 5:
        b = 2
    return a * b

def unbound_after_store():
    x = 3
    if x > 5:
        y = 1
    x = x + 1
    return x + y

def unbound_yield():
    if len([]) > 1:
        x = 1
    yield x

def unbound_second_of_yield_pair():
    a = 1
    if a > 5:
        b = 2
    yield a
    yield b

print(next(unbound_second_of_yield_pair()))
for g in [unbound_yield(), unbound_second_of_yield_pair()]:
    try:
        print(list(g))
    except UnboundLocalError as e:
        print(type(e).__name__, e)

for fn in [unbound_second, unbound_after_store]:
    try:
        fn()
    except UnboundLocalError as e:
        print(type(e).__name__, e)

def compares(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a == b:
        out.append("eq")
    if a is b:
        out.append("is")
    if a in [b, 7]:
        out.append("in")
    while isinstance(a, int) and a < b:
        a += 1
    out.append(a)
    return out

print(compares(1, 3), compares(3, 3), compares(2.5, 4), compares("a", "b"), compares(7, 1))
try:
    compares(1, "x")
except TypeError as e:
    print("TypeError:", e)

def pairs():
    total = 0
    for i in range(5):
        for j in [10, 20]:
            total += i * j
    k = 0
    while k < 3:
        k = k + 1
        total = total + k
    return total

print(pairs())

def gen_pairs():
    for x in range(4):
        y = yield x
        print("sent", y)

g = gen_pairs()
print(next(g), g.send("a"), g.send("b"))
print([v for v in gen_pairs()])

def mixed(n):
    i = 0
    while i < n:
        i = i + 1
        if i % 2 == 0:
            continue
        yield i

print(list(mixed(9)), sum(mixed(100)))

def small_constants(v):
    out = []
    for op in range(5):
        try:
            if op == 0:
                out.append(v % 2)
            elif op == 1:
                out.append(v * 3)
            elif op == 2:
                w = v
                w += 1
                out.append(w)
            elif op == 3:
                out.append(v - 7)
            else:
                out.append(v // 4)
        except TypeError as e:
            out.append(str(e))
    return out

print(small_constants(9), small_constants(2 ** 62), small_constants(-7), small_constants(2.5))
print(small_constants("ab"), small_constants(None), small_constants([1]))

# A load and a binary op (`... * c`, `total += v`), and a small int, compare and
# jump (`if x == 0`): their errors, big and float operands, and a jump onto the compare.
def load_binary(a, b, c):
    return a + b * c

def running_total(values):
    total = 0
    for v in values:
        total += v
    return total

def unbound_in_load_binary(flag):
    if flag:
        c = 3
    return 2 * c

print(load_binary(1, 2, 3), load_binary(1, 2 ** 40, 2 ** 40), load_binary(0.5, 2, 1.25), load_binary("a", "b", 2))
print(running_total(range(10)), running_total([2 ** 62, 2 ** 62, -1]), running_total([0.1, 0.2, 0.3]))
for args in [(1, None, 2), ([1], [2], 2), (1, 2, "x")]:
    try:
        print(load_binary(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    running_total([1, "two"])
except TypeError as e:
    print("TypeError:", e)
try:
    unbound_in_load_binary(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(unbound_in_load_binary(True))

def small_compare(v, c):
    out = []
    if v == 0:
        out.append("zero")
    if v != 1:
        out.append("not one")
    if v < 3:
        out.append("small")
    if v >= 2 ** 3:
        out.append("big")
    if v < (1 if c else 5):
        out.append("under")
    i = 0
    while i < 3:
        i += 1
    out.append(i)
    return out

for v in [0, 1, 2, 9, 2 ** 70, -2 ** 70, 2.5, True]:
    print(v, small_compare(v, v == 2))
for v in ["s", None, [1]]:
    try:
        print(small_compare(v, False))
    except TypeError as e:
        print("TypeError:", e)

# A generator's yield to its `for` loop does the loop's fused store + load itself.
def two():
    yield 1
    yield 2

def store_then_unbound(flag):
    if flag:
        y = 10
    out = []
    for x in two():
        w = y + x
        out.append(w)
    return out

print(store_then_unbound(True))
try:
    store_then_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def late_compare(values):
    for v in values:
        if (v
                < 10):
            print("small", v)

late_compare([1, 20, None])
