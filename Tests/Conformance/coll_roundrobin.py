# The "tasks from generators" pattern: a round-robin scheduler on a deque.
from collections import deque


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.finished = []

    def spawn(self, name, gen):
        self.ready.append((name, gen))

    def run(self):
        steps = 0
        while self.ready:
            name, gen = self.ready.popleft()
            try:
                value = next(gen)
            except StopIteration as stop:
                print(f"{name} finished with {stop.value!r}")
                self.finished.append(name)
                continue
            steps += 1
            print(f"step {steps}: {name} -> {value}")
            self.ready.append((name, gen))
        return steps


def countdown(n):
    while n > 0:
        yield f"T-minus {n}"
        n -= 1
    return "liftoff"


def countup(limit):
    i = 0
    while i < limit:
        yield i
        i += 1
    return i


def fib():
    a, b = 0, 1
    for _ in range(5):
        yield a
        a, b = b, a + b


s = Scheduler()
s.spawn("down", countdown(3))
s.spawn("up", countup(4))
s.spawn("fib", fib())
total = s.run()
print("total steps:", total, "order:", s.finished)

# rotate-based variant
tasks = deque([("a", iter("xyz")), ("b", iter("12")), ("c", iter([]))])
out = []
while tasks:
    name, it = tasks[0]
    try:
        out.append(name + next(it))
        tasks.rotate(-1)
    except StopIteration:
        tasks.popleft()
print(out)
