# Measure simulated request latencies on the event loop's clock, then summarise them.
import asyncio
import random
import statistics

random.seed(3)


async def request(i):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(random.expovariate(1 / 0.08) + (0.5 if i % 9 == 0 else 0))
    return loop.time() - start


async def main():
    latencies = []
    for batch in range(4):
        results = await asyncio.gather(*(request(batch * 10 + i) for i in range(10)))
        latencies.extend(results)
        print(f"batch {batch}: mean {statistics.mean(results):.6f} max {max(results):.6f}")
    print("n", len(latencies))
    print("mean", statistics.mean(latencies))
    print("median", statistics.median(latencies))
    print("stdev", statistics.stdev(latencies))
    print("p95", statistics.quantiles(latencies, n=20)[-1])
    print("harmonic", statistics.harmonic_mean(latencies))
    fast = [x for x in latencies if x < 0.5]
    print("fast share", len(fast) / len(latencies), "fast mean", statistics.fmean(fast))


asyncio.run(main())
