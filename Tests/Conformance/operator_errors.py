# Unsupported operands: augmented assignments name their own operator (+=, **=), and
# floats' missing bitwise operators name both operands' types.
def check(x, y):
    tries = []
    for k in range(13):
        v = x
        try:
            if k == 0: v += y
            elif k == 1: v -= y
            elif k == 2: v *= y
            elif k == 3: v /= y
            elif k == 4: v //= y
            elif k == 5: v %= y
            elif k == 6: v **= y
            elif k == 7: v <<= y
            elif k == 8: v >>= y
            elif k == 9: v &= y
            elif k == 10: v |= y
            elif k == 11: v ^= y
            else: v @= y
            tries.append(v)
        except TypeError as e:
            tries.append(str(e))
    return tries

for x, y in [(None, 2), (1.5, 2.0), (3, 2), ("s", 1), ([1], 2), (None, None), (2, "x")]:
    print(check(x, y))
print(check(3, 2.0))

for a, b in [(3, 2.0), (1.5, 2), (2, 3)]:
    for f in [lambda: a << b, lambda: a @ b, lambda: a & b, lambda: a ** b]:
        try:
            print(f())
        except TypeError as e:
            print(e)
