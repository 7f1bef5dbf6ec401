# Fluent Python's taxi fleet: a discrete-event simulation with generator processes on a heapq queue.
import heapq
import random

DEPARTURE_INTERVAL = 5
SEARCH_DURATION = 5
TRIP_DURATION = 20


class Event:
    __slots__ = ("time", "proc", "action")

    def __init__(self, time, proc, action):
        self.time, self.proc, self.action = time, proc, action

    def __lt__(self, other):
        return (self.time, self.proc) < (other.time, other.proc)

    def __repr__(self):
        return f"Event(time={self.time}, proc={self.proc}, action={self.action!r})"


def taxi_process(ident, trips, start_time=0):
    """Yield to the simulator, issuing an event at each state change"""
    time = yield Event(start_time, ident, "leave garage")
    for i in range(trips):
        time = yield Event(time, ident, "pick up passenger")
        time = yield Event(time, ident, "drop off passenger")
    yield Event(time, ident, "going home")


def compute_duration(previous_action):
    if previous_action in ["leave garage", "drop off passenger"]:
        interval = SEARCH_DURATION
    elif previous_action == "pick up passenger":
        interval = TRIP_DURATION
    elif previous_action == "going home":
        interval = 1
    else:
        raise ValueError(f"Unknown previous_action: {previous_action}")
    return random.randint(1, 2 * interval)


class Simulator:
    def __init__(self, procs_map):
        self.events = []
        self.procs = dict(procs_map)

    def run(self, end_time):
        for _, proc in sorted(self.procs.items()):
            first_event = next(proc)
            heapq.heappush(self.events, first_event)
        sim_time = 0
        while sim_time < end_time:
            if not self.events:
                print("*** end of events ***")
                break
            current_event = heapq.heappop(self.events)
            sim_time, proc_id, previous_action = current_event.time, current_event.proc, current_event.action
            print("taxi:", proc_id, proc_id * "   ", current_event)
            active_proc = self.procs[proc_id]
            next_time = sim_time + compute_duration(previous_action)
            try:
                next_event = active_proc.send(next_time)
            except StopIteration:
                del self.procs[proc_id]
            else:
                heapq.heappush(self.events, next_event)
        else:
            print(f"*** end of simulation time: {len(self.events)} events pending ***")


random.seed(3)
taxis = {i: taxi_process(i, (i + 1) * 2, i * DEPARTURE_INTERVAL) for i in range(3)}
Simulator(taxis).run(180)

random.seed(7)
taxis = {i: taxi_process(i, 1, i) for i in range(4)}
Simulator(taxis).run(40)
