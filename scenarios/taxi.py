"""A discrete-event taxi fleet, after the simulation in Fluent Python.

Each taxi is a generator: it yields an Event saying what it does and when, and the
simulator sends back the time at which that event happens. The simulator keeps the
pending events in a heapq priority queue ordered by time, so the taxis' steps
interleave by virtual time, not by the order the taxis were created.
"""
import heapq
import random
from collections import namedtuple

Event = namedtuple("Event", "time proc action")

DEPARTURE_INTERVAL = 5
SEARCH_DURATION = 5
TRIP_DURATION = 20


def taxi_process(ident, trips, start_time=0):
    """Yield an Event at each change of state; receive the time of the next one."""
    time = yield Event(start_time, ident, "leave garage")
    for i in range(trips):
        time = yield Event(time, ident, "pick up passenger")
        time = yield Event(time, ident, "drop off passenger")
    yield Event(time, ident, "going home")


def compute_duration(previous_action):
    """How long the state that starts after previous_action lasts (exponential)."""
    if previous_action in ("leave garage", "drop off passenger"):
        interval = SEARCH_DURATION  # the taxi now cruises for a passenger
    elif previous_action == "pick up passenger":
        interval = TRIP_DURATION  # the taxi now drives the passenger
    elif previous_action == "going home":
        interval = 1
    else:
        raise ValueError(f"Unknown previous_action: {previous_action}")
    return int(random.expovariate(1 / interval)) + 1


class Simulator:
    def __init__(self, procs_map):
        self.events = []
        self.procs = dict(procs_map)

    def run(self, end_time):
        """Prime each taxi, then run the event loop until the end time."""
        for _, proc in sorted(self.procs.items()):
            first_event = next(proc)
            heapq.heappush(self.events, first_event)

        sim_time = 0
        while sim_time < end_time:
            if not self.events:
                print("*** end of events ***")
                break
            current_event = heapq.heappop(self.events)
            sim_time, proc_id, previous_action = current_event
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


def main(end_time=180, num_taxis=3, seed=7):
    random.seed(seed)
    taxis = {i: taxi_process(i, (i + 1) * 2, i * DEPARTURE_INTERVAL) for i in range(num_taxis)}
    sim = Simulator(taxis)
    sim.run(end_time)


main()
