# Coroutine-style generators fed from deques: a mailbox per actor.
from collections import deque, defaultdict, Counter


def actor(name, outbox):
    received = Counter()
    while True:
        msg = yield
        if msg is None:
            break
        received[msg] += 1
        outbox.append((name, msg.upper()))
    return received


mailboxes = defaultdict(deque)
outbox = deque()
actors = {}
for name in ["ping", "pong"]:
    g = actor(name, outbox)
    next(g)
    actors[name] = g

for i, word in enumerate("hello world hello again world hello".split()):
    mailboxes[["ping", "pong"][i % 2]].append(word)
print(mailboxes)

while any(mailboxes.values()):
    for name, box in mailboxes.items():
        if box:
            actors[name].send(box.popleft())
print(outbox)
results = {}
for name, g in actors.items():
    try:
        g.send(None)
    except StopIteration as stop:
        results[name] = stop.value
print(results)
print(results["ping"] + results["pong"])


def window_pairs(iterable):
    window = deque(maxlen=2)
    for x in iterable:
        window.append(x)
        if len(window) == 2:
            yield tuple(window)


print(list(window_pairs("abcde")))


def tail_f(lines, n):
    buf = deque(maxlen=n)
    for line in lines:
        buf.append(line)
        yield list(buf)


for snapshot in tail_f(["a", "b", "c", "d"], 2):
    print(snapshot)
