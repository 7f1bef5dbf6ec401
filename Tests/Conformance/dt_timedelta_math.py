# timedelta arithmetic in full: normalisation of mixed units, float rounding (half to even on
# microseconds), true and floor division, modulo, divmod, negation, comparisons and hashing.
from datetime import timedelta

print(timedelta(days=1, hours=-1), timedelta(hours=25.5), timedelta(minutes=-1), timedelta(weeks=2, days=-15))
print(repr(timedelta(days=-1, seconds=86399)), repr(timedelta(seconds=-1)), repr(timedelta(microseconds=-1)))
print(timedelta(milliseconds=1.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5),
      timedelta(microseconds=-2.5), timedelta(seconds=0.1 + 0.2), timedelta(days=1e-10), timedelta(hours=1 / 3))
base = timedelta(hours=1, minutes=10, seconds=7, microseconds=3)
for k in (2, -3, 0.5, 1 / 3, 2.675, -0.1, 1e-7):
    print(f"* {k!r:22} -> {base * k!s:>24} {k * base == base * k}")
for k in (2, 3, -7, 0.5, 1.5e-3):
    print(f"/ {k!r:10} -> {base / k!s:>20}")
for k in (2, 3, -7):
    print(f"// {k!r:4} -> {base // k!s:>20}")
unit = timedelta(minutes=7)
print(base / unit, base // unit, base % unit, divmod(base, unit), divmod(-base, unit))
print((-base) // unit, (-base) % unit, base / -unit, abs(-base), -(-base) == base)
print(timedelta(1) > timedelta(hours=23), timedelta(0) == timedelta(), timedelta(1) != 1, timedelta(1) == 86400)
print(sorted([timedelta(1), timedelta(-1), timedelta(0), timedelta(seconds=-0.5)]))
print(len({timedelta(days=1), timedelta(hours=24), timedelta(minutes=1440), timedelta(seconds=1)}))
print(bool(timedelta()), bool(timedelta(microseconds=1)), timedelta(1).days, timedelta(1).seconds, timedelta(1).microseconds)
print(timedelta(days=-1.5).total_seconds(), timedelta(microseconds=123456789).total_seconds())
print(timedelta.max.total_seconds(), timedelta.max // timedelta(days=365), timedelta.min + timedelta.max)
for thunk in [lambda: timedelta.max + timedelta.resolution, lambda: timedelta(1) / 0, lambda: timedelta(1) // timedelta(0),
              lambda: timedelta(1) * timedelta(1), lambda: timedelta(1) + 1, lambda: timedelta(days=10**10),
              lambda: timedelta(x=1), lambda: timedelta("1"), lambda: timedelta(1) < 5, lambda: timedelta(1) * float("nan")]:
    try:
        print(thunk())
    except (OverflowError, ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(timedelta(1) % 7)
