# Coroutines driven by hand with send(): the coroutine frames and the await markers.
import types

@types.coroutine
def checkpoint(label):
    value = yield label
    return value

async def fetch(key, table):
    got = await checkpoint(f"fetch {key}")
    return table[key] + got

async def pipeline(keys):
    table = {"a": 1, "b": 2}
    total = 0
    for k in keys:
        total += await fetch(k, table)
    return total

def run(coro):
    value = None
    try:
        while True:
            label = coro.send(value)
            print("suspended at", label)
            value = 10
    except StopIteration as stop:
        return stop.value

print(run(pipeline(["a", "b"])))
print(run(pipeline(["a", "z"])))
