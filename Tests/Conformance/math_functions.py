import math, random
random.seed(7)
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.5, 1e-300, 1e300, 3, -7, 10**20, float('inf'), float('-inf'), float('nan'), 1e-320, 0.1, 123456.789]
names = ["sqrt","exp","exp2","expm1","log2","log10","log1p","sin","cos","tan","asin","acos","atan","sinh","cosh","tanh","asinh","acosh","atanh","erf","erfc","gamma","lgamma","fabs","degrees","radians","cbrt","floor","ceil","trunc","isfinite","isinf","isnan","ulp","frexp","modf","log"]
for n in names:
    out = []
    for v in vals:
        try: out.append(repr(getattr(math, n)(v)))
        except Exception as e: out.append(f"{type(e).__name__}:{e}")
    print(n, " ".join(out))
pairs = [(2, 10), (2.0, 0.5), (0, -1), (-8, 1/3), (1e308, 10), (3, 0), (-3, 2), (5.5, 2), (float('inf'), 1), (1, float('nan')), (0.0, -0.0)]
for n in ["pow","atan2","fmod","copysign","remainder","nextafter","log","ldexp"]:
    out = []
    for x, y in pairs:
        try: out.append(repr(getattr(math, n)(x, y if n != "ldexp" else int(y))))
        except Exception as e: out.append(f"{type(e).__name__}:{e}")
    print(n, " ".join(out))
for _ in range(200):
    xs = [random.uniform(-1e3, 1e3) * 10 ** random.randint(-5, 5) for _ in range(random.randint(0, 6))]
    print(math.hypot(*xs), math.fsum(xs), sum(xs), math.dist(xs, [1.5] * len(xs)) if xs else 0)
print(math.hypot(3e-320, 4e-320), math.hypot(1e308, 1e308), math.fsum([1e308, 1e308, -1e308]) if False else 0)
try: math.fsum([1e308, 1e308])
except OverflowError as e: print("fsum", e)
try: print(math.fsum([float('inf'), float('-inf')]))
except ValueError as e: print("fsum", e)
print(math.fsum([1, 1e100, 1, -1e100] * 10000))
print([math.factorial(n) for n in range(0, 30, 7)], math.comb(100, 50), math.perm(10, 3), math.perm(4), math.comb(5, 9), math.isqrt(2**200 - 1))
print(math.gcd(0, 0), math.gcd(-12, 18), math.lcm(-4, 6), math.gcd(2**100, 2**80 * 3), math.prod(range(1, 20)), math.prod([]), math.prod([2, 3.5], start=0.5))
for a, b, kw in [(1, 1.0000000001, {}), (0, 1e-10, {}), (0, 1e-10, {"abs_tol": 1e-9}), (1e9, 1e9 + 1, {"rel_tol": 1e-8}), (float('inf'), float('inf'), {})]:
    print(math.isclose(a, b, **kw))
for bad in [lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.sqrt(), lambda: math.floor("x"), lambda: math.trunc("x"), lambda: math.gcd(2.0), lambda: math.factorial(-3), lambda: math.comb(3, -1), lambda: math.log(0), lambda: math.log(2, 1), lambda: math.pow(1), lambda: math.prod(), lambda: math.hypot("a"), lambda: math.dist([1], [1, 2]), lambda: math.ldexp(1, 2.0)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class Meters:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __floor__(self): return "floor!"
print(math.sqrt(Meters(16)), math.floor(Meters(2.5)), math.pi, math.e, math.tau, math.inf, math.nan)
print(math.log(10**400), math.log10(10**400), math.log2(2**2000), math.log(2**2000, 2))
