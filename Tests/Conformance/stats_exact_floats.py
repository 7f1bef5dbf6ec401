# statistics sums exactly: awkward floats give the correctly rounded answer, not a float sum's.
import statistics
from statistics import StatisticsError

cases = {
    "tenths": [0.1, 0.2, 0.3, 0.4],
    "seven tenths": [0.1] * 7,
    "cancelling": [1e16, 1.0, -1e16, 3.0],
    "huge": [1e150, 3e150, -2e150, 5e153],
    "mixed": [1, 2.5, 3, 0.1, 7],
    "bools": [True, False, True, True],
    "thirds": [1 / 3, 2 / 3, 1.0],
    "big ints": [10**20 + 1, 10**20 + 2, 10**20 + 4],
    "tiny": [5e-324, 1e-320, 2.5e-310],
}
for name, data in cases.items():
    print(name)
    print("  sum()           ", sum(data))
    print("  mean            ", repr(statistics.mean(data)))
    try:
        print("  fmean           ", repr(statistics.fmean(data)))
    except OverflowError as e:
        print("  fmean            OverflowError:", e)
    print("  variance        ", repr(statistics.variance(data)))
    print("  pvariance       ", repr(statistics.pvariance(data)))
    print("  stdev / pstdev  ", repr(statistics.stdev(data)), repr(statistics.pstdev(data)))

# Given the mean, variance sums the squares of (x - mean) as floats, then exactly.
data = [0.1, 0.25, 0.7, 1.3]
m = statistics.mean(data)
print(statistics.variance(data, m), statistics.variance(data))
print(statistics.pvariance(data, 0.5), statistics.pstdev(data, 0.5))

# Weighted means.
print(statistics.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([0, 5]))

# Infinities and NaN flow through as CPython's do.
print(statistics.mean([float("inf"), 1, 2]), statistics.fmean([float("-inf"), 1.5]))
print(statistics.median([float("nan"), 1, 2]))

# Every error is a StatisticsError (a ValueError) with CPython's message.
attempts = [
    ("mean", lambda: statistics.mean([])),
    ("fmean", lambda: statistics.fmean([])),
    ("variance", lambda: statistics.variance([4])),
    ("stdev", lambda: statistics.stdev([])),
    ("pvariance", lambda: statistics.pvariance([])),
    ("pstdev", lambda: statistics.pstdev([])),
    ("median", lambda: statistics.median([])),
    ("mode", lambda: statistics.mode([])),
    ("quantiles", lambda: statistics.quantiles([1])),
    ("quantiles n", lambda: statistics.quantiles([1, 2, 3], n=0)),
    ("harmonic", lambda: statistics.harmonic_mean([1, -2])),
    ("harmonic empty", lambda: statistics.harmonic_mean([])),
    ("geometric", lambda: statistics.geometric_mean([2, 0, 3])),
    ("fmean weights", lambda: statistics.fmean([1, 2], weights=[1])),
    ("covariance", lambda: statistics.covariance([1, 2], [1])),
    ("correlation", lambda: statistics.correlation([1, 1, 1], [1, 2, 3])),
]
for name, f in attempts:
    try:
        print(name, f())
    except StatisticsError as e:
        print(f"{name}: {type(e).__name__}: {e} (ValueError: {isinstance(e, ValueError)})")
for name, f in [("strings", lambda: statistics.mean(["a", "b"])),
                ("method", lambda: statistics.quantiles([1, 2, 3], method="middle"))]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
print(statistics.multimode([]), statistics.mode(["red", "blue", "red", "blue"]))
