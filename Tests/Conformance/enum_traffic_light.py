# A traffic light as a state machine: an Enum of states and a generator driving it.
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    RED_AMBER = auto()
    GREEN = auto()
    AMBER = auto()

    def next(self):
        members = list(Light)
        return members[(members.index(self) + 1) % len(members)]

    @property
    def duration(self):
        return DURATIONS[self]

    @property
    def can_go(self):
        return self in (Light.GREEN, Light.AMBER)


DURATIONS = {Light.RED: 30, Light.RED_AMBER: 3, Light.GREEN: 25, Light.AMBER: 4}


def cycle(start, ticks):
    state = start
    t = 0
    while t < ticks:
        yield t, state
        t += state.duration
        state = state.next()


for t, state in cycle(Light.RED, 100):
    go = "go" if state.can_go else "stop"
    print(f"t={t:3d} {state!s:16} {state.value} {go:>4}")

print([s.name for s in Light])
print(len(Light), Light.GREEN in Light, repr(Light.AMBER))
counts = {}
for _, s in cycle(Light.GREEN, 300):
    counts[s] = counts.get(s, 0) + 1
print(counts)
print(sorted(counts, key=lambda s: s.value))


def describe(light):
    if light in (Light.RED, Light.RED_AMBER):
        return "wait"
    elif light == Light.GREEN:
        return "drive"
    return "careful"


print([describe(s) for s in Light])
print(Light(3), Light["AMBER"], Light.RED.next().next())


class Controller:
    def __init__(self):
        self.state = Light.RED

    def force(self, name):
        self.state = Light[name]

    def step(self):
        if self.state is Light.AMBER and not self.state.can_go:
            raise RuntimeError("impossible")
        self.state = self.state.next()
        return self.state


c = Controller()
print([c.step().name for _ in range(5)])
c.force("GREEN")
print(c.state)


def check(light):
    if not light.can_go:
        raise RuntimeError(f"{light} means stop (waited {light.duration}s)")
    return light


check(Light.GREEN)
check(Light.RED)
