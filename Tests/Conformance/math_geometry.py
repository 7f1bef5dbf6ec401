import math
import random

# A tutorial's geometry and statistics helpers on the math module.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def distance(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)
    def angle_to(self, other):
        return math.degrees(math.atan2(other.y - self.y, other.x - self.x))
    def __repr__(self):
        return f"Point({self.x:.3f}, {self.y:.3f})"

def polygon(n, radius):
    return [Point(radius * math.cos(2 * math.pi * k / n), radius * math.sin(2 * math.pi * k / n)) for k in range(n)]

def perimeter(points):
    return math.fsum(p.distance(q) for p, q in zip(points, points[1:] + points[:1]))

def area(points):
    s = 0.0
    for p, q in zip(points, points[1:] + points[:1]):
        s += p.x * q.y - q.x * p.y
    return abs(s) / 2

for n in (3, 4, 6, 12, 100):
    pts = polygon(n, 1.0)
    print(n, round(perimeter(pts), 12), round(area(pts), 12), math.isclose(perimeter(pts), 2 * math.pi, rel_tol=1e-3))

a, b = Point(0, 0), Point(3, 4)
print(a.distance(b), a.angle_to(b), math.dist((0, 0), (3, 4)), b)

random.seed(42)
samples = [random.random() * 2 - 1 for _ in range(1000)]
mean = math.fsum(samples) / len(samples)
var = math.fsum((x - mean) ** 2 for x in samples) / (len(samples) - 1)
print(f"mean={mean:.6f} stdev={math.sqrt(var):.6f}")

def compound(principal, rate, years):
    return principal * math.pow(1 + rate, years)

def years_to_double(rate):
    return math.ceil(math.log(2) / math.log1p(rate))

for rate in (0.01, 0.05, 0.07):
    print(rate, round(compound(1000, rate, 10), 2), years_to_double(rate))

print(math.comb(52, 5), math.perm(52, 5), math.factorial(20), math.gcd(1071, 462), math.lcm(21, 6))
print([math.isqrt(n) for n in (0, 1, 15, 16, 10**18)], math.floor(-0.5), math.ceil(-0.5), math.trunc(9.99))
print(math.copysign(1, -0.0), math.fabs(-0.0), math.modf(-2.75), math.frexp(0.1), math.ldexp(0.8, 3))
for fn, arg in (("sqrt", -1), ("log", 0), ("exp", 1000), ("factorial", -1), ("acos", 1.5), ("floor", float("nan"))):
    try:
        print(getattr(math, fn)(arg))
    except (ValueError, OverflowError) as e:
        print(f"{fn}({arg!r}) ->", type(e).__name__, e)
