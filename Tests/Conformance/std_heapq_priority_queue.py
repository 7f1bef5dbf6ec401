# heapq as a priority queue: tuples with counters, ties, nlargest/nsmallest and merge.
import heapq
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest, merge

tasks = []
counter = 0
for priority, name in [(3, "write spec"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "lunch"), (2, "email")]:
    heappush(tasks, (priority, counter, name))
    counter += 1
print(tasks)
while tasks:
    priority, _, name = heappop(tasks)
    print(priority, name)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 4]
heapify(data)
print(data)
print(heappushpop(data, -1), heappushpop(data, 10), data)
print(heapreplace(data, 5), data)
print([heappop(data) for _ in range(len(data))])

h = []
for x in [5, 1, 5, 3, 1, 2, 8, 1]:
    heappush(h, x)
    print(h)

scores = {"ann": 91, "bob": 78, "cid": 91, "dee": 65, "eve": 88, "fay": 78, "gus": 99}
print(nlargest(3, scores, key=scores.get), nsmallest(3, scores, key=scores.get))
print(nlargest(3, scores.items(), key=lambda kv: kv[1]), nsmallest(2, scores.values()))
print(nlargest(1, [3, 1, 2]), nsmallest(1, []), nlargest(0, [1, 2]), nsmallest(10, [3, 1, 2]), nlargest(-1, [1]))
print(nlargest(2, iter([5, 9, 1, 9, 3])), nsmallest(3, (x % 7 for x in range(20))))
pairs = [(1, "b"), (2, "a"), (1, "a"), (3, "c"), (2, "b"), (1, "c")]
print(nsmallest(3, pairs, key=lambda p: p[0]), nlargest(4, pairs, key=lambda p: p[0]))
print(nlargest(3, iter(pairs), key=lambda p: p[0]), nsmallest(4, iter(pairs), key=lambda p: p[0]))
big = [(i * 37) % 101 for i in range(60)]
print(nlargest(5, iter(big)), nsmallest(5, iter(big)), nlargest(5, big, key=lambda v: v % 10))

print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 6])))
print(list(merge(["apple", "fig"], ["Banana", "kiwi"], key=str.lower)))
print(list(merge([9, 5, 1], [8, 2], reverse=True)), list(merge()), list(merge([], [1], [])))
print(list(merge([(1, "x"), (3, "x")], [(1, "y"), (2, "y")], key=lambda p: p[0])))


def ticks(name, period, count):
    for i in range(count):
        yield (i * period, name)


timeline = merge(ticks("fast", 2, 5), ticks("slow", 3, 3), ticks("rare", 7, 2))
print(list(timeline))
lazy = merge(iter([1, 4]), iter([2, 3]))
print(next(lazy), next(lazy), list(lazy))


class Job:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.cost < other.cost

    def __repr__(self):
        return self.name


jobs = []
for name, cost in [("a", 5), ("b", 3), ("c", 3), ("d", 1), ("e", 4)]:
    heappush(jobs, Job(name, cost))
print(jobs)
print(heappop(jobs), heappop(jobs), jobs)

for bad in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1), lambda: heapify({}),
            lambda: heappop("ab"), lambda: heappush([1], "a"), lambda: heapify([1, None, 2])]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(heappushpop([], 3))
