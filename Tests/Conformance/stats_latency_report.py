# A latency report for a simulated service: the statistics module over seeded random data.
import random
import statistics

random.seed(2024)

def simulate(n, base_ms, jitter_ms, spike_every):
    """Request latencies in milliseconds: mostly base +- jitter, with a spike now and then."""
    out = []
    for i in range(n):
        latency = base_ms + random.uniform(-jitter_ms, jitter_ms)
        if i % spike_every == 0:
            latency *= random.choice([3, 5, 8])
        out.append(round(latency, 3))
    return out

services = {
    "auth": simulate(200, 12.0, 3.5, 17),
    "search": simulate(150, 48.0, 20.0, 11),
    "billing": simulate(120, 95.5, 0.1, 40),
}

for name, data in services.items():
    print(f"== {name} ({len(data)} requests)")
    print("  mean     ", statistics.mean(data))
    print("  fmean    ", statistics.fmean(data))
    print("  median   ", statistics.median(data))
    print("  low/high ", statistics.median_low(data), statistics.median_high(data))
    print("  stdev    ", statistics.stdev(data))
    print("  pstdev   ", statistics.pstdev(data))
    print("  variance ", statistics.variance(data))
    print("  quartiles", statistics.quantiles(data))
    deciles = statistics.quantiles(data, n=10, method="inclusive")
    print("  p90      ", deciles[-1])
    print("  geo/harm ", statistics.geometric_mean(data), statistics.harmonic_mean(data))
    threshold = statistics.mean(data) + 2 * statistics.stdev(data)
    slow = [x for x in data if x > threshold]
    print("  outliers ", len(slow), sorted(slow)[:3])

# Status codes: the most common one, and every one that ties for it.
codes = [random.choice([200, 200, 200, 201, 404, 500]) for _ in range(60)]
print("mode", statistics.mode(codes), "multimode", statistics.multimode(codes))
print("multimode of words", statistics.multimode("the cat and the hat and the bat and".split()))

# Whole-number data keep whole-number results where CPython does.
retries = [0, 1, 0, 2, 3, 0, 1, 1]
print(statistics.mean(retries), type(statistics.mean(retries)).__name__)
print(statistics.mean([2, 4, 6]), type(statistics.mean([2, 4, 6])).__name__)
print(statistics.variance([1, 2, 3, 4, 5]), statistics.pvariance([1, 2, 3, 4, 5]))
print(statistics.median([1, 3, 5, 7]), statistics.median_grouped([52, 52, 53, 54]))
print(statistics.median_grouped([1, 3, 3, 5, 7], interval=2))

# Correlation between request size and latency.
sizes = [random.randint(1, 100) for _ in range(30)]
lat = [2.5 * s + random.gauss(0, 10) for s in sizes]
print("covariance ", statistics.covariance(sizes, lat))
print("correlation", statistics.correlation(sizes, lat))
fit = statistics.linear_regression(sizes, lat)
print("fit        ", fit.slope, fit.intercept)
print("through 0  ", statistics.linear_regression(sizes, lat, proportional=True))
