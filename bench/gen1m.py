# A generator pulled with next() 500,000 times: each next() records a resume
# and a yield, so the trace has about 1,000,000 events (the `render` workload).
def ticks():
    i = 0
    while True:
        yield i
        i += 1


gen = ticks()
total = 0
for _ in range(500000):
    total += next(gen)
print(total)
