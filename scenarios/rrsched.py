"""Tasks from generators: a round-robin scheduler in thirty lines.

Each task is a plain generator. A bare `yield` gives the CPU back; yielding
("sleep", seconds) asks to be woken later. The scheduler keeps ready tasks in a
collections.deque and sleeping ones in a heapq ordered by wake-up time, and it
keeps its own clock: asyncio's event loop in miniature.
"""
import heapq
from collections import deque
from itertools import count


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.clock = 0.0
        self.ids = count(1)

    def spawn(self, gen, name):
        self.ready.append((name, gen))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                wake, _, name, gen = heapq.heappop(self.sleeping)
                self.clock = wake
                self.ready.append((name, gen))
            name, gen = self.ready.popleft()
            try:
                request = next(gen)
            except StopIteration:
                print(f"[{self.clock:4.1f}] {name} finished")
                continue
            if request is None:
                self.ready.append((name, gen))
            else:
                kind, delay = request
                heapq.heappush(self.sleeping, (self.clock + delay, next(self.ids), name, gen))


def countdown(n):
    while n > 0:
        print("T-minus", n)
        yield
        n -= 1


def countup(stop):
    for x in range(stop):
        print("Up", x)
        yield


def ticker(period, times):
    for i in range(times):
        print(f"tick {i}")
        yield ("sleep", period)


sched = Scheduler()
sched.spawn(countdown(4), "countdown")
sched.spawn(countup(3), "countup")
sched.spawn(ticker(1.5, 3), "ticker")
sched.run()
print(f"all tasks done at t={sched.clock}")
