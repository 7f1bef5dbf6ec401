# A generator pulled with next() 5,000 times: each next() records a resume
# and a yield, so the trace has about 10,000 events (the `render` workload).
def ticks():
    i = 0
    while True:
        yield i
        i += 1


gen = ticks()
total = 0
for _ in range(5000):
    total += next(gen)
print(total)
