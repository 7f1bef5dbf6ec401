from collections import deque, defaultdict


def make_default():
    raise LookupError("no default for you")


d = defaultdict(make_default)
try:
    d["x"]
except LookupError as e:
    print(type(e).__name__, e, dict(d))

ready = deque(["a", "b"])
while True:
    print("ran", ready.popleft())
