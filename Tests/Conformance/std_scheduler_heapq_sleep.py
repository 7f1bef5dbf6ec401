# A generator-task scheduler in the style of Beazley's talks: a ready list, a heapq of sleepers,
# itertools.count for task ids and tie-breaking, and a traceback from an uncaught error at the end.
import heapq
from itertools import count
from functools import partial


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.now = 0
        self.ids = count(1)
        self.seq = count()

    def spawn(self, gen, name):
        tid = next(self.ids)
        self.ready.append((tid, name, gen))
        return tid

    def sleep_until(self, when, task):
        heapq.heappush(self.sleeping, (when, next(self.seq), task))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                when, _, task = heapq.heappop(self.sleeping)
                self.now = when
                self.ready.append(task)
            tid, name, gen = task = self.ready.pop(0)
            try:
                delay = next(gen)
            except StopIteration as e:
                print(f"t={self.now:>3} {name}#{tid} finished -> {e.value}")
                continue
            if delay:
                self.sleep_until(self.now + delay, task)
            else:
                self.ready.append(task)


def worker(name, delays, log):
    total = 0
    for d in delays:
        log(f"{name} sleeps {d}")
        yield d
        total += d
    return total


sched = Scheduler()
log = partial(print, "  log:")
sched.spawn(worker("a", [3, 1, 2], log), "a")
sched.spawn(worker("b", [2, 2, 2], log), "b")
sched.spawn(worker("c", [0, 5], log), "c")
sched.spawn(worker("d", [1, 1, 1, 1], log), "d")
sched.run()
print("done at", sched.now, "next id", next(sched.ids))

empty = []
heapq.heappush(empty, (1, "only"))
print(heapq.heappop(empty))
print(heapq.heappop(empty))
