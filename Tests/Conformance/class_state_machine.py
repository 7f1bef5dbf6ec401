class TransitionError(Exception):
    def __init__(self, machine, event):
        super().__init__(f"cannot {event!r} while {machine.state.name}")
        self.event = event


class State:
    name = "state"
    transitions = {}

    def on_enter(self, machine):
        machine.log.append(f"enter {self.name}")

    def on_exit(self, machine):
        machine.log.append(f"exit {self.name}")

    def __repr__(self):
        return f"<{self.name}>"


class Idle(State):
    name = "idle"
    transitions = {"insert_coin": "Ready"}


class Ready(State):
    name = "ready"
    transitions = {"push": "Vending", "refund": "Idle"}

    def on_enter(self, machine):
        super().on_enter(machine)
        machine.credit += 1


class Vending(State):
    name = "vending"
    transitions = {"done": "Idle"}

    def on_enter(self, machine):
        super().on_enter(machine)
        machine.credit -= 1
        machine.sold += 1


class Machine:
    states = {cls.__name__: cls for cls in (Idle, Ready, Vending)}

    def __init__(self):
        self.log = []
        self.credit = 0
        self.sold = 0
        self.state = Idle()

    def fire(self, event):
        target = self.state.transitions.get(event)
        if target is None:
            raise TransitionError(self, event)
        self.state.on_exit(self)
        self.state = self.states[target]()
        self.state.on_enter(self)
        return self

    def __getattr__(self, name):
        if name in self.state.transitions:
            return lambda: self.fire(name)
        raise AttributeError(f"{type(self).__name__!r} in state {self.state.name!r} has no action {name!r}")


m = Machine()
m.insert_coin().push().done()
m.fire("insert_coin").refund()
print(m.state, m.credit, m.sold, m.log)
for action in ["push", "done"]:
    try:
        m.fire(action)
    except TransitionError as e:
        print("TransitionError:", e, e.event)
try:
    m.push()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(m, "insert_coin"), hasattr(m, "push"), sorted(Machine.states))


class TrafficLight:
    cycle = ("green", "yellow", "red")
    durations = {"green": 30, "yellow": 5, "red": 20}

    def __init__(self, start="red"):
        self.index = self.cycle.index(start)
        self.elapsed = 0

    @property
    def color(self):
        return self.cycle[self.index]

    def __next__(self):
        self.elapsed += self.durations[self.color]
        self.index = (self.index + 1) % len(self.cycle)
        return self.color

    def __iter__(self):
        return self


light = TrafficLight()
print([next(light) for _ in range(5)], light.elapsed, light.color)
for color in light:
    if color == "red":
        break
print(light.color, light.elapsed)
try:
    TrafficLight("blue")
except ValueError as e:
    print("ValueError:", e)
